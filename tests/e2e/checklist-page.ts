// Shared by the checklist's browser tests: the rules the site was built from, opening the page,
// and seeing what has focus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { CONTENT_PATHS } from '../../src/lib/content-validation.ts';
import { checklistSchema, type Checklist } from '../../src/lib/schemas/checklist.ts';
import { CONTENT_DIR } from '../../src/site.config.ts';
import { newContext, watchPage, type PageWatch } from './browser.ts';

/** The checklist in the content the site was built from (content/, or SME_CONTENT_DIR as for the build). */
const CHECKLIST: Checklist = checklistSchema.parse(parseYaml(readFileSync(join(CONTENT_DIR, CONTENT_PATHS.checklist), 'utf8')));

export interface OpenChecklist {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
  checklist: Checklist;
}

/** Opens a checklist page in a fresh context, watched from the first request. */
export async function openChecklist(
  browser: Browser,
  path = '/checklist/',
  options: Parameters<Browser['newContext']>[0] = {}
): Promise<OpenChecklist> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(path, { waitUntil: 'networkidle' });
  return { context, page, watch, checklist: CHECKLIST };
}

/** What has focus: enough to tell a heading, a radio button, a button or a link apart. */
export interface Focus {
  tag: string;
  text: string;
  name: string;
  value: string;
  checked: boolean;
  action: string;
}

export function focusOf(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      name: element.getAttribute('name') ?? '',
      value: element.getAttribute('value') ?? '',
      checked: element instanceof HTMLInputElement && element.checked,
      action: element.dataset.action ?? '',
    };
  });
}

/** The heading text of group `index` as the page shows it: "Step 2 of 5: Blood and circulation". */
export function groupHeading(checklist: Checklist, index: number): string {
  return `Step ${index + 1} of ${checklist.groups.length}: ${checklist.groups[index]!.title}`;
}
