// The rules of the "Should I ask my doctor first?" checklist. Pure: no DOM, no I/O, no zod at
// runtime (only types are imported), so the browser script stays small and every rule is tested.
import type { Checklist, ChecklistQuestion, LearnMore, Tier } from './schemas/checklist.ts';
import { articlePath } from './site-paths.ts';

/** The three answers every question offers. */
export const ANSWERS = ['yes', 'no', 'not-sure'] as const;

/** One answer. "Not sure" counts as "Yes", for safety. */
export type Answer = (typeof ANSWERS)[number];

/** Answers keyed by question id. A question with no key is unanswered. */
export type Answers = Readonly<Record<string, Answer>>;

/** The result of the whole checklist: a question tier, "none", or "incomplete". */
export type OutcomeTier = Tier | 'none' | 'incomplete';

/** How the answer buttons and the summary name each answer. */
export const ANSWER_LABELS: Readonly<Record<Answer, string>> = {
  yes: 'Yes',
  no: 'No',
  'not-sure': 'Not sure',
};

/** Higher wins: emergency > ask-doctor > tell-therapist > none. */
export const TIER_RANK: Readonly<Record<Tier | 'none', number>> = {
  emergency: 3,
  'ask-doctor': 2,
  'tell-therapist': 1,
  none: 0,
};

/** Headline and advice shown for each outcome: the one place this wording lives. */
export const OUTCOME_TEXT: Readonly<Record<OutcomeTier, { headline: string; advice: string }>> = {
  emergency: {
    headline: 'Get medical help now',
    advice: 'Do not book a session. Call your local emergency number or go to the nearest emergency department now.',
  },
  'ask-doctor': {
    headline: 'Ask your doctor before booking',
    advice: 'Show your doctor the answers below. Book a session only once they say it is safe for you.',
  },
  'tell-therapist': {
    headline: 'Tell your therapist before your session',
    advice:
      'Nothing here suggests you need to ask a doctor first. Tell your therapist about the answers below before your session starts.',
  },
  none: {
    headline: 'Nothing here suggests you need to ask a doctor first',
    advice:
      'Still share your health history with your therapist. This checklist is not a diagnosis. If your health changes, answer it again.',
  },
  incomplete: {
    headline: 'Answer every question to see your result',
    advice: 'Some questions have no answer yet. If you do not know an answer, choose "Not sure".',
  },
};

/** A question answered "Yes" or "Not sure", as the result lists it. */
export interface FlaggedAnswer {
  /** Question id. */
  id: string;
  /** Id of the group the question belongs to. */
  groupId: string;
  /** The question as asked. */
  text: string;
  /** What the reader answered. */
  answer: Exclude<Answer, 'no'>;
  /** The question's tier. */
  tier: Tier;
  /** Why the question matters. */
  why: string;
  /** Link to the article section that explains it, e.g. /articles/risks-and-who-should-avoid-it/#blood-and-circulation. */
  href: string;
}

/** What the checklist decided. The UI renders this and nothing else. */
export interface ChecklistOutcome {
  /** Highest tier among the flagged answers; "incomplete" while questions remain, unless one is an emergency. */
  tier: OutcomeTier;
  /** Flagged answers, highest tier first, in checklist order within a tier. */
  flagged: FlaggedAnswer[];
  /** Ids of questions with no answer yet, in checklist order. */
  unanswered: string[];
  /** Answer keys that match no question: ignored for the result, reported so a stale link can be spotted. */
  unknown: string[];
  /** Version of the checklist that produced this result. */
  version: string;
  /** Date of that version. */
  date: Checklist['date'];
}

/** True for "yes", "no" and "not-sure": use it on values read from the page. */
export function isAnswer(value: unknown): value is Answer {
  return typeof value === 'string' && (ANSWERS as readonly string[]).includes(value);
}

/** The site path of a question's "learn more" section. */
export function learnMoreHref(learnMore: LearnMore): string {
  return `${articlePath(learnMore.article)}#${learnMore.section}`;
}

/** Every question with the id of its group, in checklist order. */
export function checklistQuestions(checklist: Checklist): Array<ChecklistQuestion & { groupId: string }> {
  return checklist.groups.flatMap((group) => group.questions.map((question) => ({ ...question, groupId: group.id })));
}

/** Reads the answer for a question, ignoring inherited keys and values that are not answers. */
function answerFor(answers: Answers, id: string): Answer | undefined {
  if (!Object.hasOwn(answers, id)) return undefined;
  const value: unknown = answers[id];
  return isAnswer(value) ? value : undefined;
}

/**
 * Decides the outcome. "Not sure" counts as "Yes"; the highest tier wins. While any question is
 * unanswered the outcome is "incomplete", except that an emergency is never held back.
 */
export function evaluateChecklist(checklist: Checklist, answers: Answers): ChecklistOutcome {
  const questions = checklistQuestions(checklist);
  const questionIds = new Set(questions.map((question) => question.id));
  const flagged: FlaggedAnswer[] = [];
  const unanswered: string[] = [];

  for (const question of questions) {
    const answer = answerFor(answers, question.id);
    if (answer === undefined) unanswered.push(question.id);
    else if (answer !== 'no') {
      flagged.push({
        id: question.id,
        groupId: question.groupId,
        text: question.text,
        answer,
        tier: question.tier,
        why: question.why,
        href: learnMoreHref(question.learnMore),
      });
    }
  }
  // Array.prototype.sort is stable, so checklist order is kept within a tier.
  flagged.sort((a, b) => TIER_RANK[b.tier] - TIER_RANK[a.tier]);

  const highest: Tier | 'none' = flagged[0]?.tier ?? 'none';
  const tier: OutcomeTier = unanswered.length > 0 && highest !== 'emergency' ? 'incomplete' : highest;

  return {
    tier,
    flagged,
    unanswered,
    unknown: Object.keys(answers).filter((key) => !questionIds.has(key)),
    version: checklist.version,
    date: checklist.date,
  };
}

/** Headline and advice for an outcome. */
export function outcomeSummary(outcome: Pick<ChecklistOutcome, 'tier'>): { headline: string; advice: string } {
  return OUTCOME_TEXT[outcome.tier];
}
