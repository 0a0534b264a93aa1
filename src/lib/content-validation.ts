import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { careListItems, type CareListSelection } from './checklist.ts';
import { articleSchema, type Hub } from './schemas/article.ts';
import { TIERS, checklistSchema, type Checklist } from './schemas/checklist.ts';
import { claimedUseSchema, evidenceGradeSchema, type ClaimedUse } from './schemas/claimed-use.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { sourceSchema } from './schemas/source.ts';
import { retractedPhraseSchema } from './schemas/retracted-phrase.ts';
import { supportLinkSchema } from './schemas/support.ts';
import { citedSourceIds, glossaryTermIds } from './citations.ts';
import { CARE_GROUP_QUESTIONS, CONDITION_PAGE_SOURCES, claimedUseCitations } from './conditions.ts';
import { straightQuotes } from './typography.ts';

/** One content mistake: which file, which field, the bad value and what is wrong with it. */
export interface ContentIssue {
  file: string;
  field: string;
  value: string;
  message: string;
}

/** The raw text of every content file, keyed by its path relative to the project. */
export type ContentFiles = ReadonlyMap<string, string>;

/** Where each collection lives inside the content folder. */
export const CONTENT_PATHS = {
  articles: 'articles',
  sources: 'sources/sources.yaml',
  glossary: 'glossary/glossary.yaml',
  grades: 'claimed-uses/grades.yaml',
  /** One YAML file per claimed use, named by its slug; every .yaml file here but grades.yaml. */
  claimedUses: 'claimed-uses',
  checklist: 'checklist/checklist.yaml',
  support: 'support/support.yaml',
  retractedPhrases: 'retracted-phrases.yaml',
} as const;

/** Content files that are single YAML documents (every key but the two folders). */
type DataFileKey = Exclude<keyof typeof CONTENT_PATHS, 'articles' | 'claimedUses'>;
const DATA_FILE_KEYS = Object.keys(CONTENT_PATHS).filter(
  (key): key is DataFileKey => key !== 'articles' && key !== 'claimedUses'
);

/** Whether a content path is a claimed-use record: a .yaml file in the claimed-uses folder other than grades.yaml. */
export function isClaimedUseFile(path: string): boolean {
  const [folder, name] = path.split(/[\\/]/).slice(-2);
  return folder === CONTENT_PATHS.claimedUses && !!name?.endsWith('.yaml') && `${folder}/${name}` !== CONTENT_PATHS.grades;
}

/** A claimed-use file's slug: its name without .yaml. */
export const claimedUseSlug = (path: string) => basename(path, '.yaml');

/** Reads every content file under `contentDir` (I/O kept here so validation stays pure). */
export function readContentFolder(contentDir: string, projectRoot = process.cwd()): ContentFiles {
  const files = new Map<string, string>();
  const articlesDir = join(contentDir, CONTENT_PATHS.articles);
  if (existsSync(articlesDir)) {
    for (const name of readdirSync(articlesDir).sort()) {
      if (name.endsWith('.mdx')) {
        const path = join(articlesDir, name);
        files.set(relative(projectRoot, path), readFileSync(path, 'utf8'));
      }
    }
  }
  const claimedUsesDir = join(contentDir, CONTENT_PATHS.claimedUses);
  if (existsSync(claimedUsesDir)) {
    for (const name of readdirSync(claimedUsesDir).sort()) {
      const path = join(claimedUsesDir, name);
      if (isClaimedUseFile(path)) files.set(relative(projectRoot, path), readFileSync(path, 'utf8'));
    }
  }
  for (const key of DATA_FILE_KEYS) {
    const path = join(contentDir, CONTENT_PATHS[key]);
    files.set(relative(projectRoot, path), existsSync(path) ? readFileSync(path, 'utf8') : '');
  }
  return files;
}

/** Every claimed-use record under `contentDir`, parsed (for build steps that run after validation). */
export function readClaimedUses(contentDir: string): ClaimedUse[] {
  return [...readContentFolder(contentDir)]
    .filter(([path]) => isClaimedUseFile(path))
    .map(([, text]) => claimedUseSchema.parse(parseYaml(text)));
}

