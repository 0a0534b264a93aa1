import { z } from 'astro/zod';
import { calendarDateSchema, idSchema, proseSchema } from './common.ts';

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

/** How much of a source was read: the whole text, its abstract, a web page, or only its citation details. */
export const READ_KINDS = ['full-text', 'abstract', 'page', 'record'] as const;

/** One check of a source: where it was read, how much of it, and when. */
export const sourceCheckSchema = z
  .object({
    /**
     * Plain words for where it was read, best written to follow "We read the abstract":
     * "on PubMed", "on the publisher's page", "in a copy on chiro.org, not the journal's own page".
     */
    where: proseSchema,
    /** The page that was read. It may be a mirror, so it is never shown as the link to the source. */
    url: z.url({ protocol: /^https?$/, error: 'must be a web address (http or https)' }),
    /** How much was read. */
    read: z.enum(READ_KINDS),
    /** The day it was read. */
    date: calendarDateSchema,
    /** What could not be seen there, when that limits what the site says. */
    note: proseSchema.optional(),
  })
  .strict();

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
    /** The publisher's own page or an official index's page, never a mirror: readers follow it. */
    url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).optional(),
    /** For books without a DOI. */
    isbn: z.string().regex(/^[0-9X-]{10,17}$/, { error: 'must be an ISBN' }).optional(),
    kind: z.enum(SOURCE_KINDS),
    /** One plain sentence: what it found. */
    finding: proseSchema,
    /** How the source was checked, oldest first; /sources/ shows it in plain words. */
    checked: z.array(sourceCheckSchema).min(1, { error: 'needs at least one check: where, url, read and date' }),
    /** Ids of published criticisms that must be cited wherever this source is cited. */
    criticisedBy: z.array(idSchema).optional(),
  })
  .strict()
  // A journal paper whose DOI, PMID and page were not seen is still findable by its full citation.
  .refine((source) => source.doi || source.pmid || source.url || source.isbn || source.details, {
    error: 'needs at least one of doi, pmid, url or isbn, or a full citation in details',
    path: ['doi'],
  });

export type SourceCheck = z.infer<typeof sourceCheckSchema>;
export type Source = z.infer<typeof sourceSchema>;
