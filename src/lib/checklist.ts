// The rules of the "Should I ask my doctor first?" checklist, and the care lists that articles
// render from the same data. Pure: no DOM, no I/O, no zod at runtime (only types are imported),
// so the browser script stays small and every rule is tested.
import type { CareSign, Checklist, ChecklistQuestion, LearnMore, Tier } from './schemas/checklist.ts';
import { articlePath } from './site-paths.ts';

/** The three answers every question offers. */
export const ANSWERS = ['yes', 'no', 'not-sure'] as const;

/** One answer. "Not sure" counts as "Yes", or as the lower tier the checklist's `notSure` names. */
export type Answer = (typeof ANSWERS)[number];

/** Answers keyed by question id. A question with no key is unanswered. */
export type Answers = Readonly<Record<string, Answer>>;

/** The result of the whole checklist: a tier, "none", or "incomplete". */
export type OutcomeTier = Tier | 'none' | 'incomplete';

/** How the answer buttons and the summary name each answer. */
export const ANSWER_LABELS: Readonly<Record<Answer, string>> = {
  yes: 'Yes',
  no: 'No',
  'not-sure': 'Not sure',
};

/** Higher wins: emergency > urgent > ask-doctor > tell-therapist > none. */
export const TIER_RANK: Readonly<Record<Tier | 'none', number>> = {
  emergency: 4,
  urgent: 3,
  'ask-doctor': 2,
  'tell-therapist': 1,
  none: 0,
};

/** When advice for today is not enough: said wherever the urgent tier is. */
const CALL_INSTEAD_IF =
  'Call your local emergency number instead if it is getting worse, or if you also have chest pain or trouble breathing.';

