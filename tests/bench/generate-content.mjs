// Generates a complete, valid content set of N articles for benchmarks: realistic length,
// headings, lists, citations, glossary terms and links between articles. Never writes into
// content/: callers pass a throwaway folder and point SME_CONTENT_DIR at it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONDITION_PAGE_SOURCES } from '../../src/lib/conditions.ts';

const WORDS = (
  'therapy session touch gentle pressure skull spine sacrum fluid rhythm practitioner trial review evidence patient ' +
  'pain neck back headache migraine sleep stress anxiety muscle joint nerve brain doctor risk benefit study result ' +
  'group comparison placebo sham treatment week month dose effect measure score report change small large careful'
).split(' ');
const SOURCE_COUNT = 60;
const TERM_COUNT = 40;

/** A small seeded random generator, so every run writes the same site. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (number) => String(number).padStart(4, '0');
const articleId = (number) => `generated-article-${pad(number)}`;
const sourceId = (number) => `generated-source-${number}`;
const termId = (number) => `generated-term-${number}`;

/** The default word picker: any of WORDS, equally likely. */
const anyWord = (random) => WORDS[Math.floor(random() * WORDS.length)];

function sentence(random, pickWord, length = 8 + Math.floor(random() * 8)) {
  const words = Array.from({ length }, () => pickWord(random));
  return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
}

function article(number, count, random, pickWord) {
  const cited = [1, 2, 3, 4].map((offset) => (number * 7 + offset * 13) % SOURCE_COUNT);
  const related = [1, 2].map((step) => ((number - 1 + step) % count) + 1).filter((other) => other !== number);
  const sections = [];
  for (let section = 1; section <= 6; section += 1) {
    const paragraphs = Array.from({ length: 3 }, (_, index) => {
      const text = Array.from({ length: 4 }, () => sentence(random, pickWord)).join(' ');
      const citation = index === 0 ? `<Cite id="${sourceId(cited[(section - 1) % cited.length])}" />` : '';
      return `${text}${citation}`;
    });
    const linked = ((number + section * 31) % count) + 1;
    sections.push(
      section === 1 ? '## Overview' : `## Section ${section} about ${pickWord(random)} and ${pickWord(random)}`,
      section === 1 ? `The <Term id="${termId(number % TERM_COUNT)}">${WORDS[number % WORDS.length]}</Term> matters here.` : '',
      ...paragraphs,
      `### Details for part ${section}: ${pickWord(random)}`,
      ...Array.from({ length: 4 }, () => `- ${sentence(random, pickWord, 6)}`),
      `See [another article](/articles/${articleId(linked)}/) for more.`
    );
  }
  const frontmatter = [
    '---',
    `title: "Generated article ${number}"`,
    `description: "A generated article used to measure how the build and search scale with the number of pages (${number})."`,
    'keyPoints:',
    ...[1, 2, 3].map(() => `  - "${sentence(random, pickWord, 7)}"`),
    `order: ${number}`,
    'published: 2026-01-01',
    'updated: 2026-01-02',
    'lastReviewed: 2026-01-02',
    'nextReviewDue: 2027-01-02',
    'about: "Craniosacral therapy"',
    `sources: [${[...new Set(cited)].filter((id, index) => index < 6).map(sourceId).join(', ')}]`,
    `related: [${related.map(articleId).join(', ')}]`,
    '---',
  ];
  return `${frontmatter.join('\n')}\n${sections.filter(Boolean).join('\n\n')}\n`;
}

/**
 * Writes a valid content set with `count` articles into `dir` (emptied first). `pickWord(random)`
 * chooses each word of the prose and of the headings' topics; the search benchmark passes one
 * with a large, realistic vocabulary.
 */
