import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARE_LIST_TEXT, EMERGENCY_NUMBERS, OUTCOME_TEXT, checklistLengthText, stepRule, type Answer, type OutcomeTier } from '../../src/lib/checklist.ts';
import type { Checklist } from '../../src/lib/schemas/checklist.ts';
import { launchBrowser } from './browser.ts';
import {
  completeByClicks,
  expectAxeClean,
  firstOfTier,
  focusOf,
  groupHeading,
  groupIndexOf,
  ofTier,
  openChecklist,
  planWith,
  questionsOf,
  viewOf,
  visibleOutcomes,
  CHECKLIST,
  type Focus,
  type Plan,
} from './checklist-page.ts';

const PHONE = { width: 375, height: 812 };
const CLINIC_PATH = '/checklist/?clinic=Riverside%20Physio';
const CLINIC_SENTENCE = 'Sent to you by Riverside Physio. The name comes from the link and has not been checked.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
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
 * Goes through every group by keyboard, checking that focus lands on each new step's heading (or
 * on the emergency card, which it leaves by its "not in danger" button), then on "Check your
 * answers", then on the result's heading, which it returns.
 */
async function completeByKeyboard(page: Page, checklist: Checklist, plan: Plan): Promise<Focus> {
  for (const [index, group] of checklist.groups.entries()) {
    for (const question of group.questions) if (plan[question.id]) await answerByKeyboard(page, question.id, plan[question.id]!);
    await tabTo(page, (focus) => focus.action === 'continue');
    await page.keyboard.press('Enter');
    if ((await focusOf(page)).id === 'emergency-heading') {
      await tabTo(page, (focus) => focus.action === 'not-in-danger');
      await page.keyboard.press('Enter');
    }
    const expected = index + 1 < checklist.groups.length ? groupHeading(checklist, index + 1) : 'Check your answers';
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: expected });
  }
  await tabTo(page, (focus) => focus.action === 'see-result');
  await page.keyboard.press('Enter');
  return focusOf(page);
}

/** Answers one step with clicks (questions left out of the plan stay unanswered). */
async function answerStep(page: Page, checklist: Checklist, index: number, plan: Plan): Promise<void> {
  for (const question of checklist.groups[index]!.questions) {
    if (plan[question.id]) await page.locator(`input[name="${question.id}"][value="${plan[question.id]}"]`).check();
  }
}

/** Waits until the page shows `view` (after a Back or Forward, which the page handles on popstate). */
async function waitForView(page: Page, view: string, groupIndex?: number): Promise<void> {
  await page.waitForFunction(
    ([wanted, index]) => {
      const root = document.querySelector<HTMLElement>('[data-checklist]')!;
      if (root.dataset.view !== wanted) return false;
      return index === null || document.querySelectorAll('[data-group]')[index as number]!.hasAttribute('data-current');
    },
    [view, groupIndex ?? null] as const
  );
}

