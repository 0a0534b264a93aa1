import { z } from 'astro/zod';
import { idSchema, proseSchema } from './common.ts';

/** One step of the evidence scale in content/claimed-uses/grades.yaml. */
export const evidenceGradeSchema = z
  .object({
    id: idSchema,
    /** Position on the scale, 1 first. */
    order: z.number().int().positive(),
    /** Short label shown on the evidence map. */
    label: proseSchema,
    /** One plain sentence explaining the grade. */
    meaning: proseSchema,
  })
  .strict();

/** One claimed use in content/claimed-uses/claimed-uses.yaml. */
export const claimedUseSchema = z
  .object({
    /** Also the section anchor on the claimed-uses article. */
    id: idSchema,
    condition: proseSchema,
    order: z.number().int().positive(),
    /** What practitioners claim, reported as a claim. */
    claim: proseSchema,
    /** What research exists: one item per study or review. */
    research: z
      .array(
        z
          .object({
            /** What the study or review found, in plain words and sizes ("a medium-sized drop in pain"). */
            text: proseSchema,
            /** Its exact figures, shown in a "The numbers" detail under the plain text. */
            numbers: proseSchema.optional(),
            source: idSchema.optional(),
          })
          .strict()
      )
      .min(1, { error: 'needs at least one item (say so when no trials were found)' }),
    /** One honest plain sentence. */
    verdict: proseSchema,
    /** An id from grades.yaml. */
    grade: idSchema,
    /** Glossary ids to link. */
    glossary: z.array(idSchema).default([]),
  })
  .strict();

export type EvidenceGrade = z.infer<typeof evidenceGradeSchema>;
export type ClaimedUse = z.infer<typeof claimedUseSchema>;
