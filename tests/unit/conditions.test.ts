import { describe, expect, it } from 'vitest';
import {
  byConditionName,
  claimedUseCitations,
  CONDITION_PAGE_SOURCES,
  CONDITION_PAGE_TEXT,
  conditionCitationNumbers,
  conditionPageProse,
  groupByTopic,
  relatedConditions,
  searchedSentence,
  sessionsLines,
  sideBySideChoices,
} from '../../src/lib/conditions.ts';
import { conditionPath, CONDITIONS_PATH } from '../../src/lib/site-paths.ts';
import { claimedUseSchema, type ClaimedUse } from '../../src/lib/schemas/claimed-use.ts';

/** A valid record, parsed by the real schema, with the fields a test changes. */
function record(fields: Partial<Record<keyof ClaimedUse, unknown>> = {}): ClaimedUse {
  return claimedUseSchema.parse({
    id: 'back-pain',
    condition: 'Back pain',
    topic: 'pain',
    pageTitle: 'Craniosacral therapy for back pain: what the research shows',
    description: 'Does it help back pain? One trial found no clear change. Other options and when to see a doctor.',
    answer: 'One trial found no clear change.',
    claim: 'Practitioners say it eases back pain.',
    claimBy: "Practitioners' websites",
    aliases: ['backache'],
    research: [
      { text: 'A trial found no clear change.', numbers: 'A gap of 1 point.', source: 'trial-2021' },
      { text: 'We found no other trials.' },
      { text: 'A review agreed.', source: 'review-2024' },
    ],
    verdict: 'Not shown to help.',
    grade: 'mixed',
    otherOptions: [
      { name: 'Exercise', howItWorks: 'You move.', benefit: 'It helps.', risk: 'Soreness.', source: 'guideline-2016' },
      {
        name: 'Painkillers',
        howItWorks: 'Tablets.',
        benefit: 'They help.',
        risk: 'Side effects.',
        source: 'guideline-2016',
        riskSource: 'health-page',
      },
    ],
    withoutTreatment: {
      text: 'It gets better.',
      source: 'health-page',
      seeADoctorIf: [{ text: 'It does not get better.' }, { text: 'You have numbness.', source: 'trust-page' }],
    },
    questionsToAsk: ['How many sessions?', 'What does it cost?', 'How will we know?'],
    related: ['neck-pain'],
    glossary: ['spine'],
    published: '2026-12-01',
    updated: '2026-12-01',
    lastReviewed: '2026-12-01',
    nextReviewDue: '2027-12-01',
    ...fields,
  });
}

describe('condition paths', () => {
  it('puts each condition at a stable /conditions/<id>/ URL', () => {
    expect(CONDITIONS_PATH).toBe('/conditions/');
    expect(conditionPath('infant-colic')).toBe('/conditions/infant-colic/');
  });
});

describe('citations on a condition page', () => {
  it('lists every cited source in page order: research, options (benefit then risk), usual course, doctor lines, sessions', () => {
    expect(claimedUseCitations(record({ sessions: { text: 'The trial gave 10 sessions.', source: 'trial-2021' } }))).toEqual([
      { field: 'research[0].source', id: 'trial-2021' },
      { field: 'research[2].source', id: 'review-2024' },
      { field: 'otherOptions[0].source', id: 'guideline-2016' },
      { field: 'otherOptions[1].source', id: 'guideline-2016' },
      { field: 'otherOptions[1].riskSource', id: 'health-page' },
      { field: 'withoutTreatment.source', id: 'health-page' },
      { field: 'withoutTreatment.seeADoctorIf[1].source', id: 'trust-page' },
      { field: 'sessions.source', id: 'trial-2021' },
    ]);
  });

  it('numbers each source once, by first use, with the fixed text\'s sources where the page cites them', () => {
    expect([...conditionCitationNumbers(record())]).toEqual([
      ['trial-2021', 1],
      ['review-2024', 2],
      [CONDITION_PAGE_SOURCES.safety, 3],
      ['guideline-2016', 4],
      ['health-page', 5],
      ['trust-page', 6],
      [CONDITION_PAGE_SOURCES.insurance, 7],
      [CONDITION_PAGE_SOURCES.doctorQuestions, 8],
    ]);
  });

  it('gives a source the sessions cite its number where the page first cites it', () => {
    const numbers = conditionCitationNumbers(record({ sessions: { text: 'A new trial gave 6.', source: 'new-trial' } }));
    expect([...numbers.keys()].slice(-3)).toEqual([
      'new-trial',
      CONDITION_PAGE_SOURCES.insurance,
      CONDITION_PAGE_SOURCES.doctorQuestions,
    ]);
  });
});

