import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  ANSWERS,
  OUTCOME_TEXT,
  TIER_RANK,
  checklistQuestions,
  evaluateChecklist,
  isAnswer,
  learnMoreHref,
  outcomeSummary,
  type Answer,
  type Answers,
} from '../../src/lib/checklist.ts';
import { TIERS, checklistSchema, type Checklist, type Tier } from '../../src/lib/schemas/checklist.ts';

// The real rules, parsed exactly as the build parses them.
const CHECKLIST_FILE = join(import.meta.dirname, '../../content/checklist/checklist.yaml');
const rawChecklist: unknown = parseYaml(readFileSync(CHECKLIST_FILE, 'utf8'));
const checklist: Checklist = checklistSchema.parse(rawChecklist);
const questions = checklistQuestions(checklist);
const ids = questions.map((question) => question.id);

/** Every question answered with `answer`, then the overrides on top. */
function allAnswered(answer: Answer, overrides: Record<string, Answer> = {}): Answers {
  return { ...Object.fromEntries(ids.map((id) => [id, answer])), ...overrides };
}

/** Questions of one tier, in checklist order. */
const ofTier = (tier: Tier) => questions.filter((question) => question.tier === tier);

/** A deep copy of the raw YAML data that a test may break. */
const rawCopy = () =>
  structuredClone(rawChecklist) as { groups: Array<{ id: string; questions: Array<Record<string, unknown>> }> };

// A small hand-written checklist for exact ordering and edge cases, independent of content edits.
const small: Checklist = checklistSchema.parse({
  version: '2030.2',
  date: '2030-01-15',
  title: 'Test checklist',
  groups: [
    {
      id: 'first-group',
      title: 'First',
      rule: 'If you answer Yes or Not sure, tell your therapist.',
      questions: [
        {
          id: 'tell-a',
          text: 'Tell A?',
          why: 'Why A.',
          tier: 'tell-therapist',
          learnMore: { article: 'art', section: 'one' },
          sources: [],
        },
        {
          id: 'doctor-a',
          text: 'Doctor A?',
          why: 'Why B.',
          tier: 'ask-doctor',
          learnMore: { article: 'art', section: 'two' },
          sources: [],
        },
      ],
    },
    {
      id: 'second-group',
      title: 'Second',
      rule: 'If you answer Yes or Not sure, get help now.',
      questions: [
        {
          id: 'urgent-a',
          text: 'Urgent A?',
          why: 'Why C.',
          tier: 'emergency',
          learnMore: { article: 'other', section: 'three' },
          sources: [],
        },
        {
          id: 'tell-b',
          text: 'Tell B?',
          why: 'Why D.',
          tier: 'tell-therapist',
          learnMore: { article: 'art', section: 'one' },
          sources: [],
        },
        {
          id: 'doctor-b',
          text: 'Doctor B?',
          why: 'Why E.',
          tier: 'ask-doctor',
          learnMore: { article: 'art', section: 'two' },
          sources: [],
        },
        {
          id: 'urgent-b',
          text: 'Urgent B?',
          why: 'Why F.',
          tier: 'emergency',
          learnMore: { article: 'other', section: 'four' },
          sources: [],
        },
        {
          id: 'constructor',
          text: 'A key every object inherits?',
          why: 'Why G.',
          tier: 'ask-doctor',
          learnMore: { article: 'art', section: 'two' },
          sources: [],
        },
      ],
    },
  ],
});
const smallIds = checklistQuestions(small).map((question) => question.id);
const smallAll = (answer: Answer, overrides: Record<string, Answer> = {}): Answers => ({
  ...Object.fromEntries(smallIds.map((id) => [id, answer])),
  ...overrides,
});

describe('the real checklist file', () => {
  it('parses and has about 20 to 30 questions, each tier used', () => {
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(questions.length).toBeLessThanOrEqual(32);
    for (const tier of TIERS) expect(ofTier(tier).length, tier).toBeGreaterThan(0);
  });

  it('keeps every emergency question in the "symptoms right now" group, first', () => {
    const emergencyGroups = new Set(ofTier('emergency').map((question) => question.groupId));
    expect([...emergencyGroups]).toEqual([checklist.groups[0]!.id]);
    expect(checklist.groups[0]!.questions.every((question) => question.tier === 'emergency')).toBe(true);
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
  });

  it("never names one country's emergency number", () => {
    const words = JSON.stringify(rawChecklist);
    expect(words).not.toMatch(/\b(999|911|112|000|111)\b/);
    expect(checklist.groups[0]!.rule).toContain('local emergency number');
  });
});

