/**
 * The condition pages (/conditions/ and /conditions/<id>/), built from the claimed-use records.
 * Pure: the page components and the content tests share these, so what a test measures is what
 * the page shows.
 */
import { formatDate } from './dates.ts';
import {
  CONDITION_TOPICS,
  NO_TRIALS_GRADE,
  type CareGroup,
  type ClaimedUse,
  type ConditionTopic,
  type OtherOption,
} from './schemas/claimed-use.ts';

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

/** The article that covers a care group in depth, where the site has one, with its link text. */
export const CARE_GROUP_ARTICLES: Partial<Record<CareGroup, { article: string; label: string }>> = {
  babies: { article: 'babies-and-children', label: 'Read what is known about babies and children' },
  children: { article: 'babies-and-children', label: 'Read what is known about babies and children' },
};

/**
 * Sources every condition page cites in its fixed text: the safety of hands-on therapies in
 * general, that insurance often does not pay (the source the "Weighing it up" article cites for
 * it), and the four questions to take to a doctor.
 */
export const CONDITION_PAGE_SOURCES = {
  safety: 'carnes-2010',
  insurance: 'cleveland-clinic-cst',
  doctorQuestions: 'choosing-wisely-uk',
} as const;

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
  doctorHeading: 'Changes that need a doctor',
  fitsHeading: 'How it fits your life',
  sessionsLead: 'Sessions:',
  sessionsAsk: 'That was a research plan, not proof of the right number. Ask the practitioner how many they suggest, and why.',
  sessionsNoTrial:
    'We found no trial of this therapy for this problem, so no one knows how many sessions might be needed. Ask the practitioner how many they suggest, and why.',
  sessionsNotReported:
    'What we read about the studies does not say how many sessions they gave, so no one knows how many might be needed. Ask the practitioner how many they suggest, and why.',
  costLead: 'Cost:',
  cost: 'We found no official price for a session. Work out the cost of a course as the number of sessions times your local price, then add the travel.',
  timeLead: 'Time:',
  time: 'Count the time it takes to get there, any time off work, and childcare.',
  insuranceLead: 'Insurance:',
  insurance: 'Health insurance often does not pay, so ask your insurer before you book.',
  mattersHeading: 'What matters to you?',
  mattersIntro: 'There is often more than one sensible choice. Before you decide, think about:',
  mattersPoints: [
    'how much time and money you can spend',
    'how you feel about risk, even a small one',
    'whether you would rather avoid medicines, or avoid hands-on treatment',
    'who else should help you decide, such as your GP, your family, or for a child the other parent or health visitor',
  ],
  notHaving: 'Not having craniosacral therapy costs nothing and carries no risk from treatment. Waiting and watching is a choice too.',
  mattersTell: 'Tell your doctor or practitioner what matters most to you.',
  compareHeading: 'Three choices side by side',
  compareIntro: 'For each one: what it may do, its risks, and what it asks of you.',
  compareTherapy: 'Craniosacral therapy',
  compareWaiting: 'Waiting and watching',
  mayDo: 'What it may do:',
  asksOfYou: 'What it asks of you:',
  therapyRisk: 'After hands-on therapies, mild side effects that soon pass are common. Serious harm is rare.',
  therapyAsks: 'A course of sessions, the travel, and the price of each one.',
  waitingRisk: 'Missing a change that needs a doctor, so watch for the ones listed above.',
  waitingAsks: 'Nothing to pay. Keep an eye on how things go.',
  weighingLead: 'Deciding what to do?',
  weighingLink: 'Weigh up this therapy, other options and waiting',
  questionsHeading: 'Questions to ask a practitioner',
  questionsIntro: 'Ask these before you book, or at your first visit. A good practitioner will be glad to answer them.',
  doctorQuestions:
    'Take four questions to your doctor too: what could it do for me, what are the risks, what else could I try, and what if I do nothing or wait?',
  relatedHeading: 'Related conditions',
  glossaryHeading: 'Words used on this page',
} as const;

/**
 * For a baby or a child: who comes to the sessions, and who decides (what the babies and children
 * article says: a parent or carer answers for the child, and a doctor checks a baby first).
 */
export const FITS_YOUR_LIFE_CARE_GROUP: Partial<Record<CareGroup, { lead: string; text: string }>> = {
  babies: {
    lead: 'For a baby:',
    text: 'A parent or carer comes to each session. Plan it around feeds and sleep. You decide, with your health visitor or GP, and a doctor should check your baby first.',
  },
  children: {
    lead: 'For a child:',
    text: 'A parent or carer comes too, and tells the therapist about the child’s age and health. You decide, with your child’s GP.',
  },
};

