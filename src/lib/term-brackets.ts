/**
 * Keeps an opening bracket on the same line as the glossary word that follows it. A glossary word
 * is a button, which browsers lay out as one box, and they will break a line between "(" and such
 * a box (never before the closing bracket). Wrapping the two in a no-wrap span stops that.
 */
export function keepBracketsWithTerms(html: string): string {
  return html.replace(
    /\((<button\b[^>]*\bclass="term\b[^"]*"[^>]*>[\s\S]*?<\/button>)/g,
    '<span class="nowrap">($1</span>'
  );
}
