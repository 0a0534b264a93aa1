import { describe, expect, it } from 'vitest';
import {
  FIRST_STEP,
  answerSummary,
  answersFromChoices,
  answersToReview,
  changeAnswerStep,
  emergencyStep,
  groupIndexOf,
  historyStateFor,
  nextStep,
  previousStep,
  stepBeforeMovingOn,
  stepCaption,
  stepFromHistory,
  stepProgress,
  stepTitle,
  type ChecklistStep,
} from '../../src/lib/checklist-steps.ts';
import type { Answers } from '../../src/lib/checklist.ts';
import type { Checklist, ChecklistQuestion, Tier } from '../../src/lib/schemas/checklist.ts';

const question = (id: string, tier: Tier = 'ask-doctor'): ChecklistQuestion => ({
  id,
  text: `Question ${id}?`,
  statement: `you have ${id}`,
  why: `Why ${id}.`,
  tier,
  learnMore: { article: 'risks', section: 'who-should-ask' },
  sources: [],
});

const checklist: Checklist = {
  version: '2026.1',
  date: new Date(Date.UTC(2026, 10, 27)),
  title: 'Should I ask my doctor first?',
  notSure: { emergency: 'urgent' },
  groups: [
    { id: 'symptoms', title: 'Symptoms now', questions: [question('headache', 'emergency'), question('chest-pain', 'emergency')] },
    { id: 'blood', title: 'Blood', questions: [question('blood-thinners')] },
    { id: 'other', title: 'Other', questions: [question('pregnant'), question('baby-signs', 'emergency')] },
  ],
  signGroups: [],
};
const GROUPS = checklist.groups.length;
const group = (index: number, returnToCheck = false): ChecklistStep => ({ view: 'group', index, returnToCheck });
const emergency = (index: number, returnToCheck = false): ChecklistStep => ({ view: 'emergency', index, returnToCheck });

describe('moving through the steps', () => {
  it('starts on the first group', () => {
    expect(FIRST_STEP).toEqual(group(0));
  });

  it('continues group by group, then to "Check your answers", then to the result', () => {
    const visited: ChecklistStep[] = [FIRST_STEP];
    while (visited.at(-1)!.view !== 'result') visited.push(nextStep(visited.at(-1)!, GROUPS));
    expect(visited).toEqual([group(0), group(1), group(2), { view: 'check-answers' }, { view: 'result' }]);
  });

  it('goes back group by group, and has no Back on the first group', () => {
    expect(previousStep({ view: 'result' }, GROUPS)).toEqual({ view: 'check-answers' });
    expect(previousStep({ view: 'check-answers' }, GROUPS)).toEqual(group(2));
    expect(previousStep(group(2), GROUPS)).toEqual(group(1));
    expect(previousStep(group(1), GROUPS)).toEqual(group(0));
    expect(previousStep(group(0), GROUPS)).toBeUndefined();
  });

  it('returns to "Check your answers" after a change, by Continue or by Back', () => {
    const changing = changeAnswerStep(0);
    expect(changing).toEqual(group(0, true));
    expect(nextStep(changing, GROUPS)).toEqual({ view: 'check-answers' });
    expect(previousStep(changing, GROUPS)).toEqual({ view: 'check-answers' });
  });

  it('goes on from the emergency card as from its step, and back to that step', () => {
    expect(emergencyStep({ view: 'group', index: 1, returnToCheck: false })).toEqual(emergency(1));
    expect(nextStep(emergency(0), GROUPS)).toEqual(group(1));
    expect(nextStep(emergency(2), GROUPS)).toEqual({ view: 'check-answers' });
    expect(nextStep(emergency(0, true), GROUPS)).toEqual({ view: 'check-answers' });
    expect(previousStep(emergency(1), GROUPS)).toEqual(group(1));
    expect(previousStep(emergency(0, true), GROUPS)).toEqual(group(0, true));
  });

  it('stays on the result', () => {
    expect(nextStep({ view: 'result' }, GROUPS)).toEqual({ view: 'result' });
  });

  it('works for a checklist of one group', () => {
    expect(nextStep(FIRST_STEP, 1)).toEqual({ view: 'check-answers' });
    expect(previousStep({ view: 'check-answers' }, 1)).toEqual(group(0));
  });
});

