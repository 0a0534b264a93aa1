// Where the reader is in the stepped checklist and what the "Check your answers" list says.
// Pure, like the rules in checklist.ts: the browser script only moves between the steps these
// functions name and shows the text they return.
import { ANSWER_LABELS, answerFor, checklistQuestions, emergencyAnswersInGroup, isAnswer, type Answer, type Answers } from './checklist.ts';
import type { Checklist } from './schemas/checklist.ts';

/**
 * One screen of the checklist: a group of questions, the emergency card that stops the checklist
 * after a group with a red-flag "Yes", the "Check your answers" list, or the result.
 * `returnToCheck` is set when the reader came to a group to change an answer: Continue and Back
 * then take them straight back to the list instead of through the remaining groups.
 */
export type ChecklistStep =
  | { view: 'group'; index: number; returnToCheck: boolean }
  | { view: 'emergency'; index: number; returnToCheck: boolean }
  | { view: 'check-answers' }
  | { view: 'result' };

/** The first group: where the checklist starts and where "Start over" returns. */
export const FIRST_STEP: ChecklistStep = { view: 'group', index: 0, returnToCheck: false };

/**
 * The step after Continue (from a group, or from its emergency card once the reader says they
 * are not in danger now) or "See your result" (from the list).
 */
export function nextStep(step: ChecklistStep, groupCount: number): ChecklistStep {
  switch (step.view) {
    case 'group':
    case 'emergency': {
      const isLast = step.index >= groupCount - 1;
      return step.returnToCheck || isLast
        ? { view: 'check-answers' }
        : { view: 'group', index: step.index + 1, returnToCheck: false };
    }
    default:
      return { view: 'result' };
  }
}

/** The emergency card shown instead of moving on from a group. */
export function emergencyStep(step: Extract<ChecklistStep, { view: 'group' }>): ChecklistStep {
  return { ...step, view: 'emergency' };
}

/**
 * The step to show when the reader moves from `from` to `to`: the emergency card instead, while a
 * "Yes" to a symptom that needs help now sits on `to`'s step or an earlier one and the reader has
 * not yet said they are not in danger from it (`acknowledged`). However the reader moves on
 * (Continue, "See your result", the browser's Forward), no later step is shown first.
 */
export function stepBeforeMovingOn(
  checklist: Checklist,
  move: { from: ChecklistStep; to: ChecklistStep },
  answers: Answers,
  acknowledged: ReadonlySet<string>
): ChecklistStep {
  const { from, to } = move;
  if (to.view === 'emergency') return to;
  const pending = checklist.groups.findIndex((_, index) =>
    emergencyAnswersInGroup(checklist, index, answers).some((id) => !acknowledged.has(id))
  );
  const isLater = to.view === 'group' ? to.index > pending : true;
  if (pending < 0 || !isLater) return to;
  // Changing an answer from "Check your answers": after the card, Continue goes back to the list.
  const returnToCheck = from.view === 'group' && from.index === pending && from.returnToCheck;
  return emergencyStep({ view: 'group', index: pending, returnToCheck });
}

/** The step Back leads to; undefined on the first group, which has nowhere to go back to. */
export function previousStep(step: ChecklistStep, groupCount: number): ChecklistStep | undefined {
  switch (step.view) {
    case 'group':
      if (step.returnToCheck) return { view: 'check-answers' };
      return step.index > 0 ? { ...step, index: step.index - 1 } : undefined;
    case 'emergency':
      return { ...step, view: 'group' };
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

/**
 * Reads a step back from the browser's history (the state of a Back or Forward move). Anything
 * that is not a step of this checklist gives undefined, so a stale or foreign state is ignored.
 */
export function stepFromHistory(value: unknown, groupCount: number): ChecklistStep | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const step = (value as { checklistStep?: unknown }).checklistStep as Partial<Record<string, unknown>> | undefined;
  if (typeof step !== 'object' || step === null) return undefined;
  if (step.view === 'check-answers' || step.view === 'result') return { view: step.view };
  if (
    (step.view === 'group' || step.view === 'emergency') &&
    Number.isInteger(step.index) &&
    (step.index as number) >= 0 &&
    (step.index as number) < groupCount
  ) {
    return { view: step.view, index: step.index as number, returnToCheck: step.returnToCheck === true };
  }
  return undefined;
}

/** What the browser keeps in its history for a step: the step, never an answer. */
export function historyStateFor(step: ChecklistStep): { checklistStep: ChecklistStep } {
  return { checklistStep: step };
}

/** The progress caption of a group: "Step 2 of 5". Printed on the paper form too. */
export function stepCaption(groupIndex: number, groupCount: number): string {
  return `Step ${groupIndex + 1} of ${groupCount}`;
}

/** How far along the reader is, for the progress bar: groups done out of all groups. */
export function stepProgress(step: ChecklistStep, groupCount: number): { value: number; max: number } {
  return { value: step.view === 'group' || step.view === 'emergency' ? step.index + 1 : groupCount, max: groupCount };
}

/**
 * What the browser tab says for a step, before the page's own title. It never names the result
 * or an answer: titles are kept in the browser's history, which others using the device can read.
 * The emergency card is titled as the step it interrupts, for the same reason.
 */
export function stepTitle(step: ChecklistStep, groupTitles: readonly string[]): string {
  switch (step.view) {
    case 'group':
    case 'emergency':
      return `${stepCaption(step.index, groupTitles.length)}: ${groupTitles[step.index]}`;
    case 'check-answers':
      return 'Check your answers';
    case 'result':
      return 'Your result';
  }
}

/** How a row of an answer list is marked: answers that may matter stand out, on screen and on paper. */
export type AnswerMark = Answer | 'unanswered';

/** One row of an answer list. */
export interface AnswerRow {
  questionId: string;
  /** The question's number in the checklist. */
  number: number;
  /** The question as asked. */
  question: string;
  /** "Yes", "No", "Not sure" or "Not answered". */
  answer: string;
  mark: AnswerMark;
}

/** Answer rows for every question, or for one group's questions. */
function answerRows(checklist: Checklist, answers: Answers, groupId?: string): AnswerRow[] {
  return checklistQuestions(checklist)
    .filter((question) => groupId === undefined || question.groupId === groupId)
    .map((question) => {
      const answer = answerFor(answers, question.id);
      return {
        questionId: question.id,
        number: question.number,
        question: question.text,
        answer: answer ? ANSWER_LABELS[answer] : 'Not answered',
        mark: answer ?? 'unanswered',
      };
    });
}

/** Every question with its answer, grouped as the checklist is: the result's "All your answers". */
export function answerSummary(checklist: Checklist, answers: Answers): { title: string; rows: AnswerRow[] }[] {
  return checklist.groups.map((group) => ({ title: group.title, rows: answerRows(checklist, answers, group.id) }));
}

/**
 * "Check your answers": the answers that may matter first (Yes, Not sure, and questions left
 * out), then the No answers, which the page shows collapsed. Checklist order within each.
 */
export function answersToReview(checklist: Checklist, answers: Answers): { toCheck: AnswerRow[]; answeredNo: AnswerRow[] } {
  const rows = answerRows(checklist, answers);
  return { toCheck: rows.filter((row) => row.mark !== 'no'), answeredNo: rows.filter((row) => row.mark === 'no') };
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
