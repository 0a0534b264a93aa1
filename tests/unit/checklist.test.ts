import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  ANSWERS,
  CARE_LIST_TEXT,
  EMERGENCY_NUMBERS,
  OUTCOME_TEXT,
  TIER_RANK,
  answerTier,
  careListItems,
  careListsByTier,
  checklistLength,
  checklistLengthText,
  checklistQuestions,
  emergencyAnswersInGroup,
  evaluateChecklist,
  isAnswer,
  learnMoreHref,
  outcomeSummary,
  questionNumbersText,
  stepRule,
  type Answer,
  type Answers,
} from '../../src/lib/checklist.ts';
import { TIERS, checklistSchema, type Checklist, type Tier } from '../../src/lib/schemas/checklist.ts';
import { measureReadability } from '../../src/lib/readability.ts';

// The real rules, parsed exactly as the build parses them.
const CHECKLIST_FILE = join(import.meta.dirname, '../../content/checklist/checklist.yaml');
const rawChecklist: unknown = parseYaml(readFileSync(CHECKLIST_FILE, 'utf8'));
const checklist: Checklist = checklistSchema.parse(rawChecklist);
const questions = checklistQuestions(checklist);
const ids = questions.map((question) => question.id);
const byId = (id: string) => questions.find((question) => question.id === id)!;

/** Every question answered with `answer`, then the overrides on top. */
function allAnswered(answer: Answer, overrides: Record<string, Answer> = {}): Answers {
  return { ...Object.fromEntries(ids.map((id) => [id, answer])), ...overrides };
}

/** Questions of one tier, in checklist order. */
const ofTier = (tier: Tier) => questions.filter((question) => question.tier === tier);

/** The tier the rules must give one answer to one question: the safety design, written out. */
const expectedTier = (tier: Tier, answer: Answer): Tier | 'none' =>
  answer === 'no' ? 'none' : answer === 'not-sure' && tier === 'emergency' ? 'urgent' : tier;

/** A deep copy of the raw YAML data that a test may break. */
const rawCopy = () =>
  structuredClone(rawChecklist) as {
    notSure: Record<string, string>;
    groups: Array<{ id: string; questions: Array<Record<string, unknown>> }>;
    signGroups: Array<{ id: string; signs: Array<Record<string, unknown>> }>;
  };

const smallQuestion = (id: string, tier: Tier, section = 'one', article = 'art') => ({
  id,
  text: `${id}?`,
  statement: `you have ${id}`,
  why: `Why ${id}.`,
  tier,
  learnMore: { article, section },
  sources: id === 'doctor-b' ? ['some-source'] : [],
});

// A small hand-written checklist for exact ordering and edge cases, independent of content edits.
const small: Checklist = checklistSchema.parse({
  version: '2030.2',
  date: '2030-01-15',
  title: 'Test checklist',
  notSure: { emergency: 'urgent' },
  groups: [
    { id: 'first-group', title: 'First', questions: [smallQuestion('tell-a', 'tell-therapist'), smallQuestion('doctor-a', 'ask-doctor', 'two')] },
    {
      id: 'second-group',
      title: 'Second',
      questions: [
        smallQuestion('red-a', 'emergency', 'three', 'other'),
        smallQuestion('tell-b', 'tell-therapist'),
        smallQuestion('doctor-b', 'ask-doctor', 'two'),
        smallQuestion('red-b', 'emergency', 'four', 'other'),
        smallQuestion('today-a', 'urgent', 'five'),
        smallQuestion('constructor', 'ask-doctor', 'two'),
      ],
    },
  ],
  signGroups: [{ id: 'after', title: 'After', signs: [{ id: 'sore', statement: 'you are sore', tier: 'ask-doctor' }] }],
});
const smallIds = checklistQuestions(small).map((question) => question.id);
const smallAll = (answer: Answer, overrides: Record<string, Answer> = {}): Answers => ({
  ...Object.fromEntries(smallIds.map((id) => [id, answer])),
  ...overrides,
});