/**
 * What the page says about how many sessions: the record's own sourced sentence and a reminder
 * that a trial's plan is not a dose, or, without one, that no one knows (no trial was found, or
 * what we read does not say).
 */
export function sessionsLines(use: Pick<ClaimedUse, 'sessions' | 'grade'>): string[] {
  const text = CONDITION_PAGE_TEXT;
  if (use.sessions) return [use.sessions.text, text.sessionsAsk];
  return [use.grade === NO_TRIALS_GRADE ? text.sessionsNoTrial : text.sessionsNotReported];
}

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
    option.alsoSources?.forEach((id, at) => add(`otherOptions[${index}].alsoSources[${at}]`, id));
    add(`otherOptions[${index}].riskSource`, option.riskSource);
  });
  add('withoutTreatment.source', use.withoutTreatment.source);
  use.withoutTreatment.seeADoctorIf.forEach((line, index) =>
    add(`withoutTreatment.seeADoctorIf[${index}].source`, line.source)
  );
  add('sessions.source', use.sessions?.source);
  return citations;
}

/**
 * Citation numbers for a condition page: sources numbered by first use, in page order, with the
 * fixed text's sources where the page cites them (safety after the research, insurance after the
 * sessions, the doctor's questions after the questions for a practitioner). The side-by-side
 * choices cite only sources the page has already numbered.
 */
export function conditionCitationNumbers(use: ClaimedUse): Map<string, number> {
  const record = claimedUseCitations(use);
  const afterResearch = record.findIndex(({ field }) => !field.startsWith('research'));
  const ids = [
    ...record.slice(0, afterResearch).map(({ id }) => id),
    CONDITION_PAGE_SOURCES.safety,
    ...record.slice(afterResearch).map(({ id }) => id),
    CONDITION_PAGE_SOURCES.insurance,
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
    text.fitsHeading,
    `${text.sessionsLead} ${sessionsLines(use).join(' ')}`,
    `${text.costLead} ${text.cost}`,
    `${text.timeLead} ${text.time}`,
    `${text.insuranceLead} ${text.insurance}`,
    ...careGroupLines(use),
    text.mattersHeading,
    text.mattersIntro,
    ...text.mattersPoints,
    text.notHaving,
    text.mattersTell,
    text.compareHeading,
    text.compareIntro,
    ...sideBySideChoices(use).flatMap((choice) => [
      choice.name,
      `${text.mayDo} ${choice.mayDo}`,
      `${text.risk} ${choice.risk}`,
      `${text.asksOfYou} ${choice.asksOfYou}`,
    ]),
    `${text.weighingLead} ${text.weighingLink}.`,
    text.questionsHeading,
    text.questionsIntro,
    ...use.questionsToAsk,
    text.doctorQuestions,
    text.glossaryHeading,
    ...terms.flatMap((term) => [term.term, term.definition]),
  ].join('\n');
}

/** The baby or child line under "How it fits your life", if the record's care group has one. */
function careGroupLines(use: ClaimedUse): string[] {
  const line = use.careGroup && FITS_YOUR_LIFE_CARE_GROUP[use.careGroup];
  return line ? [`${line.lead} ${line.text}`] : [];
}

/** The sources an option's benefit line cites: its own, then any further body the line names. */
export function benefitSources(option: OtherOption): string[] {
  return [option.source, ...(option.alsoSources ?? [])];
}

/** One of the three choices compared under "What matters to you?", with the sources its lines cite. */
export interface SideBySideChoice {
  name: string;
  mayDo: string;
  mayDoSources: string[];
  risk: string;
  riskSource?: string | undefined;
  asksOfYou: string;
}

/**
 * This therapy, the record's first other option and waiting, side by side, built only from what
 * the record and the fixed text already say (its verdict, the option's lines, the usual course),
 * so no page gets a claim of its own here.
 */
export function sideBySideChoices(use: ClaimedUse): SideBySideChoice[] {
  const text = CONDITION_PAGE_TEXT;
  const [option] = use.otherOptions;
  return [
    {
      name: text.compareTherapy,
      mayDo: use.verdict,
      mayDoSources: [],
      risk: text.therapyRisk,
      riskSource: CONDITION_PAGE_SOURCES.safety,
      asksOfYou: text.therapyAsks,
    },
    {
      name: option!.name,
      mayDo: option!.benefit,
      mayDoSources: benefitSources(option!),
      risk: option!.risk,
      riskSource: option!.riskSource ?? option!.source,
      asksOfYou: option!.howItWorks,
    },
    {
      name: text.compareWaiting,
      mayDo: use.withoutTreatment.text,
      mayDoSources: [use.withoutTreatment.source],
      risk: text.waitingRisk,
      asksOfYou: text.waitingAsks,
    },
  ];
}