/** Shows a bad value briefly: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index ? `.${String(key)}` : String(key))).join('') || '(file)';
}

interface ParsedYaml {
  data: unknown;
  issues: ContentIssue[];
}

function parseYamlFile(file: string, text: string): ParsedYaml {
  if (!text.trim()) return { data: undefined, issues: [{ file, field: '(file)', value: '(missing)', message: 'file is missing or empty' }] };
  try {
    return { data: parseYaml(text), issues: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { data: undefined, issues: [{ file, field: '(file)', value: '(unparsable)', message: `is not valid YAML: ${message}` }] };
  }
}

function schemaIssues(file: string, schema: z.ZodType, data: unknown, pathPrefix: PropertyKey[] = []): ContentIssue[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = [...pathPrefix, ...issue.path];
    return { file, field: fieldName(path), value: describeValue(valueAt(data, issue.path)), message: issue.message };
  });
}

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}

/** The text of the Markdown headings (`##` to `######`) of an article body, without inline markup. */
export function headingTexts(body: string): string[] {
  const withoutCode = body.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(/^#{2,6}\s+(.+?)\s*#*\s*$/gm)].map((match) =>
    match[1]!.replace(/<[^>]+>/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '')
  );
}

/** Anchors the Markdown headings of an article body will get (github-slugger, as Astro does). */
export function headingAnchors(body: string): string[] {
  const slugger = new GithubSlugger();
  return headingTexts(body).map((text) => slugger.slug(text));
}

/** A care list written into an article: a <CareList> tag, its selection, or what is wrong with it. */
interface CareListUse {
  tag: string;
  selection?: CareListSelection;
  problem?: string;
}

const CARE_LIST_ATTRIBUTES = new Set(['tier', 'group', 'questions', 'source', 'title', 'headingLevel']);

/** Every <CareList> tag in an article body, read without running it, so mistakes name the file. */
export function careListUses(body: string): CareListUse[] {
  return [...body.matchAll(/<CareList\b([^>]*?)(\/?)>/g)].map(([tag, attributeText = '', selfClosing]) => {
    if (!selfClosing) return { tag, problem: 'must close itself (<CareList ... />): its lines come from content/checklist/checklist.yaml, never from the article' };
    const attributes = new Map<string, string>();
    for (const [, name, quoted, braced] of attributeText.matchAll(/(\w+)=(?:"([^"]*)"|\{([^}]*)\})/g)) attributes.set(name!, quoted ?? braced!);
    const unknown = [...attributes.keys()].find((name) => !CARE_LIST_ATTRIBUTES.has(name));
    if (unknown) return { tag, problem: `has an attribute "${unknown}" that <CareList> does not take` };
    const tier = attributes.get('tier');
    if (tier !== undefined && !(TIERS as readonly string[]).includes(tier)) return { tag, problem: `has tier "${tier}", which is not one of ${TIERS.join(', ')}` };
    const title = attributes.get('title');
    if (title !== undefined && !/ if:$/.test(title)) return { tag, problem: 'has a title that does not end with " if:"' };
    const questions = attributes.get('questions');
    return {
      tag,
      selection: {
        tier: tier as CareListSelection['tier'],
        group: attributes.get('group'),
        source: attributes.get('source'),
        questions: questions === undefined ? undefined : [...questions.matchAll(/["']([^"']+)["']/g)].map((match) => match[1]!),
      },
    };
  });
}

/**
 * Lines of an article body that read as a care list typed by hand: a <CareCard>, an element
 * styled as a care card, or a line ending "if:" (or "if you have:") followed by a Markdown list.
 * Care lists come from the checklist data.
 */
export function handWrittenCareLists(body: string): string[] {
  const found = [...body.matchAll(/<CareCard\b[^>]*>|<[a-z][\w-]*\s[^>]*class(?:Name)?="[^"]*\bcare-card\b[^>]*>/g)].map((match) => match[0]);
  const lines = body.split('\n');
  lines.forEach((line, index) => {
    const plain = line.replace(/<[^>]+>|[*_]/g, '').trim();
    if (!/\bif(?: you(?: have| are)?)?:$/i.test(plain) || /^\s*(?:[-*+]|\d+\.)\s/.test(line)) return;
    const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '');
    if (next !== undefined && /^\s*(?:[-*+]|\d+\.)\s/.test(next)) found.push(plain);
  });
  return found;
}

interface ListCollection<T> {
  file: string;
  records: T[];
}

