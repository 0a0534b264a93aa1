import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistQuestions } from '../../src/lib/checklist.ts';
import { AXE_TAGS, launchBrowser, newContext, watchPage, type PageWatch } from './browser.ts';
import { CHECKLIST } from './checklist-page.ts';

const ARTICLE = '/articles/risks-and-who-should-avoid-it/';
const BABIES = '/articles/babies-and-children/';
const isSearchCode = (url: string) =>
  new URL(url).pathname.startsWith('/pagefind/') || /\/_astro\/search\.[\w-]+\.js$/.test(url);

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page in a fresh context, watched for console errors, failed and other-origin requests. */
async function open(
  path: string,
  options: Parameters<Browser['newContext']>[0] = {}
): Promise<{ page: Page; watch: PageWatch }> {
  context = await newContext(browser, options);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(path, { waitUntil: 'networkidle' });
  return { page, watch };
}

/** Fails the test on anything the page should not have done, then closes it. */
async function closeClean(watch: PageWatch): Promise<void> {
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.failedRequests).toEqual([]);
  expect(watch.otherOrigins).toEqual([]);
  await context.close();
}

const dialog = (page: Page) => page.locator('[data-search-dialog]');
const searchButton = (page: Page) => page.locator('header [data-search-open]');

/** How long to wait for search results: the first search also loads Pagefind, on a busy machine. */
const SEARCH_WAIT = { timeout: 15_000 };

async function typeQuery(page: Page, root: string, query: string): Promise<void> {
  await page.locator(`${root} [data-search-input]`).fill(query);
  await expect
    .poll(() => page.locator(`${root} [data-search-status]`).textContent(), SEARCH_WAIT)
    .toContain(`for “${query}”`);
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
  );
}

