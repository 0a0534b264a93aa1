// Topics split over several short pages (the NHS "mini-hub"), checked on the built site against
// the `hub` their first page declares: the contents list at the top of every page, Previous and
// Next at its foot, every page short enough to scan on a phone, and the old addresses of the
// sections that moved still landing on a summary that links to their new page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content-validation.ts';
import { articleSchema, type Hub } from '../../src/lib/schemas/article.ts';
import { articlePath } from '../../src/lib/site-paths.ts';
import { launchBrowser, newContext } from './browser.ts';

const ARTICLES = 'content/articles';
const hubs: Hub[] = readdirSync(ARTICLES)
  .filter((name) => name.endsWith('.mdx'))
  .flatMap((name) => articleSchema.parse(parseYaml(splitFrontmatter(readFileSync(join(ARTICLES, name), 'utf8'))!.frontmatter)).hub ?? []);
const hubPages = hubs.flatMap((hub) => hub.pages.map((page, index) => ({ hub, index, path: articlePath(page.article) })));

const PHONE = { width: 375, height: 812 };
/** "About 15 phone screens" at most: the NHS splits a topic rather than let one page run longer. */
const MAX_SCREENS = 15.5;

/** Sections that left the risks page in December 2026: their old #anchors now hold a summary linking on. */
const MOVED_SECTIONS = [
  { anchor: '/articles/risks-and-who-should-avoid-it/#babies-and-young-children', movedTo: '/articles/babies-and-children/' },
  { anchor: '/articles/risks-and-who-should-avoid-it/#side-effects', movedTo: '/articles/side-effects/' },
  { anchor: '/articles/risks-and-who-should-avoid-it/#what-to-tell-your-therapist', movedTo: '/articles/what-to-tell-your-therapist/' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  await page.goto(path, { waitUntil: 'load' });
  return page;
}

describe('topic hubs', () => {
  it('include the risks and safety pages', () => {
    expect(hubs.map((hub) => hub.title)).toContain('Risks and safety');
    expect(hubPages.length).toBeGreaterThanOrEqual(3);
  });

  it.each(hubPages)('$path shows the topic’s contents first, with itself marked as the current page', async ({ hub, index, path }) => {
    const page = await open(path);
    const contents = page.getByRole('navigation', { name: hub.title, exact: true });
    const items = await contents.locator('li').evaluateAll((elements) => elements.map((element) => element.textContent!.trim()));
    expect(items).toEqual(hub.pages.map((each) => each.label));
    const current = contents.locator('[aria-current="page"]');
    expect((await current.textContent())!.trim()).toBe(hub.pages[index]!.label);
    await expect(current.locator('a').count()).resolves.toBe(0);
    const links = await contents.locator('a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(hub.pages.filter((_, at) => at !== index).map((each) => articlePath(each.article)));
    // At the top: under the title, above the key points and the article itself.
    const [title, list, keyPoints] = await Promise.all(['h1', '.hub-contents', '#key-points'].map((selector) => page.locator(selector).boundingBox()));
    expect(title!.y).toBeLessThan(list!.y);
    expect(list!.y).toBeLessThan(keyPoints!.y);
    await page.context().close();
  });

  it.each(hubPages)('$path ends with Previous and Next links to its neighbours in the topic', async ({ hub, index, path }) => {
    const page = await open(path);
    const pager = page.getByRole('navigation', { name: `${hub.title}: previous and next page` });
    const expected = [
      ...(index > 0 ? [{ rel: 'prev', href: articlePath(hub.pages[index - 1]!.article), text: `← Previous ${hub.pages[index - 1]!.label}` }] : []),
      ...(index < hub.pages.length - 1 ? [{ rel: 'next', href: articlePath(hub.pages[index + 1]!.article), text: `Next → ${hub.pages[index + 1]!.label}` }] : []),
    ];
    const shown = await pager.locator('a').evaluateAll((anchors) =>
      anchors.map((anchor) => ({ rel: anchor.getAttribute('rel'), href: anchor.getAttribute('href'), text: anchor.textContent!.replace(/\s+/g, ' ').trim() }))
    );
    expect(shown).toEqual(expected);
    // After the article text, before the support box and the sources.
    const [prose, nav, support] = await Promise.all(['.prose', '.hub-pager', '#more-information-heading'].map((selector) => page.locator(selector).boundingBox()));
    expect(nav!.y).toBeGreaterThan(prose!.y + prose!.height - 1);
    expect(nav!.y).toBeLessThan(support!.y);
    await page.context().close();
  });

  it.each(hubPages)(`$path is at most ${MAX_SCREENS} screens long on a 375 x 812 phone`, async ({ path }) => {
    const page = await open(path);
    const screens = (await page.evaluate(() => document.documentElement.scrollHeight)) / PHONE.height;
    console.log(`${path}: ${screens.toFixed(1)} screens at 375 x 812`);
    expect(screens).toBeLessThanOrEqual(MAX_SCREENS);
    await page.context().close();
  });

  it.each(MOVED_SECTIONS)('$anchor still lands on a summary that links to $movedTo', async ({ anchor, movedTo }) => {
    const page = await open(anchor);
    const id = anchor.split('#')[1]!;
    const heading = page.locator(`h2#${id}`);
    await expect(heading.count()).resolves.toBe(1);
    // The section runs from its heading to the next one.
    const links = await heading.evaluate((start) => {
      const found: string[] = [];
      for (let node = start.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) {
        found.push(...[...node.querySelectorAll('a'), ...(node.matches('a') ? [node] : [])].map((link) => link.getAttribute('href')!));
      }
      return found;
    });
    expect(links).toContain(movedTo);
    await page.context().close();
  });
});
