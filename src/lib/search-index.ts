import type { GlossaryTerm } from './schemas/glossary.ts';
import type { SearchKind } from './search-results.ts';

/** What a search result shows besides its title, and extra words it is found by. */
export interface SearchMeta {
  description?: string | undefined;
  keywords?: readonly string[] | undefined;
}

/** The `data-pagefind-*` attributes that put an element's text in the index as one kind of result. */
export function searchBodyAttributes(kind: SearchKind, { description, keywords = [] }: SearchMeta = {}): Record<string, string> {
  // Meta values are read from attributes: an inline "key:value" would be cut at the first comma.
  const meta = [description && 'description[data-search-description]', keywords.length && 'keywords[data-search-keywords]'].filter(Boolean);
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': `kind:${kind}`,
    ...(meta.length && { 'data-pagefind-meta': meta.join(', ') }),
    ...(description && { 'data-search-description': description }),
    ...(keywords.length && { 'data-search-keywords': keywords.join(', ') }),
  };
}

/** The URL of a term's entry on the glossary page. */
export function glossaryEntryUrl(id: string): string {
  return `/glossary/#${id}`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * A glossary term as its own small HTML page for the search index, so each term is one result
 * that links to its entry. The aliases are the lay words readers type ("blood thinners", "jaw
 * pain"), so they weigh like a heading, just under the term itself.
 */
export function glossaryRecordHtml(term: GlossaryTerm, language: string): string {
  const attributes = Object.entries(searchBodyAttributes('Glossary', { description: term.definition }))
    .map(([name, value]) => (value ? `${name}="${escapeHtml(value)}"` : name))
    .join(' ');
  const aliases = term.aliases.length
    ? `<p data-pagefind-weight="6">Also called: ${escapeHtml(term.aliases.join(', '))}</p>`
    : '';
  return `<!doctype html><html lang="${language}"><body><article ${attributes}><h1>${escapeHtml(term.term)}</h1>${aliases}<p>${escapeHtml(term.definition)}</p></article></body></html>`;
}

/**
 * Extra words an article is found by: the aliases of the glossary terms it marks with <Term>
 * that its text does not already contain, so a reader typing "warfarin" or "jaw pain" also finds
 * the articles that discuss them, and the page carries no word twice.
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
