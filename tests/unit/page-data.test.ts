import { describe, expect, it } from 'vitest';
import { citationNumbers, citedSourceIds, glossaryTermIds } from '../../src/lib/citations.ts';
import { formatDate, isoDay } from '../../src/lib/dates.ts';
import { groupByGrade } from '../../src/lib/evidence-map.ts';
import { readingMinutes } from '../../src/lib/reading-time.ts';
import { shortCitation, sourceLinks } from '../../src/lib/source-links.ts';
import { describeCheck, undatedNote } from '../../src/lib/source-checks.ts';
import { articleJsonLd, breadcrumbList, conditionJsonLd, serializeJsonLd, sitePageFacts, websiteJsonLd } from '../../src/lib/structured-data.ts';

describe('citations', () => {
  const body = 'A.<Cite id="b-2020" /> B.<Cite id="a-2019" /> C.<Cite id="b-2020" /> <Term id="sacrum">x</Term><Term id="spine">y</Term>';

  it('numbers sources by first use and ignores repeats', () => {
    expect(citedSourceIds(body)).toEqual(['b-2020', 'a-2019']);
    expect([...citationNumbers(body)]).toEqual([
      ['b-2020', 1],
      ['a-2019', 2],
    ]);
  });

  it('finds marked glossary terms', () => {
    expect(glossaryTermIds(body)).toEqual(['sacrum', 'spine']);
  });
});

describe('dates and reading time', () => {
  it('writes months in full and ISO days for <time>', () => {
    const date = new Date(Date.UTC(2026, 10, 27));
    expect(formatDate(date)).toBe('27 November 2026');
    expect(isoDay(date)).toBe('2026-11-27');
  });

  it('rounds reading time to whole minutes, at least 1', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
    expect(readingMinutes(1099)).toBe(5);
  });
});

describe('sourceLinks', () => {
  it('links DOI, then PubMed, then the publisher, and shows an ISBN as text', () => {
    expect(sourceLinks({ doi: '10.1/x', pmid: '123', url: 'https://p.example/a', isbn: '0-1' })).toEqual([
      { label: 'DOI 10.1/x', href: 'https://doi.org/10.1/x' },
      { label: 'PubMed 123', href: 'https://pubmed.ncbi.nlm.nih.gov/123/' },
      { label: 'Publisher’s page', href: 'https://p.example/a' },
      { label: 'ISBN 0-1' },
    ]);
  });
});

describe('describeCheck', () => {
  const date = new Date(Date.UTC(2026, 10, 27));
  it('says in plain words what was read, where and when', () => {
    expect(describeCheck({ where: 'on PubMed', read: 'abstract', date })).toBe('We read the abstract on PubMed, 27 November 2026.');
    expect(describeCheck({ where: "in a copy on chiro.org, not the journal's own page", read: 'abstract', date })).toBe(
      "We read the abstract in a copy on chiro.org, not the journal's own page, 27 November 2026."
    );
    expect(describeCheck({ where: 'on the college’s own page', read: 'page', date })).toBe('We read it on the college’s own page, 27 November 2026.');
  });

  it('brackets a place written without a preposition, and adds a note on what was not seen', () => {
    expect(describeCheck({ where: 'PubMed record', read: 'record', date, note: 'The DOI was not shown.' })).toBe(
      'We read the citation details only (PubMed record), 27 November 2026. The DOI was not shown.'
    );
    expect(describeCheck({ where: 'PMC full text', read: 'full-text', date })).toBe('We read the full text (PMC full text), 27 November 2026.');
  });
});

describe('undatedNote', () => {
  const day = (date: number) => ({ date: new Date(Date.UTC(2026, 10, date)) });
  it('gives the last day we read a source that has no date', () => {
    expect(undatedNote({ checked: [day(27), day(30), day(28)] })).toBe('No date given; we last read it on 30 November 2026.');
  });

  it('says nothing for a dated source', () => {
    expect(undatedNote({ year: 2017, checked: [day(27)] })).toBeUndefined();
  });
});

describe('shortCitation', () => {
  it('uses the first author surname for people and the full name for organisations', () => {
    expect(shortCitation({ authors: 'Haller H, Lauche R', year: 2020 })).toBe('Haller 2020');
    expect(shortCitation({ authors: 'Rogers JS, et al.', year: 1998 })).toBe('Rogers 1998');
    expect(shortCitation({ authors: 'Cleveland Clinic', year: 2017 })).toBe('Cleveland Clinic 2017');
    expect(shortCitation({ authors: 'American Cancer Society' })).toBe('American Cancer Society n.d.');
  });
});

