import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { CONTENT_PATHS } from '../lib/content-validation.ts';
import { glossaryEntryUrl, glossaryRecordHtml } from '../lib/search-index.ts';
import { glossaryTermSchema } from '../lib/schemas/glossary.ts';

/** Throws with every message when a Pagefind call reports errors (its API never throws by itself). */
function assertNoErrors(what: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind ${what} failed:\n${errors.join('\n')}`);
}

/**
 * Indexes the built site with Pagefind's Node API, plus one record per glossary term (the
 * glossary page itself is one HTML file, and readers want the term, not the whole page). Fails
 * the build on any indexing error or an empty index (the CLI's postbuild hook would not run for
 * a bare `astro build`).
 */
export function pagefindIndex(contentDir: string, language: string): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          assertNoErrors('indexing', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind indexed 0 pages: the search index would be empty');
          // Content was validated before the build, so parsing here cannot meet a new mistake.
          const glossary = z
            .array(glossaryTermSchema)
            .parse(parseYaml(readFileSync(join(contentDir, CONTENT_PATHS.glossary), 'utf8')) ?? []);
          for (const term of glossary) {
            const record = await index.addHTMLFile({ url: glossaryEntryUrl(term.id), content: glossaryRecordHtml(term, language) });
            assertNoErrors(`indexing the glossary term "${term.id}"`, record.errors);
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          assertNoErrors('writing the index', written.errors);
          logger.info(
            `indexed ${added.page_count} pages and ${glossary.length} glossary terms in ${Math.round(performance.now() - started)} ms`
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
