import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { glossaryTermIds } from '../lib/citations.ts';
import { CONTENT_PATHS, headingTexts, readClaimedUses, readContentFolder, splitFrontmatter } from '../lib/content-validation.ts';
import { listHtmlFiles, urlPathOf } from '../lib/dist-pages.ts';
import { articlePath, conditionPath } from '../lib/site-paths.ts';
import {
  articleSearchKeywords,
  checklistRecordHtml,
  conditionSearchKeywords,
  CHECKLIST_URL,
  glossaryEntryUrl,
  glossaryRecordHtml,
  pageHtmlForIndex,
} from '../lib/search-index.ts';
import { buildVocabulary, VOCABULARY_URL } from '../lib/search-suggestions.ts';
import { articleSchema } from '../lib/schemas/article.ts';
import { checklistSchema } from '../lib/schemas/checklist.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../lib/schemas/glossary.ts';

/** Throws with every message when a Pagefind call reports errors (its API never throws by itself). */
function assertNoErrors(what: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind ${what} failed:\n${errors.join('\n')}`);
}

/** The articles' frontmatter title and body, by URL. */
interface ArticleText {
  title: string;
  body: string;
}

/**
 * The content search needs, read from the content folder. Content was validated before the
 * build, so reading it here cannot meet a new mistake.
 */
function readSearchContent(contentDir: string) {
  const yamlFile = (path: string): unknown => parseYaml(readFileSync(join(contentDir, path), 'utf8')) ?? [];
  const articles = new Map<string, ArticleText>();
  for (const [file, text] of readContentFolder(contentDir)) {
    if (!file.endsWith('.mdx')) continue;
    const { frontmatter, body } = splitFrontmatter(text)!;
    const { title } = z.object({ title: articleSchema.shape.title }).parse(parseYaml(frontmatter));
    articles.set(articlePath(basename(file, '.mdx')), { title, body });
  }
  return {
    articles,
    glossary: z.array(glossaryTermSchema).parse(yamlFile(CONTENT_PATHS.glossary)),
    claimedUses: readClaimedUses(contentDir),
    checklist: checklistSchema.parse(yamlFile(CONTENT_PATHS.checklist)),
  };
}

/** Each article's URL with the extra words it is found by (see articleSearchKeywords). */
function articleKeywordsByUrl(
  articles: ReadonlyMap<string, ArticleText>,
  glossary: readonly GlossaryTerm[]
): Map<string, string[]> {
  const terms = new Map(glossary.map((term) => [term.id, term]));
  return new Map(
    [...articles].map(([url, { body }]) => [url, articleSearchKeywords(glossaryTermIds(body), terms, body)])
  );
}

/** The words "Did you mean …" offers (see buildVocabulary): names readers meet, then headings. */
function vocabulary(content: ReturnType<typeof readSearchContent>): string[] {
  const { articles, glossary, claimedUses, checklist } = content;
  const names = [
    ...[...articles.values()].map(({ title }) => title),
    ...glossary.flatMap((term) => [term.term, ...term.aliases]),
    ...claimedUses.flatMap((use) => [use.condition, ...use.aliases]),
    checklist.title,
    ...checklist.groups.flatMap((group) => [group.title, ...group.questions.map((question) => question.text)]),
  ];
  return buildVocabulary(
    names,
    [...articles.values()].flatMap(({ body }) => headingTexts(body))
  );
}

/**
 * Indexes the built site with Pagefind's Node API. Every page goes in with its meta description
 * and, for articles, the lay words of the glossary terms they mark (for condition pages, the
 * condition's own lay names), as meta only the index sees;
 * each glossary term goes in as a record of its own (readers want the term, not the whole
 * glossary page), and the checklist from its data, question by question. Then writes the
 * vocabulary for "Did you mean …". Fails the build on any indexing error or an empty index (the
 * CLI's postbuild hook would not run for a bare `astro build`).
 */
export function pagefindIndex(contentDir: string, language: string): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const content = readSearchContent(contentDir);
        const keywords = articleKeywordsByUrl(content.articles, content.glossary);
        for (const use of content.claimedUses) keywords.set(conditionPath(use.id), conditionSearchKeywords(use));
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          let words = 0;
          for (const file of listHtmlFiles(site)) {
            const url = urlPathOf(file, site);
            const html = pageHtmlForIndex(readFileSync(file, 'utf8'), keywords.get(url));
            const added = await index.addHTMLFile({
              url,
              content: url === CHECKLIST_URL ? checklistRecordHtml(content.checklist, html) : html,
            });
            assertNoErrors(`indexing ${url}`, added.errors);
            words += added.file.uniqueWords;
          }
          if (words === 0) throw new Error('Pagefind indexed no words: the search index would be empty');
          for (const term of content.glossary) {
            const added = await index.addHTMLFile({
              url: glossaryEntryUrl(term.id),
              content: glossaryRecordHtml(term, language),
            });
            assertNoErrors(`indexing the glossary term "${term.id}"`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          assertNoErrors('writing the index', written.errors);
        } finally {
          await pagefind.close();
        }
        const vocabularyJson = JSON.stringify(vocabulary(content));
        const vocabularyFile = join(site, VOCABULARY_URL);
        mkdirSync(dirname(vocabularyFile), { recursive: true });
        writeFileSync(vocabularyFile, vocabularyJson);
        logger.info(
          `indexed the site and ${content.glossary.length} glossary terms in ${Math.round(performance.now() - started)} ms; ` +
            `${VOCABULARY_URL}: ${vocabularyJson.length} bytes`
        );
      },
    },
  };
}