describe('the real checklist file', () => {
  it('parses, uses every tier, and counts "Not sure" to a red flag as urgent', () => {
    expect(questions.length).toBeGreaterThanOrEqual(30);
    for (const tier of TIERS) expect(ofTier(tier).length, tier).toBeGreaterThan(0);
    expect(checklist.notSure).toEqual({ emergency: 'urgent' });
  });

  it('asks about the red flags first: the first step is only emergency and urgent questions', () => {
    expect(checklist.groups[0]!.questions.every((question) => ['emergency', 'urgent'].includes(question.tier))).toBe(true);
    const emergencyGroups = new Set(ofTier('emergency').map((question) => question.groupId));
    expect([...emergencyGroups]).toEqual([checklist.groups[0]!.id, 'babies-and-children']);
  });

  // Each red flag the December 2026 reviews found missing, with the words it must name.
  it.each([
    { id: 'back-pain-with-numbness', tier: 'emergency', words: [/between your legs or around your bottom/, /bladder or bowels/, /both legs/] },
    { id: 'sudden-breathlessness', tier: 'emergency', words: [/short of breath/, /coughing up blood/] },
    { id: 'worse-after-head-injury', tier: 'emergency', words: [/passing out/, /fit \(seizure\)/, /clear fluid/, /nose or ears/] },
    { id: 'head-injury-on-blood-thinners', tier: 'emergency', words: [/hit your head/, /thins your blood/] },
    { id: 'stroke-signs', tier: 'emergency', words: [/droops/, /weakness or numbness/, /speaking/, /seeing/] },
    {
      id: 'baby-danger-signs',
      tier: 'emergency',
      words: [/floppy/, /hard to wake/, /breathe/, /high-pitched or weak cry/, /green vomit/, /bulging soft spot/],
    },
    { id: 'baby-fever-or-not-feeding', tier: 'urgent', words: [/38°C/, /under 3 months/, /feeding/] },
    { id: 'painful-swollen-leg', tier: 'urgent', words: [/painful, swollen leg/] },
    { id: 'child-health-condition', tier: 'ask-doctor', words: [/brain, heart or bone/, /hydrocephalus/, /shunt/] },
    { id: 'spinal-fluid-condition', tier: 'ask-doctor', words: [/hydrocephalus/, /shunt/] },
  ])('has the red flag or question "$id" as $tier', ({ id, tier, words }) => {
    const question = byId(id);
    expect(question.tier).toBe(tier);
    const asked = [question.text, ...(question.signs ?? [])].join(' ');
    for (const word of words) expect(asked).toMatch(word);
  });

  it('tells the reader when a painful swollen leg needs the emergency number instead', () => {
    expect(byId('painful-swollen-leg').why).toMatch(/short of breath or have chest pain, call your local emergency number/);
  });

  it('gives every question a statement for care lists, and every sign group one line at least', () => {
    for (const question of questions) expect(question.statement.length, question.id).toBeGreaterThan(10);
    expect(checklist.signGroups.map((group) => group.id)).toEqual(['after-a-session', 'before-a-session']);
  });

  it('links every question to one of the fixed sections of the risks article', () => {
    const fixed = [
      'symptoms-that-need-a-doctor-now',
      'head-brain-and-spine-problems',
      'blood-and-circulation',
      'bones-skin-and-recent-injuries',
      'pregnancy-cancer-and-other-conditions',
      'babies-and-young-children',
      'side-effects',
      'what-to-tell-your-therapist',
    ];
    for (const question of questions) {
      expect(question.learnMore.article, question.id).toBe('risks-and-who-should-avoid-it');
      expect(fixed, question.id).toContain(question.learnMore.section);
    }
    // The red flags are explained where the page renders them all, from this data.
    for (const question of [...ofTier('emergency'), ...ofTier('urgent')]) {
      expect(question.learnMore.section, question.id).toBe('symptoms-that-need-a-doctor-now');
    }
  });

  it('names no emergency number in the data: the numbers live in one list in the code', () => {
    expect(JSON.stringify(rawChecklist)).not.toMatch(/\b(999|911|112|000|111)\b/);
    expect(EMERGENCY_NUMBERS.map((entry) => entry.number)).toEqual(['112', '911', '999']);
  });

  it('is written at US grade 8 or below (questions, signs, statements and why we ask)', () => {
    const text = [
      ...questions.flatMap((question) => [question.text, ...(question.signs ?? []), question.statement, question.why]),
      ...checklist.signGroups.flatMap((group) => group.signs.map((sign) => sign.statement)),
    ].join('\n');
    const report = measureReadability(text);
    console.log(`checklist.yaml: grade ${report.grade}, ${report.words} words`);
    expect(report.grade).toBeLessThanOrEqual(8);
  });
});

