import { z } from 'astro/zod';
import { calendarDateSchema, idSchema, proseSchema } from './common.ts';

/** Outcome tiers of a question, most urgent first. */
export const TIERS = ['emergency', 'ask-doctor', 'tell-therapist'] as const;

/** How urgent a "Yes" or "Not sure" to a question is. */
export const tierSchema = z.enum(TIERS);

/** The article section that explains a question: /articles/<article>/#<section>. */
export const learnMoreSchema = z
  .object({
    /** Slug of the article. */
    article: idSchema,
    /** Anchor of a `##` heading in that article. */
    section: idSchema,
  })
  .strict();

/** Counts sentences roughly: a full stop, question or exclamation mark followed by a space or the end. */
const sentenceCount = (text: string) => (text.match(/[.!?](?=\s|$)/g) ?? []).length;

/** One Yes / No / Not sure question. */
export const checklistQuestionSchema = z
  .object({
    /** Unique across the whole checklist: answers are keyed by it. */
    id: idSchema,
    /** The question, plain and in the second person, ending with a question mark. */
    text: proseSchema.refine((text) => text.endsWith('?'), { error: 'must be a question ending with "?"' }),
    /** "Why we ask": one or two short, plain sentences. */
    why: proseSchema.refine((text) => sentenceCount(text) <= 2, { error: 'must be one or two sentences' }),
    /** What a "Yes" or "Not sure" means for the reader. */
    tier: tierSchema,
    /** The article section that explains it. */
    learnMore: learnMoreSchema,
    /** Ids from content/sources/sources.yaml that support it; [] for standard safety advice. */
    sources: z.array(idSchema),
  })
  .strict();

/** A group of questions under one plain heading, with its rule written out for the paper form. */
export const checklistGroupSchema = z
  .object({
    /** Unique among groups. */
    id: idSchema,
    /** Plain heading, e.g. "Symptoms you have right now". */
    title: proseSchema,
    /** The group's rule in words, printed on the paper form ("If you answer Yes or Not sure..."). */
    rule: proseSchema,
    /** The questions, in the order they are asked. */
    questions: z.array(checklistQuestionSchema).min(1, { error: 'needs at least one question' }),
  })
  .strict();

/** The whole checklist document in content/checklist/checklist.yaml. */
export const checklistSchema = z
  .object({
    /** Entry id that Astro's loader adds when it reads the file; never written in the YAML. */
    id: z.literal('checklist').optional(),
    /** Year and revision, e.g. "2026.1". Bump it whenever a question or rule changes. */
    version: z.string().regex(/^\d{4}\.\d+$/, { error: 'must be year.revision, e.g. "2026.1"' }),
    /** Date of this version. */
    date: calendarDateSchema,
    /** Page title. */
    title: proseSchema,
    /** The question groups, in the order they are asked. */
    groups: z.array(checklistGroupSchema).min(1, { error: 'needs at least one group' }),
  })
  .strict()
  .superRefine((checklist, context) => {
    const groupAt = new Map<string, number>();
    const questionAt = new Map<string, string>();
    checklist.groups.forEach((group, groupIndex) => {
      const firstGroup = groupAt.get(group.id);
      if (firstGroup !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['groups', groupIndex, 'id'],
          message: `duplicate group id "${group.id}" (first used at groups[${firstGroup}].id)`,
        });
      } else groupAt.set(group.id, groupIndex);

      group.questions.forEach((question, questionIndex) => {
        const here = `groups[${groupIndex}].questions[${questionIndex}]`;
        const first = questionAt.get(question.id);
        if (first !== undefined) {
          context.addIssue({
            code: 'custom',
            path: ['groups', groupIndex, 'questions', questionIndex, 'id'],
            message: `duplicate question id "${question.id}" (first used at ${first}.id)`,
          });
        } else questionAt.set(question.id, here);

        question.sources.forEach((source, sourceIndex) => {
          if (question.sources.indexOf(source) !== sourceIndex) {
            context.addIssue({
              code: 'custom',
              path: ['groups', groupIndex, 'questions', questionIndex, 'sources', sourceIndex],
              message: `lists source "${source}" twice`,
            });
          }
        });
      });
    });
  });

export type Tier = z.infer<typeof tierSchema>;
export type LearnMore = z.infer<typeof learnMoreSchema>;
export type ChecklistQuestion = z.infer<typeof checklistQuestionSchema>;
export type ChecklistGroup = z.infer<typeof checklistGroupSchema>;
export type Checklist = z.infer<typeof checklistSchema>;
