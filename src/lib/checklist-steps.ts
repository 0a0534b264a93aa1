// Where the reader is in the stepped checklist and what the "Check your answers" list says.
// Pure, like the rules in checklist.ts: the browser script only moves between the steps these
// functions name and shows the text they return.
import { ANSWER_LABELS, isAnswer, type Answer, type Answers } from './checklist.ts';
import type { Checklist } from './schemas/checklist.ts';

/**
 * One screen of the checklist: a group of questions, the "Check your answers" list, or the result.
 * `returnToCheck` is set when the reader came to a group to change an answer: Continue and Back
 * then take them straight back to the list instead of through the remaining groups.
 */
export type ChecklistStep =
  | { view: 'group'; index: number; returnToCheck: boolean }
  | { view: 'check-answers' }
  | { view: 'result' };

/** The first group: where the checklist starts and where "Start over" returns. */
export const FIRST_STEP: ChecklistStep = { view: 'group', index: 0, returnToCheck: false };

/** The step after Continue (from a group) or "See your result" (from the list). */
export function nextStep(step: ChecklistStep, groupCount: number): ChecklistStep {
  if (step.view === 'group') {
    const isLast = step.index >= groupCount - 1;
    return step.returnToCheck || isLast ? { view: 'check-answers' } : { ...step, index: step.index + 1 };
  }
  return { view: 'result' };
}

/** The step Back leads to; undefined on the first group, which has nowhere to go back to. */
export function previousStep(step: ChecklistStep, groupCount: number): ChecklistStep | undefined {
  switch (step.view) {
    case 'group':
      if (step.returnToCheck) return { view: 'check-answers' };
      return step.index > 0 ? { ...step, index: step.index - 1 } : undefined;
    case 'check-answers':
      return { view: 'group', index: groupCount - 1, returnToCheck: false };
    case 'result':
      return { view: 'check-answers' };
  }
}

/** The group to open from a "Change" link or a link to an unanswered question. */
export function changeAnswerStep(groupIndex: number): ChecklistStep {
  return { view: 'group', index: groupIndex, returnToCheck: true };
}

/** The progress caption of a group: "Step 2 of 5". Printed on the paper form too. */
export function stepCaption(groupIndex: number, groupCount: number): string {
  return `Step ${groupIndex + 1} of ${groupCount}`;
}

/**
 * What the browser tab says for a step, before the page's own title. It never names the result
 * or an answer: titles are kept in the browser's history, which others using the device can read.
 */
export function stepTitle(step: ChecklistStep, groupTitles: readonly string[]): string {
  switch (step.view) {
    case 'group':
      return `${stepCaption(step.index, groupTitles.length)}: ${groupTitles[step.index]}`;
    case 'check-answers':
      return 'Check your answers';
    case 'result':
      return 'Your result';
  }
}

/** One row of the "Check your answers" list. */
export interface AnswerRow {
  questionId: string;
  /** The question as asked. */
  question: string;
  /** "Yes", "No", "Not sure" or "Not answered". */
  answer: string;
}

/** The "Check your answers" list: every question with its answer, grouped as the checklist is. */
export function answerSummary(checklist: Checklist, answers: Answers): { title: string; rows: AnswerRow[] }[] {
  return checklist.groups.map((group) => ({
    title: group.title,
    rows: group.questions.map((question) => {
      const answer: unknown = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
      return { questionId: question.id, question: question.text, answer: isAnswer(answer) ? ANSWER_LABELS[answer] : 'Not answered' };
    }),
  }));
}

/** The index of the group that asks a question, or -1 when no group does. */
export function groupIndexOf(checklist: Checklist, questionId: string): number {
  return checklist.groups.findIndex((group) => group.questions.some((question) => question.id === questionId));
}

/** Answers from the checked radio buttons' names and values; anything that is not an answer is left out. */
export function answersFromChoices(choices: Iterable<{ name: string; value: string }>): Answers {
  const answers: Record<string, Answer> = {};
  for (const { name, value } of choices) if (isAnswer(value)) answers[name] = value;
  return answers;
}