/** Validates a YAML list collection record by record, and reports duplicate ids. */
function validateList<T extends { id: string }>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  issues: ContentIssue[]
): ListCollection<T> {
  const parsed = parseYamlFile(file, text);
  issues.push(...parsed.issues);
  if (parsed.data === undefined) return { file, records: [] };
  if (!Array.isArray(parsed.data)) {
    issues.push({ file, field: '(file)', value: describeValue(parsed.data), message: 'must be a YAML list of records' });
    return { file, records: [] };
  }
  const records: T[] = [];
  const firstIndex = new Map<string, number>();
  parsed.data.forEach((raw: unknown, index) => {
    const result = schema.safeParse(raw);
    if (!result.success) {
      issues.push(...schemaIssues(file, schema, raw, [index]));
      return;
    }
    const seen = firstIndex.get(result.data.id);
    if (seen !== undefined) {
      issues.push({ file, field: `[${index}].id`, value: describeValue(result.data.id), message: `duplicates the id of record [${seen}]` });
      return;
    }
    firstIndex.set(result.data.id, index);
    records.push(result.data);
  });
  return { file, records };
}

/**
 * Validates each claimed-use file on its own: one YAML mapping whose id is the file's name (the
 * page's URL). Two files with one id would be two pages at one URL: the file not named after the
 * id is reported.
 */
function validateClaimedUseFiles(files: ContentFiles, issues: ContentIssue[]): { file: string; use: ClaimedUse }[] {
  const records: { file: string; use: ClaimedUse }[] = [];
  const filesOfId = new Map<string, string[]>();
  for (const [file, text] of files) {
    if (!isClaimedUseFile(file)) continue;
    const parsed = parseYamlFile(file, text);
    issues.push(...parsed.issues);
    if (parsed.data === undefined) continue;
    if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      issues.push({ file, field: '(file)', value: describeValue(parsed.data), message: 'must be one YAML record (a mapping), not a list' });
      continue;
    }
    const id: unknown = (parsed.data as Record<string, unknown>).id;
    if (typeof id === 'string') {
      filesOfId.set(id, [...(filesOfId.get(id) ?? []), file]);
      const slug = claimedUseSlug(file);
      if (id !== slug) {
        issues.push({ file, field: 'id', value: describeValue(id), message: `must match the file name "${slug}" (the page's URL is /conditions/<id>/)` });
      }
    }
    const result = claimedUseSchema.safeParse(parsed.data);
    if (!result.success) issues.push(...schemaIssues(file, claimedUseSchema, parsed.data));
    else records.push({ file, use: result.data });
  }
  for (const [id, sharing] of filesOfId) {
    if (sharing.length < 2) continue;
    const owner = sharing.find((file) => claimedUseSlug(file) === id) ?? sharing[0]!;
    for (const file of sharing.filter((other) => other !== owner)) {
      issues.push({ file, field: 'id', value: describeValue(id), message: `collides with the slug of ${owner}: each condition needs its own URL` });
    }
  }
  return records.filter(({ file, use }) => filesOfId.get(use.id)!.length < 2 || claimedUseSlug(file) === use.id);
}

