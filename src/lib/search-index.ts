import type { GlossaryTerm } from './schemas/glossary.ts';
import type { SearchKind } from './search-results.ts';

/** The `data-pagefind-*` attributes that put an element's text in the index as one kind of result. */
export function searchBodyAttributes(kind: SearchKind): Record<string, string> {
  return { 'data-pagefind-body': '', 'data-pagefind-filter': `kind:${kind}` };
}

/** The URL of a term's entry on the glossary page. */
export function glossaryEntryUrl(id: string): string {
  return `/glossary/#${id}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** A <meta> that only the search index reads, as one of a result's meta fields. */
const searchMetaHtml = (field: string, value: string) =>
  `<meta data-pagefind-meta="${field}[content]" content="${escapeHtml(value)}">`;

/**
 * A glossary term as its own small HTML page for the search index, so each term is one result
 * that links to its entry. The aliases are the lay words readers type ("blood thinners", "jaw
 * pain"), so they weigh like a heading, just under the term itself.
 */
export function glossaryRecordHtml(term: GlossaryTerm, language: string): string {
  const attributes = Object.entries(searchBodyAttributes('Glossary'))
    .map(([name, value]) => (value ? `${name}="${value}"` : name))
    .join(' ');
  const aliases = term.aliases.length
    ? `<p data-pagefind-weight="6">Also called: ${escapeHtml(term.aliases.join(', '))}</p>`
    : '';
  return `<!doctype html><html lang="${language}"><head>${searchMetaHtml('description', term.definition)}</head><body><article ${attributes}><h1>${escapeHtml(term.term)}</h1>${aliases}<p>${escapeHtml(term.definition)}</p></article></body></html>`;
}

/**
 * A built page as the search index reads it (readers download it unchanged): its meta
 * description becomes the result's description, and `keywords`, if any, become searched meta.
 */
export function pageHtmlForIndex(html: string, keywords: readonly string[] = []): string {
  const described = html.replace(
    '<meta name="description"',
    '<meta data-pagefind-meta="description[content]" name="description"'
  );
  return keywords.length
    ? described.replace('</head>', `${searchMetaHtml('keywords', keywords.join(', '))}</head>`)
    : described;
}

/**
 * Extra words an article is found by: the aliases of the glossary terms it marks with <Term>
 * that its text does not already contain, so a reader typing "warfarin" or "jaw pain" also finds
 * the articles that discuss them.
 */
export function articleSearchKeywords(
  termIds: readonly string[],
  glossary: ReadonlyMap<string, GlossaryTerm>,
  articleText: string
): string[] {
  const text = articleText.toLowerCase();
  const seen = new Set<string>();
  return termIds
    .flatMap((id) => glossary.get(id)?.aliases ?? [])
    .filter((alias) => {
      const lowerCase = alias.toLowerCase();
      if (seen.has(lowerCase) || text.includes(lowerCase)) return false;
      seen.add(lowerCase);
      return true;
    });
}