describe('stepBeforeMovingOn: a red-flag Yes stops the checklist before any later step', () => {
  const none = new Set<string>();
  const move = (from: ChecklistStep, to: ChecklistStep, answers: Answers, acknowledged: ReadonlySet<string> = none) =>
    stepBeforeMovingOn(checklist, { from, to }, answers, acknowledged);

  it('shows the emergency card instead of the next step after a Yes to a red flag', () => {
    expect(move(group(0), group(1), { 'chest-pain': 'yes' })).toEqual(emergency(0));
    expect(move(group(2), { view: 'check-answers' }, { 'baby-signs': 'yes' })).toEqual(emergency(2));
  });

  it('moves on as asked after a No or a Not sure, or after a Yes to another tier', () => {
    for (const answers of [{ 'chest-pain': 'no' }, { 'chest-pain': 'not-sure' }, { 'blood-thinners': 'yes' }] as Answers[]) {
      expect(move(group(0), group(1), answers)).toEqual(group(1));
    }
  });

  it('moves on once the reader has said they are not in danger from that red flag, and stops for a new one', () => {
    const seen = new Set(['chest-pain']);
    expect(move(emergency(0), group(1), { 'chest-pain': 'yes' }, seen)).toEqual(group(1));
    expect(move(group(0), group(1), { 'chest-pain': 'yes', headache: 'yes' }, seen)).toEqual(emergency(0));
  });

  it('stops however the reader moves on: Forward to a later step, or "See your result"', () => {
    expect(move(group(0), group(2), { headache: 'yes' })).toEqual(emergency(0));
    expect(move({ view: 'check-answers' }, { view: 'result' }, { 'baby-signs': 'yes' })).toEqual(emergency(2));
  });

  it('lets the reader go back to the red flag step or before it', () => {
    expect(move(group(1), group(0), { headache: 'yes' })).toEqual(group(0));
    expect(move(group(2), group(1), { 'baby-signs': 'yes' })).toEqual(group(1));
    expect(move(group(0), emergency(0), { headache: 'yes' })).toEqual(emergency(0));
  });

  it('returns to "Check your answers" after the card when the Yes was a change made from there', () => {
    expect(move(group(0, true), { view: 'check-answers' }, { headache: 'yes' })).toEqual(emergency(0, true));
  });
});

describe('history entries', () => {
  it('keeps the step and nothing else, and reads it back', () => {
    for (const step of [group(1), group(2, true), emergency(0), { view: 'check-answers' }, { view: 'result' }] as ChecklistStep[]) {
      const state = historyStateFor(step);
      expect(Object.keys(state)).toEqual(['checklistStep']);
      expect(stepFromHistory(structuredClone(state), GROUPS)).toEqual(step);
    }
  });

  it.each([
    null,
    undefined,
    'step-2',
    {},
    { checklistStep: null },
    { checklistStep: { view: 'group', index: 3 } },
    { checklistStep: { view: 'group', index: -1 } },
    { checklistStep: { view: 'group', index: 1.5 } },
    { checklistStep: { view: 'answers' } },
  ])('ignores a state that is not a step of this checklist: %j', (state) => {
    expect(stepFromHistory(state, GROUPS)).toBeUndefined();
  });
});