describe('evaluateChecklist: one question at a time', () => {
  const cases = questions.flatMap((question) =>
    ANSWERS.map((answer) => ({
      id: question.id,
      answer,
      expected: answer === 'no' ? ('none' as const) : question.tier,
    }))
  );

  it.each(cases)('$id answered $answer (all others No) gives $expected', ({ id, answer, expected }) => {
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

  it('gives "emergency" and flags every question when every answer is Not sure', () => {
    const outcome = evaluateChecklist(checklist, allAnswered('not-sure'));
    expect(outcome.tier).toBe('emergency');
    expect(outcome.flagged).toHaveLength(questions.length);
    expect(outcome.flagged.every((flag) => flag.answer === 'not-sure')).toBe(true);
  });

  it('copies the question, its why, tier and group into the flagged answer', () => {
    const question = ofTier('ask-doctor')[0]!;
    const [flag] = evaluateChecklist(checklist, allAnswered('no', { [question.id]: 'not-sure' })).flagged;
    expect(flag).toEqual({
      id: question.id,
      groupId: question.groupId,
      text: question.text,
      answer: 'not-sure',
      tier: 'ask-doctor',
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
  const emergency = ofTier('emergency').at(-1)!.id;
  const askDoctor = ofTier('ask-doctor')[0]!.id;
  const tellTherapist = ofTier('tell-therapist')[0]!.id;

  it.each([
    { flagged: [emergency, askDoctor], expected: 'emergency' },
    { flagged: [emergency, tellTherapist], expected: 'emergency' },
    { flagged: [askDoctor, tellTherapist], expected: 'ask-doctor' },
    { flagged: [emergency, askDoctor, tellTherapist], expected: 'emergency' },
    { flagged: [tellTherapist, ofTier('tell-therapist').at(-1)!.id], expected: 'tell-therapist' },
    { flagged: ofTier('ask-doctor').map((question) => question.id), expected: 'ask-doctor' },
  ])('$flagged gives $expected', ({ flagged, expected }) => {
    const overrides = Object.fromEntries(flagged.map((id, index) => [id, index % 2 ? 'not-sure' : 'yes'] as const));
    const outcome = evaluateChecklist(checklist, allAnswered('no', overrides));
    expect(outcome.tier).toBe(expected);
    expect(outcome.flagged.map((flag) => flag.id).sort()).toEqual([...new Set(flagged)].sort());
  });

  it('ranks the tiers emergency > ask-doctor > tell-therapist > none', () => {
    expect(TIER_RANK.emergency).toBeGreaterThan(TIER_RANK['ask-doctor']);
    expect(TIER_RANK['ask-doctor']).toBeGreaterThan(TIER_RANK['tell-therapist']);
    expect(TIER_RANK['tell-therapist']).toBeGreaterThan(TIER_RANK.none);
  });
});

describe('evaluateChecklist: unanswered questions', () => {
  it('gives "incomplete" with every id unanswered, in order, for no answers', () => {
    const outcome = evaluateChecklist(checklist, {});
    expect(outcome).toMatchObject({ tier: 'incomplete', flagged: [], unknown: [] });
    expect(outcome.unanswered).toEqual(ids);
  });

  it('stays "incomplete" while one question is left, whatever the others say', () => {
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
    expect(outcome.unanswered).toEqual(['urgent-a', 'doctor-b', 'urgent-b', 'constructor']);
  });

  it.each(
    ofTier('emergency').flatMap((question) => [
      { id: question.id, answer: 'yes' as const },
      { id: question.id, answer: 'not-sure' as const },
    ])
  )('never holds back an emergency: $id answered $answer alone gives "emergency"', ({ id, answer }) => {
    const outcome = evaluateChecklist(checklist, { [id]: answer });
    expect(outcome.tier).toBe('emergency');
    expect(outcome.flagged.map((flag) => flag.id)).toEqual([id]);
    expect(outcome.unanswered).toEqual(ids.filter((other) => other !== id));
  });

  it('does not treat an emergency question answered No as an emergency', () => {
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
    const outcome = evaluateChecklist(
      checklist,
      allAnswered('no', { 'old-question': 'yes', 'symptoms-now': 'not-sure' })
    );
    expect(outcome.tier).toBe('none');
    expect(outcome.flagged).toEqual([]);
    expect(outcome.unknown).toEqual(['old-question', 'symptoms-now']);
  });

  it('does not let an unknown "yes" fill the place of an unanswered question', () => {
    const outcome = evaluateChecklist(small, { 'urgent-c': 'yes' });
    expect(outcome.tier).toBe('incomplete');
    expect(outcome.unknown).toEqual(['urgent-c']);
    expect(outcome.unanswered).toEqual(smallIds);
  });
});

describe('evaluateChecklist: flagged order and links', () => {
  it('lists flags highest tier first, in checklist order within a tier', () => {
    const outcome = evaluateChecklist(small, smallAll('yes'));
    expect(outcome.flagged.map((flag) => flag.id)).toEqual([
      'urgent-a',
      'urgent-b',
      'doctor-a',
      'doctor-b',
      'constructor',
      'tell-a',
      'tell-b',
    ]);
  });

  it('orders flags from the real checklist the same way', () => {
    const picked = [
      ofTier('tell-therapist').at(-1)!,
      ofTier('ask-doctor').at(-1)!,
      ofTier('emergency').at(-1)!,
      ofTier('ask-doctor')[0]!,
      ofTier('emergency')[0]!,
    ];
    const outcome = evaluateChecklist(
      checklist,
      allAnswered('no', Object.fromEntries(picked.map((question) => [question.id, 'yes'])))
    );
    expect(outcome.flagged.map((flag) => flag.id)).toEqual([
      ofTier('emergency')[0]!.id,
      ofTier('emergency').at(-1)!.id,
      ofTier('ask-doctor')[0]!.id,
      ofTier('ask-doctor').at(-1)!.id,
      ofTier('tell-therapist').at(-1)!.id,
    ]);
  });

  it('links each flag to its article section', () => {
    const outcome = evaluateChecklist(small, smallAll('no', { 'urgent-b': 'yes', 'tell-a': 'not-sure' }));
    expect(outcome.flagged.map((flag) => flag.href)).toEqual(['/articles/other/#four', '/articles/art/#one']);
  });

  it('links the sudden headache question to the urgent symptoms section of the risks article', () => {
    const outcome = evaluateChecklist(checklist, allAnswered('no', { 'sudden-severe-headache': 'yes' }));
    expect(outcome.flagged[0]!.href).toBe('/articles/risks-and-who-should-avoid-it/#symptoms-that-need-a-doctor-now');
  });

  it('builds hrefs with a trailing slash before the anchor', () => {
    expect(learnMoreHref({ article: 'evidence', section: 'side-effects' })).toBe('/articles/evidence/#side-effects');
  });
});

describe('isAnswer and outcome text', () => {
  it.each(['yes', 'no', 'not-sure'])('accepts %s', (value) => expect(isAnswer(value)).toBe(true));
  it.each(['Yes', 'not sure', '', 'true', undefined, null, 1, {}, ['yes']])('rejects %j', (value) =>
    expect(isAnswer(value)).toBe(false)
  );

  it('has the agreed headline for each outcome', () => {
    expect(outcomeSummary({ tier: 'emergency' }).headline).toBe('Get medical help now');
    expect(outcomeSummary({ tier: 'ask-doctor' }).headline).toBe('Ask your doctor before booking');
    expect(outcomeSummary({ tier: 'tell-therapist' }).headline).toBe('Tell your therapist before your session');
    expect(outcomeSummary({ tier: 'none' }).headline).toBe('Nothing here suggests you need to ask a doctor first');
    expect(outcomeSummary({ tier: 'incomplete' }).headline).not.toBe('');
  });

  it('sends emergencies to the local emergency number and reminds that this is not a diagnosis', () => {
    expect(OUTCOME_TEXT.emergency.advice).toContain('local emergency number');
    expect(OUTCOME_TEXT.none.advice).toContain('not a diagnosis');
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

  it('rejects a group id used twice', () => {
    const raw = rawCopy();
    raw.groups[3]!.id = raw.groups[1]!.id;
    const result = checklistSchema.safeParse(raw);
    expect(result.error?.issues.map((item) => item.message)).toContain(
      `duplicate group id "${raw.groups[1]!.id}" (first used at groups[1].id)`
    );
  });

  it('rejects a tier that does not exist', () => {
    const raw = rawCopy();
    raw.groups[1]!.questions[0]!.tier = 'see-a-doctor';
    const result = checklistSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((item) => item.path)).toEqual([['groups', 1, 'questions', 0, 'tier']]);
  });

  it.each([
    ['an id that is not kebab-case', 'id', 'Sudden_Headache'],
    ['a question without a question mark', 'text', 'You have a headache.'],
    ['a why of three sentences', 'why', 'One. Two. Three.'],
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