describe('evidence map', () => {
  const grades = [
    { id: 'mixed', order: 2, label: 'Mixed' },
    { id: 'none', order: 1, label: 'No trials' },
    { id: 'empty', order: 3, label: 'Nothing here' },
  ];
  const uses = [
    { id: 'b', condition: 'B', grade: 'mixed' },
    { id: 'a', condition: 'A', grade: 'mixed' },
    { id: 'c', condition: 'C', grade: 'none' },
  ];
  const groups = groupByGrade(grades, uses);

  it('keeps every grade in scale order, with its uses A to Z', () => {
    expect(groups.map((group) => [group.grade.id, group.uses.map((use) => use.id)])).toEqual([
      ['none', ['c']],
      ['mixed', ['a', 'b']],
      ['empty', []],
    ]);
  });
});

describe('structured data', () => {
  const facts = {
    title: 'What is it?',
    description: 'About it.',
    url: 'https://site.example/articles/x/',
    about: 'Craniosacral therapy',
    published: new Date(Date.UTC(2026, 0, 1)),
    updated: new Date(Date.UTC(2026, 0, 2)),
    lastReviewed: new Date(Date.UTC(2026, 0, 3)),
    breadcrumbs: [
      { name: 'Home', url: 'https://site.example/' },
      { name: 'What is it?', url: 'https://site.example/articles/x/' },
    ],
    siteName: 'Site',
    siteUrl: 'https://site.example/',
    copyright: { holder: 'Site Example', year: 2026 },
    licenseUrl: 'https://creativecommons.org/licenses/by-nc/4.0/',
  };

  it('describes an article as a MedicalWebPage with review date and breadcrumbs, and no reviewer unless one exists', () => {
    const data = articleJsonLd(facts);
    expect(data).toMatchObject({ '@type': 'MedicalWebPage', lastReviewed: '2026-01-03', dateModified: '2026-01-02' });
    // The publisher, the copyright holder and the licence agree with the footer.
    expect(data).toMatchObject({
      publisher: { name: facts.siteName, url: facts.siteUrl },
      copyrightHolder: { name: 'Site Example', url: facts.siteUrl },
      copyrightYear: 2026,
      license: 'https://creativecommons.org/licenses/by-nc/4.0/',
    });
    expect(data.breadcrumb).toEqual(breadcrumbList(facts.breadcrumbs));
    expect(data).not.toHaveProperty('reviewedBy');
    expect(articleJsonLd({ ...facts, reviewedBy: { name: 'Dr A', credentials: 'MD' } })).toHaveProperty('reviewedBy.name', 'Dr A');
  });

  it('describes a condition page as a MedicalWebPage about a MedicalCondition, with its other names, mentioning the therapy', () => {
    const data = conditionJsonLd({ ...facts, condition: 'Colic in babies', alternateNames: ['colic', 'crying baby'], therapy: 'Craniosacral therapy' });
    expect(data).toMatchObject({
      '@type': 'MedicalWebPage',
      about: { '@type': 'MedicalCondition', name: 'Colic in babies', alternateName: ['colic', 'crying baby'] },
      mentions: { '@type': 'MedicalTherapy', name: 'Craniosacral therapy' },
      breadcrumb: breadcrumbList(facts.breadcrumbs),
    });
    expect(articleJsonLd(facts)).not.toHaveProperty('mentions');
    expect(articleJsonLd(facts).about).toEqual({ '@type': 'MedicalTherapy', name: 'Craniosacral therapy' });
  });

  it('makes the page URL and the breadcrumbs absolute, and takes the publisher and licence from the site', () => {
    const site = { name: 'Site', copyright: { holder: 'Site Example', year: 2026 }, licence: { url: 'https://creativecommons.org/licenses/by-nc/4.0/' } };
    const crumbs = [
      { name: 'Home', path: '/' },
      { name: 'What is it?', path: '/articles/x/' },
    ];
    expect(sitePageFacts(site, new URL('https://site.example/'), '/articles/x/', crumbs)).toEqual({
      url: facts.url,
      breadcrumbs: facts.breadcrumbs,
      siteName: 'Site',
      siteUrl: 'https://site.example/',
      copyright: facts.copyright,
      licenseUrl: facts.licenseUrl,
    });
  });

  it('numbers breadcrumbs from 1', () => {
    expect(breadcrumbList(facts.breadcrumbs).itemListElement.map((item) => item.position)).toEqual([1, 2]);
  });

  it('declares the search page as the WebSite SearchAction only when given', () => {
    const site = { name: 'Site', url: 'https://site.example/', description: 'd' };
    expect(websiteJsonLd(site)).not.toHaveProperty('potentialAction');
    expect(websiteJsonLd(site, '/search/')).toHaveProperty(
      'potentialAction.target.urlTemplate',
      'https://site.example/search/?q={search_term_string}'
    );
  });

  it('escapes "<" so a value cannot close the script element', () => {
    expect(serializeJsonLd({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