describe('step captions, progress and titles', () => {
  it('counts groups from 1', () => {
    expect(stepCaption(0, 5)).toBe('Step 1 of 5');
    expect(stepCaption(4, 5)).toBe('Step 5 of 5');
  });

  it('fills the progress bar step by step', () => {
    expect(stepProgress(group(0), GROUPS)).toEqual({ value: 1, max: 3 });
    expect(stepProgress(emergency(1), GROUPS)).toEqual({ value: 2, max: 3 });
    expect(stepProgress({ view: 'check-answers' }, GROUPS)).toEqual({ value: 3, max: 3 });
  });

  it('names the step, never the result or an answer', () => {
    const titles = checklist.groups.map((each) => each.title);
    expect(stepTitle(group(1), titles)).toBe('Step 2 of 3: Blood');
    expect(stepTitle(group(1, true), titles)).toBe('Step 2 of 3: Blood');
    expect(stepTitle(emergency(0), titles)).toBe('Step 1 of 3: Symptoms now');
    expect(stepTitle({ view: 'check-answers' }, titles)).toBe('Check your answers');
    expect(stepTitle({ view: 'result' }, titles)).toBe('Your result');
  });
});

describe('answer lists', () => {
  const answers: Answers = { headache: 'no', 'blood-thinners': 'not-sure', pregnant: 'yes', 'baby-signs': 'no' };

  it('lists every question in checklist order, grouped and numbered, with its answer or "Not answered"', () => {
    expect(answerSummary(checklist, answers)).toEqual([
      {
        title: 'Symptoms now',
        rows: [
          { questionId: 'headache', number: 1, question: 'Question headache?', answer: 'No', mark: 'no' },
          { questionId: 'chest-pain', number: 2, question: 'Question chest-pain?', answer: 'Not answered', mark: 'unanswered' },
        ],
      },
      { title: 'Blood', rows: [{ questionId: 'blood-thinners', number: 3, question: 'Question blood-thinners?', answer: 'Not sure', mark: 'not-sure' }] },
      {
        title: 'Other',
        rows: [
          { questionId: 'pregnant', number: 4, question: 'Question pregnant?', answer: 'Yes', mark: 'yes' },
          { questionId: 'baby-signs', number: 5, question: 'Question baby-signs?', answer: 'No', mark: 'no' },
        ],
      },
    ]);
  });

  it('puts Yes, Not sure and unanswered first for "Check your answers", and the No answers apart', () => {
    const { toCheck, answeredNo } = answersToReview(checklist, answers);
    expect(toCheck.map((row) => `${row.number} ${row.mark}`)).toEqual(['2 unanswered', '3 not-sure', '4 yes']);
    expect(answeredNo.map((row) => row.questionId)).toEqual(['headache', 'baby-signs']);
  });

  it('shows values that are not answers, and inherited keys, as "Not answered"', () => {
    // Values read from a page are not trusted to be answers.
    const strange = Object.assign(Object.create({ headache: 'yes' }) as object, { 'chest-pain': 'maybe' }) as Answers;
    const rows = answerSummary(checklist, strange)[0]!.rows;
    expect(rows.map((row) => row.answer)).toEqual(['Not answered', 'Not answered']);
  });
});

describe('groupIndexOf', () => {
  it('finds the group that asks a question', () => {
    expect(groupIndexOf(checklist, 'headache')).toBe(0);
    expect(groupIndexOf(checklist, 'blood-thinners')).toBe(1);
    expect(groupIndexOf(checklist, 'baby-signs')).toBe(2);
  });

  it('returns -1 for an unknown question', () => {
    expect(groupIndexOf(checklist, 'nothing-like-this')).toBe(-1);
  });
});

describe('answersFromChoices', () => {
  it('keys answers by question and keeps only real answers', () => {
    const choices = [
      { name: 'headache', value: 'no' },
      { name: 'pregnant', value: 'not-sure' },
      { name: 'chest-pain', value: 'on' },
      { name: 'unwell', value: 'YES' },
    ];
    expect(answersFromChoices(choices)).toEqual({ headache: 'no', pregnant: 'not-sure' });
  });

  it('gives no answers for no choices', () => {
    expect(answersFromChoices([])).toEqual({});
  });
});
