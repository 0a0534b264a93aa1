/**
 * The condition pages (/conditions/ and /conditions/<id>/), built from the claimed-use records.
 * Pure: the page components and the content tests share these, so what a test measures is what
 * the page shows.
 */
import { formatDate } from './dates.ts';
import { CONDITION_TOPICS, type CareGroup, type ClaimedUse, type ConditionTopic } from './schemas/claimed-use.ts';

/** The headings of /conditions/, one per topic. */
export const TOPIC_LABELS: Record<ConditionTopic, string> = {
  pain: 'Pain in the back, neck, head and joints',
  'brain-and-nerves': 'Brain, nerves, balance and hearing',
  'babies-and-children': 'Babies and children',
  'mind-and-sleep': 'Stress, mood and sleep',
  other: 'Other health problems',
};

/**
 * The checklist questions whose care list a condition page shows for its group with special risks
 * (the lines and their tiers come from content/checklist/checklist.yaml).
 */
export const CARE_GROUP_QUESTIONS: Record<CareGroup, string[]> = {
  babies: ['baby-danger-signs', 'baby-fever-or-not-feeding', 'baby-under-two'],
  children: ['child-health-condition', 'child'],
  pregnancy: ['pregnant'],
  'brain-injury': ['worse-after-head-injury', 'head-injury-on-blood-thinners', 'recent-head-injury', 'lasting-brain-injury'],
  cancer: ['cancer'],
};

/** The line that leads into a care group's list under "Is it safe?". */
export const CARE_GROUP_LEADS: Record<CareGroup, string> = {
  babies: 'For babies, our checklist says:',
  children: 'For children, our checklist says:',
  pregnancy: 'In pregnancy, our checklist says:',
  'brain-injury': 'After a head or brain injury, our checklist says:',
  cancer: 'With cancer, our checklist says:',
};

/**
 * Sources every condition page cites in its fixed text: the safety of hands-on therapies in
 * general, and the four questions to take to a doctor.
 */
export const CONDITION_PAGE_SOURCES = { safety: 'carnes-2010', doctorQuestions: 'choosing-wisely-uk' } as const;

/** The fixed words of a condition page, in one place so the reading-grade test sees them too. */
export const CONDITION_PAGE_TEXT = {
  aims: 'For anyone weighing up craniosacral therapy (sacral massage) for this problem: what research shows, other options, what happens if you wait, and what to ask. It is general information, not medical advice.',
  answerHeading: 'The short answer',
  verdictHeading: 'How well it has been tested',
  verdictLead: 'Our verdict:',
  scaleLink: 'See every condition on the evidence scale',
  claimHeading: 'What is claimed',
  claimByLead: 'Who says this:',
  researchHeading: 'What the research found',
  numbersSummary: 'The numbers',
  searchedLead: 'How we looked:',
  optionsHeading: 'Other options with stronger evidence',
  optionsIntro:
    'Craniosacral therapy is one choice among several. The options below have stronger support for this problem, from the health bodies that cover it. Ask your doctor which suit you.',
  howItWorks: 'How it works:',
  benefit: 'What it can do:',
  risk: 'Risks:',
  withoutHeading: 'If you don’t have it',
  safetyHeading: 'Is it safe?',
  safety:
    'Few trials of this therapy looked closely at harms. Across hands-on therapies of all kinds, not this one alone, mild side effects that soon pass are common, but serious harm is rare.',
  safetyAskFirst: 'Some people should ask a doctor before they book.',
  safetyRead: 'Read who should take care',
  childrenRead: 'Read what is known about babies and children',
  doctorHeading: 'Changes that need a doctor',
  weighingLead: 'Deciding what to do?',
  weighingLink: 'Weigh up this therapy, other options and waiting',
  questionsHeading: 'Questions to ask a practitioner',
  questionsIntro: 'Ask these before you book, or at your first visit. A good practitioner will be glad to answer them.',
  doctorQuestions:
    'Take four questions to your doctor too: what could it do for me, what are the risks, what else could I try, and what if I do nothing or wait?',
  relatedHeading: 'Related conditions',
  glossaryHeading: 'Words used on this page',
} as const;

/** Claimed uses in A to Z order of their names. */
export function byConditionName<T extends { condition: string }>(uses: readonly T[]): T[] {
  return [...uses].sort((a, b) => a.condition.localeCompare(b.condition, 'en'));
}