describe('the checklist in steps, with JavaScript', () => {
  it('starts on step 1 with its real length, a progress bar, Continue and no Back, and no paper instruction', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    const shown = await page.locator('[data-group]').evaluateAll((groups) => groups.filter((group) => group.checkVisibility()).length);
    expect(shown).toBe(1);
    await expect(page.locator('[data-group] h2').first().innerText()).resolves.toContain(`Step 1 of ${checklist.groups.length}`);
    await expect(page.locator('.checklist-intro').innerText()).resolves.toContain(`${checklistLengthText(checklist)}.`);
    expect(checklistLengthText(checklist)).toBe(`${questionsOf(checklist).length} short questions, about ${Math.round((questionsOf(checklist).length * 8) / 60)} minutes`);
    await expect(page.getByText('reloading the page clears your answers').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-progress]').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max, bar.checkVisibility()])).resolves.toEqual([
      1,
      checklist.groups.length,
      true,
    ]);
    await expect(page.locator('[data-action="continue"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-action="back"]').isVisible()).resolves.toBe(false);
    await expect(page.title()).resolves.toMatch(new RegExp(`^Step 1 of ${checklist.groups.length}: `));
    // The paper instruction and each step's rule are for the paper form only.
    await page.getByText('How this checklist works').click();
    await expect(page.getByText('On paper: print this page').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-group-rule]').first().isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('puts the first question, its answers and why we ask on the first phone screen (375 × 812)', async () => {
    const { page, context } = await openChecklist(browser, '/checklist/', { viewport: PHONE });
    const firstQuestion = await page.locator('[data-current] fieldset').first().evaluate((fieldset) => {
      const legend = fieldset.querySelector('legend')!.getBoundingClientRect();
      return { top: Math.round(fieldset.getBoundingClientRect().top + scrollY), legendBottom: Math.round(legend.bottom + scrollY) };
    });
    console.log(`first question of step 1 at 375 × 812: top ${firstQuestion.top} px, question text ends at ${firstQuestion.legendBottom} px`);
    expect(firstQuestion.legendBottom).toBeLessThan(PHONE.height);
    await context.close();
  });

  const outcomes: { tier: Exclude<OutcomeTier, 'incomplete'>; question?: string; answer: Answer }[] = [
    { tier: 'emergency', question: firstOfTier(CHECKLIST, 'emergency').id, answer: 'yes' },
    { tier: 'urgent', question: firstOfTier(CHECKLIST, 'emergency').id, answer: 'not-sure' },
    { tier: 'urgent', question: firstOfTier(CHECKLIST, 'urgent').id, answer: 'yes' },
    { tier: 'ask-doctor', question: firstOfTier(CHECKLIST, 'ask-doctor').id, answer: 'not-sure' },
    { tier: 'tell-therapist', question: firstOfTier(CHECKLIST, 'tell-therapist').id, answer: 'yes' },
    { tier: 'none', answer: 'no' },
  ];
  it.each(outcomes)('reaches "$tier" ($question answered $answer) by keyboard alone and announces it', async ({ tier, question, answer }) => {
    const { page, context, checklist } = await openChecklist(browser);
    const flagged = questionsOf(checklist).find((candidate) => candidate.id === question);
    const resultFocus = await completeByKeyboard(page, checklist, planWith(checklist, flagged ? { [flagged.id]: answer } : {}));

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
    } else {
      await expect(result.locator('li').count()).resolves.toBe(0);
    }
    const learnMore = result.getByRole('link', { name: /^Learn more about: / });
    const print = page.locator('[data-action="print"]');
    if (tier === 'emergency') {
      // Nothing between the reader and the call: numbers to tap, no reading, no printing.
      await expect(learnMore.count()).resolves.toBe(0);
      await expect(print.isVisible()).resolves.toBe(false);
      await expect(page.locator('[data-all-answers]').isVisible()).resolves.toBe(false);
    } else {
      await expect(print.isVisible()).resolves.toBe(true);
      if (flagged) await expect(learnMore.getAttribute('href')).resolves.toBe(`/articles/${flagged.learnMore.article}/#${flagged.learnMore.section}`);
    }
    if (tier === 'emergency' || tier === 'urgent') {
      await expect(result.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).resolves.toEqual(
        EMERGENCY_NUMBERS.map(({ number }) => `tel:${number}`)
      );
    }
    if (tier === 'urgent') expect(text).toMatch(/Call your local emergency number instead if/);
    // The tab's title names the step, never the outcome (titles are kept in the browser's history).
    await expect(page.title()).resolves.toMatch(/^Your result – /);
    expect(await page.title()).not.toContain(OUTCOME_TEXT[tier].headline);
    await context.close();
  });

  it('lists unanswered questions as "incomplete", with links back that return to "Check your answers"', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    const skipped = [checklist.groups[2]!.questions[0]!, checklist.groups.at(-1)!.questions.at(-1)!];
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
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (focus) => focus.action === 'continue');
    await page.keyboard.press('Enter');
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: 'Check your answers' });

    await tabTo(page, (focus) => focus.action === 'see-result');
    await page.keyboard.press('Enter');
    expect((await focusOf(page)).text).toBe(OUTCOME_TEXT.incomplete.headline);
    await expect(links.allInnerTexts()).resolves.toEqual([skipped[1]!.text]);
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
    await waitForView(page, 'group', 0);
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: groupHeading(checklist, 0) });
    await expect(page.locator(`input[name="${first.id}"][value="not-sure"]`).isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-action="back"]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('"Check your answers" shows Yes, Not sure and unanswered first, the No answers folded away, and the result button twice', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    const yes = firstOfTier(checklist, 'ask-doctor');
    const notSure = firstOfTier(checklist, 'tell-therapist');
    const left = checklist.groups.at(-1)!.questions.at(-1)!;
    const plan = planWith(checklist, { [yes.id]: 'yes', [notSure.id]: 'not-sure' });
    delete plan[left.id];
    for (const index of checklist.groups.keys()) {
      await answerStep(page, checklist, index, plan);
      await page.locator('[data-action="continue"]').click();
    }
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: 'Check your answers' });
    const panel = page.locator('[data-view-panel="check-answers"]');
    const toCheck = panel.locator('[data-review="to-check"] .summary-row');
    await expect(toCheck.evaluateAll((rows) => rows.map((row) => [row.querySelector('dt')!.textContent, row.getAttribute('data-mark')]))).resolves.toEqual(
      [yes, notSure, left].map((question) => [
        `${questionsOf(checklist).indexOf(question) + 1}. ${question.text}`,
        question === yes ? 'yes' : question === notSure ? 'not-sure' : 'unanswered',
      ])
    );
    const folded = panel.locator('details.answered-no');
    await expect(folded.evaluate((details: HTMLDetailsElement) => details.open)).resolves.toBe(false);
    await expect(folded.locator('summary').innerText()).resolves.toContain(`(${questionsOf(checklist).length - 3})`);
    await expect(folded.locator('.summary-row').first().isVisible()).resolves.toBe(false);
    await expect(panel.locator('[data-action="see-result"]').count()).resolves.toBe(2);
    const [top, bottom] = await panel.locator('[data-action="see-result"]').evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().top));
    const firstRow = await toCheck.first().evaluate((row) => row.getBoundingClientRect().top);
    expect(top).toBeLessThan(firstRow);
    expect(bottom).toBeGreaterThan(firstRow);
    await context.close();
  });

  it('"Change" names its question, opens it, and returns to "Check your answers"', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    await completeByClicks(page, checklist, planWith(checklist));
    await page.locator('[data-action="back"]').click();
    await waitForView(page, 'check-answers');
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: 'Check your answers' });

    const question = checklist.groups[3]!.questions[0]!;
    await page.locator('details.answered-no summary').click();
    const change = page.getByRole('link', { name: `Change your answer to: ${question.text}`, exact: true });
    // Sighted readers see "Change"; the rest of the name is visually hidden context.
    await expect(change.evaluate((link) => link.firstChild!.textContent)).resolves.toBe('Change');
    await change.focus();
    await page.keyboard.press('Enter');
    expect(await focusOf(page)).toMatchObject({ tag: 'input', name: question.id, value: 'no', checked: true });
    await expect(page.locator('[data-current] h2').innerText()).resolves.toContain('Step 4 of');

    await page.keyboard.press('ArrowDown');
    await tabTo(page, (focus) => focus.action === 'continue');
    await page.keyboard.press('Enter');
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: 'Check your answers' });
    const row = page.locator('[data-review="to-check"] .summary-row', { hasText: question.text });
    await expect(row.locator('dd').first().innerText()).resolves.toBe('Not sure');
    await context.close();
  });

  it('"Start over" clears every answer and returns to step 1', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    await completeByClicks(page, checklist, planWith(checklist, { [firstOfTier(checklist, 'ask-doctor').id]: 'yes' }));
    await page.locator('[data-action="start-over"]').click();
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: groupHeading(checklist, 0) });
    await expect(page.locator('input:checked').count()).resolves.toBe(0);
    await expect(page.locator('[data-answer-summary] *, [data-flagged-list] *, [data-review] *').count()).resolves.toBe(0);
    await expect(page.locator('[data-view-panel="result"]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('keeps nothing on reload, and says so', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    await answerStep(page, checklist, 0, planWith(checklist));
    await page.locator('[data-action="continue"]').click();
    await page.locator(`input[name="${checklist.groups[1]!.questions[0]!.id}"][value="yes"]`).check();
    await page.reload({ waitUntil: 'networkidle' });
    await expect(viewOf(page)).resolves.toBe('group');
    await expect(page.locator('[data-current] h2').innerText()).resolves.toContain('Step 1 of');
    await expect(page.locator('input:checked').count()).resolves.toBe(0);
    await expect(page.locator('.checklist-intro').innerText()).resolves.toContain('reloading the page clears your answers');
    await context.close();
  });
});

