import { describe, expect, it } from 'vitest';
import type { ExcerptPart } from '../../src/lib/search-excerpts.ts';
import {
  articleSearchKeywords,
  checklistQuestionAnchor,
  checklistRecordHtml,
  conditionSearchKeywords,
  glossaryEntryUrl,
  glossaryRecordHtml,
  pageHtmlForIndex,
  searchBodyAttributes,
} from '../../src/lib/search-index.ts';
import { parseSearchKind, readSearchState, searchStateQueryString } from '../../src/lib/search-query.ts';
import {
  mergeResults,
  ResultPages,
  resultsSummary,
  searchResultKind,
  shapeSearchResult,
  type PagefindAnchor,
  type PagefindResult,
  type PagefindResultData,
} from '../../src/lib/search-results.ts';
import { normalizeWord } from '../../src/lib/search-terms.ts';
import type { Checklist } from '../../src/lib/schemas/checklist.ts';
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

  it('writes a glossary term as its own escaped page, its aliases counting as much as its definition', () => {
    const html = glossaryRecordHtml(bloodThinners, 'en');
    expect(glossaryEntryUrl('blood-thinners')).toBe('/glossary/#blood-thinners');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<article data-pagefind-body data-pagefind-filter="kind:Glossary">');
    expect(html).toContain('<h1>Blood thinners</h1>');
    expect(html).toContain('<p data-pagefind-weight="1">Also called: anticoagulants, warfarin.</p>');
    expect(html).toContain('such as &#34;warfarin&#34; &#38; others.');
    expect(html).not.toContain('"warfarin"');
    // The definition is the record's text: a description meta would count its words twice.
    expect(html).not.toContain('data-pagefind-meta');
    expect(glossaryRecordHtml({ ...bloodThinners, aliases: [] }, 'en')).not.toContain('Also called');
  });

  it("writes the checklist for the index from its data, one section per question, under the page's own head", () => {
    const checklist: Checklist = {
      version: '2026.1',
      date: new Date('2026-11-27'),
      title: 'Should I ask my doctor first?',
      notSure: {},
      groups: [
        {
          id: 'pregnancy-and-other-conditions',
          title: 'Pregnancy & children',
          questions: [
            {
              id: 'baby-under-two',
              text: 'Are you booking this for a baby under 2 years old?',
              statement: 'you are booking for a baby under 2 years old',
              why: 'There is little research on the safety of this therapy in babies & infants.',
              tier: 'ask-doctor',
              learnMore: { article: 'risks', section: 'babies' },
              sources: [],
            },
          ],
        },
      ],
      signGroups: [],
    };
    const page =
      '<!doctype html><html lang="en"><head><meta data-pagefind-meta="description[content]" name="description" content="A private checklist: answer &quot;Yes&quot;."></head><body class="x"><form><p>Step 1 of 5</p></form></body></html>';
    const html = checklistRecordHtml(checklist, page);
    expect(checklistQuestionAnchor('baby-under-two')).toBe('question-baby-under-two');
    expect(
      html.startsWith('<!doctype html><html lang="en"><head><meta data-pagefind-meta="description[content]"')
    ).toBe(true);
    expect(html).toContain(
      '<body><div data-pagefind-body data-pagefind-filter="kind:Checklist"><h1>Should I ask my doctor first?</h1><p>A private checklist: answer &quot;Yes&quot;.</p>'
    );
    expect(html).toContain(
      '<section><h2 id="question-baby-under-two" data-pagefind-weight="3">Are you booking this for a baby under 2 years old?</h2><p>There is little research on the safety of this therapy in babies &#38; infants.</p></section>'
    );
    expect(html).not.toContain('Step 1 of 5');
    expect(() => checklistRecordHtml(checklist, '<html><head></head></html>')).toThrow('no <body>');
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

describe('condition pages in the index', () => {
  it('are found by the lay names their record lists, leaving out those the title already says, and by the therapy\'s other names', () => {
    expect(
      conditionSearchKeywords({
        pageTitle: 'Craniosacral therapy for jaw pain and TMJ problems: what the research shows',
        aliases: ['TMJ', 'jaw pain', 'clicking jaw', 'teeth grinding'],
      })
    ).toEqual(['clicking jaw', 'teeth grinding', 'CST', 'sacral massage']);
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
  /**
   * Pagefind's data for a page of `text`, with `sections` as [anchor id, heading] in order: each
   * word that starts with one of `located` is a location, as Pagefind reports stop words and
   * look-alike words too ("is", "it", "side").
   */
  function pageData(
    text: string,
    sections: [id: string, heading: string][],
    located: string[],
    extra: Partial<PagefindResultData> = {}
  ): PagefindResultData {
    const words = text.split(' ');
    const anchors: PagefindAnchor[] = [];
    let searchFrom = 0;
    for (const [id, heading] of sections) {
      const at = words.findIndex((_, index) => index >= searchFrom && words.slice(index).join(' ').startsWith(heading));
      anchors.push({ element: 'h2', id, text: heading, location: at });
      searchFrom = at + 1;
    }
    const weighted_locations = words.flatMap((word, location) =>
      located.some((start) => normalizeWord(word).startsWith(start)) ? [{ weight: 1, balanced_score: 1, location }] : []
    );
    const url = '/articles/risks/';
    const inRange = (from: number, to: number) =>
      weighted_locations.some(({ location }) => location >= from && location < to);
    const sub_results = [
      ...(inRange(0, anchors[0]?.location ?? words.length) ? [{ title: 'Risks', url }] : []),
      ...anchors
        .filter((anchor, index) => inRange(anchor.location, anchors[index + 1]?.location ?? words.length))
        .map((anchor) => ({ title: anchor.text!, url: `${url}#${anchor.id}`, anchor })),
    ];
    return {
      url,
      content: text,
      meta: { title: 'Risks', description: 'Who should not have it, and why it is safe for most.' },
      filters: { kind: ['Article'] },
      anchors: [...anchors, { element: 'a', id: 'cite-1', text: '[1]', location: 3 }],
      weighted_locations,
      sub_results,
      ...extra,
    };
  }
  const shown = (parts: ExcerptPart[]) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

  const RISKS =
    'Risks. Key points. Most people have no problems. Pregnancy, cancer and other conditions. Pregnancy. Talk to your midwife first. Babies and young children. There is very little research on how safe it is for babies. It is for a doctor to say. Where these warnings come from. The advice on babies comes from one review.';
  const RISKS_SECTIONS: [string, string][] = [
    ['key-points', 'Key points'],
    ['pregnancy-cancer', 'Pregnancy, cancer and other conditions'],
    ['pregnancy', 'Pregnancy'],
    ['babies', 'Babies and young children'],
    ['warnings', 'Where these warnings come from'],
  ];

  it('marks only content words, and shows only the sections that cover the query best, summed up by the description', () => {
    const data = pageData(RISKS, RISKS_SECTIONS, ['is', 'it', 'safe', 'for', 'babi']);
    const view = shapeSearchResult(data, ['safe', 'babies']);
    expect(view).toMatchObject({ url: '/articles/risks/', title: 'Risks', kind: 'Article', strong: true });
    expect(shown(view.excerpt)).toBe('Who should not have it, and why it is [safe] for most.');
    expect(view.sections.map((section) => [section.url, shown(section.excerpt)])).toEqual([
      [
        '/articles/risks/#babies',
        'There is very little research on how [safe] it is for [babies]. It is for a doctor to say.',
      ],
    ]);
  });

  it('shows a section for each content word when none has them all, the rarer word first', () => {
    const data = pageData(RISKS, RISKS_SECTIONS, ['safe', 'babi', 'advic']);
    expect(shapeSearchResult(data, ['safe', 'advice']).sections.map((section) => section.title)).toEqual([
      'Babies and young children',
      'Where these warnings come from',
    ]);
    // "safe" on few pages, "advice" on many: the passage about safety is the telling one.
    expect(
      shapeSearchResult(data, ['safe', 'advice'], [1 / 2, 1 / 40]).sections.map((section) => section.title)
    ).toEqual(['Babies and young children']);
  });

  it('skips a heading with no text of its own, and keeps at most three sections in page order', () => {
    const data = pageData(RISKS, RISKS_SECTIONS, ['pregnan', 'babi', 'doctor', 'problem']);
    expect(shapeSearchResult(data, ['pregnancy']).sections.map((section) => section.title)).toEqual(['Pregnancy']);
    const many = pageData(RISKS, RISKS_SECTIONS, ['the', 'a', 'most', 'talk', 'there', 'advice']);
    expect(shapeSearchResult(many, ['most', 'talk', 'there', 'advice'], [1, 1, 1, 1], 2).sections).toHaveLength(2);
  });

  it('finds a result weak when a content word matches only a look-alike word, and marks nothing', () => {
    const data = pageData('Side effects. A side effect is an unwanted effect.', [], ['sid']);
    const view = shapeSearchResult(data, ['sids']);
    expect(view.strong).toBe(false);
    expect(view.excerpt.some((part) => part.marked)).toBe(false);
  });

  it('counts a match in the meta data, such as an alias in the keywords, and then shows the description', () => {
    const data = pageData(RISKS, RISKS_SECTIONS, [], {
      meta: { title: 'Risks', description: 'Who should not have it.', keywords: 'anticoagulants, warfarin' },
    });
    const view = shapeSearchResult(data, ['warfarin']);
    expect(view.strong).toBe(true);
    expect(shown(view.excerpt)).toBe('Who should not have it.');
    expect(view.sections).toEqual([]);
    expect(shapeSearchResult(data, ['aspirin']).strong).toBe(false);
  });

  it('snips a page without sections from its best sentence, not repeating its title', () => {
    const data: PagefindResultData = {
      url: '/glossary/#infant-colic',
      content:
        'Infant colic. Also called: colicky baby, crying baby. Long bouts of crying in a baby who is otherwise healthy.',
      meta: { title: 'Infant colic' },
      filters: { kind: ['Glossary'] },
      weighted_locations: [0, 1, 5, 7, 14].map((location) => ({ weight: 1, balanced_score: 1, location })),
      sub_results: [{ title: 'Infant colic', url: '/glossary/#infant-colic' }],
    };
    expect(shown(shapeSearchResult(data, ['babies']).excerpt)).toBe(
      'Also called: colicky [baby], crying [baby]. Long bouts of crying in a [baby] who is otherwise healthy.'
    );
    const colic = {
      ...data,
      weighted_locations: [1, 4].map((location) => ({ weight: 1, balanced_score: 1, location })),
    };
    expect(shown(shapeSearchResult(colic, ['colic']).excerpt)).toBe(
      'Also called: [colicky] baby, crying baby. Long bouts of crying in a baby who is otherwise healthy.'
    );
  });

  it('marks nothing for a query of stop words only, and falls back to the URL without a title', () => {
    const data = pageData(RISKS, RISKS_SECTIONS, ['it'], { meta: {}, filters: {} });
    const view = shapeSearchResult(data, []);
    expect(view).toMatchObject({ title: '/articles/risks/', kind: undefined, strong: true, sections: [] });
    expect(view.excerpt.some((part) => part.marked)).toBe(false);
  });

  it('names the kind a result was indexed as', () => {
    expect(searchResultKind({ kind: ['Glossary'] })).toBe('Glossary');
    expect(searchResultKind({ kind: ['Recipe'] })).toBeUndefined();
    expect(searchResultKind({})).toBeUndefined();
  });

  it('announces the count in words', () => {
    expect(resultsSummary(0, ' jaw ')).toBe('No results for “jaw”');
    expect(resultsSummary(1, 'jaw')).toBe('1 result for “jaw”');
    expect(resultsSummary(12, 'jaw')).toBe('12 results for “jaw”');
  });
});

describe('results page by page', () => {
  const strongData = (id: string) => ({
    url: `/${id}/`,
    content: `Babies ${id}.`,
    meta: { title: id },
    filters: {},
    weighted_locations: [{ weight: 1, balanced_score: 1, location: 0 }],
  });
  const weakData = (id: string) => ({ ...strongData(id), content: `Side ${id}.` });
  const result = (id: string, data = strongData(id)): PagefindResult & { loads: number } => {
    const found = { id, loads: 0, data: async () => (found.loads++, data) };
    return found;
  };

  it("merges the results of a plan's queries in order, each page once", () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => result(id));
    expect(
      mergeResults([
        [a!, b!],
        [b!, c!, a!],
      ]).map((found) => found.id)
    ).toEqual(['a', 'b', 'c']);
  });

  it('hands out strong results only, a page at a time, counting out the weak ones found', async () => {
    const results = [result('a'), result('b', weakData('b')), result('c'), result('d'), result('e')];
    const pages = new ResultPages(results, ['babies']);
    const shownUrls: string[] = [];
    await pages.next(2, (view) => (shownUrls.push(view.url), true));
    expect(shownUrls).toEqual(['/a/', '/c/']);
    expect(pages.count).toBe(4);
    expect(pages.hasMore).toBe(true);
    expect(results[3]!.loads).toBe(0);
    await pages.next(2, (view) => (shownUrls.push(view.url), true));
    expect(shownUrls).toEqual(['/a/', '/c/', '/d/', '/e/']);
    expect(pages.hasMore).toBe(false);
  });

  it("gives up after looking at three pages' worth of weak results", async () => {
    const results = Array.from({ length: 10 }, (_, index) => result(`w${index}`, weakData(`w${index}`)));
    const pages = new ResultPages(results, ['sids']);
    const shownUrls: string[] = [];
    await pages.next(2, (view) => (shownUrls.push(view.url), true));
    expect(shownUrls).toEqual([]);
    expect(results.filter((found) => found.loads).length).toBe(6);
    expect(pages.count).toBe(4);
  });

  it('stops when a newer search replaces it', async () => {
    const pages = new ResultPages([result('a'), result('b')], ['babies']);
    const shownUrls: string[] = [];
    await pages.next(2, (view) => (shownUrls.push(view.url), false));
    expect(shownUrls).toEqual(['/a/']);
  });
});