describe('the header search on an article page', () => {
  it('fetches no search code or index until search is opened, then does', async () => {
    const { page, watch } = await open(ARTICLE);
    await page.mouse.wheel(0, 2000);
    await page.locator('header a').first().hover();
    await page.waitForTimeout(300);
    expect(watch.requests.filter(isSearchCode)).toEqual([]);
    await searchButton(page).click();
    await expect.poll(() => watch.requests.filter(isSearchCode).length, SEARCH_WAIT).toBeGreaterThan(2);
    expect(watch.requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await closeClean(watch);
  });

  it('opens with "/" with focus in the box, keeps words typed at once; Escape closes it, focus back on the button', async () => {
    const { page, watch } = await open(ARTICLE);
    await expect(searchButton(page).getAttribute('aria-keyshortcuts')).resolves.toContain('Control+K');
    // Typed straight after "/", while the search module is still loading.
    await page.keyboard.press('/');
    await page.keyboard.type('sacrum');
    await expect(dialog(page).evaluate((element: HTMLDialogElement) => element.open)).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-dialog-input');
    await expect(page.locator('#search-dialog-input').inputValue()).resolves.toBe('sacrum');
    await expect
      .poll(() => page.locator('[data-search-dialog] [data-search-status]').textContent(), SEARCH_WAIT)
      .toContain('for “sacrum”');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await closeClean(watch);
  });

  it('opens with Ctrl+K, and "/" typed in a text box stays a character', async () => {
    const { page, watch } = await open(ARTICLE);
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog(page).evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    await page.keyboard.type('a/b');
    await expect(page.locator('#search-dialog-input').inputValue()).resolves.toBe('a/b');
    await page.locator('[data-search-close]').click();
    await expect.poll(() => dialog(page).evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    await closeClean(watch);
  });

  it('shows results as links with title, kind and an excerpt with the match marked, and sections under articles', async () => {
    const { page, watch } = await open(ARTICLE);
    await searchButton(page).click();
    await typeQuery(page, '[data-search-dialog]', 'blood thinners');
    const first = page.locator('[data-search-dialog] [data-search-results] > li').first();
    await expect(first.locator('a').first().getAttribute('href')).resolves.toBe('/glossary/#blood-thinners');
    await expect(first.locator('a').first().textContent()).resolves.toBe('Blood thinners');
    await expect(first.textContent()).resolves.toContain('Glossary');
    await expect(first.locator('mark').count()).resolves.toBeGreaterThan(0);
    const article = page.locator('[data-search-dialog] [data-search-results] > li', { hasText: 'Article' }).first();
    await expect(article.locator('ul a').first().getAttribute('href')).resolves.toMatch(/^\/articles\/[^/]+\/#[\w-]+$/);
    await expect(page.locator('[data-search-all]').getAttribute('href')).resolves.toBe('/search/?q=blood+thinners');
    await first.locator('a').first().click();
    await page.waitForURL('**/glossary/#blood-thinners');
    await closeClean(watch);
  });

  it('marks only the words that matter, and links the checklist to the question that matched', async () => {
    const { page, watch } = await open(ARTICLE);
    await searchButton(page).click();
    await typeQuery(page, '[data-search-dialog]', 'is it safe for babies');
    const results = page.locator('[data-search-dialog] [data-search-results]');
    const marks = (await results.locator('mark').allTextContents()).map((mark) => mark.toLowerCase());
    expect(marks.length).toBeGreaterThan(2);
    expect(marks.filter((mark) => !/^(safe|safety|bab(y|ies|y['’]s))$/.test(mark))).toEqual([]);
    await expect(results.locator('> li > p:first-child a').first().getAttribute('href')).resolves.toBe(BABIES);
    const sectionLinks = await results
      .locator('ul a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(sectionLinks).toContain(`${BABIES}#babies-and-young-children`);
    // The checklist is linked question by question, to questions that hold a word of the query.
    const questions = sectionLinks.filter((href) => href?.startsWith('/checklist/#')).map((href) => href!.replace('/checklist/#question-', ''));
    expect(questions.length).toBeGreaterThan(0);
    for (const id of questions) {
      const question = checklistQuestions(CHECKLIST).find((each) => each.id === id);
      expect(`${question?.text} ${question?.why}`, id).toMatch(/\b(safe|safety|bab(y|ies))\b/i);
    }
    await closeClean(watch);
  });

  it('offers "Did you mean" for a misspelling, and a click on it runs the suggestion', async () => {
    const { page, watch } = await open(ARTICLE);
    await searchButton(page).click();
    const vocabularyBefore = watch.requests.filter((url) => url.endsWith('/pagefind/vocabulary.json')).length;
    await typeQuery(page, '[data-search-dialog]', 'migrane');
    const dialogRoot = dialog(page);
    await expect(dialogRoot.locator('[data-search-status]').textContent()).resolves.toBe('No results for “migrane”');
    await expect(dialogRoot.locator('[data-search-results] > li').count()).resolves.toBe(0);
    const suggestion = dialogRoot.locator('[data-search-suggestion]');
    await expect(suggestion.textContent()).resolves.toBe('Did you mean migraine?');
    expect(watch.requests.filter((url) => url.endsWith('/pagefind/vocabulary.json')).length).toBe(vocabularyBefore + 1);
    await suggestion.getByRole('link', { name: 'migraine' }).click();
    await expect
      .poll(() => dialogRoot.locator('[data-search-status]').textContent(), SEARCH_WAIT)
      .toMatch(/^\d+ results? for “migraine”$/);
    await expect(page.locator('#search-dialog-input').inputValue()).resolves.toBe('migraine');
    await expect(dialogRoot.evaluate((element: HTMLDialogElement) => element.open)).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-dialog-input');
    await expect(suggestion.isVisible()).resolves.toBe(false);
    await expect(
      dialogRoot.locator('[data-search-results] > li > p:first-child a').first().getAttribute('href')
    ).resolves.toBe('/conditions/migraine-and-headache/');
    await closeClean(watch);
  });

  it('does not take "sids" for "side": no results, no marks, no suggestion, and links onward', async () => {
    const { page, watch } = await open(ARTICLE);
    await searchButton(page).click();
    await typeQuery(page, '[data-search-dialog]', 'sids');
    const dialogRoot = dialog(page);
    await expect(dialogRoot.locator('[data-search-status]').textContent()).resolves.toBe('No results for “sids”');
    await expect(dialogRoot.locator('mark').count()).resolves.toBe(0);
    await expect(dialogRoot.locator('[data-search-suggestion]').isVisible()).resolves.toBe(false);
    const empty = dialogRoot.locator('[data-search-empty]');
    await expect(empty.isVisible()).resolves.toBe(true);
    const links = await empty
      .locator('a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/articles/', '/checklist/', '/glossary/']));
    await closeClean(watch);
  });

  for (const blocked of ['all of /pagefind/', 'only the index']) {
    it(`says so in plain words when search cannot load (${blocked}), keeps the query, and tries again`, async () => {
      context = await newContext(browser);
      const page = await context.newPage();
      const watch = watchPage(page);
      const isBlocked = (url: URL) =>
        url.pathname.startsWith('/pagefind/') && (blocked === 'all of /pagefind/' || !url.pathname.endsWith('.js'));
      await page.route(isBlocked, (route) => route.abort('internetdisconnected'));
      await page.goto(ARTICLE, { waitUntil: 'networkidle' });
      await searchButton(page).click();
      await page.locator('#search-dialog-input').fill('back pain');
      const dialogRoot = dialog(page);
      await expect
        .poll(() => dialogRoot.locator('[data-search-status]').textContent(), SEARCH_WAIT)
        .toBe('Search could not load.');
      const failed = dialogRoot.locator('[data-search-failed]');
      await expect(failed.isVisible()).resolves.toBe(true);
      await expect(failed.textContent()).resolves.toContain('The search index did not download');
      await expect(page.locator('#search-dialog-input').inputValue()).resolves.toBe('back pain');
      const links = await failed
        .locator('a')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining(['/articles/', '/checklist/', ARTICLE]));
      // Only the blocked files failed, and nothing else went wrong.
      expect(watch.failedRequests.length).toBeGreaterThan(0);
      expect(watch.failedRequests.filter((request) => !isBlocked(new URL(request.split(' ')[0]!)))).toEqual([]);
      expect(
        watch.consoleErrors.filter(
          (message) => !/pagefind|Failed to (load|fetch)|ERR_INTERNET_DISCONNECTED/i.test(message)
        )
      ).toEqual([]);
      await page.unroute(isBlocked);
      await failed.getByRole('button', { name: 'Try again' }).click();
      await expect
        .poll(() => dialogRoot.locator('[data-search-status]').textContent(), SEARCH_WAIT)
        .toMatch(/^\d+ results? for “back pain”$/);
      await expect(failed.isVisible()).resolves.toBe(false);
      await context.close();
    });
  }

  it('gives the query box the full width of a phone, with the Search button below it', async () => {
    const { page, watch } = await open(ARTICLE, { viewport: { width: 375, height: 740 } });
    await searchButton(page).click();
    const form = dialog(page).locator('form');
    const [formBox, inputBox, buttonBox] = await Promise.all(
      [form, form.locator('input'), form.getByRole('button', { name: 'Search' })].map((locator) =>
        locator.boundingBox()
      )
    );
    expect(inputBox!.width).toBeGreaterThanOrEqual(formBox!.width - 1);
    expect(buttonBox!.y).toBeGreaterThanOrEqual(inputBox!.y + inputBox!.height);
    await page.locator('#search-dialog-input').fill('is it safe for babies');
    await expect(
      page.locator('#search-dialog-input').evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)
    ).resolves.toBe(true);
    await closeClean(watch);
  });

  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe violations in the dialog at ${width} px (${colorScheme}): results, "Did you mean" and failure`, async () => {
        const { page, watch } = await open(ARTICLE, { colorScheme, viewport: { width, height: 800 } });
        await searchButton(page).click();
        await typeQuery(page, '[data-search-dialog]', 'is it safe for babies');
        await expect(axeViolations(page)).resolves.toEqual([]);
        await typeQuery(page, '[data-search-dialog]', 'migrane');
        await expect(dialog(page).locator('[data-search-suggestion]').isVisible()).resolves.toBe(true);
        await expect(axeViolations(page)).resolves.toEqual([]);
        await closeClean(watch);
        // The failure message, with search blocked.
        const blocked = await open(ARTICLE, { colorScheme, viewport: { width, height: 800 } });
        await blocked.page.route('**/pagefind/**', (route) => route.abort());
        await searchButton(blocked.page).click();
        await blocked.page.locator('#search-dialog-input').fill('back pain');
        await expect
          .poll(() => dialog(blocked.page).locator('[data-search-failed]').isVisible(), SEARCH_WAIT)
          .toBe(true);
        await expect(axeViolations(blocked.page)).resolves.toEqual([]);
        await context.close();
      });
    }
  }
});

describe('the /search/ page', () => {
  it('runs ?q= on load and updates the address as the reader types, without adding history', async () => {
    const { page, watch } = await open('/search/?q=jaw+pain');
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('jaw pain');
    await expect
      .poll(() => page.locator('[data-search-page] [data-search-status]').textContent(), SEARCH_WAIT)
      .toMatch(/^\d+ results? for “jaw pain”$/);
    await expect(page.locator('[data-search-page] [data-search-results] > li').count()).resolves.toBeGreaterThan(0);
    const historyLength = await page.evaluate(() => history.length);
    await page.locator('#search-page-input').fill('');
    await page.locator('#search-page-input').pressSequentially('colic', { delay: 30 });
    await expect.poll(() => page.evaluate(() => location.search), SEARCH_WAIT).toBe('?q=colic');
    await expect(page.evaluate(() => history.length)).resolves.toBe(historyLength);
    await closeClean(watch);
  });

  it('filters by kind, and reads the kind from the address', async () => {
    const { page, watch } = await open('/search/?q=head+injury');
    await expect
      .poll(() => page.locator('[data-search-page] [data-search-status]').textContent(), SEARCH_WAIT)
      .toContain('for “head injury”');
    const kinds = async () =>
      new Set(
        await page.locator('[data-search-page] [data-search-results] > li > p:first-child span').allTextContents()
      );
    await expect.poll(async () => (await kinds()).size, SEARCH_WAIT).toBeGreaterThan(1);
    await page.getByLabel('Articles').check();
    await expect.poll(() => page.evaluate(() => location.search), SEARCH_WAIT).toBe('?q=head+injury&kind=article');
    await expect.poll(kinds, SEARCH_WAIT).toEqual(new Set(['Article']));
    await page.goto('/search/?q=head+injury&kind=glossary', { waitUntil: 'networkidle' });
    await expect(page.getByLabel('Glossary', { exact: true }).isChecked()).resolves.toBe(true);
    await expect.poll(kinds, SEARCH_WAIT).toEqual(new Set(['Glossary']));
    await closeClean(watch);
  });

  it('suggests the glossary and the core articles when nothing matches', async () => {
    const { page, watch } = await open('/search/?q=xylophone+quasar');
    await expect
      .poll(() => page.locator('[data-search-page] [data-search-status]').textContent(), SEARCH_WAIT)
      .toBe('No results for “xylophone quasar”');
    const suggestions = page.locator('[data-search-page] [data-search-empty]');
    await expect(suggestions.isVisible()).resolves.toBe(true);
    const links = await suggestions
      .locator('a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toContain('/glossary/');
    expect(links.filter((href) => href?.startsWith('/articles/') && href !== '/articles/')).toHaveLength(5);
    await closeClean(watch);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with results shown (${colorScheme})`, async () => {
      const { page, watch } = await open('/search/?q=blood+clot', { colorScheme });
      await expect
        .poll(() => page.locator('[data-search-page] [data-search-results] > li').count(), SEARCH_WAIT)
        .toBeGreaterThan(0);
      await expect(axeViolations(page)).resolves.toEqual([]);
      await closeClean(watch);
    });
  }
});

describe('without JavaScript', () => {
  it('the header search is a link to /search/, which explains and links onward', async () => {
    const { page, watch } = await open(ARTICLE, { javaScriptEnabled: false });
    const link = page.locator('header').getByRole('link', { name: 'Search', exact: true });
    await expect(link.isVisible()).resolves.toBe(true);
    await expect(searchButton(page).isVisible()).resolves.toBe(false);
    await link.click();
    await page.waitForURL('**/search/');
    await expect(page.locator('main').textContent()).resolves.toContain('Search needs JavaScript');
    await expect(page.locator('#search-page-input').isVisible()).resolves.toBe(false);
    await expect(page.locator('main a[href="/articles/"]').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('main a[href="/glossary/"]').first().isVisible()).resolves.toBe(true);
    await closeClean(watch);
  });
});
