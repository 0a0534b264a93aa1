import { z } from 'astro/zod';
import { idSchema, proseSchema } from './common.ts';

/** The groups of the "More information and support" box, in the order they are shown. */
export const SUPPORT_GROUPS = ['information', 'support', 'check-a-practitioner'] as const;

/**
 * One organisation in the "More information and support" box. Articles show every entry but the
 * condition-only ones; a condition page shows the information and practitioner-register entries
 * and the support entries its record names.
 */
export const supportLinkSchema = z
  .object({
    id: idSchema,
    group: z.enum(SUPPORT_GROUPS),
    /** Position within its group, 1 first. */
    order: z.number().int().positive(),
    /** The organisation as readers know it, e.g. "NHS website (UK)". The link text. */
    name: proseSchema,
    /** One short plain sentence: what a reader finds there. */
    offers: proseSchema,
    /** The source record that says how it was checked; its `url` is where the link goes. */
    source: idSchema,
    /** A charity for one condition: shown only on the condition pages that name it, not on articles. */
    onlyOnConditionPages: z.boolean().default(false),
  })
  .strict();

export type SupportLink = z.infer<typeof supportLinkSchema>;
