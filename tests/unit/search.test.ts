import { describe, expect, it } from 'vitest';
import {
  articleSearchKeywords,
  glossaryEntryUrl,
  glossaryRecordHtml,
  pageHtmlForIndex,
  searchBodyAttributes,
} from '../../src/lib/search-index.ts';
import { parseSearchKind, readSearchState, searchStateQueryString } from '../../src/lib/search-query.ts';
import {
  excerptParts,
  resultsSummary,
  searchResultKind,
  shapeSearchResult,
  type PagefindResultData,
  type PagefindSubResult,
} from '../../src/lib/search-results.ts';
import type { GlossaryTerm } from '../../src/lib/schemas/glossary.ts';

const bloodThinners: GlossaryTerm = {
  id: 'blood-thinners',
  term: 'Blood thinners',
  definition: 'Medicines that make your blood slower to clot, such as "warfarin" & others.',
  aliases: ['anticoagulants', 'warfarin'],
  related: [],
};

describe('search index attributes and records', () => {
  it('marks an element as one kind of result', () => {
    expect(searchBodyAttributes('Page')).toEqual({ 'data-pagefind-body': '', 'data-pagefind-filter': 'kind:Page' });
  });

  it('writes a glossary term as its own escaped page, aliases weighted like a heading', () => {
    const html = glossaryRecordHtml(bloodThinners, 'en');
    expect(glossaryEntryUrl('blood-thinners')).toBe('/glossary/#blood-thinners');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<article data-pagefind-body data-pagefind-filter="kind:Glossary">');
    expect(html).toContain('<h1>Blood thinners</h1>');
    expect(html).toContain('<p data-pagefind-weight="6">Also called: anticoagulants, warfarin</p>');
    expect(html).toContain('<meta data-pagefind-meta="description[content]" content="Medicines that make');
    expect(html).toContain('such as &#34;warfarin&#34; &#38; others.');
    expect(html).not.toContain('"warfarin"');
    expect(glossaryRecordHtml({ ...bloodThinners, aliases: [] }, 'en')).not.toContain('Also called');
  });

  it('gives the index a page with its description, and keywords when there are any', () => {
    const page =
      '<html><head><meta name="description" content="Risks, and who should avoid it."></head><body></body></html>';
    expect(pageHtmlForIndex(page)).toBe(
      '<html><head><meta data-pagefind-meta="description[content]" name="description" content="Risks, and who should avoid it."></head><body></body></html>'
    );
    expect(pageHtmlForIndex(page, ['warfarin', '"clots" & more'])).toContain(
      '<meta data-pagefind-meta="keywords[content]" content="warfarin, &#34;clots&#34; &#38; more"></head>'
    );
  });

  it('finds an article by the aliases of the terms it marks, once each, unless its text has them', () => {
    const glossary = new Map([
      ['blood-thinners', bloodThinners],
      ['thrombosis', { ...bloodThinners, id: 'thrombosis', term: 'Thrombosis', aliases: ['blood clot', 'Warfarin'] }],
    ]);
    const text = 'A <Term id="thrombosis">blood clot</Term> and <Term id="blood-thinners">blood thinners</Term>.';
    expect(articleSearchKeywords(['thrombosis', 'blood-thinners', 'unknown'], glossary, text)).toEqual([
      'Warfarin',
      'anticoagulants',
    ]);
  });
});

describe('search state in the address', () => {
  it('reads the query and kind, in any letter case, and ignores unknown kinds', () => {
    expect(readSearchState('?q=jaw+pain&kind=Glossary')).toEqual({ query: 'jaw pain', kind: 'Glossary' });
    expect(readSearchState('?q=x&kind=recipes')).toEqual({ query: 'x', kind: undefined });
    expect(readSearchState('')).toEqual({ query: '', kind: undefined });
    expect(parseSearchKind(' article ')).toBe('Article');
    expect(parseSearchKind(null)).toBeUndefined();
  });

  it('cuts a very long query from a shared link', () => {
    expect(readSearchState(`?q=${'a'.repeat(500)}`).query).toHaveLength(200);
  });

  it('writes only what is set, trimmed, and round-trips', () => {
    expect(searchStateQueryString({ query: '  blood clot ', kind: 'Checklist' })).toBe('?q=blood+clot&kind=checklist');
    expect(searchStateQueryString({ query: 'a&b=c', kind: undefined })).toBe('?q=a%26b%3Dc');
    expect(searchStateQueryString({ query: '   ', kind: undefined })).toBe('');
    expect(readSearchState(searchStateQueryString({ query: 'is it safe?', kind: 'Article' }))).toEqual({
      query: 'is it safe?',
      kind: 'Article',
    });
  });
});

describe('search results', () => {
  const section = (title: string, anchor: string, scores: number[]): PagefindSubResult => ({
    title,
    url: `/articles/risks/#${anchor}`,
    excerpt: `about <mark>${title}</mark>`,
    weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
  });
  const data: PagefindResultData = {
    url: '/articles/risks/',
    excerpt: 'Some <mark>risks</mark>',
    meta: { title: 'Risks' },
    filters: { kind: ['Article'] },
    sub_results: [
      { ...section('Risks', 'top', [50]), url: '/articles/risks/' },
      section('Blood', 'blood', [1]),
      section('Bones', 'bones', [5, 5]),
      section('Pregnancy', 'pregnancy', [3]),
      section('Babies', 'babies', [4]),
    ],
  };

  it('names the kind a result was indexed as', () => {
    expect(searchResultKind({ kind: ['Glossary'] })).toBe('Glossary');
    expect(searchResultKind({ kind: ['Recipe'] })).toBeUndefined();
    expect(searchResultKind({})).toBeUndefined();
  });

  it('keeps the best-matching sections in page order, without repeating the page itself', () => {
    const view = shapeSearchResult(data);
    expect(view).toMatchObject({
      url: '/articles/risks/',
      title: 'Risks',
      kind: 'Article',
      excerpt: 'Some <mark>risks</mark>',
    });
    expect(view.sections.map((item) => item.title)).toEqual(['Bones', 'Pregnancy', 'Babies']);
    expect(shapeSearchResult(data, 1).sections.map((item) => item.title)).toEqual(['Bones']);
  });

  it('falls back to the URL when a result has no title, and copes with no sections', () => {
    const view = shapeSearchResult({ url: '/about/', excerpt: '', meta: {}, filters: {} });
    expect(view).toEqual({ url: '/about/', title: '/about/', kind: undefined, excerpt: '', sections: [] });
  });

  it('splits an excerpt into plain text and marked matches, decoding entities and dropping other tags', () => {
    expect(excerptParts('Ask &amp; <mark>jaw</mark> pain&#39;s <mark>p&lt;2</mark>')).toEqual([
      { text: 'Ask & ', marked: false },
      { text: 'jaw', marked: true },
      { text: " pain's ", marked: false },
      { text: 'p<2', marked: true },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>safe &#x41;&nope;')).toEqual([
      { text: 'safe A&nope;', marked: false },
    ]);
    expect(excerptParts('')).toEqual([]);
  });

  it('announces the count in words', () => {
    expect(resultsSummary(0, ' jaw ')).toBe('No results for “jaw”');
    expect(resultsSummary(1, 'jaw')).toBe('1 result for “jaw”');
    expect(resultsSummary(12, 'jaw')).toBe('12 results for “jaw”');
  });
});