describe('evaluateChecklist: every question, every answer', () => {
  const cases = questions.flatMap((question) =>
    ANSWERS.map((answer) => ({ id: question.id, tier: question.tier, answer, expected: expectedTier(question.tier, answer) }))
  );

  it('covers every question with every answer', () => {
    expect(cases).toHaveLength(questions.length * 3);
  });

  it.each(cases)('$id ($tier) answered $answer, all others No, gives $expected', ({ id, answer, expected }) => {
    const outcome = evaluateChecklist(checklist, allAnswered('no', { [id]: answer }));
    expect(outcome.tier).toBe(expected);
    expect(outcome.unanswered).toEqual([]);
    expect(outcome.unknown).toEqual([]);
    if (answer === 'no') expect(outcome.flagged).toEqual([]);
    else {
      expect(outcome.flagged).toHaveLength(1);
      expect(outcome.flagged[0]).toMatchObject({ id, answer, tier: expected });
    }
  });

  it('gives "none" when every answer is No', () => {
    const outcome = evaluateChecklist(checklist, allAnswered('no'));
    expect(outcome).toMatchObject({ tier: 'none', flagged: [], unanswered: [], unknown: [] });
  });

  it('gives "urgent", not "emergency", when every answer is Not sure', () => {
    const outcome = evaluateChecklist(checklist, allAnswered('not-sure'));
    expect(outcome.tier).toBe('urgent');
    expect(outcome.flagged).toHaveLength(questions.length);
    expect(outcome.flagged.every((flag) => flag.answer === 'not-sure')).toBe(true);
  });

  it('gives "emergency" when every answer is Yes', () => {
    expect(evaluateChecklist(checklist, allAnswered('yes')).tier).toBe('emergency');
  });

  it('copies the question, its number, why, the answer tier and group into the flagged answer', () => {
    const question = ofTier('emergency')[0]!;
    const [flag] = evaluateChecklist(checklist, allAnswered('no', { [question.id]: 'not-sure' })).flagged;
    expect(flag).toEqual({
      id: question.id,
      groupId: question.groupId,
      number: question.number,
      text: question.text,
      answer: 'not-sure',
      tier: 'urgent',
      why: question.why,
      href: `/articles/${question.learnMore.article}/#${question.learnMore.section}`,
    });
  });

  it('reports the version and date of the rules it used', () => {
    const outcome = evaluateChecklist(checklist, {});
    expect(outcome.version).toBe(checklist.version);
    expect(outcome.date).toEqual(checklist.date);
    expect(evaluateChecklist(small, {}).version).toBe('2030.2');
    expect(evaluateChecklist(small, {}).date.toISOString().slice(0, 10)).toBe('2030-01-15');
  });
});

