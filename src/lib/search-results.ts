import {
  coverage,
  markedParts,
  pageWords,
  sentenceExcerpt,
  type ExcerptPart,
  type WordMatch,
} from './search-excerpts.ts';
import { isTermMatch } from './search-terms.ts';

/** What a search result is, as the `kind` filter in the index names it. */
export const SEARCH_KINDS = ['Article', 'Condition', 'Glossary', 'Checklist', 'Page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Pagefind's ranking for this site, tuned on the query table (tests/e2e/search-queries.test.ts).
 * A glossary term is a page of a few dozen words: with Pagefind's default page length (0.75) it
 * outranks the article section that answers a question only for being short, so page length
 * counts for little. A title match still wins (a glossary term's title is the term, so "what is
 * the sacrum" finds its entry first), but less than the default 5, so that a title sharing one
 * word of "back pain" does not outrank the section named after it. Keywords are the aliases of
 * the terms an article uses: they make it findable, not the best answer.
 */
export const PAGEFIND_OPTIONS = {
  ranking: { pageLength: 0.1, metaWeights: { title: 2.5, keywords: 0.5 } },
} as const;

/** One word position of a match, as Pagefind reports it. */
interface PagefindLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** An element with an id that Pagefind recorded on a page: where a section can start. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

/** The part of a Pagefind section match that results use. */
export interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: PagefindAnchor;
}

/** The part of Pagefind's result data (`result.data()`) that results use. */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text, words separated by white space. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors?: PagefindAnchor[];
  weighted_locations: PagefindLocation[];
  sub_results?: PagefindSubResult[];
}

/** A section of a page that matches, ready to render. */
export interface SearchSectionView {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}

/** A result ready to render: the page, and its best-matching sections. */
export interface SearchResultView {
  url: string;
  title: string;
  kind: SearchKind | undefined;
  excerpt: ExcerptPart[];
  sections: SearchSectionView[];
  /**
   * Every content word of the query really matches on this page (see isTermMatch). False when
   * Pagefind found the page only through words that merely share a stem or a few first letters
   * with one of them: "side" for "sids", "M" for "migrane".
   */
  strong: boolean;
}

/** The kind a result was indexed as, or undefined for a record without a known kind. */
export function searchResultKind(filters: PagefindResultData['filters']): SearchKind | undefined {
  return SEARCH_KINDS.find((kind) => filters.kind?.includes(kind));
}

/** Words in a snippet: about two lines in the dialog. */
export const EXCERPT_WORDS = 30;

/** Anchors that start a section, as Pagefind picks them: headings with an id, or elements with a title. */
const startsSection = (anchor: PagefindAnchor) =>
  Boolean(anchor.title?.trim() || (/^h\d$/i.test(anchor.element) && anchor.text?.trim()));

const wordCount = (text: string | undefined) => (text?.trim() ? text.trim().split(/\s+/).length : 0);

/** A text such as a description, with the words that match the query marked. */
function markedText(text: string, terms: readonly string[]): ExcerptPart[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return markedParts(words, (index) => terms.some((term) => isTermMatch(words[index]!, term)));
}

/**
 * Shapes Pagefind's data for one result, for the query's content words `terms` (see planSearch),
 * each as telling as its `weights` say (see termRarity; all alike when not given):
 * only words that really match them are marked (never a stop word, never "side" for "sids"),
 * snippets start at a sentence, and a section is shown only when it matches content words, at
 * most `maxSections` of those that cover the most of the query (see coverage). A page with sections shown is
 * summed up by its description, since its sections show where the words are.
 */
