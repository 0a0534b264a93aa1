import { z } from 'astro/zod';
import { calendarDateSchema, idSchema, proseSchema } from './common.ts';

/** Care tiers, most urgent first: call for help now, get advice today, ask before booking, tell the therapist. */
export const TIERS = ['emergency', 'urgent', 'ask-doctor', 'tell-therapist'] as const;

/** How urgent a "Yes" (or "Not sure") to a question is, or a sign in a care list. */
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

/**
 * How a question or sign reads in a care list, after a heading that ends "if:". A clause, not a
 * sentence: it starts in lower case and has no full stop ("you take a medicine to thin your blood").
 */
export const statementSchema = proseSchema.refine((text) => /^\p{Ll}/u.test(text) && !/[.?!:;]$/.test(text), {
  error: 'must read on from a heading ending "if:": start in lower case, no full stop or question mark at the end',
});

/** One Yes / No / Not sure question. */
export const checklistQuestionSchema = z
  .object({
    /** Unique across the whole checklist: answers are keyed by it, and pages link to #question-<id>. */
    id: idSchema,
    /** The question, plain and in the second person, ending with a question mark. */
    text: proseSchema.refine((text) => text.endsWith('?'), { error: 'must be a question ending with "?"' }),
    /** For a question that asks "any of these?": the signs, listed under it. */
    signs: z.array(proseSchema).min(2, { error: 'lists at least two signs, or none' }).optional(),
    /** The question as one line of a care list on any page. */
    statement: statementSchema,
    /** "Why we ask": one or two short, plain sentences. */
    why: proseSchema.refine((text) => sentenceCount(text) <= 2, { error: 'must be one or two sentences' }),
    /** What a "Yes" means for the reader ("Not sure" may count for less: see `notSure`). */
    tier: tierSchema,
    /** The article section that explains it. */
    learnMore: learnMoreSchema,
    /** Ids from content/sources/sources.yaml that support it; [] for standard safety advice. */
    sources: z.array(idSchema),
  })
  .strict();

/** A group of questions: one step of the checklist, under one plain heading. */
export const checklistGroupSchema = z
  .object({
    /** Unique among groups and sign groups. */
    id: idSchema,
    /** Plain heading, e.g. "Symptoms you have right now". */
    title: proseSchema,
    /** A short line shown at the start of the step, e.g. who answers for a child. */
    note: proseSchema.optional(),
    /** The questions, in the order they are asked. */
    questions: z.array(checklistQuestionSchema).min(1, { error: 'needs at least one question' }),
  })
  .strict();

/** A care-list line that is not a question, such as a sign to watch for after a session. */
export const careSignSchema = z
  .object({
    /** Unique across questions and signs. */
    id: idSchema,
    /** The line as a care list shows it. */
    statement: statementSchema,
    /** The care it calls for. */
    tier: tierSchema,
  })
  .strict();

/** Signs that care lists show and the checklist does not ask about. */
export const careSignGroupSchema = z
  .object({
    /** Unique among groups and sign groups: <CareList group="..."> names it. */
    id: idSchema,
    /** Plain heading, e.g. "After a session". */
    title: proseSchema,
    signs: z.array(careSignSchema).min(1, { error: 'needs at least one sign' }),
  })
  .strict();

const TIER_ORDER = new Map(TIERS.map((tier, index) => [tier, index]));

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
    /** What a "Not sure" counts as, by the tier of the question; a tier not listed counts in full. */
    notSure: z.partialRecord(tierSchema, tierSchema).default({}),
    /** The question groups, in the order they are asked. */
    groups: z.array(checklistGroupSchema).min(1, { error: 'needs at least one group' }),
    /** Care-list signs that are not questions. */
    signGroups: z.array(careSignGroupSchema).default([]),
  })
  .strict()
  .superRefine((checklist, context) => {
    for (const [from, to] of Object.entries(checklist.notSure)) {
      if (TIER_ORDER.get(to)! < TIER_ORDER.get(from as (typeof TIERS)[number])!) {
        context.addIssue({
          code: 'custom',
          path: ['notSure', from],
          message: `"Not sure" may count for less than "Yes", never more: "${from}" cannot become "${to}"`,
        });
      }
    }

    const groupAt = new Map<string, string>();
    const itemAt = new Map<string, string>();
    // Care lists show statements alone: each must name one question or sign.
    const statementAt = new Map<string, string>();
    /** Notes where a value is first used, and reports it used again: "duplicate group id "x" (first used at groups[1].id)". */
    const claim = (map: Map<string, string>, value: string, here: string, path: PropertyKey[], what: string) => {
      const field = String(path.at(-1));
      const first = map.get(value);
      if (first !== undefined) context.addIssue({ code: 'custom', path, message: `duplicate ${what} "${value}" (first used at ${first}.${field})` });
      else map.set(value, here);
    };
    checklist.groups.forEach((group, groupIndex) => {
      claim(groupAt, group.id, `groups[${groupIndex}]`, ['groups', groupIndex, 'id'], 'group id');
      group.questions.forEach((question, questionIndex) => {
        const here = `groups[${groupIndex}].questions[${questionIndex}]`;
        claim(itemAt, question.id, here, ['groups', groupIndex, 'questions', questionIndex, 'id'], 'question id');
        claim(statementAt, question.statement, here, ['groups', groupIndex, 'questions', questionIndex, 'statement'], 'statement');
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
    checklist.signGroups.forEach((group, groupIndex) => {
      claim(groupAt, group.id, `signGroups[${groupIndex}]`, ['signGroups', groupIndex, 'id'], 'group id');
      group.signs.forEach((sign, signIndex) => {
        const here = `signGroups[${groupIndex}].signs[${signIndex}]`;
        claim(itemAt, sign.id, here, ['signGroups', groupIndex, 'signs', signIndex, 'id'], 'question or sign id');
        claim(statementAt, sign.statement, here, ['signGroups', groupIndex, 'signs', signIndex, 'statement'], 'statement');
      });
    });
  });

export type Tier = z.infer<typeof tierSchema>;
export type LearnMore = z.infer<typeof learnMoreSchema>;
export type ChecklistQuestion = z.infer<typeof checklistQuestionSchema>;
export type ChecklistGroup = z.infer<typeof checklistGroupSchema>;
export type CareSign = z.infer<typeof careSignSchema>;
export type CareSignGroup = z.infer<typeof careSignGroupSchema>;
export type Checklist = z.infer<typeof checklistSchema>;
