/** What a search result is, as the `kind` filter in the index names it. */
export const SEARCH_KINDS = ['Article', 'Condition', 'Glossary', 'Checklist', 'Page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Pagefind's options for this site. Short pages (a glossary term) should not win only for being
 * short, so page length counts for less than Pagefind's default (0.75); titles and aliases weigh
 * most, through the index's own weights.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  ranking: { pageLength: 0.4 },
} as const;

/** One word position of a match, as Pagefind reports it. */
interface PagefindLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** The part of a Pagefind section match that results show. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: PagefindLocation[];
}

/** The part of Pagefind's result data (`result.data()`) that results show. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}

/** A result ready to render: the page, and its best-matching sections. */
export interface SearchResultView {
  url: string;
  title: string;
  kind: SearchKind | undefined;
  excerpt: string;
  sections: { url: string; title: string; excerpt: string }[];
}

/** The kind a result was indexed as, or undefined for a record without a known kind. */
export function searchResultKind(filters: PagefindResultData['filters']): SearchKind | undefined {
  return SEARCH_KINDS.find((kind) => filters.kind?.includes(kind));
}

const sectionScore = (section: PagefindSubResult) =>
  section.weighted_locations.reduce((total, location) => total + location.balanced_score, 0);

/**
 * Shapes Pagefind's data for one result: the page's title, kind and excerpt, then up to
 * `maxSections` of its sections that match best. The part before the first heading is the page
 * itself, already shown by the page's own excerpt, so it is not repeated as a section.
 */
export function shapeSearchResult(data: PagefindResultData, maxSections = 3): SearchResultView {
  const sections = (data.sub_results ?? [])
    .filter((section) => section.url !== data.url)
    .map((section, order) => ({ section, order, score: sectionScore(section) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, maxSections)
    .sort((a, b) => a.order - b.order)
    .map(({ section }) => ({ url: section.url, title: section.title, excerpt: section.excerpt }));
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    kind: searchResultKind(data.filters),
    excerpt: data.excerpt,
    sections,
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Turns an HTML-escaped text back into text. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** A run of excerpt text, marked when it is a match. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Splits Pagefind's excerpt (escaped text with <mark> around matches) into plain text runs, so
 * it can be shown with text nodes and <mark> elements instead of parsing HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part.length > 0)
    .map((part) => {
      const marked = part.startsWith('<mark>') && part.endsWith('</mark>');
      const text = marked ? part.slice('<mark>'.length, -'</mark>'.length) : part;
      // Anything tag-like left over is not ours to render.
      return { text: decodeEntities(text.replace(/<\/?[a-z][^>]*>/gi, '')), marked };
    })
    .filter((part) => part.text.length > 0);
}

/** The sentence announced after a search, e.g. `3 results for “jaw pain”`. */
export function resultsSummary(count: number, query: string): string {
  const quoted = `“${query.trim()}”`;
  if (count === 0) return `No results for ${quoted}`;
  return `${count} ${count === 1 ? 'result' : 'results'} for ${quoted}`;
}