export function shapeSearchResult(
  data: PagefindResultData,
  terms: readonly string[],
  weights: readonly number[] = terms.map(() => 1),
  maxSections = 3
): SearchResultView {
  const words = pageWords(data.content);
  const title = data.meta.title ?? data.url;
  const matches: WordMatch[] = [];
  for (const { location, balanced_score } of data.weighted_locations) {
    const term = terms.findIndex((candidate) => isTermMatch(words[location] ?? '', candidate));
    if (term >= 0) matches.push({ location, term, score: balanced_score });
  }
  const metaWords = Object.values(data.meta).flatMap((value) => (value ? value.split(/\s+/) : []));
  const strong = terms.every(
    (term, index) => matches.some((match) => match.term === index) || metaWords.some((word) => isTermMatch(word, term))
  );

  const anchors = (data.anchors ?? []).filter(startsSection).sort((a, b) => a.location - b.location);
  const sectionEnd = (start: number) => anchors.find((anchor) => anchor.location > start)?.location ?? words.length;
  const candidates = (data.sub_results ?? []).flatMap((section, order) => {
    const anchor = section.anchor;
    if (!anchor || section.url === data.url) return [];
    const end = sectionEnd(anchor.location);
    const skip = wordCount(anchor.text);
    const inSection = matches.filter((match) => match.location >= anchor.location && match.location < end);
    // A heading straight above a subheading has no text of its own to show.
    if (!inSection.length || anchor.location + skip >= end) return [];
    const source = { words, start: anchor.location, end, skip, matches: inSection, termWeights: weights };
    const score = inSection.reduce((total, match) => total + match.score, 0);
    return [{ section, order, source, coverage: coverage(inSection, weights), score }];
  });
  const best = Math.max(0, ...candidates.map((candidate) => candidate.coverage));
  const sections = candidates
    // Only the sections that cover as much of the query as the best one: the others are side mentions.
    .filter((candidate) => candidate.coverage >= best - 1e-9)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, maxSections)
    .sort((a, b) => a.order - b.order)
    .map(({ section, source }) => ({
      url: section.url,
      title: section.title,
      excerpt: sentenceExcerpt(source, EXCERPT_WORDS),
    }));

  const titleWords = words.slice(0, wordCount(title)).join(' ').replace(/[.:]$/, '') === title ? wordCount(title) : 0;
  const description = data.meta.description?.trim();
  const excerpt =
    description && (sections.length || !matches.length)
      ? markedText(description, terms)
      : sentenceExcerpt(
          { words, start: 0, end: words.length, skip: titleWords, matches, termWeights: weights },
          EXCERPT_WORDS
        );
  return { url: data.url, title, kind: searchResultKind(data.filters), excerpt, sections, strong };
}

/** The sentence announced after a search, e.g. `3 results for “jaw pain”`. */
export function resultsSummary(count: number, query: string): string {
  const quoted = `“${query.trim()}”`;
  if (count === 0) return `No results for ${quoted}`;
  return `${count} ${count === 1 ? 'result' : 'results'} for ${quoted}`;
}

/** A Pagefind result before its data is loaded. */
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

/** The results of a plan's queries (see planSearch) in order, best first, each page once. */
export function mergeResults(searches: readonly (readonly PagefindResult[])[]): PagefindResult[] {
  const seen = new Set<string>();
  return searches.flat().filter((result) => !seen.has(result.id) && Boolean(seen.add(result.id)));
}

/**
 * A search's results, handed out page by page and shaped for the query's content words, less the
 * weak ones (see SearchResultView.strong). Shaping needs a result's data, so weak results are
 * only found as pages are loaded: the count is Pagefind's less the weak ones found so far.
 */
export class ResultPages {
  private checked = 0;
  private weak = 0;

  constructor(
    private readonly results: readonly PagefindResult[],
    private readonly terms: readonly string[],
    private readonly weights?: readonly number[]
  ) {}

  /** How many results there are, as far as is known. */
  get count(): number {
    return this.results.length - this.weak;
  }

  /** Whether results remain that no page has shown or set aside. */
  get hasMore(): boolean {
    return this.checked < this.results.length;
  }

  /**
   * Loads up to `size` more strong results and passes each to `show` in order, as soon as it and
   * those before it have loaded; `show` returns false to stop (a newer search replaced this one).
   * Gives up after looking at `size * 3` results, so a query that Pagefind matches only weakly
   * on a large site does not load every page's data.
   */
  async next(size: number, show: (view: SearchResultView) => boolean): Promise<void> {
    let shown = 0;
    const limit = this.checked + size * 3;
    while (shown < size && this.checked < Math.min(limit, this.results.length)) {
      const batch = this.results.slice(this.checked, Math.min(limit, this.checked + size - shown));
      this.checked += batch.length;
      for (const loading of batch.map((result) => result.data())) {
        const view = shapeSearchResult(await loading, this.terms, this.weights);
        if (!view.strong) this.weak += 1;
        else if (show(view)) shown += 1;
        else return;
      }
    }
  }
}