describe('evaluateChecklist: the highest tier wins', () => {
  it('ranks the tiers emergency > urgent > ask-doctor > tell-therapist > none', () => {
    const order = [...TIERS, 'none' as const];
    for (let index = 1; index < order.length; index++) {
      expect(TIER_RANK[order[index - 1]!], order[index - 1]).toBeGreaterThan(TIER_RANK[order[index]!]);
    }
  });

  it('gives, for every pair of flagged answers, the higher of the two tiers', () => {
    const flags = questions.flatMap((question) =>
      (['yes', 'not-sure'] as const).map((answer) => ({ id: question.id, answer, tier: expectedTier(question.tier, answer) as Tier }))
    );
    let pairs = 0;
    for (const first of flags) {
      for (const second of flags) {
        if (first.id === second.id) continue;
        const outcome = evaluateChecklist(checklist, allAnswered('no', { [first.id]: first.answer, [second.id]: second.answer }));
        const expected = TIER_RANK[first.tier] >= TIER_RANK[second.tier] ? first.tier : second.tier;
        if (outcome.tier !== expected) throw new Error(`${first.id}=${first.answer} + ${second.id}=${second.answer} gave ${outcome.tier}, not ${expected}`);
        pairs += 1;
      }
    }
    expect(pairs).toBe(flags.length * (flags.length - 2));
  });

  it.each([
    { given: { 'chest-pain': 'yes', 'painful-swollen-leg': 'yes' }, expected: 'emergency' },
    { given: { 'chest-pain': 'not-sure', 'painful-swollen-leg': 'yes' }, expected: 'urgent' },
    { given: { 'chest-pain': 'not-sure', 'blood-thinners': 'yes' }, expected: 'urgent' },
    { given: { 'chest-pain': 'not-sure', 'stroke-signs': 'yes' }, expected: 'emergency' },
    { given: { 'painful-swollen-leg': 'not-sure', 'pregnant': 'yes' }, expected: 'urgent' },
    { given: { 'baby-fever-or-not-feeding': 'yes', 'baby-under-two': 'yes', child: 'yes' }, expected: 'urgent' },
    { given: { 'blood-thinners': 'not-sure', 'regular-medicines': 'yes' }, expected: 'ask-doctor' },
    { given: { 'regular-medicines': 'not-sure', 'unwell-now': 'yes' }, expected: 'tell-therapist' },
  ] as { given: Record<string, Answer>; expected: Tier }[])('$given gives $expected', ({ given, expected }) => {
    const outcome = evaluateChecklist(checklist, allAnswered('no', given));
    expect(outcome.tier).toBe(expected);
    expect(outcome.flagged.map((flag) => flag.id).sort()).toEqual(Object.keys(given).sort());
  });
});

describe('evaluateChecklist: unanswered questions', () => {
  it('gives "incomplete" with every id unanswered, in order, for no answers', () => {
    const outcome = evaluateChecklist(checklist, {});
    expect(outcome).toMatchObject({ tier: 'incomplete', flagged: [], unknown: [] });
    expect(outcome.unanswered).toEqual(ids);
  });

  it('stays "incomplete" while one question is left and nothing needs help today', () => {
    const last = ids.at(-1)!;
    const answers = Object.fromEntries(
      Object.entries(allAnswered('no', { [ofTier('ask-doctor')[0]!.id]: 'yes' })).filter(([id]) => id !== last)
    );
    const outcome = evaluateChecklist(checklist, answers);
    expect(outcome.tier).toBe('incomplete');
    expect(outcome.unanswered).toEqual([last]);
    expect(outcome.flagged.map((flag) => flag.id)).toEqual([ofTier('ask-doctor')[0]!.id]);
  });

  it('lists the answered flags and the rest as unanswered for partial answers', () => {
    const outcome = evaluateChecklist(small, { 'tell-a': 'no', 'doctor-a': 'yes', 'tell-b': 'not-sure' });
    expect(outcome.tier).toBe('incomplete');
    expect(outcome.flagged.map((flag) => flag.id)).toEqual(['doctor-a', 'tell-b']);
    expect(outcome.unanswered).toEqual(['red-a', 'doctor-b', 'red-b', 'today-a', 'constructor']);
  });

  it.each(
    [...ofTier('emergency'), ...ofTier('urgent')].flatMap((question) =>
      (['yes', 'not-sure'] as const).map((answer) => ({ id: question.id, answer, expected: expectedTier(question.tier, answer) }))
    )
  )('never holds back help today or now: $id answered $answer alone gives "$expected"', ({ id, answer, expected }) => {
    const outcome = evaluateChecklist(checklist, { [id]: answer });
    expect(outcome.tier).toBe(expected);
    expect(outcome.flagged.map((flag) => flag.id)).toEqual([id]);
    expect(outcome.unanswered).toEqual(ids.filter((other) => other !== id));
  });

  it('does not treat a red flag answered No as anything', () => {
    const outcome = evaluateChecklist(checklist, { [ofTier('emergency')[0]!.id]: 'no' });
    expect(outcome.tier).toBe('incomplete');
    expect(outcome.flagged).toEqual([]);
  });

  it('treats a value that is not an answer as unanswered', () => {
    const answers = smallAll('no', { 'doctor-b': 'maybe' as Answer });
    const outcome = evaluateChecklist(small, answers);
    expect(outcome.tier).toBe('incomplete');
    expect(outcome.unanswered).toEqual(['doctor-b']);
  });

  it('does not read inherited object keys as answers', () => {
    const own = Object.fromEntries(Object.entries(smallAll('no')).filter(([id]) => id !== 'constructor'));
    // "constructor" is on every object's prototype; here the prototype even holds a valid answer.
    const answers: Answers = Object.assign(Object.create({ constructor: 'yes' }) as object, own);
    const outcome = evaluateChecklist(small, answers);
    expect(outcome.tier).toBe('incomplete');
    expect(outcome.flagged).toEqual([]);
    expect(outcome.unanswered).toEqual(['constructor']);
    expect(evaluateChecklist(small, own).unanswered).toEqual(['constructor']);
  });
});