describe('the /conditions/ list', () => {
  const uses = [
    { id: 'b', condition: 'Back pain', topic: 'pain' as const },
    { id: 'c', condition: 'Colic in babies', topic: 'babies-and-children' as const },
    { id: 'a', condition: 'Arm pain', topic: 'pain' as const },
  ];

  it('sorts conditions A to Z by name', () => {
    expect(byConditionName(uses).map((use) => use.id)).toEqual(['a', 'b', 'c']);
  });

  it('groups them by topic in display order, A to Z within each, and leaves out empty topics', () => {
    expect(groupByTopic(uses).map((group) => [group.topic, group.uses.map((use) => use.id)])).toEqual([
      ['pain', ['a', 'b']],
      ['babies-and-children', ['c']],
    ]);
    expect(groupByTopic(uses)[0]!.label).toBe('Pain in the back, neck, head and joints');
  });

  it('finds related records in the order the record names them', () => {
    const all = [{ id: 'neck-pain' }, { id: 'back-pain' }];
    expect(relatedConditions(record({ related: ['neck-pain'] }), all)).toEqual([{ id: 'neck-pain' }]);
  });
});

describe('what a "no trials found" page says about the search', () => {
  it('gives the date in words and where we looked', () => {
    expect(searchedSentence({ date: new Date(Date.UTC(2026, 11, 1)), where: 'copies of PubMed records' })).toBe(
      'We last searched for trials on 1 December 2026, in copies of PubMed records.'
    );
  });

  it('is required by the schema when the grade is "no trials found"', () => {
    expect(() => record({ grade: 'no-trials' })).toThrow(/searched/);
    expect(record({ grade: 'no-trials', searched: { date: '2026-12-01', where: 'PubMed' } }).searched?.where).toBe(
      'PubMed'
    );
  });
});

describe('how many sessions a condition page says', () => {
  it('gives the record\'s sourced sentence, then that a trial\'s plan is not the right number', () => {
    const use = record({ sessions: { text: 'The trial gave 10 sessions.', source: 'trial-2021' } });
    expect(sessionsLines(use)).toEqual(['The trial gave 10 sessions.', CONDITION_PAGE_TEXT.sessionsAsk]);
  });

  it('says no trial was found on a "no trials" page, and otherwise that what we read does not say', () => {
    expect(sessionsLines(record({ grade: 'no-trials', searched: { date: '2026-12-01', where: 'PubMed' } }))).toEqual([
      CONDITION_PAGE_TEXT.sessionsNoTrial,
    ]);
    expect(sessionsLines(record())).toEqual([CONDITION_PAGE_TEXT.sessionsNotReported]);
  });

  it('takes the sessions as a sourced sentence, never an empty one', () => {
    expect(() => record({ sessions: { text: '  ', source: 'trial-2021' } })).toThrow(/must not be empty/);
    expect(() => record({ sessions: { text: 'Ten sessions.' } })).toThrow(/source/);
  });
});

describe('the three choices side by side', () => {
  const choices = sideBySideChoices(record());

  it('compares this therapy, the record\'s first other option and waiting, in that order', () => {
    expect(choices.map((choice) => choice.name)).toEqual([
      CONDITION_PAGE_TEXT.compareTherapy,
      'Exercise',
      CONDITION_PAGE_TEXT.compareWaiting,
    ]);
  });

  it('builds each choice from what the record already says, with the sources it cites', () => {
    expect(choices[0]).toMatchObject({ mayDo: 'Not shown to help.', mayDoSources: [], riskSource: CONDITION_PAGE_SOURCES.safety });
    expect(choices[1]).toEqual({
      name: 'Exercise',
      mayDo: 'It helps.',
      mayDoSources: ['guideline-2016'],
      risk: 'Soreness.',
      riskSource: 'guideline-2016',
      asksOfYou: 'You move.',
    });
    expect(choices[2]).toMatchObject({ mayDo: 'It gets better.', mayDoSources: ['health-page'], risk: CONDITION_PAGE_TEXT.waitingRisk });
  });

  it('cites an option\'s own risk source when it has one', () => {
    const [, option] = sideBySideChoices(record({ otherOptions: [record().otherOptions[1]] }));
    expect(option).toMatchObject({ name: 'Painkillers', mayDoSources: ['guideline-2016'], riskSource: 'health-page' });
  });

  it('cites every body a benefit line names, on the option and in the side-by-side', () => {
    const [exercise] = record().otherOptions;
    const use = record({ otherOptions: [{ ...exercise, alsoSources: ['health-page'] }] });
    expect(claimedUseCitations(use).filter(({ field }) => field.startsWith('otherOptions'))).toEqual([
      { field: 'otherOptions[0].source', id: 'guideline-2016' },
      { field: 'otherOptions[0].alsoSources[0]', id: 'health-page' },
    ]);
    expect(sideBySideChoices(use)[1]).toMatchObject({ mayDoSources: ['guideline-2016', 'health-page'], riskSource: 'guideline-2016' });
  });
});

