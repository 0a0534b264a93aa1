import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTCOME_TEXT, type Answer, type OutcomeTier } from '../../src/lib/checklist.ts';
import type { Checklist, Tier } from '../../src/lib/schemas/checklist.ts';
import { AXE_TAGS, baseUrl, launchBrowser } from './browser.ts';
import { focusOf, groupHeading, openChecklist, type Focus } from './checklist-page.ts';

const PHONE = { width: 375, height: 812 };
const CLINIC_PATH = '/checklist/?clinic=Riverside%20Physio';
const CLINIC_SENTENCE = 'Riverside Physio asked you to complete this before your visit.';

/** Answers to give, by question id; a question left out is skipped. */
type Plan = Record<string, Answer>;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const questionsOf = (checklist: Checklist) => checklist.groups.flatMap((group) => group.questions);
const firstOfTier = (checklist: Checklist, tier: Tier) => questionsOf(checklist).find((question) => question.tier === tier)!;
/** "No" to everything, then the given answers on top. */
const planWith = (checklist: Checklist, answers: Plan = {}): Plan => ({
  ...Object.fromEntries(questionsOf(checklist).map((question) => [question.id, 'no' as Answer])),
  ...answers,
});

/** Presses Tab until the focused element matches; fails if it takes more than `limit` presses. */
async function tabTo(page: Page, matches: (focus: Focus) => boolean, limit = 150): Promise<Focus> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focus = await focusOf(page);
    if (matches(focus)) return focus;
  }
  throw new Error(`no matching element after ${limit} presses of Tab`);
}

const ORDER: Answer[] = ['yes', 'no', 'not-sure'];

/** Answers a question with the keyboard alone: Tab to its radio buttons, Space, then arrow keys. */
async function answerByKeyboard(page: Page, questionId: string, answer: Answer): Promise<void> {
  const focus = await tabTo(page, (candidate) => candidate.name === questionId);
  if (!focus.checked) await page.keyboard.press('Space');
  const steps = ORDER.indexOf(answer) - ORDER.indexOf(focus.value as Answer);
  for (let step = 0; step < Math.abs(steps); step++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
}

/**
 * Goes through every group by keyboard, checking that focus lands on each new step's heading,
 * then on "Check your answers", then on the result's heading, which it returns.
 */
async function completeByKeyboard(page: Page, checklist: Checklist, plan: Plan): Promise<Focus> {
  for (const [index, group] of checklist.groups.entries()) {
    for (const question of group.questions) if (plan[question.id]) await answerByKeyboard(page, question.id, plan[question.id]!);
    await tabTo(page, (focus) => focus.action === 'continue');
    await page.keyboard.press('Enter');
    const expected = index + 1 < checklist.groups.length ? groupHeading(checklist, index + 1) : 'Check your answers';
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: expected });
  }
  await tabTo(page, (focus) => focus.action === 'see-result');
  await page.keyboard.press('Enter');
  return focusOf(page);
}

/** Goes through every group with the mouse: quicker, for tests about what comes after. */
async function completeByClicks(page: Page, checklist: Checklist, plan: Plan): Promise<void> {
  for (const group of checklist.groups) {
    for (const question of group.questions) {
      const answer = plan[question.id];
      if (answer) await page.locator(`input[name="${question.id}"][value="${answer}"]`).check();
    }
    await page.locator('[data-action="continue"]').click();
  }
  await page.locator('[data-action="see-result"]').click();
}

const visibleOutcomes = (page: Page) =>
  page.locator('[data-outcome]').evaluateAll((blocks) => blocks.filter((block) => !(block as HTMLElement).hidden).map((block) => (block as HTMLElement).dataset.outcome));