export function generateContent(dir, count, { pickWord = anyWord } = {}) {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['articles', 'sources', 'glossary', 'claimed-uses', 'checklist', 'support']) mkdirSync(join(dir, folder), { recursive: true });
  const random = seededRandom(count);
  for (let number = 1; number <= count; number += 1) {
    writeFileSync(join(dir, 'articles', `${articleId(number)}.mdx`), article(number, count, random, pickWord));
  }
  const sources = Array.from({ length: SOURCE_COUNT }, (_, index) =>
    [
      `- id: ${sourceId(index)}`,
      `  authors: "Author ${index}, et al."`,
      `  year: ${2000 + (index % 25)}`,
      `  title: "Generated study ${index}"`,
      '  publisher: "Journal of Generated Studies"',
      `  doi: "10.5555/generated.${index}"`,
      `  kind: ${index % 2 ? 'trial' : 'systematic-review'}`,
      '  finding: "A generated finding."',
      `  checked: [{ where: "on PubMed", url: "https://pubmed.example/${index}", read: abstract, date: 2026-01-01 }]`,
    ].join('\n')
  );
  // The sources every condition page cites in its fixed text.
  for (const id of Object.values(CONDITION_PAGE_SOURCES)) {
    sources.push(
      [
        `- id: ${id}`,
        '  authors: "Generated Author"',
        '  title: "Generated page"',
        '  publisher: "Generated Publisher"',
        `  url: "https://health.example/${id}"`,
        '  kind: report',
        '  finding: "A generated finding."',
        `  checked: [{ where: "on its own page", url: "https://health.example/${id}", read: page, date: 2026-01-01 }]`,
      ].join('\n')
    );
  }
  // One organisation page, for the "More information and support" box every article shows.
  sources.push(
    [
      '- id: generated-organisation',
      '  authors: "Generated Health Service"',
      '  title: "Generated health pages"',
      '  publisher: "Generated Health Service"',
      '  url: "https://health.example/"',
      '  kind: health-information',
      '  finding: "A generated health information service."',
      '  checked: [{ where: "on its own page", url: "https://health.example/", read: page, date: 2026-01-01 }]',
    ].join('\n')
  );
  writeFileSync(join(dir, 'sources', 'sources.yaml'), `${sources.join('\n')}\n`);
  writeFileSync(
    join(dir, 'support', 'support.yaml'),
    '- id: generated-service\n  group: information\n  order: 1\n  name: "Generated Health Service"\n  offers: "Generated health pages."\n  source: generated-organisation\n'
  );
  writeFileSync(join(dir, 'retracted-phrases.yaml'), '- phrase: "generated retracted phrase"\n  why: "it is only a benchmark"\n');
  const terms = Array.from({ length: TERM_COUNT }, (_, index) =>
    [`- id: ${termId(index)}`, `  term: "Generated term ${index}"`, '  definition: "A generated definition."', `  aliases: ["alias ${index}"]`].join('\n')
  );
  writeFileSync(join(dir, 'glossary', 'glossary.yaml'), `${terms.join('\n')}\n`);
  writeFileSync(
    join(dir, 'claimed-uses', 'grades.yaml'),
    '- id: no-trials\n  order: 1\n  label: "No trials found"\n  meaning: "No trial was found."\n'
  );
  // Two claimed uses (each names the other as related), one file each, each a condition page.
  for (const [id, other] of [['generated-use', 'other-generated-use'], ['other-generated-use', 'generated-use']]) {
    writeFileSync(
      join(dir, 'claimed-uses', `${id}.yaml`),
      [
        `id: ${id}`,
        'condition: "Generated condition"',
        'topic: other',
        'pageTitle: "Craniosacral therapy for a generated condition"',
        'description: "A generated condition page, long enough to pass the description rule for a benchmark."',
        'answer: "No trials were found."',
        'claim: "A generated claim."',
        'claimBy: "Nobody"',
        'aliases: [generated]',
        'research:\n  - text: "No trials were found."',
        'searched: { date: 2026-01-01, where: "nowhere" }',
        'verdict: "Not known."',
        'grade: no-trials',
        `otherOptions:\n  - { name: "Rest", howItWorks: "Rest.", benefit: "Rest helps.", risk: "None.", source: ${sourceId(0)} }`,
        `withoutTreatment:\n  text: "It passes."\n  source: ${sourceId(0)}\n  seeADoctorIf: [{ text: "It does not pass." }]`,
        'questionsToAsk: ["One?", "Two?", "Three?"]',
        `related: [${other}]`,
        'published: 2026-01-01',
        'updated: 2026-01-01',
        'lastReviewed: 2026-01-01',
        'nextReviewDue: 2027-01-01',
        '',
      ].join('\n')
    );
  }
  writeFileSync(
    join(dir, 'checklist', 'checklist.yaml'),
    [
      'version: "2026.1"',
      'date: 2026-01-01',
      'title: "Should I ask my doctor first?"',
      'groups:',
      '  - id: generated-group',
      '    title: "Generated group"',
      '    questions:',
      '      - id: generated-question',
      '        text: "Is this a generated question?"',
      '        statement: "this is a generated question"',
      '        why: "It is generated."',
      '        tier: ask-doctor',
      '        learnMore:',
      `          article: ${articleId(1)}`,
      '          section: overview',
      '        sources: []',
      '',
    ].join('\n')
  );
}
