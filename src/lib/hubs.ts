// Topics split over several short pages (the NHS "mini-hub"): the contents list at the top of each
// page and the Previous/Next links at its foot, worked out from the `hub` its first page declares.
import type { Hub } from './schemas/article.ts';
import { articlePath } from './site-paths.ts';

/** One page of a topic, as the contents list and Previous/Next show it. */
export interface HubLink {
  label: string;
  path: string;
  /** True for the page the reader is on. */
  current: boolean;
}

/** Where one article sits in its topic: the topic's name, every page, and the pages either side. */
export interface HubPlace {
  title: string;
  pages: HubLink[];
  previous: HubLink | undefined;
  next: HubLink | undefined;
}

/** The topic an article is a page of, and its place in it; undefined when it is in none. */
export function hubPlace(hubs: readonly Hub[], slug: string): HubPlace | undefined {
  for (const hub of hubs) {
    const index = hub.pages.findIndex((page) => page.article === slug);
    if (index === -1) continue;
    const pages = hub.pages.map((page, at) => ({ label: page.label, path: articlePath(page.article), current: at === index }));
    return { title: hub.title, pages, previous: pages[index - 1], next: pages[index + 1] };
  }
  return undefined;
}