describe('evaluateChecklist: unknown answer keys', () => {
  it('reports keys that match no question, in order, and ignores them', () => {
    const outcome = evaluateChecklist(checklist, allAnswered('no', { 'old-question': 'yes', 'symptoms-now': 'not-sure' }));
    expect(outcome.tier).toBe('none');
    expect(outcome.flagged).toEqual([]);
    expect(outcome.unknown).toEqual(['old-question', 'symptoms-now']);
  });

  it('does not let an unknown "yes" fill the place of an unanswered question', () => {
    const outcome = evaluateChecklist(small, { 'red-c': 'yes' });
    expect(outcome.tier).toBe('incomplete');
    expect(outcome.unknown).toEqual(['red-c']);
    expect(outcome.unanswered).toEqual(smallIds);
  });
});

describe('evaluateChecklist: flagged order and links', () => {
  it('lists flags by the tier each answer calls for, in checklist order within a tier', () => {
    const outcome = evaluateChecklist(small, smallAll('yes', { 'red-b': 'not-sure' }));
    expect(outcome.flagged.map((flag) => `${flag.id}:${flag.tier}`)).toEqual([
      'red-a:emergency',
      'red-b:urgent',
      'today-a:urgent',
      'doctor-a:ask-doctor',
      'doctor-b:ask-doctor',
      'constructor:ask-doctor',
      'tell-a:tell-therapist',
      'tell-b:tell-therapist',
    ]);
  });

  it('links each flag to its article section', () => {
    const outcome = evaluateChecklist(small, smallAll('no', { 'red-b': 'yes', 'tell-a': 'not-sure' }));
    expect(outcome.flagged.map((flag) => flag.href)).toEqual(['/articles/other/#four', '/articles/art/#one']);
  });

  it('builds hrefs with a trailing slash before the anchor', () => {
    expect(learnMoreHref({ article: 'evidence', section: 'side-effects' })).toBe('/articles/evidence/#side-effects');
  });
});