describe('a red flag stops the checklist at once', () => {
  const redFlags = ofTier(CHECKLIST, 'emergency').map((question) => ({ id: question.id, text: question.text, step: groupIndexOf(CHECKLIST, question.id) }));

  it('covers every red flag of the checklist', () => {
    expect(redFlags.length).toBeGreaterThanOrEqual(9);
  });

  it.each(redFlags)('$id: Yes interrupts on its own step (step $step), with the numbers to call and focus on the card', async ({ id, text, step }) => {
    const { page, context, checklist } = await openChecklist(browser, '/checklist/', { viewport: PHONE });
    for (let index = 0; index < step; index++) {
      await answerStep(page, checklist, index, planWith(checklist));
      await page.locator('[data-action="continue"]').click();
    }
    await page.locator(`input[name="${id}"][value="yes"]`).check();
    // Said at once, under the answer, before Continue, with the numbers to call one tap away.
    const now = page.locator(`#question-${id} .red-flag-now`);
    await expect(now.isVisible()).resolves.toBe(true);
    await expect(now.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).resolves.toEqual(
      EMERGENCY_NUMBERS.map(({ number }) => `tel:${number}`)
    );
    await page.locator('[data-action="continue"]').click();

    expect(await focusOf(page)).toMatchObject({ tag: 'h2', id: 'emergency-heading', text: `${CARE_LIST_TEXT.emergency.label} ${OUTCOME_TEXT.emergency.headline}` });
    await expect(viewOf(page)).resolves.toBe('emergency');
    const card = page.locator('[data-view-panel="emergency"]');
    await expect(card.isVisible()).resolves.toBe(true);
    // No later step is shown, and the card is on the first screen.
    await expect(page.locator('[data-group]').evaluateAll((groups) => groups.filter((group) => group.checkVisibility()).length)).resolves.toBe(0);
    const cardTop = await card.evaluate((element) => element.getBoundingClientRect().top);
    expect(cardTop).toBeGreaterThanOrEqual(0);
    expect(cardTop).toBeLessThan(PHONE.height);
    const cardText = await card.innerText();
    expect(cardText).toContain(OUTCOME_TEXT.emergency.advice);
    expect(cardText).toContain(text);
    await expect(card.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent]))).resolves.toEqual(
      EMERGENCY_NUMBERS.map(({ number }) => [`tel:${number}`, `Call\u00a0${number}`])
    );
    await expect(card.getByRole('link', { name: /Learn more/ }).count()).resolves.toBe(0);
    await expect(card.getByRole('button', { name: /Print/ }).count()).resolves.toBe(0);
    await expect(page.title()).resolves.not.toMatch(/help|emergency/i);

    // A small way on, for a reader who is not in danger now.
    await page.getByRole('button', { name: 'I am not in danger now: continue' }).click();
    const next = step + 1 < checklist.groups.length ? groupHeading(checklist, step + 1) : 'Check your answers';
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: next });
    await context.close();
  });

  it.each(redFlags)('$id: Not sure gives "get medical advice today", not the emergency card', async ({ id }) => {
    const { page, context, checklist } = await openChecklist(browser);
    await completeByClicks(page, checklist, planWith(checklist, { [id]: 'not-sure' }));
    expect(await visibleOutcomes(page)).toEqual(['urgent']);
    const result = await page.locator('[data-outcome="urgent"]').innerText();
    expect(result).toContain(OUTCOME_TEXT.urgent.headline);
    expect(result).toMatch(/Call your local emergency number instead if/);
    await context.close();
  });

  it('stops again for a new red flag, not for one the reader said they are not in danger from', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    const [first, second] = checklist.groups[0]!.questions.filter((question) => question.tier === 'emergency');
    await page.locator(`input[name="${first!.id}"][value="yes"]`).check();
    await page.locator('[data-action="continue"]').click();
    await page.locator('[data-action="not-in-danger"]').click();
    await page.locator('[data-action="back"]').click();
    await waitForView(page, 'emergency');
    await page.locator('[data-action="back"]').click();
    await waitForView(page, 'group', 0);
    await page.locator('[data-action="continue"]').click();
    await expect(viewOf(page)).resolves.toBe('group');
    await page.locator('[data-action="back"]').click();
    await waitForView(page, 'group', 0);
    await page.locator(`input[name="${second!.id}"][value="yes"]`).check();
    await page.locator('[data-action="continue"]').click();
    await expect(viewOf(page)).resolves.toBe('emergency');
    await expect(page.locator('[data-emergency-answers]').innerText()).resolves.toContain(second!.text);
    await context.close();
  });

  it('stops before a later step even when the reader goes Forward instead of pressing Continue', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    for (const index of [0, 1]) {
      await answerStep(page, checklist, index, planWith(checklist));
      await page.locator('[data-action="continue"]').click();
    }
    await page.goBack();
    await waitForView(page, 'group', 1);
    await page.goBack();
    await waitForView(page, 'group', 0);
    await page.locator(`input[name="${firstOfTier(checklist, 'emergency').id}"][value="yes"]`).check();
    await page.goForward();
    await waitForView(page, 'emergency');
    expect(await focusOf(page)).toMatchObject({ id: 'emergency-heading' });
    await context.close();
  });
});

