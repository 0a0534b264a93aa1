// Shared by the checklist's browser tests: the rules the site was built from, opening the page,
// answering it, seeing what has focus, and checking a state with axe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Answer } from '../../src/lib/checklist.ts';
import { CONTENT_PATHS } from '../../src/lib/content-validation.ts';
import { checklistSchema, type Checklist, type ChecklistQuestion, type Tier } from '../../src/lib/schemas/checklist.ts';
import { CONTENT_DIR } from '../../src/site.config.ts';
import { AXE_TAGS, newContext, watchPage, type PageWatch } from './browser.ts';

/** The checklist in the content the site was built from (content/, or SME_CONTENT_DIR as for the build). */
export const CHECKLIST: Checklist = checklistSchema.parse(parseYaml(readFileSync(join(CONTENT_DIR, CONTENT_PATHS.checklist), 'utf8')));

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
  id: string;
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
      id: element.id,
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

/** Answers to give, by question id; a question left out is skipped. */
export type Plan = Record<string, Answer>;

export const questionsOf = (checklist: Checklist): ChecklistQuestion[] => checklist.groups.flatMap((group) => group.questions);
export const ofTier = (checklist: Checklist, tier: Tier) => questionsOf(checklist).filter((question) => question.tier === tier);
export const firstOfTier = (checklist: Checklist, tier: Tier) => ofTier(checklist, tier)[0]!;
export const groupIndexOf = (checklist: Checklist, questionId: string) =>
  checklist.groups.findIndex((group) => group.questions.some((question) => question.id === questionId));

/** "No" to everything, then the given answers on top. */
export function planWith(checklist: Checklist, answers: Plan = {}): Plan {
  return { ...Object.fromEntries(questionsOf(checklist).map((question) => [question.id, 'no' as Answer])), ...answers };
}

/** The view the checklist shows: group, emergency, check-answers or result. */
export const viewOf = (page: Page | Frame) => page.locator('[data-checklist]').getAttribute('data-view');

/**
 * Goes through every group with the mouse, saying "I am not in danger now" wherever the
 * emergency card stops the checklist, then opens the result.
 */
export async function completeByClicks(page: Page | Frame, checklist: Checklist, plan: Plan): Promise<void> {
  for (const group of checklist.groups) {
    for (const question of group.questions) {
      const answer = plan[question.id];
      if (answer) await page.locator(`input[name="${question.id}"][value="${answer}"]`).check();
    }
    await page.locator('[data-action="continue"]').click();
    if ((await viewOf(page)) === 'emergency') await page.locator('[data-action="not-in-danger"]').click();
  }
  await page.locator('[data-action="see-result"]').first().click();
}

/** The outcome blocks on show. */
export const visibleOutcomes = (page: Page) =>
  page
    .locator('[data-outcome]')
    .evaluateAll((blocks) => blocks.filter((block) => !(block as HTMLElement).hidden).map((block) => (block as HTMLElement).dataset.outcome));

/** axe-core with the tags every browser test uses: no violation, or each one listed with where it was. */
export async function expectAxeClean(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (violation) => `${where}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
  );
  expect(summary).toEqual([]);
}
