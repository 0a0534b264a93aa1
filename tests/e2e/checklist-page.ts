// Shared by the checklist's browser tests: open the page, read its rules, see what has focus.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Checklist } from '../../src/lib/schemas/checklist.ts';
import { newContext, watchPage, type PageWatch } from './browser.ts';

/** The checklist as the page carries it for its script (dates as ISO strings). */
export type ChecklistData = Omit<Checklist, 'date'> & { date: string };

export interface OpenChecklist {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
  checklist: ChecklistData;
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
  const checklist = JSON.parse((await page.locator('[data-checklist]').getAttribute('data-checklist'))!) as ChecklistData;
  return { context, page, watch, checklist };
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
export function groupHeading(checklist: ChecklistData, index: number): string {
  return `Step ${index + 1} of ${checklist.groups.length}: ${checklist.groups[index]!.title}`;
}