describe('Back and Forward move between steps', () => {
  it('with the browser buttons, keeping the answers, the URL and nothing else', async () => {
    const { page, context, checklist } = await openChecklist(browser, CLINIC_PATH);
    const url = page.url();
    const lengthAtStart = await page.evaluate(() => history.length);
    for (const index of [0, 1]) {
      await answerStep(page, checklist, index, planWith(checklist));
      await page.locator('[data-action="continue"]').click();
    }
    await expect(page.evaluate(() => history.length)).resolves.toBe(lengthAtStart + 2);
    expect(page.url()).toBe(url);
    // The history holds the step only: never an answer.
    await expect(page.evaluate(() => JSON.stringify(history.state))).resolves.toBe(
      JSON.stringify({ checklistStep: { view: 'group', index: 2, returnToCheck: false }, depth: 2 })
    );

    await page.goBack();
    await waitForView(page, 'group', 1);
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: groupHeading(checklist, 1) });
    await page.goBack();
    await waitForView(page, 'group', 0);
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: groupHeading(checklist, 0) });
    await expect(page.locator(`input[name="${checklist.groups[0]!.questions[0]!.id}"][value="no"]`).isChecked()).resolves.toBe(true);
    await page.goForward();
    await waitForView(page, 'group', 1);
    await page.goForward();
    await waitForView(page, 'group', 2);
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: groupHeading(checklist, 2) });
    await expect(page.title()).resolves.toMatch(new RegExp(`^${groupHeading(checklist, 2)} – `));
    expect(page.url()).toBe(url);
    await context.close();
  });

  it('from the result back to "Check your answers", and Forward to the result again', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    await completeByClicks(page, checklist, planWith(checklist, { [firstOfTier(checklist, 'ask-doctor').id]: 'yes' }));
    await page.goBack();
    await waitForView(page, 'check-answers');
    await page.goForward();
    await waitForView(page, 'result');
    expect(await visibleOutcomes(page)).toEqual(['ask-doctor']);
    await context.close();
  });

  it('opens the step of a #question- link and brings the question into view', async () => {
    const question = firstOfTier(CHECKLIST, 'ask-doctor');
    const { page, context, checklist } = await openChecklist(browser, `/checklist/#question-${question.id}`, { viewport: PHONE });
    await expect(page.locator('[data-current] h2').innerText()).resolves.toContain(`Step ${groupIndexOf(checklist, question.id) + 1} of`);
    const top = await page.locator(`#question-${question.id}`).evaluate((fieldset) => fieldset.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(PHONE.height / 2);
    expect(await focusOf(page)).toMatchObject({ tag: 'fieldset', id: `question-${question.id}` });
    // A link to another question, followed inside the page, opens that one.
    const other = firstOfTier(checklist, 'tell-therapist');
    await page.evaluate((id) => (location.hash = `#question-${id}`), other.id);
    await waitForView(page, 'group', groupIndexOf(checklist, other.id));
    expect(await focusOf(page)).toMatchObject({ tag: 'fieldset', id: `question-${other.id}` });
    await context.close();
  });
});