async function expectAxeClean(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (violation) => `${where}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
  );
  expect(summary).toEqual([]);
}

describe('the checklist in steps, with JavaScript', () => {
  it('starts on step 1: one group, its progress caption, Continue and no Back', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    const shown = await page.locator('[data-group]').evaluateAll((groups) => groups.filter((group) => group.checkVisibility()).length);
    expect(shown).toBe(1);
    await expect(page.locator('[data-group] h2').first().innerText()).resolves.toContain(`Step 1 of ${checklist.groups.length}`);
    await expect(page.locator('[data-action="continue"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-action="back"]').isVisible()).resolves.toBe(false);
    await expect(page.title()).resolves.toMatch(new RegExp(`^Step 1 of ${checklist.groups.length}: `));
    await context.close();
  });

  const outcomes: { tier: Exclude<OutcomeTier, 'incomplete'>; answer: Answer }[] = [
    { tier: 'emergency', answer: 'yes' },
    { tier: 'ask-doctor', answer: 'not-sure' },
    { tier: 'tell-therapist', answer: 'yes' },
    { tier: 'none', answer: 'no' },
  ];
  it.each(outcomes)('reaches "$tier" by keyboard alone and announces it', async ({ tier, answer }) => {
    const { page, context, checklist } = await openChecklist(browser);
    const flagged = tier === 'none' ? undefined : firstOfTier(checklist, tier);
    const plan = planWith(checklist, flagged ? { [flagged.id]: answer } : {});
    const resultFocus = await completeByKeyboard(page, checklist, plan);

    // The result is announced: focus moves to its heading, which names the outcome.
    expect(resultFocus.tag).toBe('h2');
    expect(resultFocus.text).toContain(OUTCOME_TEXT[tier].headline);
    expect(await visibleOutcomes(page)).toEqual([tier]);
    const result = page.locator(`[data-outcome="${tier}"]`);
    const text = await result.innerText();
    expect(text).toContain(OUTCOME_TEXT[tier].advice);
    if (flagged) {
      expect(text).toContain(flagged.text);
      expect(text).toContain(flagged.why);
      expect(text).toContain(`Your answer: ${answer === 'yes' ? 'Yes' : 'Not sure'}`);
      const learnMore = result.getByRole('link', { name: `Learn more about: ${flagged.text}`, exact: true });
      await expect(learnMore.getAttribute('href')).resolves.toBe(`/articles/${flagged.learnMore.article}/#${flagged.learnMore.section}`);
    } else {
      await expect(result.locator('li').count()).resolves.toBe(0);
    }
    if (tier === 'emergency') {
      expect(text).toContain('Call your local emergency number');
      expect(text).not.toMatch(/\b(999|911|112|000|111)\b/);
    }
    // The tab's title names the step, never the outcome (titles are kept in the browser's history).
    await expect(page.title()).resolves.toMatch(/^Your result – /);
    expect(await page.title()).not.toContain(OUTCOME_TEXT[tier].headline);
    await context.close();
  });

  it('lists unanswered questions as "incomplete", with links back that return to "Check your answers"', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    const skipped = [checklist.groups[1]!.questions[0]!, checklist.groups.at(-1)!.questions.at(-1)!];
    const plan = planWith(checklist);
    for (const question of skipped) delete plan[question.id];

    const resultFocus = await completeByKeyboard(page, checklist, plan);
    expect(resultFocus.text).toBe(OUTCOME_TEXT.incomplete.headline);
    const links = page.locator('[data-outcome="incomplete"] [data-unanswered-list] a');
    await expect(links.allInnerTexts()).resolves.toEqual(skipped.map((question) => question.text));

    // Follow the first link by keyboard: focus lands on that question's first choice.
    await tabTo(page, (focus) => focus.tag === 'a' && focus.text === skipped[0]!.text);
    await page.keyboard.press('Enter');
    expect(await focusOf(page)).toMatchObject({ tag: 'input', name: skipped[0]!.id, value: 'yes', checked: false });
    await page.keyboard.press('Space');
    await tabTo(page, (focus) => focus.action === 'continue');
    await page.keyboard.press('Enter');
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: 'Check your answers' });

    await tabTo(page, (focus) => focus.action === 'see-result');
    await page.keyboard.press('Enter');
    expect((await focusOf(page)).text).toBe(OUTCOME_TEXT.incomplete.headline);
    await expect(links.allInnerTexts()).resolves.toEqual([skipped[1]!.text]);
    await context.close();
  });

  it('shows an emergency at once, even with questions unanswered', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    await completeByClicks(page, checklist, { [firstOfTier(checklist, 'emergency').id]: 'yes' });
    expect(await visibleOutcomes(page)).toEqual(['emergency']);
    await context.close();
  });

  it('never moves on by itself; Back returns to the previous step with its answers kept', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    const first = checklist.groups[0]!.questions[0]!;
    await page.locator(`input[name="${first.id}"][value="not-sure"]`).click();
    await expect(page.locator('[data-current] h2').innerText()).resolves.toContain('Step 1 of');
    expect((await focusOf(page)).name).toBe(first.id);

    await page.locator('[data-action="continue"]').click();
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: groupHeading(checklist, 1) });
    await expect(page.locator('[data-action="back"]').isVisible()).resolves.toBe(true);
    await expect(page.title()).resolves.toMatch(new RegExp(`^${groupHeading(checklist, 1)} – `));

    await page.locator('[data-action="back"]').click();
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: groupHeading(checklist, 0) });
    await expect(page.locator(`input[name="${first.id}"][value="not-sure"]`).isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-action="back"]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('"Change" names its question, opens it, and returns to "Check your answers"', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    await completeByClicks(page, checklist, planWith(checklist));
    await page.locator('[data-action="back"]').click();
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: 'Check your answers' });

    const question = checklist.groups[2]!.questions[0]!;
    const change = page.getByRole('link', { name: `Change your answer to: ${question.text}`, exact: true });
    // Sighted readers see "Change"; the rest of the name is visually hidden context.
    await expect(change.evaluate((link) => link.firstChild!.textContent)).resolves.toBe('Change');
    await change.focus();
    await page.keyboard.press('Enter');
    expect(await focusOf(page)).toMatchObject({ tag: 'input', name: question.id, value: 'no', checked: true });
    await expect(page.locator('[data-current] h2').innerText()).resolves.toContain('Step 3 of');

    await page.keyboard.press('ArrowDown');
    await tabTo(page, (focus) => focus.action === 'continue');
    await page.keyboard.press('Enter');
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: 'Check your answers' });
    const row = page.locator('[data-view-panel="check-answers"] .summary-row', { hasText: question.text });
    await expect(row.locator('dd').first().innerText()).resolves.toBe('Not sure');
    await context.close();
  });

  it('"Start over" clears every answer and returns to step 1', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    await completeByClicks(page, checklist, planWith(checklist, { [firstOfTier(checklist, 'ask-doctor').id]: 'yes' }));
    await page.locator('[data-action="start-over"]').click();
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: groupHeading(checklist, 0) });
    await expect(page.locator('input:checked').count()).resolves.toBe(0);
    await expect(page.locator('[data-answer-summary] *, [data-flagged-list] *').count()).resolves.toBe(0);
    await expect(page.locator('[data-view-panel="result"]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('privacy', () => {
  it('makes no request, stores nothing and leaves the URL alone while answering and on the result', async () => {
    const { page, context, watch, checklist } = await openChecklist(browser, CLINIC_PATH);
    const requestsAtLoad = watch.requests.length;
    const urlAtLoad = page.url();
    const historyAtLoad = await page.evaluate(() => history.length);

    await completeByKeyboard(page, checklist, planWith(checklist, { [firstOfTier(checklist, 'ask-doctor').id]: 'yes' }));
    await page.locator('[data-action="back"]').click();
    await page.getByRole('link', { name: /^Change your answer to: / }).first().click();
    await page.locator('[data-action="continue"]').click();
    await page.locator('[data-action="see-result"]').click();
    await page.waitForTimeout(500); // time for any stray request to show up

    expect(watch.requests.slice(requestsAtLoad)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(page.url()).toBe(urlAtLoad);
    await expect(page.evaluate(() => history.length)).resolves.toBe(historyAtLoad);
    await expect(context.cookies()).resolves.toEqual([]);
    const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0 });
    await context.close();
  });
});

