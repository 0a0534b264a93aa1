/**
 * Turns an MDX article body into the prose a reader sees, one block per line, for reading-grade
 * and word-count checks. Components that render no prose (citations, generated tables) are
 * dropped; components that wrap prose (glossary terms, care cards) keep their text.
 */
export function mdxToPlainText(body: string): string {
  return (
    body
      // frontmatter, imports and exports
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/^(import|export)\s.*$/gm, '')
      // MDX comments and self-closing components (citations, generated blocks)
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/<[A-Z][\w.]*(?:\s[^<>]*?)?\/>/g, '')
      // attributes on opening tags can hold prose meant as a heading (title="Ask a doctor first if:")
      .replace(/<[A-Za-z][\w.]*\s[^<>]*?title="([^"]*)"[^<>]*>/g, '\n$1\n')
      .replace(/<\/?[A-Za-z][\w.]*(?:\s[^<>]*)?>/g, '')
      // Markdown syntax
      .replace(/```[\s\S]*?```/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
      .replace(/^\s*>\s?/gm, '')
      .replace(/^\s*\|.*\|\s*$/gm, (row) => (/^\s*\|[\s:|-]+\|\s*$/.test(row) ? '' : row.replace(/\|/g, '\n')))
      .replace(/(\*\*|__|\*|_|`)/g, '')
      .replace(/[ \t]+/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n')
  );
}

/** Number of words a reader sees in an MDX body. */
export function countProseWords(body: string): number {
  return (mdxToPlainText(body).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}