describe('privacy', () => {
  it('makes no request and stores nothing while answering and on the result', async () => {
    const { page, context, watch, checklist } = await openChecklist(browser, CLINIC_PATH);
    const requestsAtLoad = watch.requests.length;
    const urlAtLoad = page.url();

    await completeByKeyboard(page, checklist, planWith(checklist, { [firstOfTier(checklist, 'ask-doctor').id]: 'yes', [firstOfTier(checklist, 'emergency').id]: 'yes' }));
    await page.locator('[data-action="back"]').click();
    await waitForView(page, 'check-answers');
    await page.getByRole('link', { name: /^Change your answer to: / }).first().click();
    await page.locator('[data-action="continue"]').click();
    await page.waitForTimeout(500); // time for any stray request to show up

    expect(watch.requests.slice(requestsAtLoad)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(page.url()).toBe(urlAtLoad);
    await expect(context.cookies()).resolves.toEqual([]);
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
    }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0, databases: 0 });
    await context.close();
  });
});

describe('printing', () => {
  it('prints the result on one A4 page, headed with the site, its address, the checklist version and the date', async () => {
    const { page, context, checklist } = await openChecklist(browser, CLINIC_PATH, { colorScheme: 'dark' });
    const flagged = [firstOfTier(checklist, 'ask-doctor'), firstOfTier(checklist, 'tell-therapist')];
    await completeByClicks(page, checklist, planWith(checklist, { [flagged[0]!.id]: 'not-sure', [flagged[1]!.id]: 'yes' }));
    // The theme pinned to dark by the toggle must not grey the printout.
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();

    const header = await page.locator('.print-header').innerText();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(header).toContain('Sacral Massage Explained');
    expect(header).toContain(new URL('/checklist/', canonical!).href);
    expect(header).toContain(`Checklist version ${checklist.version}`);
    expect(header).toMatch(/Result of \d{1,2} [A-Z][a-z]+ \d{4}/);
    await expect(visible('[data-clinic-note]')).resolves.toBe(true);
    await expect(visible('[data-outcome="ask-doctor"]')).resolves.toBe(true);
    await expect(page.locator('.all-answers .summary-row').count()).resolves.toBe(questionsOf(checklist).length);
    await expect(page.locator('.all-answers .summary-row').last().isVisible()).resolves.toBe(true);
    for (const hidden of ['[data-group]', '[data-action="print"]', '[data-action="start-over"]', '[data-action="back"]', '[data-flagged-list]', 'header', 'footer']) {
      await expect(visible(hidden), hidden).resolves.toBe(false);
    }

    // Yes and Not sure rows stand out in black and white: bold, barred in black and marked.
    const rows = await page.locator('.all-answers .summary-row').evaluateAll((elements) =>
      elements.map((row) => {
        const style = getComputedStyle(row);
        return {
          mark: row.getAttribute('data-mark'),
          weight: Number(style.fontWeight),
          bar: style.borderLeftStyle === 'solid' && style.borderLeftWidth === '4px' && style.borderLeftColor,
          color: getComputedStyle(row.querySelector('dt')!).color,
          marker: getComputedStyle(row.querySelector('dt')!, '::before').content,
        };
      })
    );
    const marked = rows.filter((row) => row.mark === 'yes' || row.mark === 'not-sure');
    expect(marked).toHaveLength(2);
    for (const row of marked) expect(row).toMatchObject({ weight: 700, bar: 'rgb(0, 0, 0)', color: 'rgb(0, 0, 0)', marker: '"▶ "' });
    for (const row of rows.filter((each) => each.mark === 'no')) expect(row).toMatchObject({ weight: 400, bar: false, color: 'rgb(0, 0, 0)', marker: 'none' });

    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await context.close();
  });

  it('prints on one A4 page even when every answer is "Not sure"', async () => {
    const { page, context, checklist } = await openChecklist(browser, CLINIC_PATH);
    await completeByClicks(page, checklist, Object.fromEntries(questionsOf(checklist).map((question) => [question.id, 'not-sure' as Answer])));
    expect(await visibleOutcomes(page)).toEqual(['urgent']);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.all-answers .summary-row[data-mark="not-sure"]').count()).resolves.toBe(questionsOf(checklist).length);
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

  it('printed from a step, is the whole paper form, with each step rule and the answers given so far', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    const first = checklist.groups[0]!.questions[0]!;
    await page.locator(`input[name="${first.id}"][value="no"]`).check();
    await page.locator('[data-action="continue"]').click();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator('[data-group]').evaluateAll((groups) => groups.filter((group) => group.checkVisibility()).length);
    expect(shown).toBe(checklist.groups.length);
    await expect(page.locator('[data-group-rule]').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-header').isVisible()).resolves.toBe(true);
    await expect(page.locator(`input[name="${first.id}"][value="no"]`).isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-action="continue"]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('is a complete paper form: every question numbered, why we ask, each step rule written from the tiers, version and date', async () => {
    const { page, context, checklist } = await openChecklist(browser, CLINIC_PATH, { javaScriptEnabled: false });
    let number = 0;
    for (const [index, group] of checklist.groups.entries()) {
      const section = page.locator('[data-group]').nth(index);
      await expect(section.locator('h2').evaluate((heading) => heading.textContent!.replace(/\s+/g, ' ').trim())).resolves.toBe(groupHeading(checklist, index));
      await expect(section.locator('[data-group-rule]').innerText()).resolves.toBe(stepRule(checklist, index));
      for (const question of group.questions) {
        number += 1;
        const fieldset = section.locator(`fieldset#question-${question.id}`);
        await expect(fieldset.locator('legend').innerText()).resolves.toBe(`${number}. ${question.text}`);
        await expect(fieldset.getByText(question.why).isVisible()).resolves.toBe(true);
        for (const sign of question.signs ?? []) await expect(fieldset.getByText(sign, { exact: true }).isVisible()).resolves.toBe(true);
        await expect(fieldset.getByRole('radio').count()).resolves.toBe(3);
      }
    }
    await expect(page.locator('fieldset:visible').count()).resolves.toBe(questionsOf(checklist).length);
    await expect(page.getByText(`Checklist version ${checklist.version}`).last().isVisible()).resolves.toBe(true);
    // "How this checklist works", the paper instruction included, is open without a click.
    await expect(page.getByText('On paper: print this page').isVisible()).resolves.toBe(true);
    await expect(page.getByText('A parent or carer answers for the child').isVisible()).resolves.toBe(true);
    // Nothing that needs the script shows: no step buttons, no empty result, no clinic line, no progress bar.
    for (const selector of ['[data-action="continue"]', '[data-action="back"]', '[data-view-panel]', '[data-clinic-note]', '[data-progress]']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.paper-lines').isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-header').isVisible()).resolves.toBe(true);
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
  it('shows "Sent to you by NAME" in normal weight, says the name is not checked, on every step, the result and its printout', async () => {
    const { page, context, checklist } = await openChecklist(browser, CLINIC_PATH);
    const note = page.locator('[data-clinic-note]');
    await expect(note.innerText()).resolves.toBe(CLINIC_SENTENCE);
    await expect(note.evaluate((element) => [element.tagName, getComputedStyle(element).fontWeight, getComputedStyle(element).borderTopWidth])).resolves.toEqual(['P', '400', '0px']);
    await expect(page.locator('[data-clinic-name]').evaluate((element) => getComputedStyle(element).fontWeight)).resolves.toBe('400');
    await completeByClicks(page, checklist, planWith(checklist));
    await expect(note.isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(note.isVisible()).resolves.toBe(true);
    await context.close();
  });

  it.each([
    'URGENT: do not see a GP. Call 0900 555 0199 now. Dr Patel, NHS',
    'URGENT do not see a GP Dr Patel NHS',
    'Call Dr Patel',
    'Stop your medicine',
    'riverside.example',
    'Dr Patel 0900 555 0199',
    'ＵＲＧＥＮＴ Riverside',
  ])('shows no note for the spoofed name %j, in the page or on the embed', async (name) => {
    for (const path of ['/checklist/', '/checklist/embed/']) {
      const { page, context } = await openChecklist(browser, `${path}?clinic=${encodeURIComponent(name)}`);
      await expect(page.locator('[data-clinic-note]').isVisible()).resolves.toBe(false);
      await expect(page.locator('[data-clinic-name]').textContent()).resolves.toBe('');
      await expect(page.locator('body').innerText()).resolves.not.toMatch(/0900|URGENT|ＵＲＧＥＮＴ|do not see|Dr Patel|Stop your|riverside/);
      await context.close();
    }
  });

  it('shows nothing about a clinic when there is no clinic parameter', async () => {
    const { page, context } = await openChecklist(browser);
    await expect(page.locator('[data-clinic-note]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-clinic-name]').textContent()).resolves.toBe('');
    await context.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations on any step, the emergency card, "Check your answers" or any outcome (${scheme}, phone width)`, { timeout: 240_000 }, async () => {
      const { page, context, checklist } = await openChecklist(browser, CLINIC_PATH, { colorScheme: scheme, viewport: PHONE });
      await page.getByText('How this checklist works').click();
      // A red flag answered Yes shows the numbers to call under the question.
      const redFlag = firstOfTier(checklist, 'emergency').id;
      await page.locator(`input[name="${redFlag}"][value="yes"]`).check();
      await expectAxeClean(page, 'a red flag answered Yes');
      await page.locator(`input[name="${redFlag}"][value="no"]`).check();
      for (const index of checklist.groups.keys()) {
        await expectAxeClean(page, `step ${index + 1}`);
        await page.locator('[data-action="continue"]').click();
      }
      await page.locator('details.answered-no summary').click();
      await expectAxeClean(page, 'check your answers');
      await page.locator('[data-action="see-result"]').first().click();
      await expectAxeClean(page, 'incomplete');

      const flaggedBy: Record<Exclude<OutcomeTier, 'incomplete'>, Plan> = {
        emergency: { [firstOfTier(checklist, 'emergency').id]: 'yes' },
        urgent: { [firstOfTier(checklist, 'emergency').id]: 'not-sure', [firstOfTier(checklist, 'urgent').id]: 'yes' },
        'ask-doctor': { [firstOfTier(checklist, 'ask-doctor').id]: 'not-sure' },
        'tell-therapist': { [firstOfTier(checklist, 'tell-therapist').id]: 'yes' },
        none: {},
      };
      for (const [tier, answers] of Object.entries(flaggedBy)) {
        await page.locator('[data-action="start-over"]').click();
        await completeByClicks(page, checklist, planWith(checklist, answers));
        expect(await visibleOutcomes(page)).toEqual([tier]);
        if (tier !== 'emergency') await page.locator('[data-all-answers] summary').click();
        await expectAxeClean(page, tier);
      }

      // The line under a red flag answered Yes, and the emergency card.
      await page.locator('[data-action="start-over"]').click();
      await page.locator(`input[name="${firstOfTier(checklist, 'emergency').id}"][value="yes"]`).check();
      await expectAxeClean(page, 'red flag answered Yes');
      await page.locator('[data-action="continue"]').click();
      await expectAxeClean(page, 'emergency card');
      await context.close();
    });
  }

  it('labels every care card with its urgency as hidden text, without repeating the heading', async () => {
    const { page, context, checklist } = await openChecklist(browser);
    await completeByClicks(page, checklist, planWith(checklist, { [firstOfTier(checklist, 'ask-doctor').id]: 'yes' }));
    const heading = page.locator('[data-outcome="ask-doctor"] h2');
    // Screen readers hear the label first; the eye sees only the heading.
    await expect(heading.textContent()).resolves.toBe(`${CARE_LIST_TEXT['ask-doctor'].label} ${OUTCOME_TEXT['ask-doctor'].headline}`);
    await expect(heading.locator('.visually-hidden').textContent()).resolves.toBe(`${CARE_LIST_TEXT['ask-doctor'].label} `);
    await expect(heading.locator('.visually-hidden').evaluate((label) => label.getBoundingClientRect().width)).resolves.toBeLessThanOrEqual(1);
    await context.close();
  });
});
