import { z } from 'astro/zod';
import { calendarDateSchema, idSchema, proseSchema } from './common.ts';

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

/** The grade that says no trial was found: a record with it must say when and where we looked. */
export const NO_TRIALS_GRADE = 'no-trials';

/** Groups with risks of their own, whose care list (from the checklist) the condition page shows. */
export const CARE_GROUPS = ['babies', 'children', 'pregnancy', 'brain-injury', 'cancer'] as const;

/** The headings /conditions/ groups the pages under, in the order it shows them. */
export const CONDITION_TOPICS = ['pain', 'brain-and-nerves', 'babies-and-children', 'mind-and-sleep', 'other'] as const;

/** A plain sentence with the id of the source it comes from, if any. */
const sourcedLineSchema = z
  .object({
    text: proseSchema,
    /** Left out only for plain general advice that states no fact ("Ask your GP if..."). */
    source: idSchema.optional(),
  })
  .strict();

/** An option with stronger evidence than this therapy, from the guideline or health service that covers it. */
export const otherOptionSchema = z
  .object({
    name: proseSchema,
    /** One line: what it involves. */
    howItWorks: proseSchema,
    /** One line: what the source says it does. */
    benefit: proseSchema,
    /** One line: its risks, or that the source names none. */
    risk: proseSchema,
    /** Where the benefit comes from (and the risk, unless `riskSource` is given). */
    source: idSchema,
    /** Further sources the benefit line names, when it reports more than one body ("NICE ..., and WHO ..."). */
    alsoSources: z.array(idSchema).min(1).optional(),
    /** Where the risk line comes from, when another source says it. */
    riskSource: idSchema.optional(),
  })
  .strict();

/**
 * One claimed use in content/claimed-uses/<id>.yaml, one file a record. The id is the file's
 * name and the page's stable URL, /conditions/<id>/; it also anchors the record's summary on the
 * claimed-uses article.
 */
export const claimedUseSchema = z
  .object({
    /** The slug: the file name without .yaml, and the URL /conditions/<id>/. Never change it once published. */
    id: idSchema,
    /** Short name, as lists show it ("Migraine and other headaches"). */
    condition: proseSchema,
    /** The heading /conditions/ lists it under. */
    topic: z.enum(CONDITION_TOPICS),
    /** The page title, in the reader's words ("Craniosacral therapy for migraine: what the research shows"). */
    pageTitle: proseSchema,
    /** Meta description shown by search engines. */
    description: proseSchema.pipe(
      z.string().min(50, { error: 'must be at least 50 characters' }).max(160, { error: 'must be at most 160 characters' })
    ),
    /** One plain paragraph that answers the question first. */
    answer: proseSchema,
    /** What practitioners claim, reported as a claim. */
    claim: proseSchema,
    /** Who makes the claim, as far as we saw it. */
    claimBy: proseSchema,
    /** The lay names readers search with ("TMJ", "jaw pain"); the search index reads them. */
    aliases: z.array(proseSchema).min(1, { error: 'needs at least one name readers search with' }),
    /** A group with risks of its own: the page shows that group's care list from the checklist. */
    careGroup: z.enum(CARE_GROUPS).optional(),
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
    /** When and where we last looked for trials; required when no trial was found. */
    searched: z
      .object({
        date: calendarDateSchema,
        /** Where we looked, in words that follow "We searched" ("copies of PubMed records and journal pages"). */
        where: proseSchema,
      })
      .strict()
      .optional(),
    /** One honest plain sentence. */
    verdict: proseSchema,
    /** An id from grades.yaml. */
    grade: idSchema,
    /** Options with stronger evidence, from the guideline bodies that cover the condition. */
    otherOptions: z.array(otherOptionSchema).min(1, { error: 'needs at least one option with stronger evidence' }),
    /** What usually happens without treatment, and which changes need a doctor. */
    withoutTreatment: z
      .object({
        /** The usual course, from `source`. */
        text: proseSchema,
        source: idSchema,
        /** Changes that need a doctor: each sourced, or plain general advice. */
        seeADoctorIf: z.array(sourcedLineSchema).min(1, { error: 'needs at least one change that needs a doctor' }),
      })
      .strict(),
    /**
     * Red flags for this condition that the checklist already holds (question or sign ids): shown
     * under "Changes that need a doctor" as the checklist's own care list, never retyped here.
     */
    warningSigns: z.array(idSchema).default([]),
    /**
     * How many sessions the trials of this use gave, in one plain sentence ("The trial gave 10
     * sessions."), from `source`: a trial the record already cites. Left out where no trial was
     * found or what we read does not say; the page then says that no one knows.
     */
    sessions: z
      .object({
        text: proseSchema,
        source: idSchema,
      })
      .strict()
      .optional(),
    /** Questions to ask a practitioner. */
    questionsToAsk: z.array(proseSchema).min(3, { error: 'needs at least 3 questions' }),
    /** Other condition ids to read next. */
    related: z.array(idSchema).min(1, { error: 'needs at least one related condition' }).max(5),
    /** Ids from content/support/support.yaml that help with this condition, besides the general ones. */
    support: z.array(idSchema).default([]),
    /**
     * A general health-information entry of support.yaml (such as the NHS website) linked to its
     * page on this condition instead of its home page: `source` is that page's checked source
     * record (its `url` is the link), `offers` says what the page gives.
     */
    informationPages: z
      .array(z.object({ support: idSchema, source: idSchema, offers: proseSchema }).strict())
      .default([]),
    /** Glossary ids of the medical words the page uses: "Words used on this page" explains them. */
    glossary: z.array(idSchema).default([]),
    /** First publication of the page. */
    published: calendarDateSchema,
    /** Last change to the text. */
    updated: calendarDateSchema,
    /** Last check of the page against its sources. */
    lastReviewed: calendarDateSchema,
    /** When the next check is due. */
    nextReviewDue: calendarDateSchema,
  })
  .strict()
  .superRefine((use, context) => {
    if (use.grade === NO_TRIALS_GRADE && !use.searched) {
      context.addIssue({ code: 'custom', path: ['searched'], message: `is required when the grade is "${NO_TRIALS_GRADE}": say when and where we looked` });
    }
    if (use.nextReviewDue <= use.lastReviewed) {
      context.addIssue({ code: 'custom', path: ['nextReviewDue'], message: 'must be after lastReviewed' });
    }
    if (use.updated < use.published) {
      context.addIssue({ code: 'custom', path: ['updated'], message: 'must not be before published' });
    }
  });

export type EvidenceGrade = z.infer<typeof evidenceGradeSchema>;
export type ClaimedUse = z.infer<typeof claimedUseSchema>;
export type OtherOption = z.infer<typeof otherOptionSchema>;
/** A health-information entry linked to its page on one condition. */
export type InformationPage = ClaimedUse['informationPages'][number];
export type ConditionTopic = (typeof CONDITION_TOPICS)[number];
export type CareGroup = (typeof CARE_GROUPS)[number];
