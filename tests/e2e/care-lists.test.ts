// One source of truth: every care list on every built page ("Call your local emergency number now
// if:", "Ask your doctor before booking if:"...) must say what the checklist data says. Each card
// carries its tier (data-care-list), and each line is a statement the data holds once (the schema
// refuses a statement used twice), so a line names its question. A list typed into an article by
// hand, a line moved under another tier, or a line whose words were edited all fail here, in real
// Chromium, on the site as built.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARE_LIST_TEXT, checklistQuestions } from '../../src/lib/checklist.ts';
import { listHtmlFiles, urlPathOf } from '../../src/lib/dist-pages.ts';
import { TIERS, type Tier } from '../../src/lib/schemas/checklist.ts';
import { launchBrowser, newContext } from './browser.ts';
import { CHECKLIST } from './checklist-page.ts';

/** Every question and sign, by its line in a care list. */
const LINES = new Map<string, { id: string; tier: Tier }>([
  ...checklistQuestions(CHECKLIST).map((question) => [question.statement, { id: question.id, tier: question.tier }] as const),
  ...CHECKLIST.signGroups.flatMap((group) => group.signs.map((sign) => [sign.statement, { id: sign.id, tier: sign.tier }] as const)),
]);

/** A care card as the page shows it. */
interface Card {
  page: string;
  /** The data-care-list attribute: the tier the list claims, or null for a card made some other way. */
  tier: string | null;
  /** The id of the `##` section the card sits in. */
  section: string;
  label: string;
  lines: string[];
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
              .map((item) => item.textContent!.replace(/\s+/g, ' ').trim()),
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

  it('are all rendered from the checklist data: each card names its tier, each line is a line of the data', () => {
    const problems = cards.flatMap((card) => {
      if (!card.tier || !(TIERS as readonly string[]).includes(card.tier)) return [`${card.page}#${card.section}: a care card not rendered by <CareList> (data-care-list=${card.tier})`];
      return card.lines.filter((line) => !LINES.has(line)).map((line) => `${card.page}#${card.section}: "${line}" is not a line of the checklist data`);
    });
    expect(problems).toEqual([]);
  });

  it('put every line under the tier the checklist gives it', () => {
    const problems = cards.flatMap((card) =>
      card.lines.flatMap((line) => {
        const data = LINES.get(line);
        return data && data.tier !== card.tier ? [`${card.page}#${card.section}: "${data.id}" is listed as ${card.tier}, but the checklist says ${data.tier}`] : [];
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
      expect(listed.flatMap((card) => card.lines.map((line) => LINES.get(line)?.id)), question.id).toContain(question.id);
    }
  });
});
