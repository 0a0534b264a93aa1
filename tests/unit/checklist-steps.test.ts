import { describe, expect, it } from 'vitest';
import {
  FIRST_STEP,
  answerSummary,
  answersFromChoices,
  changeAnswerStep,
  groupIndexOf,
  nextStep,
  previousStep,
  stepCaption,
  stepTitle,
  type ChecklistStep,
} from '../../src/lib/checklist-steps.ts';
import type { Answers } from '../../src/lib/checklist.ts';
import type { Checklist, ChecklistQuestion } from '../../src/lib/schemas/checklist.ts';

const question = (id: string): ChecklistQuestion => ({
  id,
  text: `Question ${id}?`,
  why: `Why ${id}.`,
  tier: 'ask-doctor',
  learnMore: { article: 'risks', section: 'who-should-ask' },
  sources: [],
});

const checklist: Checklist = {
  version: '2026.1',
  date: new Date(Date.UTC(2026, 10, 27)),
  title: 'Should I ask my doctor first?',
  groups: [
    { id: 'symptoms', title: 'Symptoms now', rule: 'Rule one.', questions: [question('headache'), question('chest-pain')] },
    { id: 'blood', title: 'Blood', rule: 'Rule two.', questions: [question('blood-thinners')] },
    { id: 'other', title: 'Other', rule: 'Rule three.', questions: [question('pregnant'), question('unwell')] },
  ],
};
const GROUPS = checklist.groups.length;
const group = (index: number, returnToCheck = false): ChecklistStep => ({ view: 'group', index, returnToCheck });

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

  it('stays on the result', () => {
    expect(nextStep({ view: 'result' }, GROUPS)).toEqual({ view: 'result' });
  });

  it('works for a checklist of one group', () => {
    expect(nextStep(FIRST_STEP, 1)).toEqual({ view: 'check-answers' });
    expect(previousStep({ view: 'check-answers' }, 1)).toEqual(group(0));
  });
});

describe('step captions and titles', () => {
  it('counts groups from 1', () => {
    expect(stepCaption(0, 5)).toBe('Step 1 of 5');
    expect(stepCaption(4, 5)).toBe('Step 5 of 5');
  });

  it('names the step, never the result', () => {
    const titles = checklist.groups.map((each) => each.title);
    expect(stepTitle(group(1), titles)).toBe('Step 2 of 3: Blood');
    expect(stepTitle(group(1, true), titles)).toBe('Step 2 of 3: Blood');
    expect(stepTitle({ view: 'check-answers' }, titles)).toBe('Check your answers');
    expect(stepTitle({ view: 'result' }, titles)).toBe('Your result');
  });
});

describe('answerSummary', () => {
  it('lists every question in checklist order, grouped, with its answer or "Not answered"', () => {
    expect(answerSummary(checklist, { headache: 'no', 'blood-thinners': 'not-sure', pregnant: 'yes' })).toEqual([
      {
        title: 'Symptoms now',
        rows: [
          { questionId: 'headache', question: 'Question headache?', answer: 'No' },
          { questionId: 'chest-pain', question: 'Question chest-pain?', answer: 'Not answered' },
        ],
      },
      { title: 'Blood', rows: [{ questionId: 'blood-thinners', question: 'Question blood-thinners?', answer: 'Not sure' }] },
      {
        title: 'Other',
        rows: [
          { questionId: 'pregnant', question: 'Question pregnant?', answer: 'Yes' },
          { questionId: 'unwell', question: 'Question unwell?', answer: 'Not answered' },
        ],
      },
    ]);
  });

  it('shows values that are not answers, and inherited keys, as "Not answered"', () => {
    // Values read from a page are not trusted to be answers.
    const answers = Object.assign(Object.create({ headache: 'yes' }) as object, { 'chest-pain': 'maybe' }) as Answers;
    const rows = answerSummary(checklist, answers)[0]!.rows;
    expect(rows.map((row) => row.answer)).toEqual(['Not answered', 'Not answered']);
  });
});

describe('groupIndexOf', () => {
  it('finds the group that asks a question', () => {
    expect(groupIndexOf(checklist, 'headache')).toBe(0);
    expect(groupIndexOf(checklist, 'blood-thinners')).toBe(1);
    expect(groupIndexOf(checklist, 'unwell')).toBe(2);
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
