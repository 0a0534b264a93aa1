import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatContentIssues, readContentFolder, validateContentFiles } from '../../src/lib/content-validation.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/content-minimal');
const made: string[] = [];

/** A throwaway copy of the minimal valid fixture. */
function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-fixture-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** A copy of the minimal valid fixture with one mistake written into one file. */
function fixtureWith(file: string, edit: (text: string) => string): string {
  const dir = fixtureCopy();
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit to ${file} changed nothing`);
  writeFileSync(path, after);
  return dir;
}

function messagesFor(dir: string): string {
  return formatContentIssues(validateContentFiles(readContentFolder(dir, dir), dir));
}

afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('content validation', () => {
  it('accepts the minimal fixture as it is', () => {
    expect(messagesFor(FIXTURE)).toBe('');
  });

  // One fixture per kind of mistake; each message names the file, the field and the bad value.
  const mistakes: { kind: string; file: string; edit: (text: string) => string; message: string }[] = [
    {
      kind: 'a citation of a source that does not exist',
      file: 'articles/first-article.mdx',
      edit: (text) => text.replace('<Cite id="alpha-2020" />', '<Cite id="alpha-2020" /><Cite id="nobody-1999" />'),
      message: 'articles/first-article.mdx: <Cite id>: refers to a source that does not exist (value: "nobody-1999")',
    },
    {
      kind: 'a missing required field',
      file: 'articles/first-article.mdx',
      edit: (text) => text.replace('about: "Craniosacral therapy"\n', ''),
      message: 'articles/first-article.mdx: about: Invalid input: expected string, received undefined (value: (missing))',
    },
    {
      kind: 'an impossible date',
      file: 'articles/first-article.mdx',
      edit: (text) => text.replace('lastReviewed: 2026-01-12', 'lastReviewed: 2026-02-30'),
      message: 'articles/first-article.mdx: lastReviewed: must be a real date written YYYY-MM-DD (value: "2026-02-30")',
    },
    {
      kind: 'a meta description over 160 characters',
      file: 'articles/second-article.mdx',
      edit: (text) => text.replace(/^description: .*$/m, `description: "${'Too long. '.repeat(17)}"`),
      message: `articles/second-article.mdx: description: must be at most 160 characters (value: "${'Too long. '.repeat(17).slice(0, 77)}...")`,
    },
    {
      kind: 'a duplicate glossary id',
      file: 'glossary/glossary.yaml',
      edit: (text) => `${text}- id: sacrum\n  term: "Sacrum again"\n  definition: "A second record with the same id."\n`,
      message: 'glossary/glossary.yaml: [2].id: duplicates the id of record [0] (value: "sacrum")',
    },
    {
      kind: 'a next review due before the last review',
      file: 'articles/second-article.mdx',
      edit: (text) => text.replace('nextReviewDue: 2027-01-10', 'nextReviewDue: 2025-12-01'),
      message: 'articles/second-article.mdx: nextReviewDue: must be after lastReviewed (value: "2025-12-01")',
    },
    {
      kind: 'a glossary term that does not exist',
      file: 'articles/second-article.mdx',
      edit: (text) => text.replace('A trial', 'A <Term id="randomized-trial">trial</Term>'),
      message: 'articles/second-article.mdx: <Term id>: refers to a glossary term that does not exist (value: "randomized-trial")',
    },
    {
      kind: 'a related article that does not exist',
      file: 'articles/first-article.mdx',
      edit: (text) => text.replace('related: [second-article]', 'related: [second-article, third-article]'),
      message: 'articles/first-article.mdx: related[1]: refers to an article that does not exist (value: "third-article")',
    },
    {
      kind: 'a checklist link to a section the article does not have',
      file: 'checklist/checklist.yaml',
      edit: (text) => text.replace('section: who-should-ask-a-doctor-first', 'section: who-should-not-have-it'),
      message:
        'checklist/checklist.yaml: groups[0].questions[0].learnMore.section: refers to a section of second-article that does not exist (value: "who-should-not-have-it")',
    },
    {
      kind: 'a claimed use with a grade that does not exist',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('grade: mixed', 'grade: strong'),
      message: 'claimed-uses/back-pain.yaml: grade: refers to a grade in grades.yaml that does not exist (value: "strong")',
    },
    {
      kind: 'a claimed use with no verdict',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('verdict: "Not shown to help."\n', ''),
      message: 'claimed-uses/back-pain.yaml: verdict: Invalid input: expected string, received undefined (value: (missing))',
    },
    {
      kind: 'a claimed use with no grade',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('grade: mixed\n', ''),
      message: 'claimed-uses/back-pain.yaml: grade: Invalid input: expected string, received undefined (value: (missing))',
    },
    {
      kind: 'a claimed use with no description',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace(/^description: .*\n/m, ''),
      message: 'claimed-uses/back-pain.yaml: description: Invalid input: expected string, received undefined (value: (missing))',
    },
    {
      kind: 'a claimed use whose description is over 160 characters',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace(/^description: .*$/m, `description: "${'Far too long. '.repeat(12)}"`),
      message: `claimed-uses/back-pain.yaml: description: must be at most 160 characters (value: "${'Far too long. '.repeat(12).slice(0, 77)}...")`,
    },
    {
      kind: 'a claimed-use option with no source',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('    source: gamma-2022\nwithoutTreatment:', 'withoutTreatment:'),
      message: 'claimed-uses/back-pain.yaml: otherOptions[0].source: Invalid input: expected string, received undefined (value: (missing))',
    },
    {
      kind: 'a claimed use that cites a source that does not exist',
      file: 'claimed-uses/neck-pain.yaml',
      edit: (text) => text.replace('      source: gamma-2022\nquestionsToAsk', '      source: nobody-1999\nquestionsToAsk'),
      message: 'claimed-uses/neck-pain.yaml: withoutTreatment.seeADoctorIf[0].source: refers to a source that does not exist (value: "nobody-1999")',
    },
    {
      kind: 'a claimed-use option whose further source does not exist',
      file: 'claimed-uses/neck-pain.yaml',
      edit: (text) => text.replace('    source: gamma-2022\nwithoutTreatment:', '    source: gamma-2022\n    alsoSources: [nobody-1999]\nwithoutTreatment:'),
      message: 'claimed-uses/neck-pain.yaml: otherOptions[0].alsoSources[0]: refers to a source that does not exist (value: "nobody-1999")',
    },
    {
      kind: 'a claimed use whose sessions cite a source that does not exist',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('  source: beta-2021\nquestionsToAsk:', '  source: nobody-1999\nquestionsToAsk:'),
      message: 'claimed-uses/back-pain.yaml: sessions.source: refers to a source that does not exist (value: "nobody-1999")',
    },
    {
      kind: 'a claimed use whose sessions say nothing',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('text: "The trial gave 10 sessions."', 'text: "  "'),
      message: 'claimed-uses/back-pain.yaml: sessions.text: must not be empty (value: "  ")',
    },
    {
      kind: 'a claimed use whose sessions give no source',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('  source: beta-2021\nquestionsToAsk:', 'questionsToAsk:'),
      message: 'claimed-uses/back-pain.yaml: sessions.source: Invalid input: expected string, received undefined (value: (missing))',
    },
    {
      kind: 'a claimed use linking a charity, not a health-information entry, to its page on the condition',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('  - support: example-health-service', '  - support: example-charity'),
      message:
        'claimed-uses/back-pain.yaml: informationPages[0].support: must be an entry in the "information" group of support.yaml (value: "example-charity")',
    },
    {
      kind: 'a claimed use linking a health-information entry to a page with no source record',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('    source: gamma-2022\n    offers:', '    source: nobody-1999\n    offers:'),
      message: 'claimed-uses/back-pain.yaml: informationPages[0].source: refers to a source that does not exist (value: "nobody-1999")',
    },
    {
      kind: 'a claimed use whose id is not its file name',
      file: 'claimed-uses/neck-pain.yaml',
      edit: (text) => text.replace('id: neck-pain', 'id: neck-ache'),
      message: 'claimed-uses/neck-pain.yaml: id: must match the file name "neck-pain" (the page\'s URL is /conditions/<id>/) (value: "neck-ache")',
    },
    {
      kind: 'a "no trials found" claimed use that does not say when and where we looked',
      file: 'claimed-uses/neck-pain.yaml',
      edit: (text) => text.replace(/^searched:\n(?:  .*\n){2}/m, ''),
      message:
        'claimed-uses/neck-pain.yaml: searched: is required when the grade is "no-trials": say when and where we looked (value: (missing))',
    },
    {
      kind: 'a claimed use related to itself',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('related: [neck-pain]', 'related: [neck-pain, back-pain]'),
      message: 'claimed-uses/back-pain.yaml: related[1]: must not point to the condition itself (value: "back-pain")',
    },
    {
      kind: 'a claimed use related to a condition that does not exist',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('related: [neck-pain]', 'related: [shoulder-pain]'),
      message: 'claimed-uses/back-pain.yaml: related[0]: refers to a claimed use that does not exist (value: "shoulder-pain")',
    },
    {
      kind: 'a claimed use naming a support entry that does not exist',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('support: [example-charity]', 'support: [example-charity, nobody-helpline]'),
      message: 'claimed-uses/back-pain.yaml: support[1]: refers to an entry of support.yaml that does not exist (value: "nobody-helpline")',
    },
    {
      kind: 'a claimed use whose care group has no care list in the checklist',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('aliases: [backache, lumbago]\n', 'aliases: [backache, lumbago]\ncareGroup: pregnancy\n'),
      message: 'claimed-uses/back-pain.yaml: careGroup: its care list: there is no question or sign "pregnant" in the checklist (value: "pregnancy")',
    },
    {
      kind: 'a claimed use naming a warning sign the checklist does not hold',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('questionsToAsk:\n', 'warningSigns: [recent-head-injury, back-pain-with-numbness]\nquestionsToAsk:\n'),
      message: 'claimed-uses/back-pain.yaml: warningSigns[1]: there is no question or sign "back-pain-with-numbness" in the checklist (value: "back-pain-with-numbness")',
    },
    {
      kind: 'a source every condition page cites that is missing',
      file: 'sources/sources.yaml',
      edit: (text) => text.replace('- id: choosing-wisely-uk', '- id: choosing-wisely'),
      message: 'sources/sources.yaml: (condition pages): is cited by every condition page, but no source has this id (value: "choosing-wisely-uk")',
    },
    {
      kind: 'a condition-only support entry that no condition names',
      file: 'claimed-uses/back-pain.yaml',
      edit: (text) => text.replace('support: [example-charity]\n', ''),
      message:
        'support/support.yaml: [1].onlyOnConditionPages: is shown only on condition pages, but no claimed use names it in `support` (value: "example-charity")',
    },
    {
      kind: 'a malformed DOI',
      file: 'sources/sources.yaml',
      edit: (text) => text.replace('doi: "10.1234/fixture.2020.1"', 'doi: "doi.org/10.1234/x"'),
      message: 'sources/sources.yaml: [0].doi: must be a bare DOI such as 10.1186/s12891-019-3017-y (value: "doi.org/10.1234/x")',
    },
    {
      kind: 'a source with no way to find it',
      file: 'sources/sources.yaml',
      edit: (text) => text.replace('  url: "https://health.example/page"\n', ''),
      message: 'sources/sources.yaml: [2].doi: needs at least one of doi, pmid, url or isbn, or a full citation in details (value: (missing))',
    },
    {
      kind: 'a source with no record of how it was checked',
      file: 'sources/sources.yaml',
      edit: (text) => text.replace(/  checked:\n    - where: "on PubMed"\n(?:      .*\n){3}/, ''),
      message: 'sources/sources.yaml: [0].checked: Invalid input: expected array, received undefined (value: (missing))',
    },
    {
      kind: 'a check that does not say how much was read',
      file: 'sources/sources.yaml',
      edit: (text) => text.replace('      read: abstract\n      date: 2026-01-05\n- id: beta', '      read: skimmed\n      date: 2026-01-05\n- id: beta'),
      message: 'sources/sources.yaml: [0].checked[0].read: Invalid option: expected one of "full-text"|"abstract"|"page"|"record" (value: "skimmed")',
    },
    {
      kind: 'a source that nothing cites',
      file: 'sources/sources.yaml',
      edit: (text) =>
        `${text}- id: delta-2023\n  authors: "Delta D"\n  year: 2023\n  title: "Uncited"\n  publisher: "Nobody"\n  pmid: "1"\n  kind: trial\n  finding: "Nothing."\n  checked:\n    - { where: "on PubMed", url: "https://pubmed.example/2", read: record, date: 2026-01-05 }\n`,
      message: 'sources/sources.yaml: [6].id: is never cited by an article, claimed use or checklist question (value: "delta-2023")',
    },
    {
      kind: 'a published criticism that does not exist',
      file: 'sources/sources.yaml',
      edit: (text) => text.replace('  kind: systematic-review\n', '  kind: systematic-review\n  criticisedBy: [nobody-2024]\n'),
      message: 'sources/sources.yaml: [0].criticisedBy[0]: refers to a source that does not exist (value: "nobody-2024")',
    },
    {
      kind: 'an article that cites a source without its published criticism',
      file: 'sources/sources.yaml',
      edit: (text) => text.replace('  kind: systematic-review\n', '  kind: systematic-review\n  criticisedBy: [gamma-2022]\n'),
      message:
        'articles/first-article.mdx: <Cite id>: cites "alpha-2020" without its published criticism "gamma-2022" (cite both) (value: "alpha-2020")',
    },
    {
      kind: 'a claimed use that cites a source without its published criticism',
      file: 'sources/sources.yaml',
      edit: (text) => text.replace('  kind: trial\n', '  kind: trial\n  criticisedBy: [alpha-2020]\n'),
      message:
        'claimed-uses/back-pain.yaml: research[0].source: record "back-pain" cites "beta-2021" without its published criticism "alpha-2020" (add a research item citing it) (value: "beta-2021")',
    },
    {
      kind: 'a retracted phrase in a glossary definition',
      file: 'glossary/glossary.yaml',
      edit: (text) => text.replace('The column of bones', 'One of the Two  Largest columns of bones'),
      message: 'glossary/glossary.yaml: line 8: repeats a retracted phrase (a larger review exists) (value: "two largest")',
    },
    {
      kind: 'a retracted phrase in an article, even across a line break',
      file: 'articles/second-article.mdx',
      edit: (text) => text.replace('A trial found no clear change.', 'The two\nlargest trials found no clear change.'),
      message: 'articles/second-article.mdx: line 17: repeats a retracted phrase (a larger review exists) (value: "two largest")',
    },
    {
      kind: 'a support link whose source has no web address',
      file: 'support/support.yaml',
      edit: (text) => text.replace('source: gamma-2022', 'source: beta-2021'),
      message: 'support/support.yaml: [0].source: refers to a source with no url to link to (value: "beta-2021")',
    },
    {
      kind: 'a listed source the body never cites',
      file: 'articles/second-article.mdx',
      edit: (text) => text.replace('sources: [beta-2021]', 'sources: [beta-2021, alpha-2020]'),
      message: 'articles/second-article.mdx: sources[1]: is listed but never cited with <Cite> in the body (value: "alpha-2020")',
    },
    {
      kind: 'a placeholder left in the text',
      file: 'glossary/glossary.yaml',
      edit: (text) => text.replace('The column of bones down the middle of your back.', 'TODO write this'),
      message: 'glossary/glossary.yaml: [1].definition: contains a placeholder (TODO, TBD, FIXME, lorem ipsum, placeholder) (value: "TODO write this")',
    },
    {
      kind: 'a hand-written care card',
      file: 'articles/second-article.mdx',
      edit: (text) =>
        text.replace('<CareList group="head" />', '<CareCard level="tell-therapist" title="Tell your therapist if:">\n\n- a recent head injury\n\n</CareCard>'),
      message: 'articles/second-article.mdx: (body): is a care list written by hand: use <CareList>, so that its tiers come from content/checklist/checklist.yaml (value: "<CareCard level=\\"tell-therapist\\" title=\\"Tell your therapist if:\\">")',
    },
    {
      kind: 'a care card made of HTML',
      file: 'articles/second-article.mdx',
      edit: (text) => text.replace('<CareList group="head" />', '<div className="care-card"><h3>Tell your therapist:</h3><ul><li>a head injury</li></ul></div>'),
      message: 'articles/second-article.mdx: (body): is a care list written by hand: use <CareList>, so that its tiers come from content/checklist/checklist.yaml (value: "<div className=\\"care-card\\">")',
    },
    {
      kind: 'a care list typed as Markdown',
      file: 'articles/second-article.mdx',
      edit: (text) => text.replace('<CareList group="head" />', '**Tell your therapist before the session if you have:**\n\n- hurt your head recently'),
      message: 'articles/second-article.mdx: (body): is a care list written by hand: use <CareList>, so that its tiers come from content/checklist/checklist.yaml (value: "Tell your therapist before the session if you have:")',
    },
    {
      kind: 'a care list that puts a question under another tier than the checklist',
      file: 'articles/second-article.mdx',
      edit: (text) => text.replace('<CareList group="head" />', '<CareList tier="tell-therapist" questions={["recent-head-injury"]} />'),
      message:
        'articles/second-article.mdx: <CareList>: "recent-head-injury" is "ask-doctor" in the checklist, not "tell-therapist" (value: "<CareList tier=\\"tell-therapist\\" questions={[\\"recent-head-injury\\"]} />")',
    },
    {
      kind: 'a care list of a group that does not exist',
      file: 'articles/second-article.mdx',
      edit: (text) => text.replace('<CareList group="head" />', '<CareList group="heart" />'),
      message: 'articles/second-article.mdx: <CareList>: there is no group "heart" in the checklist (value: "<CareList group=\\"heart\\" />")',
    },
    {
      kind: 'a care list with lines written inside it',
      file: 'articles/second-article.mdx',
      edit: (text) => text.replace('<CareList group="head" />', '<CareList group="head">\n\n- something else\n\n</CareList>'),
      message: 'articles/second-article.mdx: <CareList>: must close itself (<CareList ... />): its lines come from content/checklist/checklist.yaml, never from the article (value: "<CareList group=\\"head\\">")',
    },
    {
      kind: 'a care list with a tier that does not exist',
      file: 'articles/second-article.mdx',
      edit: (text) => text.replace('<CareList group="head" />', '<CareList tier="see-a-doctor" />'),
      message: 'articles/second-article.mdx: <CareList>: has tier "see-a-doctor", which is not one of emergency, urgent, ask-doctor, tell-therapist (value: "<CareList tier=\\"see-a-doctor\\" />")',
    },
    {
      kind: 'a topic hub that does not start with the article declaring it',
      file: 'articles/first-article.mdx',
      edit: (text) => text.replace('    - article: first-article\n      label: "First"\n', '').replace('label: "Second"', 'label: "Second"\n    - article: first-article\n      label: "First"'),
      message: 'articles/first-article.mdx: hub.pages[0].article: must be "first-article", the article that declares the hub (value: "second-article")',
    },
    {
      kind: 'a topic hub page that does not exist',
      file: 'articles/first-article.mdx',
      edit: (text) => text.replace('- article: second-article', '- article: third-article'),
      message: 'articles/first-article.mdx: hub.pages[1].article: refers to an article that does not exist (value: "third-article")',
    },
    {
      kind: 'a topic hub listing an article twice',
      file: 'articles/first-article.mdx',
      edit: (text) => text.replace('label: "Second"', 'label: "Second"\n    - article: second-article\n      label: "Again"'),
      message: 'articles/first-article.mdx: hub.pages[2].article: lists an article twice (value: "second-article")',
    },
    {
      kind: 'a topic hub of one page',
      file: 'articles/first-article.mdx',
      edit: (text) => text.replace('    - article: second-article\n      label: "Second"\n', ''),
      message: 'articles/first-article.mdx: hub.pages: needs at least 2 pages (value: [{"article":"first-article","label":"First"}])',
    },
    {
      kind: 'an article in two topic hubs',
      file: 'articles/second-article.mdx',
      edit: (text) => text.replace(/^related: .*$/m, (line) => `${line}\nhub:\n  title: "Another topic"\n  pages:\n    - article: second-article\n      label: "Again"\n    - article: first-article\n      label: "First again"`),
      message: 'articles/second-article.mdx: hub.pages[0].article: is already a page of the hub in articles/first-article.mdx (value: "second-article")',
    },
    {
      kind: 'YAML that does not parse',
      file: 'claimed-uses/grades.yaml',
      edit: (text) => text.replace('- id: mixed', '- id: [mixed'),
      message: 'claimed-uses/grades.yaml: (file): is not valid YAML',
    },
  ];

  it.each(mistakes)('fails on $kind, naming the file, field and value', ({ file, edit, message }) => {
    const dir = fixtureWith(file, edit);
    expect(messagesFor(dir)).toContain(message);
  });

  it('fails on two claimed-use files with one slug, naming the file that is not named after it', () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'claimed-uses/back-pain-copy.yaml'), readFileSync(join(dir, 'claimed-uses/back-pain.yaml'), 'utf8'));
    expect(messagesFor(dir)).toContain(
      'claimed-uses/back-pain-copy.yaml: id: collides with the slug of claimed-uses/back-pain.yaml: each condition needs its own URL (value: "back-pain")'
    );
  });
});