describe('answerTier and emergencyAnswersInGroup', () => {
  it('gives the tier a Yes or a Not sure calls for, and nothing for No', () => {
    expect(answerTier(small, { tier: 'emergency' }, 'yes')).toBe('emergency');
    expect(answerTier(small, { tier: 'emergency' }, 'not-sure')).toBe('urgent');
    expect(answerTier(small, { tier: 'urgent' }, 'not-sure')).toBe('urgent');
    expect(answerTier(small, { tier: 'ask-doctor' }, 'not-sure')).toBe('ask-doctor');
    expect(answerTier(small, { tier: 'ask-doctor' }, 'no')).toBeUndefined();
    expect(answerTier({ notSure: {} }, { tier: 'emergency' }, 'not-sure')).toBe('emergency');
  });

  it('finds the red flags answered Yes in one step, and nothing else', () => {
    const answers: Answers = { 'red-a': 'yes', 'red-b': 'not-sure', 'today-a': 'yes', 'doctor-a': 'yes' };
    expect(emergencyAnswersInGroup(small, 1, answers)).toEqual(['red-a']);
    expect(emergencyAnswersInGroup(small, 1, { ...answers, 'red-b': 'yes' })).toEqual(['red-a', 'red-b']);
    expect(emergencyAnswersInGroup(small, 0, answers)).toEqual([]);
    expect(emergencyAnswersInGroup(small, 7, answers)).toEqual([]);
  });

  it('finds every red flag of the real checklist on its own step', () => {
    for (const question of ofTier('emergency')) {
      const groupIndex = checklist.groups.findIndex((group) => group.id === question.groupId);
      expect(emergencyAnswersInGroup(checklist, groupIndex, { [question.id]: 'yes' })).toEqual([question.id]);
      expect(emergencyAnswersInGroup(checklist, groupIndex, { [question.id]: 'not-sure' })).toEqual([]);
    }
  });
});

describe('length and the rule of each step', () => {
  it('says how long the checklist is, from the data', () => {
    expect(checklistLength(checklist)).toEqual({ questions: questions.length, minutes: Math.round((questions.length * 8) / 60) });
    expect(checklistLengthText(checklist)).toBe(`${questions.length} short questions, about ${Math.round((questions.length * 8) / 60)} minutes`);
    expect(checklistLengthText(small)).toBe('8 short questions, about 1 minute');
  });

  it.each([
    [[4], 'Question 4'],
    [[9, 10], 'Questions 9 and 10'],
    [[1, 2, 3, 4, 5, 6, 7, 8], 'Questions 1 to 8'],
    [[1, 2, 3, 5, 7], 'Questions 1 to 3, 5 and 7'],
    [[2, 4, 5, 6, 9, 10], 'Questions 2, 4 to 6, 9 and 10'],
  ])('numbers %j read "%s"', (numbers, text) => {
    expect(questionNumbersText(numbers)).toBe(text);
  });

  it('writes a one-tier step rule in one sentence', () => {
    const index = checklist.groups.findIndex((group) => group.id === 'blood-and-circulation');
    expect(stepRule(checklist, index)).toBe(
      'If you answer Yes or Not sure to any question in this step, ask your doctor before you book a session.'
    );
  });

  it('writes the rule of the red-flag step from its tiers, naming the questions', () => {
    const urgentNumbers = checklist.groups[0]!.questions.filter((question) => question.tier === 'urgent').map((question) => byId(question.id).number);
    expect(stepRule(checklist, 0)).toBe(
      `Questions 1 to ${urgentNumbers[0]! - 1}: if you answer Yes, call your local emergency number now. If you answer Not sure, get medical advice today. ` +
        `${questionNumbersText(urgentNumbers)}: if you answer Yes or Not sure, get medical advice today.`
    );
  });

  it('writes every step rule so that it names every tier its questions call for', () => {
    checklist.groups.forEach((group, index) => {
      const rule = stepRule(checklist, index);
      for (const question of group.questions) {
        for (const answer of ['yes', 'not-sure'] as const) expect(rule, group.id).toContain(CARE_LIST_TEXT[answerTier(checklist, question, answer)!].action);
      }
    });
  });
});

