// One source of truth: every care list on every built page ("Call your local emergency number now
// if:", "Ask your doctor before booking if:"...) must say what the checklist data says. A list
// typed into an article by hand, a line moved under another tier, or a line whose words were
// edited in the built page all fail here, in real Chromium, on the site as built.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARE_LIST_TEXT, checklistQuestions } from '../../src/lib/checklist.ts';
import { listHtmlFiles, urlPathOf } from '../../src/lib/dist-pages.ts';
import { TIERS, type Tier } from '../../src/lib/schemas/checklist.ts';
import { launchBrowser, newContext } from './browser.ts';
import { CHECKLIST } from './checklist-page.ts';

/** Every question and sign, with its tier and its line in a care list. */
const LINES = new Map<string, { tier: Tier; statement: string }>([
  ...checklistQuestions(CHECKLIST).map((question) => [question.id, { tier: question.tier, statement: question.statement }] as const),
  ...CHECKLIST.signGroups.flatMap((group) => group.signs.map((sign) => [sign.id, { tier: sign.tier, statement: sign.statement }] as const)),
]);

/** A care card as the page shows it. */
interface Card {
  page: string;
  /** The data-care-list attribute: the tier the list claims, or null for a card made some other way. */
  tier: string | null;
  /** The id of the `##` section the card sits in. */
  section: string;
  label: string;
  lines: { id: string | null; text: string }[];
}

let browser: Browser;
const cards: Card[] = [];
const pages = listHtmlFiles('dist').map((file) => urlPathOf(file, 'dist'));

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await newContext(browser);
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'load' });
    // The checklist's own result cards are filled in per answer by its script; every other card is a list.
    const found = await page.locator('.care-card').evaluateAll((elements) =>
      elements
        .filter((card) => !card.closest('[data-view-panel]'))
        .map((card) => {
          let section = '';
          for (let node: Element | null = card; node && !section; node = node.previousElementSibling ?? node.parentElement) {
            if (node.matches('h2[id]')) section = node.id;
          }
          return {
            tier: card.getAttribute('data-care-list'),
            section,
            label: card.querySelector('h2, h3, h4')?.querySelector('.visually-hidden')?.textContent?.trim() ?? '',
            lines: [...card.querySelectorAll('li')]
              .filter((item) => !item.closest('.emergency-numbers'))
              .map((item) => ({ id: item.getAttribute('data-question'), text: item.textContent!.trim() })),
          };
        })
    );
    cards.push(...found.map((card) => ({ page: path, ...card })));
  }
  await context.close();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('care lists on the built pages', () => {
  it('are found on the articles that give care advice', () => {
    const pagesWithLists = new Set(cards.map((card) => card.page));
    expect([...pagesWithLists]).toEqual(
      expect.arrayContaining(['/articles/risks-and-who-should-avoid-it/', '/articles/what-to-expect/', '/articles/what-is-sacral-massage/'])
    );
  });

  it('are all rendered from the checklist data: each card names its tier, each line its question or sign', () => {
    const problems = cards.flatMap((card) => {
      if (!card.tier || !(TIERS as readonly string[]).includes(card.tier)) return [`${card.page}#${card.section}: a care card not rendered by <CareList> (data-care-list=${card.tier})`];
      return card.lines.filter((line) => !line.id || !LINES.has(line.id)).map((line) => `${card.page}#${card.section}: "${line.text}" is not a line of the checklist data`);
    });
    expect(problems).toEqual([]);
  });

  it('put every line under the tier the checklist gives it, in the words the checklist gives it', () => {
    const problems = cards.flatMap((card) =>
      card.lines.flatMap((line) => {
        const data = LINES.get(line.id ?? '');
        if (!data) return [];
        const wrong: string[] = [];
        if (data.tier !== card.tier) wrong.push(`${card.page}#${card.section}: "${line.id}" is listed as ${card.tier}, but the checklist says ${data.tier}`);
        if (data.statement !== line.text) wrong.push(`${card.page}#${card.section}: "${line.id}" reads "${line.text}", but the checklist says "${data.statement}"`);
        return wrong;
      })
    );
    expect(problems).toEqual([]);
  });

  it('say their urgency first, as hidden text matching their tier', () => {
    for (const card of cards) expect(card.label, `${card.page}#${card.section}`).toBe(CARE_LIST_TEXT[card.tier as Tier]?.label);
  });

  it('list every red flag and every urgent sign where the checklist sends readers to learn more', () => {
    for (const question of checklistQuestions(CHECKLIST).filter((each) => each.tier === 'emergency' || each.tier === 'urgent')) {
      const page = `/articles/${question.learnMore.article}/`;
      const listed = cards.filter((card) => card.page === page && card.section === question.learnMore.section && card.tier === question.tier);
      expect(listed.flatMap((card) => card.lines.map((line) => line.id)), question.id).toContain(question.id);
    }
  });
});
