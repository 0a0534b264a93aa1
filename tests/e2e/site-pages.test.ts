import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS, launchBrowser, newContext, watchPage } from './browser.ts';

/** Every page in the built sitemap, as a path. */
function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

const VIEWPORTS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
];
const SCHEMES = ['light', 'dark'] as const;
const paths = sitemapPaths();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page in the sitemap', () => {
  it('lists the core pages', () => {
    expect(paths).toEqual(expect.arrayContaining(['/', '/articles/', '/glossary/', '/sources/', '/about/']));
    expect(paths.filter((path) => path.startsWith('/articles/') && path !== '/articles/').length).toBeGreaterThan(0);
  });

  it.each(paths)('%s loads with no console error, failed request or other-origin request', async (path) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const watch = watchPage(page);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.otherOrigins).toEqual([]);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['permissions-policy']).toBeTruthy();
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    await context.close();
  });

  it.each(paths)('%s uses one quote style: no straight apostrophe or quote in its text', async (path) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'load' });
    // Every text node the page shows (its <title> too), once its scripts ran; not code, nor a URL.
    const straight = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('script, style, noscript, template, code, pre, kbd, samp, textarea')) continue;
        const text = node.textContent!.replace(/\bhttps?:\/\/\S+/g, '');
        if (/['"]/.test(text)) found.push(text.replace(/\s+/g, ' ').trim());
      }
      return found;
    });
    expect(straight).toEqual([]);
    await context.close();
  });

  for (const viewport of VIEWPORTS) {
    for (const scheme of SCHEMES) {
      it.each(paths)(`%s has no axe violations (${scheme}, ${viewport.name} ${viewport.width}px)`, async (path) => {
        const context = await newContext(browser, { viewport, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(path, { waitUntil: 'load' });
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        const summary = results.violations.map(
          (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
        );
        expect(summary).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('the sources page', () => {
  it('says for every source what was read, where and when, and names copies as copies', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/sources/');
    const entries = await page.locator('li[id^="source-"]').allTextContents();
    expect(entries.length).toBeGreaterThan(30);
    for (const entry of entries) expect(entry).toMatch(/How we checked it: We read .+, \d{1,2} \w+ \d{4}\./);
    expect(entries.some((entry) => /in a copy on [\w.]+, not the journal’s own page/.test(entry))).toBe(true);
    // A positive review points to its published criticism, which is on the same page.
    const criticism = page.locator('#source-haller-2020 a[href^="#source-"]');
    const target = (await criticism.first().getAttribute('href'))!;
    await expect(page.locator(target).count()).resolves.toBe(1);
    await context.close();
  });
});

describe('the 404 page', () => {
  it('answers 404 with links onward and no axe violations', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto('/this-page-does-not-exist/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('could not find');
    expect(await page.locator('main a').count()).toBeGreaterThan(3);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
});