describe('careListItems', () => {
  it('lists every question of a tier, signs included, in checklist order', () => {
    const items = careListItems(checklist, { tier: 'tell-therapist' });
    expect(items.map((item) => item.id)).toEqual([...ofTier('tell-therapist').map((question) => question.id), 'health-problem-cleared-by-doctor']);
    expect(items[0]).toEqual({ id: ofTier('tell-therapist')[0]!.id, statement: ofTier('tell-therapist')[0]!.statement, tier: 'tell-therapist' });
  });

  it('lists a step, a sign group, the questions one source supports, or named questions', () => {
    expect(careListItems(checklist, { group: 'blood-and-circulation' }).map((item) => item.id)).toEqual(['bleeding-disorder', 'blood-thinners', 'blood-clot']);
    expect(careListItems(checklist, { group: 'after-a-session' }).map((item) => item.tier)).toEqual(['ask-doctor', 'ask-doctor', 'ask-doctor']);
    expect(careListItems(checklist, { source: 'cleveland-clinic-cst' }).every((item) => byId(item.id).sources.includes('cleveland-clinic-cst'))).toBe(true);
    expect(careListItems(checklist, { questions: ['cancer', 'pregnant'], tier: 'ask-doctor' }).map((item) => item.id)).toEqual(['cancer', 'pregnant']);
    expect(careListItems(checklist, { group: 'babies-and-children', tier: 'ask-doctor' }).map((item) => item.id)).toEqual(['baby-under-two', 'child-health-condition']);
  });

  it.each([
    [{ group: 'no-such-group' }, 'there is no group "no-such-group" in the checklist'],
    [{ questions: ['blood-thinners', 'no-such-question'] }, 'there is no question or sign "no-such-question" in the checklist'],
    [{ questions: ['blood-thinners'], tier: 'tell-therapist' }, '"blood-thinners" is "ask-doctor" in the checklist, not "tell-therapist"'],
    [{ group: 'blood-and-circulation', tier: 'emergency' }, 'no question or sign matches it'],
    [{ source: 'nobody-2000' }, 'no question or sign matches it'],
  ] as const)('refuses %j: %s', (selection, message) => {
    expect(() => careListItems(checklist, selection)).toThrow(message);
  });

  it('splits lines into one card per tier, most urgent first', () => {
    const cards = careListsByTier(careListItems(checklist, { group: 'babies-and-children' }));
    expect(cards.map((card) => card.tier)).toEqual(['emergency', 'urgent', 'ask-doctor', 'tell-therapist']);
    expect(cards.flatMap((card) => card.items).length).toBe(checklist.groups.find((group) => group.id === 'babies-and-children')!.questions.length);
  });
});

describe('isAnswer and outcome text', () => {
  it.each(['yes', 'no', 'not-sure'])('accepts %s', (value) => expect(isAnswer(value)).toBe(true));
  it.each(['Yes', 'not sure', '', 'true', undefined, null, 1, {}, ['yes']])('rejects %j', (value) =>
    expect(isAnswer(value)).toBe(false)
  );

  it('has the agreed headline for each outcome', () => {
    expect(outcomeSummary({ tier: 'emergency' }).headline).toBe('Get medical help now');
    expect(outcomeSummary({ tier: 'urgent' }).headline).toBe('Get medical advice today');
    expect(outcomeSummary({ tier: 'ask-doctor' }).headline).toBe('Ask your doctor before booking');
    expect(outcomeSummary({ tier: 'tell-therapist' }).headline).toBe('Tell your therapist before your session');
    expect(outcomeSummary({ tier: 'none' }).headline).toBe('Nothing here suggests you need to ask a doctor first');
    expect(outcomeSummary({ tier: 'incomplete' }).headline).not.toBe('');
  });

  it('sends emergencies to the local emergency number, says when urgent means the emergency number instead, and is no diagnosis', () => {
    expect(OUTCOME_TEXT.emergency.advice).toContain('local emergency number');
    expect(OUTCOME_TEXT.urgent.advice).toMatch(/today/);
    expect(OUTCOME_TEXT.urgent.advice).toMatch(/Call your local emergency number instead if/);
    expect(OUTCOME_TEXT.none.advice).toContain('not a diagnosis');
  });

  it('heads each care list with an action ending "if:" and a hidden urgency label that does not repeat it', () => {
    for (const tier of TIERS) {
      expect(CARE_LIST_TEXT[tier].title).toMatch(/ if:$/);
      expect(CARE_LIST_TEXT[tier].label).toMatch(/:$/);
      expect(CARE_LIST_TEXT[tier].title.toLowerCase()).not.toContain(CARE_LIST_TEXT[tier].label.slice(0, -1).toLowerCase());
    }
  });
});