/** Checks every content file and every cross-reference between them. Returns all issues found. */
export function validateContentFiles(files: ContentFiles, contentDir: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const pathOf = (key: DataFileKey) =>
    [...files.keys()].find((path) => path.endsWith(CONTENT_PATHS[key])) ?? join(contentDir, CONTENT_PATHS[key]);
  const textOf = (key: DataFileKey) => files.get(pathOf(key)) ?? '';

  const sources = validateList(pathOf('sources'), textOf('sources'), sourceSchema, issues);
  const glossary = validateList(pathOf('glossary'), textOf('glossary'), glossaryTermSchema, issues);
  const grades = validateList(pathOf('grades'), textOf('grades'), evidenceGradeSchema, issues);
  const claimedUses = validateClaimedUseFiles(files, issues);
  const support = validateList(pathOf('support'), textOf('support'), supportLinkSchema, issues);

  const sourceIds = new Set(sources.records.map((source) => source.id));
  const sourceById = new Map(sources.records.map((source) => [source.id, source]));
  const glossaryIds = new Set(glossary.records.map((term) => term.id));
  const gradeIds = new Set(grades.records.map((grade) => grade.id));
  const citedAnywhere = new Set<string>();
  const dangling = (file: string, field: string, value: string, kind: string) =>
    issues.push({ file, field, value: describeValue(value), message: `refers to ${kind} that does not exist` });

  // Sources: every published criticism a source names exists.
  sources.records.forEach((source, index) =>
    source.criticisedBy?.forEach((id, criticIndex) => {
      const field = `[${index}].criticisedBy[${criticIndex}]`;
      if (id === source.id) issues.push({ file: sources.file, field, value: describeValue(id), message: 'must not name the source itself' });
      else if (!sourceIds.has(id)) dangling(sources.file, field, id, 'a source');
    })
  );
  /** Where a source is cited, each of its published criticisms must be cited too (the pairing rule). */
  const missingCritics = (cited: readonly string[]) =>
    cited.flatMap((id) => (sourceById.get(id)?.criticisedBy ?? []).filter((critic) => !cited.includes(critic)).map((critic) => ({ id, critic })));

  // Articles: frontmatter schema, then citations, glossary terms and related links.
  const articleFiles = [...files.keys()].filter((path) => path.endsWith('.mdx'));
  const articles = new Map<string, { file: string; anchors: string[]; related: string[]; hub: Hub | undefined }>();
  const careLists: { file: string; use: CareListUse }[] = [];
  for (const file of articleFiles) {
    const slug = file.split('/').pop()!.replace(/\.mdx$/, '');
    const split = splitFrontmatter(files.get(file)!);
    if (!split) {
      issues.push({ file, field: '(frontmatter)', value: '(missing)', message: 'must start with YAML frontmatter between --- lines' });
      continue;
    }
    const parsed = parseYamlFile(file, split.frontmatter);
    issues.push(...parsed.issues);
    const result = articleSchema.safeParse(parsed.data);
    // An article with bad frontmatter still exists: links to it are not reported as dangling.
    articles.set(slug, { file, anchors: headingAnchors(split.body), related: result.data?.related ?? [], hub: result.data?.hub });
    for (const value of handWrittenCareLists(split.body)) {
      issues.push({
        file,
        field: '(body)',
        value: describeValue(value),
        message: 'is a care list written by hand: use <CareList>, so that its tiers come from content/checklist/checklist.yaml',
      });
    }
    careLists.push(...careListUses(split.body).map((use) => ({ file, use })));
    if (!result.success) {
      issues.push(...schemaIssues(file, articleSchema, parsed.data));
      continue;
    }
    const article = result.data;
    const cited = citedSourceIds(split.body);
    cited.forEach((id) => citedAnywhere.add(id));
    for (const id of cited) {
      if (!sourceIds.has(id)) dangling(file, '<Cite id>', id, 'a source');
      else if (!article.sources.includes(id)) {
        issues.push({ file, field: 'sources', value: describeValue(id), message: 'is cited in the body but not listed in sources' });
      }
    }
    article.sources.forEach((id, index) => {
      if (!sourceIds.has(id)) dangling(file, `sources[${index}]`, id, 'a source');
      else if (!cited.includes(id)) {
        issues.push({ file, field: `sources[${index}]`, value: describeValue(id), message: 'is listed but never cited with <Cite> in the body' });
      }
    });
    for (const { id, critic } of missingCritics(cited)) {
      issues.push({ file, field: '<Cite id>', value: describeValue(id), message: `cites "${id}" without its published criticism "${critic}" (cite both)` });
    }
    for (const id of glossaryTermIds(split.body)) {
      if (!glossaryIds.has(id)) dangling(file, '<Term id>', id, 'a glossary term');
    }
  }
  for (const [slug, article] of articles) {
    article.related.forEach((id, index) => {
      if (id === slug) issues.push({ file: article.file, field: `related[${index}]`, value: describeValue(id), message: 'must not point to the article itself' });
      else if (!articles.has(id)) dangling(article.file, `related[${index}]`, id, 'an article');
    });
  }

  // Topic hubs: declared on their first page, every page exists, and no page is in two topics.
  const hubFileOf = new Map<string, string>();
  for (const [slug, article] of articles) {
    article.hub?.pages.forEach((page, index) => {
      const field = `hub.pages[${index}].article`;
      if (index === 0 && page.article !== slug) {
        issues.push({ file: article.file, field, value: describeValue(page.article), message: `must be "${slug}", the article that declares the hub` });
      } else if (!articles.has(page.article)) dangling(article.file, field, page.article, 'an article');
      else if (hubFileOf.has(page.article)) {
        issues.push({ file: article.file, field, value: describeValue(page.article), message: `is already a page of the hub in ${hubFileOf.get(page.article)}` });
      } else hubFileOf.set(page.article, article.file);
    });
  }

  // Glossary: related terms exist.
  glossary.records.forEach((term, index) =>
    term.related.forEach((id, relatedIndex) => {
      if (!glossaryIds.has(id)) dangling(glossary.file, `[${index}].related[${relatedIndex}]`, id, 'a glossary term');
    })
  );

  // Claimed uses: grade, every source, glossary term, related condition and support entry exists,
  // and a criticised source is cited with its criticism.
  const conditionIds = new Set(claimedUses.map(({ use }) => use.id));
  if (claimedUses.length > 0) {
    for (const id of Object.values(CONDITION_PAGE_SOURCES)) {
      citedAnywhere.add(id);
      if (!sourceIds.has(id)) {
        issues.push({ file: sources.file, field: '(condition pages)', value: describeValue(id), message: 'is cited by every condition page, but no source has this id' });
      }
    }
  }
  const supportIds = new Set(support.records.map((link) => link.id));
  const namedSupport = new Set<string>();
  for (const { file, use } of claimedUses) {
    if (!gradeIds.has(use.grade)) dangling(file, 'grade', use.grade, 'a grade in grades.yaml');
    const citations = claimedUseCitations(use);
    for (const { field, id } of citations) {
      citedAnywhere.add(id);
      if (!sourceIds.has(id)) dangling(file, field, id, 'a source');
    }
    use.glossary.forEach((id, termIndex) => {
      if (!glossaryIds.has(id)) dangling(file, `glossary[${termIndex}]`, id, 'a glossary term');
    });
    use.related.forEach((id, relatedIndex) => {
      const field = `related[${relatedIndex}]`;
      if (id === use.id) issues.push({ file, field, value: describeValue(id), message: 'must not point to the condition itself' });
      else if (!conditionIds.has(id)) dangling(file, field, id, 'a claimed use');
    });
    use.support.forEach((id, supportIndex) => {
      namedSupport.add(id);
      if (!supportIds.has(id)) dangling(file, `support[${supportIndex}]`, id, 'an entry of support.yaml');
    });
    use.informationPages.forEach((page, pageIndex) => {
      const at = `informationPages[${pageIndex}]`;
      const entry = support.records.find((link) => link.id === page.support);
      if (!entry) dangling(file, `${at}.support`, page.support, 'an entry of support.yaml');
      else if (entry.group !== 'information') {
        issues.push({ file, field: `${at}.support`, value: describeValue(page.support), message: 'must be an entry in the "information" group of support.yaml' });
      }
      citedAnywhere.add(page.source);
      const source = sourceById.get(page.source);
      if (!source) dangling(file, `${at}.source`, page.source, 'a source');
      else if (!source.url) {
        issues.push({ file, field: `${at}.source`, value: describeValue(page.source), message: 'refers to a source with no url to link to' });
      }
    });
    const cited = citations.map(({ id }) => id);
    for (const { id, critic } of missingCritics(cited)) {
      issues.push({
        file,
        field: citations.find((citation) => citation.id === id)!.field,
        value: describeValue(id),
        message: `record "${use.id}" cites "${id}" without its published criticism "${critic}" (add a research item citing it)`,
      });
    }
  }

  // The "More information and support" box: each organisation is a checked source with a link.
  support.records.forEach((link, index) => {
    citedAnywhere.add(link.source);
    if (link.onlyOnConditionPages && !namedSupport.has(link.id)) {
      issues.push({
        file: support.file,
        field: `[${index}].onlyOnConditionPages`,
        value: describeValue(link.id),
        message: 'is shown only on condition pages, but no claimed use names it in `support`',
      });
    }
    const source = sourceById.get(link.source);
    if (!source) dangling(support.file, `[${index}].source`, link.source, 'a source');
    else if (!source.url) {
      issues.push({ file: support.file, field: `[${index}].source`, value: describeValue(link.source), message: 'refers to a source with no url to link to' });
    }
  });

  // Checklist: schema, then every "learn more" target and source exists.
  const checklistFile = pathOf('checklist');
  const checklistYaml = parseYamlFile(checklistFile, textOf('checklist'));
  issues.push(...checklistYaml.issues);
  if (checklistYaml.data !== undefined) {
    const checklist = checklistSchema.safeParse(checklistYaml.data);
    if (!checklist.success) issues.push(...schemaIssues(checklistFile, checklistSchema, checklistYaml.data));
    else {
      checklist.data.groups.forEach((group, groupIndex) =>
        group.questions.forEach((question, questionIndex) => {
          const at = `groups[${groupIndex}].questions[${questionIndex}]`;
          const target = articles.get(question.learnMore.article);
          if (!target) dangling(checklistFile, `${at}.learnMore.article`, question.learnMore.article, 'an article');
          else if (!target.anchors.includes(question.learnMore.section)) {
            dangling(checklistFile, `${at}.learnMore.section`, question.learnMore.section, `a section of ${question.learnMore.article}`);
          }
          question.sources.forEach((id, sourceIndex) => {
            citedAnywhere.add(id);
            if (!sourceIds.has(id)) dangling(checklistFile, `${at}.sources[${sourceIndex}]`, id, 'a source');
          });
        })
      );
      for (const { file, use } of careLists) {
        const problem = use.problem ?? careListProblem(checklist.data, use.selection!);
        if (problem) issues.push({ file, field: '<CareList>', value: describeValue(use.tag), message: problem });
      }
      // A condition page's care lists come from the checklist: its group's and its red flags.
      for (const { file, use } of claimedUses) {
        const groupProblem = use.careGroup && careListProblem(checklist.data, { questions: CARE_GROUP_QUESTIONS[use.careGroup] });
        if (groupProblem) issues.push({ file, field: 'careGroup', value: describeValue(use.careGroup), message: `its care list: ${groupProblem}` });
        use.warningSigns.forEach((id, index) => {
          const problem = careListProblem(checklist.data, { questions: [id] });
          if (problem) issues.push({ file, field: `warningSigns[${index}]`, value: describeValue(id), message: problem });
        });
      }
    }
  }

  issues.push(...retractedPhraseIssues(files, pathOf('retractedPhrases'), textOf('retractedPhrases'), [
    ...articleFiles,
    ...claimedUses.map(({ file }) => file),
    glossary.file,
    checklistFile,
    support.file,
  ]));

  sources.records.forEach((source, index) => {
    if (!citedAnywhere.has(source.id)) {
      issues.push({ file: sources.file, field: `[${index}].id`, value: describeValue(source.id), message: 'is never cited by an article, claimed use or checklist question' });
    }
  });
  return issues;
}

