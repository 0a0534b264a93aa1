import { z } from 'astro/zod';
import { idSchema, proseSchema } from './common.ts';

export const SOURCE_KINDS = [
  'systematic-review',
  'trial',
  'reliability-study',
  'observational-study',
  'lab-study',
  'guideline',
  'book',
  'report',
  'commentary',
  'health-information',
  'organisation-page',
] as const;

/** One entry of the bibliography in content/sources/sources.yaml. */
export const sourceSchema = z
  .object({
    id: idSchema,
    /** Authors as the publisher lists them ("Surname X, et al." when only the first is known). */
    authors: proseSchema,
    /** Year published; left out for undated web pages (shown as "n.d."). */
    year: z.number().int().min(1800).max(2100).optional(),
    title: proseSchema,
    /** Journal, publisher or organisation. */
    publisher: proseSchema,
    /** Volume(issue):pages, as published. */
    details: proseSchema.optional(),
    /** Bare DOI, e.g. 10.1186/s12891-019-3017-y. */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'must be a bare DOI such as 10.1186/s12891-019-3017-y' })
      .optional(),
    /** PubMed id, digits only. */
    pmid: z.string().regex(/^\d{1,9}$/, { error: 'must be digits only' }).optional(),
    /** The publisher's own page, never a mirror. */
    url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).optional(),
    /** For books without a DOI. */
    isbn: z.string().regex(/^[0-9X-]{10,17}$/, { error: 'must be an ISBN' }).optional(),
    kind: z.enum(SOURCE_KINDS),
    /** One plain sentence: what it found. */
    finding: proseSchema,
  })
  .strict()
  .refine((source) => source.doi || source.pmid || source.url || source.isbn, {
    error: 'needs at least one of doi, pmid, url or isbn',
    path: ['doi'],
  });

export type Source = z.infer<typeof sourceSchema>;
