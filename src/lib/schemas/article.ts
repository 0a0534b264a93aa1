import { z } from 'astro/zod';
import { calendarDateSchema, idSchema, proseSchema } from './common.ts';

/** A real clinician's review. Only ever set when that review happened. */
export const reviewerSchema = z.object({
  /** Full name as the reviewer wants it shown. */
  name: proseSchema,
  /** Credentials, e.g. "MD, general practitioner". */
  credentials: proseSchema,
  /** The day they reviewed this version. */
  date: calendarDateSchema,
});

/**
 * A topic split over 2 to 8 short pages (the NHS "mini-hub"), declared on its first page. Every
 * page of the topic shows the contents list at the top and Previous/Next links at the bottom.
 */
export const hubSchema = z
  .object({
    /** The topic, shown above the contents list, e.g. "Risks and safety". */
    title: proseSchema,
    /** Every page of the topic in reading order, the page that declares the hub first. */
    pages: z
      .array(
        z
          .object({
            /** The article's slug. */
            article: idSchema,
            /** A short name for the contents list and Previous/Next, e.g. "Side effects". */
            label: proseSchema,
          })
          .strict()
      )
      .min(2, { error: 'needs at least 2 pages' })
      .max(8, { error: 'allows at most 8 pages' }),
  })
  .strict()
  .superRefine((hub, context) => {
    const seen = new Set<string>();
    hub.pages.forEach((page, index) => {
      if (seen.has(page.article)) context.addIssue({ code: 'custom', path: ['pages', index, 'article'], message: 'lists an article twice' });
      seen.add(page.article);
    });
  });

export type Hub = z.infer<typeof hubSchema>;

/** Frontmatter of an article in content/articles/*.mdx. */
export const articleSchema = z
  .object({
    /** Page title: a plain question or statement. */
    title: proseSchema,
    /** Meta description shown by search engines. */
    description: proseSchema.pipe(
      z.string().min(50, { error: 'must be at least 50 characters' }).max(160, { error: 'must be at most 160 characters' })
    ),
    /** Three to five plain sentences shown first, before the body. */
    keyPoints: z.array(proseSchema).min(3, { error: 'needs at least 3 key points' }).max(5, { error: 'allows at most 5 key points' }),
    /** Position in the suggested reading order. */
    order: z.number().int().positive(),
    /** First publication date. */
    published: calendarDateSchema,
    /** Last change to the text. */
    updated: calendarDateSchema,
    /** Last time the editors checked the page against its sources. */
    lastReviewed: calendarDateSchema,
    /** When the next check is due. */
    nextReviewDue: calendarDateSchema,
    /** What the page is about (schema.org `about`). */
    about: proseSchema,
    /** Every source id the body cites with <Cite>, and only those. */
    sources: z.array(idSchema),
    /** Other articles to read next, by slug. */
    related: z.array(idSchema).max(4),
    /** A real clinician's review, only if one happened. */
    reviewedBy: reviewerSchema.optional(),
    /** On the first page of a topic split over several pages: the topic and its pages. */
    hub: hubSchema.optional(),
  })
  .strict()
  .superRefine((article, context) => {
    if (article.nextReviewDue <= article.lastReviewed) {
      context.addIssue({ code: 'custom', path: ['nextReviewDue'], message: 'must be after lastReviewed' });
    }
    if (article.updated < article.published) {
      context.addIssue({ code: 'custom', path: ['updated'], message: 'must not be before published' });
    }
  });

export type Article = z.infer<typeof articleSchema>;