/** Why a care list's selection renders nothing sensible, in the words careListItems throws with. */
function careListProblem(checklist: Checklist, selection: CareListSelection): string | undefined {
  try {
    careListItems(checklist, selection);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Lower case, straight quotes, and every run of spaces and line breaks as one space, so neither
 * wrapping nor the quote style (the schema makes phrases typographic) hides a phrase.
 */
const normalise = (text: string) => straightQuotes(text).toLowerCase().replace(/\s+/g, ' ');

/**
 * Phrases the site withdrew (content/retracted-phrases.yaml) must not come back in any of
 * `scanned`: each hit names the file, the line it starts on and the phrase.
 */
function retractedPhraseIssues(files: ContentFiles, phrasesFile: string, phrasesText: string, scanned: readonly string[]): ContentIssue[] {
  const parsed = parseYamlFile(phrasesFile, phrasesText);
  if (parsed.data === undefined) return parsed.issues;
  const listSchema = retractedPhraseSchema.array().min(1, { error: 'needs at least one phrase' });
  const result = listSchema.safeParse(parsed.data);
  if (!result.success) return schemaIssues(phrasesFile, listSchema, parsed.data);
  const issues: ContentIssue[] = [];
  for (const file of scanned) {
    const text = files.get(file) ?? '';
    const flat = normalise(text);
    for (const { phrase, why } of result.data) {
      const wanted = normalise(phrase);
      for (let at = flat.indexOf(wanted); at !== -1; at = flat.indexOf(wanted, at + 1)) {
        issues.push({ file, field: `line ${lineAt(text, at)}`, value: describeValue(phrase), message: `repeats a retracted phrase (${why})` });
      }
    }
  }
  return issues;
}

/** The 1-based line of the character that sits at `offset` once whitespace runs are collapsed. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  let seen = 0;
  let inSpace = false;
  for (const char of text) {
    if (seen >= offset) break;
    const space = /\s/.test(char);
    if (char === '\n') line += 1;
    if (!(space && inSpace)) seen += 1;
    inSpace = space;
  }
  return line;
}

/** One line per issue: `file: field: message (value: ...)`. */
export function formatContentIssues(issues: readonly ContentIssue[]): string {
  return issues.map((issue) => `${issue.file}: ${issue.field}: ${issue.message} (value: ${issue.value})`).join('\n');
}

/** Throws with every issue listed when the content folder has any mistake. */
export function assertValidContent(contentDir: string): void {
  const issues = validateContentFiles(readContentFolder(contentDir), contentDir);
  if (issues.length) {
    throw new Error(`Content has ${issues.length} mistake(s):\n${formatContentIssues(issues)}`);
  }
}
