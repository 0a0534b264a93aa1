import { z } from 'astro/zod';
import { proseSchema } from './common.ts';

/** One phrase the site must never say again, and why, in content/retracted-phrases.yaml. */
export const retractedPhraseSchema = z
  .object({
    /** Matched anywhere, ignoring case and spacing. */
    phrase: proseSchema,
    /** Why it was withdrawn: the review or finding that showed it was wrong. */
    why: proseSchema,
  })
  .strict();

export type RetractedPhrase = z.infer<typeof retractedPhraseSchema>;