/** Headline and advice shown for each outcome: the one place this wording lives. */
export const OUTCOME_TEXT: Readonly<Record<OutcomeTier, { headline: string; advice: string }>> = {
  emergency: {
    headline: 'Get medical help now',
    advice: 'Call your local emergency number now, or go to the nearest emergency department. Do not book a session.',
  },
  urgent: {
    headline: 'Get medical advice today',
    advice: `Speak to a doctor, a nurse or an urgent advice line today, before any session. ${CALL_INSTEAD_IF}`,
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

/**
 * The emergency numbers that cover most readers, shown as tel: links next to "call your local
 * emergency number". 112 also works from mobile phones in the UK and many other countries.
 */
export const EMERGENCY_NUMBERS: readonly { number: string; where: string }[] = [
  { number: '112', where: 'Europe and many other countries' },
  { number: '911', where: 'the US and Canada' },
  { number: '999', where: 'the UK' },
];

/**
 * How a care list of each tier is headed. `label` goes before the heading as visually hidden
 * text (the NHS care-card pattern), so the urgency never depends on colour and is not said twice;
 * `action` is the rule in words for the paper form; `note` closes the list.
 */
export const CARE_LIST_TEXT: Readonly<Record<Tier, { label: string; title: string; action: string; note?: string }>> = {
  emergency: {
    label: 'Immediate action required:',
    title: 'Call your local emergency number now if:',
    action: 'call your local emergency number now',
  },
  urgent: { label: 'Urgent advice:', title: 'Get medical advice today if:', action: 'get medical advice today', note: CALL_INSTEAD_IF },
  'ask-doctor': {
    label: 'Non-urgent advice:',
    title: 'Ask your doctor before booking if:',
    action: 'ask your doctor before you book a session',
  },
  'tell-therapist': {
    label: 'Information:',
    title: 'Tell your therapist before the session starts if:',
    action: 'tell your therapist before the session starts',
  },
};

/** A question with the id of its group and its number in the whole checklist (1, 2, 3...). */
export type NumberedQuestion = ChecklistQuestion & { groupId: string; number: number };

/** Every question with its group and number, in checklist order. */
export function checklistQuestions(checklist: Checklist): NumberedQuestion[] {
  return checklist.groups
    .flatMap((group) => group.questions.map((question) => ({ ...question, groupId: group.id })))
    .map((question, index) => ({ ...question, number: index + 1 }));
}

/** The tier an answer to a question calls for; undefined for "No". */
export function answerTier(checklist: Pick<Checklist, 'notSure'>, question: Pick<ChecklistQuestion, 'tier'>, answer: Answer): Tier | undefined {
  if (answer === 'no') return undefined;
  return answer === 'not-sure' ? (checklist.notSure[question.tier] ?? question.tier) : question.tier;
}

/** A question answered "Yes" or "Not sure", as the result lists it. */
export interface FlaggedAnswer {
  /** Question id. */
  id: string;
  /** Id of the group the question belongs to. */
  groupId: string;
  /** The question's number in the checklist. */
  number: number;
  /** The question as asked. */
  text: string;
  /** What the reader answered. */
  answer: Exclude<Answer, 'no'>;
  /** The tier this answer calls for (a "Not sure" to a red flag is "urgent"). */
  tier: Tier;
  /** Why the question matters. */
  why: string;
  /** Link to the article section that explains it, e.g. /articles/risks-and-who-should-avoid-it/#blood-and-circulation. */
  href: string;
}

/** What the checklist decided. The UI renders this and nothing else. */
export interface ChecklistOutcome {
  /** Highest tier among the flagged answers; "incomplete" while questions remain, unless it is urgent or worse. */
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

/** Reads the answer for a question, ignoring inherited keys and values that are not answers. */
export function answerFor(answers: Answers, id: string): Answer | undefined {
  if (!Object.hasOwn(answers, id)) return undefined;
  const value: unknown = answers[id];
  return isAnswer(value) ? value : undefined;
}

/** The site path of a question's "learn more" section. */
export function learnMoreHref(learnMore: LearnMore): string {
  return `${articlePath(learnMore.article)}#${learnMore.section}`;
}

/**
 * Decides the outcome. The highest tier wins. While any question is unanswered the outcome is
 * "incomplete", except that a need for help today or now is never held back.
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
        number: question.number,
        text: question.text,
        answer,
        tier: answerTier(checklist, question, answer)!,
        why: question.why,
        href: learnMoreHref(question.learnMore),
      });
    }
  }
  // Array.prototype.sort is stable, so checklist order is kept within a tier.
  flagged.sort((a, b) => TIER_RANK[b.tier] - TIER_RANK[a.tier]);

  const highest: Tier | 'none' = flagged[0]?.tier ?? 'none';
  const heldBack = unanswered.length > 0 && TIER_RANK[highest] < TIER_RANK.urgent;

  return {
    tier: heldBack ? 'incomplete' : highest,
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

/**
 * The questions of a step whose answer calls for emergency help: the checklist stops on them at
 * once, before any later step is shown.
 */
export function emergencyAnswersInGroup(checklist: Checklist, groupIndex: number, answers: Answers): string[] {
  const group = checklist.groups[groupIndex];
  if (!group) return [];
  return group.questions
    .filter((question) => {
      const answer = answerFor(answers, question.id);
      return answer !== undefined && answerTier(checklist, question, answer) === 'emergency';
    })
    .map((question) => question.id);
}

/** Seconds a reader takes for one short Yes / No / Not sure question, on average. */
const SECONDS_PER_QUESTION = 8;

/** How long the checklist is: its questions and the minutes they take, from the data. */
export function checklistLength(checklist: Checklist): { questions: number; minutes: number } {
  const questions = checklistQuestions(checklist).length;
  return { questions, minutes: Math.max(1, Math.round((questions * SECONDS_PER_QUESTION) / 60)) };
}

/** "38 short questions, about 5 minutes". */
export function checklistLengthText(checklist: Checklist): string {
  const { questions, minutes } = checklistLength(checklist);
  return `${questions} short questions, about ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** "Question 4", "Questions 1 to 8", "Questions 9 and 10", "Questions 1 to 3, 5 and 7". */
export function questionNumbersText(numbers: readonly number[]): string {
  const ranges: string[] = [];
  for (let start = 0; start < numbers.length; ) {
    let end = start;
    while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end += 1;
    const [first, last] = [numbers[start]!, numbers[end]!];
    if (last - first >= 2) ranges.push(`${first} to ${last}`);
    else ranges.push(...numbers.slice(start, end + 1).map(String));
    start = end + 1;
  }
  const list = ranges.length > 1 ? `${ranges.slice(0, -1).join(', ')} and ${ranges.at(-1)}` : ranges[0];
  return `${numbers.length === 1 ? 'Question' : 'Questions'} ${list}`;
}

/**
 * The rule of a step in words, for the paper form, written from the tiers themselves so it can
 * never disagree with them: "If you answer Yes or Not sure to any question in this step, ask your
 * doctor before you book a session." or, for a step that mixes tiers, one sentence per kind.
 */
export function stepRule(checklist: Checklist, groupIndex: number): string {
  const questions = checklistQuestions(checklist).filter((question) => question.groupId === checklist.groups[groupIndex]?.id);
  const kinds = new Map<string, { yes: Tier; notSure: Tier; numbers: number[] }>();
  for (const question of questions) {
    const yes = answerTier(checklist, question, 'yes')!;
    const notSure = answerTier(checklist, question, 'not-sure')!;
    const kind = kinds.get(`${yes} ${notSure}`) ?? { yes, notSure, numbers: [] };
    kind.numbers.push(question.number);
    kinds.set(`${yes} ${notSure}`, kind);
  }
  const action = (tier: Tier) => CARE_LIST_TEXT[tier].action;
  return [...kinds.values()]
    .map(({ yes, notSure, numbers }) => {
      const answers =
        yes === notSure
          ? `Yes or Not sure, ${action(yes)}.`
          : `Yes, ${action(yes)}. If you answer Not sure, ${action(notSure)}.`;
      return kinds.size === 1
        ? `If you answer ${answers.replace(/^(Yes or Not sure|Yes)/, '$1 to any question in this step')}`
        : `${questionNumbersText(numbers)}: if you answer ${answers}`;
    })
    .join(' ');
}

/** One line of a care list. */
export interface CareListItem {
  /** The question or sign id; a question's line links to nothing, but tests and search match it by id. */
  id: string;
  /** The line, read on from the list's heading. */
  statement: string;
  tier: Tier;
}

/** Which lines a care list shows: a tier, a group, a source, named questions or signs, or a mix (all must hold). */
export interface CareListSelection {
  /** Only lines of this tier. With `questions`, every named line must be of this tier. */
  tier?: Tier;
  /** A question group or sign group id, e.g. "babies-and-children" or "after-a-session". */
  group?: string;
  /** Question or sign ids, in the order to show them. */
  questions?: readonly string[];
  /** Only questions that cite this source id, e.g. the warnings one health service gives. */
  source?: string;
}

/**
 * The lines of a care list, from the checklist data, so an article can never give a condition
 * another tier than the checklist does. Throws (failing the build) on an unknown id or group, on
 * a named question of another tier than asked for, and on a selection with nothing in it.
 */
export function careListItems(checklist: Checklist, selection: CareListSelection): CareListItem[] {
  type Line = (ChecklistQuestion | CareSign) & { groupId: string };
  const lines: Line[] = [
    ...checklist.groups.flatMap((group) => group.questions.map((question) => ({ ...question, groupId: group.id }))),
    ...checklist.signGroups.flatMap((group) => group.signs.map((sign) => ({ ...sign, groupId: group.id }))),
  ];
  const groupIds = new Set([...checklist.groups, ...checklist.signGroups].map((group) => group.id));
  if (selection.group !== undefined && !groupIds.has(selection.group)) {
    throw new Error(`there is no group "${selection.group}" in the checklist`);
  }

  let picked: Line[] = lines;
  if (selection.questions) {
    picked = selection.questions.map((id) => {
      const line = lines.find((candidate) => candidate.id === id);
      if (!line) throw new Error(`there is no question or sign "${id}" in the checklist`);
      if (selection.tier && line.tier !== selection.tier) {
        throw new Error(`"${id}" is "${line.tier}" in the checklist, not "${selection.tier}"`);
      }
      return line;
    });
  }
  picked = picked.filter(
    (line) =>
      (selection.group === undefined || line.groupId === selection.group) &&
      (selection.tier === undefined || line.tier === selection.tier) &&
      (selection.source === undefined || ('sources' in line && line.sources.includes(selection.source)))
  );
  if (picked.length === 0) throw new Error('no question or sign matches it');
  return picked.map(({ id, statement, tier }) => ({ id, statement, tier }));
}

/** Care-list lines split by tier, most urgent first: one card each. */
export function careListsByTier(items: readonly CareListItem[]): { tier: Tier; items: CareListItem[] }[] {
  const tiers = [...new Set(items.map((item) => item.tier))].sort((a, b) => TIER_RANK[b] - TIER_RANK[a]);
  return tiers.map((tier) => ({ tier, items: items.filter((item) => item.tier === tier) }));
}