/** Every topic in display order, with its conditions A to Z; empty topics left out. */
export function groupByTopic<T extends { condition: string; topic: ConditionTopic }>(
  uses: readonly T[]
): { topic: ConditionTopic; label: string; uses: T[] }[] {
  return CONDITION_TOPICS.map((topic) => ({
    topic,
    label: TOPIC_LABELS[topic],
    uses: byConditionName(uses.filter((use) => use.topic === topic)),
  })).filter((group) => group.uses.length > 0);
}

/** Every source a claimed use cites, in page order, with the field that cites it. */
export function claimedUseCitations(use: ClaimedUse): { field: string; id: string }[] {
  const citations: { field: string; id: string }[] = [];
  const add = (field: string, id: string | undefined) => {
    if (id) citations.push({ field, id });
  };
  use.research.forEach((item, index) => add(`research[${index}].source`, item.source));
  use.otherOptions.forEach((option, index) => {
    add(`otherOptions[${index}].source`, option.source);
    add(`otherOptions[${index}].riskSource`, option.riskSource);
  });
  add('withoutTreatment.source', use.withoutTreatment.source);
  use.withoutTreatment.seeADoctorIf.forEach((line, index) =>
    add(`withoutTreatment.seeADoctorIf[${index}].source`, line.source)
  );
  return citations;
}

/**
 * Citation numbers for a condition page: sources numbered by first use, in page order, with the
 * fixed text's sources where the page cites them (safety after the research, the doctor's
 * questions after the questions for a practitioner).
 */
export function conditionCitationNumbers(use: ClaimedUse): Map<string, number> {
  const record = claimedUseCitations(use);
  const afterResearch = record.findIndex(({ field }) => !field.startsWith('research'));
  const ids = [
    ...record.slice(0, afterResearch).map(({ id }) => id),
    CONDITION_PAGE_SOURCES.safety,
    ...record.slice(afterResearch).map(({ id }) => id),
    CONDITION_PAGE_SOURCES.doctorQuestions,
  ];
  const numbers = new Map<string, number>();
  for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/** "We last searched for trials on 1 December 2026, in ...": the basis of a "no trials found". */
export function searchedSentence(searched: { date: Date; where: string }): string {
  return `We last searched for trials on ${formatDate(searched.date)}, in ${searched.where}.`;
}

/** The records `use.related` names, in that order. */
export function relatedConditions<T extends { id: string }>(use: ClaimedUse, all: readonly T[]): T[] {
  return use.related.map((id) => all.find((candidate) => candidate.id === id)!);
}

/**
 * The prose a reader sees on a condition page, one block a line, in page order: the record's own
 * text, the page's fixed words, the grade and the glossary definitions shown. Lists of links
 * (support, related pages, sources) are left out, as the article reading test leaves them out.
 */
export function conditionPageProse(
  use: ClaimedUse,
  grade: { label: string; meaning: string },
  terms: readonly { term: string; definition: string }[]
): string {
  const text = CONDITION_PAGE_TEXT;
  return [
    use.pageTitle,
    text.aims,
    text.answerHeading,
    use.answer,
    text.verdictHeading,
    grade.label,
    grade.meaning,
    `${text.verdictLead} ${use.verdict}`,
    text.claimHeading,
    use.claim,
    `${text.claimByLead} ${use.claimBy}.`,
    text.researchHeading,
    ...use.research.flatMap((item) => [item.text, ...(item.numbers ? [text.numbersSummary, item.numbers] : [])]),
    ...(use.searched ? [`${text.searchedLead} ${searchedSentence(use.searched)}`] : []),
    text.safetyHeading,
    text.safety,
    `${text.safetyAskFirst} ${text.safetyRead}.`,
    ...(use.careGroup ? [CARE_GROUP_LEADS[use.careGroup]] : []),
    text.optionsHeading,
    text.optionsIntro,
    ...use.otherOptions.flatMap((option) => [
      option.name,
      `${text.howItWorks} ${option.howItWorks}`,
      `${text.benefit} ${option.benefit}`,
      `${text.risk} ${option.risk}`,
    ]),
    text.withoutHeading,
    use.withoutTreatment.text,
    text.doctorHeading,
    ...use.withoutTreatment.seeADoctorIf.map((line) => line.text),
    `${text.weighingLead} ${text.weighingLink}.`,
    text.questionsHeading,
    text.questionsIntro,
    ...use.questionsToAsk,
    text.doctorQuestions,
    text.glossaryHeading,
    ...terms.flatMap((term) => [term.term, term.definition]),
  ].join('\n');
}
