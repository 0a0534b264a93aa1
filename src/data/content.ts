import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { SUPPORT_GROUPS } from '../lib/schemas/support.ts';
import { byConditionName } from '../lib/conditions.ts';
import type { InformationPage } from '../lib/schemas/claimed-use.ts';

/** Articles in reading order. */
export async function getArticlesInOrder(): Promise<CollectionEntry<'articles'>[]> {
  return (await getCollection('articles')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export { articlePath, conditionPath } from '../lib/site-paths.ts';

/** Every source, keyed by id. */
export async function getSourcesById(): Promise<Map<string, CollectionEntry<'sources'>['data']>> {
  return new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data]));
}

/** Glossary terms in alphabetical order. */
export async function getGlossaryInOrder(): Promise<CollectionEntry<'glossary'>['data'][]> {
  return (await getCollection('glossary')).map((entry) => entry.data).sort((a, b) => a.term.localeCompare(b.term));
}

/** Evidence grades in scale order, and claimed uses in A to Z order of their names. */
export async function getEvidence() {
  const grades = (await getCollection('grades')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
  const uses = byConditionName((await getCollection('claimedUses')).map((entry) => entry.data));
  return { grades, uses };
}

/**
 * The "More information and support" organisations, grouped in display order, each with its
 * checked source. Articles get every entry but the condition-only ones; a condition page
 * (`conditionSupport` given) gets the general information and practitioner-register entries, and
 * of the charities only those its record names; an information entry its record gives a page of
 * its own for (`informationPages`) links to that page and says what it offers.
 */
export async function getSupportGroups(
  conditionSupport?: readonly string[],
  informationPages: readonly InformationPage[] = []
) {
  const sources = await getSourcesById();
  const links = (await getCollection('support')).map((entry) => entry.data);
  const shown = (link: (typeof links)[number]) =>
    conditionSupport
      ? conditionSupport.includes(link.id) || (link.group !== 'support' && !link.onlyOnConditionPages)
      : !link.onlyOnConditionPages;
  return SUPPORT_GROUPS.map((group) => ({
    group,
    links: links
      .filter((link) => link.group === group && shown(link))
      .sort((a, b) => a.order - b.order)
      .map((link) => {
        const page = informationPages.find((candidate) => candidate.support === link.id);
        return { ...link, offers: page?.offers ?? link.offers, url: sources.get(page?.source ?? link.source)!.url! };
      }),
  })).filter((group) => group.links.length > 0);
}

/** The checklist document. */
export async function getChecklist() {
  const entry = await getEntry('checklist', 'checklist');
  if (!entry) throw new Error('content/checklist/checklist.yaml did not load');
  return entry.data;
}