describe('checklistSchema', () => {
  it("accepts the id that Astro's loader adds", () => {
    expect(checklistSchema.safeParse({ id: 'checklist', ...(rawChecklist as object) }).success).toBe(true);
  });

  it('rejects a question id used twice, naming the id and where', () => {
    const raw = rawCopy();
    const firstId = raw.groups[0]!.questions[0]!.id as string;
    raw.groups[2]!.questions[1]!.id = firstId;
    const result = checklistSchema.safeParse(raw);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((item) => item.message.includes('duplicate question id'));
    expect(issue?.message).toBe(`duplicate question id "${firstId}" (first used at groups[0].questions[0].id)`);
    expect(issue?.path).toEqual(['groups', 2, 'questions', 1, 'id']);
  });

  it('rejects a sign with the id of a question, and a sign group with the id of a group', () => {
    const raw = rawCopy();
    raw.signGroups[0]!.signs[0]!.id = 'chest-pain';
    raw.signGroups[1]!.id = raw.groups[1]!.id;
    const messages = checklistSchema.safeParse(raw).error!.issues.map((item) => item.message);
    expect(messages).toContain('duplicate question or sign id "chest-pain" (first used at groups[0].questions[5].id)');
    expect(messages).toContain(`duplicate group id "${raw.groups[1]!.id}" (first used at groups[1].id)`);
  });

  it('rejects a statement used twice: care lists show statements alone', () => {
    const raw = rawCopy();
    raw.signGroups[0]!.signs[0]!.statement = raw.groups[1]!.questions[0]!.statement;
    const messages = checklistSchema.safeParse(raw).error!.issues.map((item) => item.message);
    expect(messages).toEqual([
      `duplicate statement "${raw.groups[1]!.questions[0]!.statement as string}" (first used at groups[1].questions[0].statement)`,
    ]);
  });

  it('rejects a group id used twice', () => {
    const raw = rawCopy();
    raw.groups[3]!.id = raw.groups[1]!.id;
    const result = checklistSchema.safeParse(raw);
    expect(result.error?.issues.map((item) => item.message)).toContain(`duplicate group id "${raw.groups[1]!.id}" (first used at groups[1].id)`);
  });

  it('rejects a tier that does not exist', () => {
    const raw = rawCopy();
    raw.groups[1]!.questions[0]!.tier = 'see-a-doctor';
    const result = checklistSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((item) => item.path)).toEqual([['groups', 1, 'questions', 0, 'tier']]);
  });

  it('rejects a "Not sure" that would count for more than a "Yes"', () => {
    const raw = rawCopy();
    raw.notSure = { 'ask-doctor': 'emergency' };
    const result = checklistSchema.safeParse(raw);
    expect(result.error?.issues.map((item) => item.message)).toEqual([
      '"Not sure" may count for less than "Yes", never more: "ask-doctor" cannot become "emergency"',
    ]);
  });

  it.each([
    ['an id that is not kebab-case', 'id', 'Sudden_Headache'],
    ['a question without a question mark', 'text', 'You have a headache.'],
    ['a why of three sentences', 'why', 'One. Two. Three.'],
    ['a statement that starts with a capital', 'statement', 'You have a headache'],
    ['a statement that ends with a full stop', 'statement', 'you have a headache.'],
    ['a missing statement', 'statement', undefined],
    ['a list of one sign', 'signs', ['only one']],
    ['a missing sources list', 'sources', undefined],
    ['a source listed twice', 'sources', ['green-1999', 'green-1999']],
    ['an unknown field', 'severity', 'high'],
  ])('rejects %s', (_label, field, value) => {
    const raw = rawCopy();
    const question = raw.groups[0]!.questions[0]!;
    if (value === undefined) delete question[field];
    else question[field] = value;
    expect(checklistSchema.safeParse(raw).success).toBe(false);
  });

  it('rejects a version that is not year.revision', () => {
    expect(checklistSchema.safeParse({ ...(rawChecklist as object), version: 'v1' }).success).toBe(false);
  });
});
