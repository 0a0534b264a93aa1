import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { CONTENT_DIR } from './site.config.ts';
import { CONTENT_PATHS } from './lib/content-validation.ts';
import { articleSchema } from './lib/schemas/article.ts';
import { checklistSchema } from './lib/schemas/checklist.ts';
import { claimedUseSchema, evidenceGradeSchema } from './lib/schemas/claimed-use.ts';
import { glossaryTermSchema } from './lib/schemas/glossary.ts';
import { sourceSchema } from './lib/schemas/source.ts';
import { supportLinkSchema } from './lib/schemas/support.ts';

// Cross-references between collections are checked before the build starts, by the
// pre-build-checks integration (astro.config.mjs); these schemas type each entry.
// Astro keeps parsed entries until this file's text changes, not when a schema it imports does:
// after changing a schema in src/lib/schemas, raise this number so every entry is parsed again.
// Schema revision: 5 (claimed uses: optional `sessions`, `informationPages` and an option's `alsoSources`).
const contentFile = (key: keyof typeof CONTENT_PATHS) => join(CONTENT_DIR, CONTENT_PATHS[key]);

const articles = defineCollection({
  loader: glob({ base: contentFile('articles'), pattern: '**/*.mdx' }),
  schema: articleSchema,
});

const sources = defineCollection({ loader: file(contentFile('sources')), schema: sourceSchema });
const glossary = defineCollection({ loader: file(contentFile('glossary')), schema: glossaryTermSchema });
const grades = defineCollection({ loader: file(contentFile('grades')), schema: evidenceGradeSchema });
/** One file per claimed use, named by its slug; grades.yaml in the same folder is the scale, not a record. */
const claimedUses = defineCollection({
  loader: glob({ base: contentFile('claimedUses'), pattern: ['*.yaml', '!grades.yaml'] }),
  schema: claimedUseSchema,
});
const support = defineCollection({ loader: file(contentFile('support')), schema: supportLinkSchema });

/** The checklist is one versioned document, stored as a single entry with id "checklist". */
const checklist = defineCollection({
  loader: async () => [{ id: 'checklist', ...parseYaml(readFileSync(contentFile('checklist'), 'utf8')) }],
  schema: checklistSchema,
});

export const collections = { articles, sources, glossary, grades, claimedUses, support, checklist };
