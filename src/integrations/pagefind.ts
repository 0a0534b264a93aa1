import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { glossaryTermIds } from '../lib/citations.ts';
import { CONTENT_PATHS, readContentFolder, splitFrontmatter } from '../lib/content-validation.ts';
import { listHtmlFiles, urlPathOf } from '../lib/dist-pages.ts';
import { articlePath } from '../lib/site-paths.ts';
import { articleSearchKeywords, glossaryEntryUrl, glossaryRecordHtml, pageHtmlForIndex } from '../lib/search-index.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../lib/schemas/glossary.ts';

/** Throws with every message when a Pagefind call reports errors (its API never throws by itself). */
function assertNoErrors(what: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind ${what} failed:\n${errors.join('\n')}`);
}

// Content was validated before the build, so reading it here cannot meet a new mistake.
function readGlossary(contentDir: string): GlossaryTerm[] {
  return z
    .array(glossaryTermSchema)
    .parse(parseYaml(readFileSync(join(contentDir, CONTENT_PATHS.glossary), 'utf8')) ?? []);
}

/** Each article's URL with the extra words it is found by (see articleSearchKeywords). */
function articleKeywordsByUrl(contentDir: string, glossary: readonly GlossaryTerm[]): Map<string, string[]> {
  const terms = new Map(glossary.map((term) => [term.id, term]));
  const articles = [...readContentFolder(contentDir)].filter(([file]) => file.endsWith('.mdx'));
  return new Map(
    articles.map(([file, text]) => {
      const body = splitFrontmatter(text)?.body ?? '';
      return [articlePath(basename(file, '.mdx')), articleSearchKeywords(glossaryTermIds(body), terms, body)];
    })
  );
}

/**
 * Indexes the built site with Pagefind's Node API. Every page goes in with its meta description
 * and, for articles, the lay words of the glossary terms they mark, as meta only the index sees;
 * each glossary term goes in as a record of its own (readers want the term, not the whole
 * glossary page). Fails the build on any indexing error or an empty index (the CLI's postbuild
 * hook would not run for a bare `astro build`).
 */
export function pagefindIndex(contentDir: string, language: string): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const glossary = readGlossary(contentDir);
        const keywords = articleKeywordsByUrl(contentDir, glossary);
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          let words = 0;
          for (const file of listHtmlFiles(site)) {
            const url = urlPathOf(file, site);
            const added = await index.addHTMLFile({
              url,
              content: pageHtmlForIndex(readFileSync(file, 'utf8'), keywords.get(url)),
            });
            assertNoErrors(`indexing ${url}`, added.errors);
            words += added.file.uniqueWords;
          }
          if (words === 0) throw new Error('Pagefind indexed no words: the search index would be empty');
          for (const term of glossary) {
            const added = await index.addHTMLFile({
              url: glossaryEntryUrl(term.id),
              content: glossaryRecordHtml(term, language),
            });
            assertNoErrors(`indexing the glossary term "${term.id}"`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          assertNoErrors('writing the index', written.errors);
          logger.info(
            `indexed the site and ${glossary.length} glossary terms in ${Math.round(performance.now() - started)} ms`
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