describe('printing', () => {
  it('prints the result as a one-page summary: clinic, outcome, every answer, version and date', async () => {
    const { page, context, checklist } = await openChecklist(browser, CLINIC_PATH);
    await completeByClicks(page, checklist, planWith(checklist, { [firstOfTier(checklist, 'ask-doctor').id]: 'not-sure' }));
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    await expect(visible('[data-clinic-note]')).resolves.toBe(true);
    await expect(visible('[data-outcome="ask-doctor"]')).resolves.toBe(true);
    await expect(page.locator('.all-answers .summary-row').count()).resolves.toBe(questionsOf(checklist).length);
    await expect(visible('.all-answers')).resolves.toBe(true);
    await expect(page.getByText(`Checklist version ${checklist.version}`).isVisible()).resolves.toBe(true);
    await expect(visible('.paper-lines')).resolves.toBe(true);
    for (const hidden of ['[data-group]', '[data-action="print"]', '[data-action="start-over"]', '[data-action="back"]', 'header', 'footer']) {
      await expect(visible(hidden), hidden).resolves.toBe(false);
    }
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await context.close();
  });

  it('"Print your result" opens the print dialog', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    await completeByClicks(page, checklist, planWith(checklist));
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.locator('[data-action="print"]').click();
    await expect(page.locator('html[data-printed]').count()).resolves.toBe(1);
    await context.close();
  });

  it('printed from a step, is the whole paper form with the answers given so far', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    const first = checklist.groups[0]!.questions[0]!;
    await page.locator(`input[name="${first.id}"][value="yes"]`).check();
    await page.locator('[data-action="continue"]').click();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator('[data-group]').evaluateAll((groups) => groups.filter((group) => group.checkVisibility()).length);
    expect(shown).toBe(checklist.groups.length);
    await expect(page.locator(`input[name="${first.id}"][value="yes"]`).isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-action="continue"]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('is a complete paper form: every question, why we ask, each group rule, version and date', async () => {
    const { page, context, checklist } = await openChecklist(browser, CLINIC_PATH, { javaScriptEnabled: false });
    for (const [index, group] of checklist.groups.entries()) {
      const section = page.locator('[data-group]').nth(index);
      await expect(section.locator('h2').evaluate((heading) => heading.textContent!.replace(/\s+/g, ' ').trim())).resolves.toBe(
        groupHeading(checklist, index)
      );
      await expect(section.getByText(group.rule, { exact: true }).isVisible()).resolves.toBe(true);
      for (const question of group.questions) {
        const fieldset = section.locator(`fieldset#question-${question.id}`);
        await expect(fieldset.locator('legend').innerText()).resolves.toBe(question.text);
        await expect(fieldset.getByText(question.why).isVisible()).resolves.toBe(true);
        await expect(fieldset.getByRole('radio').count()).resolves.toBe(3);
      }
    }
    await expect(page.locator('fieldset:visible').count()).resolves.toBe(questionsOf(checklist).length);
    await expect(page.getByText(`Checklist version ${checklist.version}`).isVisible()).resolves.toBe(true);
    // Nothing that needs the script shows: no step buttons, no empty result, no clinic line.
    for (const selector of ['[data-action="continue"]', '[data-action="back"]', '[data-view-panel]', '[data-clinic-note]']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.paper-lines').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('keeps the questions outside any form and marks them for the site search', async () => {
    const { page, context } = await openChecklist(browser, '/checklist/', { javaScriptEnabled: false });
    await expect(page.locator('form fieldset, form [data-group]').count()).resolves.toBe(0);
    const container = page.locator('[data-checklist]');
    await expect(container.getAttribute('data-pagefind-body')).resolves.toBe('');
    await expect(container.getAttribute('data-pagefind-filter')).resolves.toBe('kind:Checklist');
    await context.close();
  });
});

describe('clinic links', () => {
  it('shows "NAME asked you to complete this before your visit." on every step, the result and its printout', async () => {
    const { page, context, checklist } = await openChecklist(browser, CLINIC_PATH);
    const note = page.locator('[data-clinic-note]');
    await expect(note.innerText()).resolves.toBe(CLINIC_SENTENCE);
    await completeByClicks(page, checklist, planWith(checklist));
    await expect(note.isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(note.isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('shows nothing about a clinic when there is no clinic parameter', async () => {
    const { page, context } = await openChecklist(browser);
    await expect(page.locator('[data-clinic-note]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-clinic-name]').textContent()).resolves.toBe('');
    await context.close();
  });
});

describe('the embed page', () => {
  it('has no site header or footer, names the site in a new-tab link, and shows the clinic', async () => {
    const { page, context, checklist } = await openChecklist(browser, '/checklist/embed/?clinic=Riverside%20Physio');
    await expect(page.locator('header, footer, nav[aria-label="Main"], a[href="#main"]').count()).resolves.toBe(0);
    const attribution = page.getByRole('link', { name: /^From Sacral Massage Explained/ });
    await expect(attribution.getAttribute('target')).resolves.toBe('_blank');
    await expect(attribution.getAttribute('href')).resolves.toBe('/');
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    await expect(page.locator('[data-clinic-note]').innerText()).resolves.toBe(CLINIC_SENTENCE);
    await expect(page.locator('[data-checklist]').getAttribute('data-pagefind-body')).resolves.toBeNull();

    // The same checklist works inside it; article links leave the frame for a new tab.
    const flagged = firstOfTier(checklist, 'tell-therapist');
    await completeByClicks(page, checklist, planWith(checklist, { [flagged.id]: 'yes' }));
    const learnMore = page.getByRole('link', { name: `Learn more about: ${flagged.text} (opens in a new tab)`, exact: true });
    await expect(learnMore.getAttribute('target')).resolves.toBe('_blank');
    await context.close();
  });

  it('may be framed by other sites, unlike the checklist page itself', async () => {
    const policy = async (path: string) => (await fetch(`${baseUrl()}${path}`)).headers.get('content-security-policy');
    await expect(policy('/checklist/embed/')).resolves.toContain('frame-ancestors *');
    await expect(policy('/checklist/')).resolves.toContain("frame-ancestors 'none'");
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations on any step or outcome (${scheme}, phone width)`, async () => {
      const { page, context, checklist } = await openChecklist(browser, CLINIC_PATH, { colorScheme: scheme, viewport: PHONE });
      for (const index of checklist.groups.keys()) {
        await expectAxeClean(page, `step ${index + 1}`);
        await page.locator('[data-action="continue"]').click();
      }
      await expectAxeClean(page, 'check your answers');
      await page.locator('[data-action="see-result"]').click();
      await expectAxeClean(page, 'incomplete');

      const flaggedBy: Record<Exclude<OutcomeTier, 'incomplete'>, Plan> = {
        emergency: { [firstOfTier(checklist, 'emergency').id]: 'yes' },
        'ask-doctor': { [firstOfTier(checklist, 'ask-doctor').id]: 'not-sure' },
        'tell-therapist': { [firstOfTier(checklist, 'tell-therapist').id]: 'yes' },
        none: {},
      };
      for (const [tier, answers] of Object.entries(flaggedBy)) {
        await page.locator('[data-action="start-over"]').click();
        await completeByClicks(page, checklist, planWith(checklist, answers));
        expect(await visibleOutcomes(page)).toEqual([tier]);
        await expectAxeClean(page, tier);
      }
      await context.close();
    });
  }
});
