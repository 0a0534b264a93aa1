import { z } from 'astro/zod';
import { idSchema, proseSchema } from './common.ts';

/** One term in content/glossary/glossary.yaml. */
export const glossaryTermSchema = z
  .object({
    id: idSchema,
    /** The term as the glossary shows it. */
    term: proseSchema,
    /** One to three plain sentences. */
    definition: proseSchema,
    /** Lay words and spellings people search with. */
    aliases: z.array(proseSchema).default([]),
    /** Other glossary ids worth reading. */
    related: z.array(idSchema).default([]),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
