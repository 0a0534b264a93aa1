import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatContentIssues, readClaimedUses, readContentFolder, splitFrontmatter, validateContentFiles } from '../../src/lib/content-validation.ts';
import { CARE_GROUP_QUESTIONS, conditionCitationNumbers, conditionPageProse } from '../../src/lib/conditions.ts';
import { careListItems } from '../../src/lib/checklist.ts';
import { checklistSchema } from '../../src/lib/schemas/checklist.ts';
import type { EvidenceGrade } from '../../src/lib/schemas/claimed-use.ts';
import type { GlossaryTerm } from '../../src/lib/schemas/glossary.ts';
import { countProseWords, mdxToPlainText } from '../../src/lib/mdx-text.ts';
import { measureReadability } from '../../src/lib/readability.ts';
import { citedSourceIds } from '../../src/lib/citations.ts';

const CONTENT = 'content';
const MAX_GRADE = 8;
const uses = readClaimedUses(CONTENT);
const grades = parseYaml(readFileSync(join(CONTENT, 'claimed-uses/grades.yaml'), 'utf8')) as EvidenceGrade[];
const gradeById = new Map(grades.map((grade) => [grade.id, grade]));
const glossary = parseYaml(readFileSync(join(CONTENT, 'glossary/glossary.yaml'), 'utf8')) as GlossaryTerm[];
const articleFiles = readdirSync(join(CONTENT, 'articles'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => join(CONTENT, 'articles', name));

/** Every file in content/, for the placeholder scan. */
function allContentFiles(dir = CONTENT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allContentFiles(join(dir, entry.name)) : [join(dir, entry.name)]
  );
}

describe('the real content', () => {
  it('has every core article', () => {
    expect(articleFiles.map((file) => file.split('/').pop())).toEqual(
      expect.arrayContaining([
        'what-is-sacral-massage.mdx',
        'what-to-expect.mdx',
        'claimed-uses.mdx',
        'risks-and-who-should-avoid-it.mdx',
        'evidence.mdx',
        'weighing-it-up.mdx',
      ])
    );
  });

  it('passes validation: every field, id and cross-reference (citations, terms, links, sources all cited)', () => {
    expect(formatContentIssues(validateContentFiles(readContentFolder(CONTENT), CONTENT))).toBe('');
  });

  it('has no TODO, lorem, placeholder or empty section anywhere', () => {
    for (const file of allContentFiles()) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\b(TODO|TBD|FIXME|XXX|lorem|ipsum|placeholder)\b/i);
      if (file.endsWith('.mdx')) {
        // A heading followed directly by another heading of the same or higher level is an empty section.
        const headings = [...text.matchAll(/^(#{2,6}) .+\n+(?=(#{2,6}) )/gm)].filter(
          (match) => match[2]!.length <= match[1]!.length
        );
        expect(headings.map((match) => match[0].trim()), file).toEqual([]);
      }
    }
  });
});

describe('reading grade (Flesch-Kincaid) of each article body', () => {
  it.each(articleFiles)(`%s is at grade ${MAX_GRADE} or below`, (file) => {
    const body = splitFrontmatter(readFileSync(file, 'utf8'))!.body;
    const report = measureReadability(mdxToPlainText(body));
    console.log(
      `${file}: grade ${report.grade}, ${countProseWords(body)} words, ${citedSourceIds(body).length} sources cited`
    );
    expect(report.words).toBeGreaterThan(200);
    expect(report.grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  it(`keeps the claimed-uses hub's summaries (name, grade and verdict of each) at grade ${MAX_GRADE} or below`, () => {
    const text = uses.flatMap((use) => [use.condition, gradeById.get(use.grade)!.label, use.verdict]).join('\n');
    const report = measureReadability(text);
    console.log(`claimed-uses hub: grade ${report.grade}, ${report.words} words`);
    expect(report.grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  it(`keeps glossary definitions at grade ${MAX_GRADE} or below`, () => {
    const terms = parseYaml(readFileSync(join(CONTENT, 'glossary/glossary.yaml'), 'utf8')) as { definition: string }[];
    const report = measureReadability(terms.map((term) => term.definition).join('\n'));
    console.log(`glossary.yaml: grade ${report.grade}, ${terms.length} terms`);
    expect(terms.length).toBeGreaterThanOrEqual(25);
    expect(report.grade).toBeLessThanOrEqual(MAX_GRADE);
  });
});

describe('reading grade of each condition page, on its own text', () => {
  it('has at least 25 condition pages', () => {
    expect(uses.length).toBeGreaterThanOrEqual(25);
  });

  it.each(uses.map((use) => [use.id, use] as const))(`/conditions/%s/ reads at grade ${MAX_GRADE} or below`, (_id, use) => {
    const terms = use.glossary.map((id) => glossary.find((term) => term.id === id)!);
    const report = measureReadability(conditionPageProse(use, gradeById.get(use.grade)!, terms));
    console.log(`/conditions/${use.id}/: grade ${report.grade}, ${report.words} words, ${conditionCitationNumbers(use).size} sources`);
    expect(report.words).toBeGreaterThan(300);
    expect(report.grade).toBeLessThanOrEqual(MAX_GRADE);
  });
});

describe('the care lists a condition page takes from the checklist', () => {
  const checklist = checklistSchema.parse(parseYaml(readFileSync(join(CONTENT, 'checklist/checklist.yaml'), 'utf8')));

  it.each(Object.entries(CARE_GROUP_QUESTIONS))('the %s group names questions the checklist holds', (_group, questions) => {
    expect(careListItems(checklist, { questions }).map((item) => item.id)).toEqual(questions);
  });
});

describe('the guards the December 2026 review asked for', () => {
  const sources = parseYaml(readFileSync(join(CONTENT, 'sources/sources.yaml'), 'utf8')) as { id: string; criticisedBy?: string[] }[];
  const phrases = parseYaml(readFileSync(join(CONTENT, 'retracted-phrases.yaml'), 'utf8')) as { phrase: string }[];

  it('pairs the positive 2020 review with its published criticism (validation then requires both, everywhere)', () => {
    expect(sources.find((source) => source.id === 'haller-2020')?.criticisedBy).toContain('jarry-2020');
  });

  it('lists the withdrawn phrases the validation scans for', () => {
    expect(phrases.map((entry) => entry.phrase)).toEqual(expect.arrayContaining(['two largest', 'within a day', 'other rating tools']));
  });
});

describe('sources', () => {
  const sources = parseYaml(readFileSync(join(CONTENT, 'sources/sources.yaml'), 'utf8')) as {
    id: string;
    doi?: string;
    pmid?: string;
    url?: string;
  }[];

  it.each(sources)('$id has a well-formed DOI and PMID and no mirror URL', (source) => {
    if (source.doi) expect(source.doi).toMatch(/^10\.\d{4,9}\/[^\s"<>]+$/);
    if (source.pmid) expect(source.pmid).toMatch(/^[1-9]\d{0,8}$/);
    if (source.url) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.url).not.toMatch(/scribd|painscience|researchgate|ouci\.dntb|vdocument|chiro\.org|47\.251\.|wikipedia|sci-hub|semanticscholar/);
    }
  });
});