describe('the prose of a condition page, as the reading test measures it', () => {
  const prose = conditionPageProse(record(), { label: 'Small trials', meaning: 'A few small trials.' }, [
    { term: 'Spine', definition: 'The bones of the back.' },
  ]).split('\n');

  it('has the page text in page order, with the fixed headings the page shows', () => {
    const at = (line: string) => prose.indexOf(line);
    expect(at('Craniosacral therapy for back pain: what the research shows')).toBe(0);
    expect(at(CONDITION_PAGE_TEXT.answerHeading)).toBeLessThan(at('One trial found no clear change.'));
    expect(at('One trial found no clear change.')).toBeLessThan(at(CONDITION_PAGE_TEXT.verdictHeading));
    expect(at(CONDITION_PAGE_TEXT.researchHeading)).toBeLessThan(at(CONDITION_PAGE_TEXT.optionsHeading));
    expect(at(CONDITION_PAGE_TEXT.optionsHeading)).toBeLessThan(at(CONDITION_PAGE_TEXT.withoutHeading));
    expect(at(CONDITION_PAGE_TEXT.withoutHeading)).toBeLessThan(at(CONDITION_PAGE_TEXT.fitsHeading));
    expect(at(CONDITION_PAGE_TEXT.fitsHeading)).toBeLessThan(at(CONDITION_PAGE_TEXT.mattersHeading));
    expect(at(CONDITION_PAGE_TEXT.mattersHeading)).toBeLessThan(at(CONDITION_PAGE_TEXT.compareHeading));
    expect(at(CONDITION_PAGE_TEXT.compareHeading)).toBeLessThan(at(CONDITION_PAGE_TEXT.questionsHeading));
  });

  it('includes how it fits your life, what matters, and every line of the three choices', () => {
    expect(prose).toEqual(
      expect.arrayContaining([
        `${CONDITION_PAGE_TEXT.sessionsLead} ${CONDITION_PAGE_TEXT.sessionsNotReported}`,
        `${CONDITION_PAGE_TEXT.insuranceLead} ${CONDITION_PAGE_TEXT.insurance}`,
        ...CONDITION_PAGE_TEXT.mattersPoints,
        CONDITION_PAGE_TEXT.notHaving,
        `${CONDITION_PAGE_TEXT.mayDo} Not shown to help.`,
        `${CONDITION_PAGE_TEXT.asksOfYou} You move.`,
        `${CONDITION_PAGE_TEXT.mayDo} It gets better.`,
        `${CONDITION_PAGE_TEXT.asksOfYou} ${CONDITION_PAGE_TEXT.waitingAsks}`,
      ])
    );
  });

  it('adds who comes and who decides only for a baby or a child', () => {
    const forBaby = conditionPageProse(record({ careGroup: 'babies' }), { label: 'L', meaning: 'M.' }, []);
    expect(forBaby).toContain('For a baby:');
    expect(prose.join('\n')).not.toMatch(/For a (baby|child):/);
  });

  it('includes the numbers shown in the details, every option line, the doctor lines and the glossary', () => {
    expect(prose).toEqual(
      expect.arrayContaining([
        'A gap of 1 point.',
        `${CONDITION_PAGE_TEXT.risk} Side effects.`,
        'You have numbness.',
        'How many sessions?',
        'The bones of the back.',
        `${CONDITION_PAGE_TEXT.claimByLead} Practitioners’ websites.`,
      ])
    );
  });
});
