import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newContext, watchPage } from './browser.ts';

/** The first article in the built sitemap that cites sources stands for every article (they share one layout). */
const articlePath = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
  .map((match) => new URL(match[1]!).pathname)
  .find((path) => /^\/articles\/[^/]+\/$/.test(path) && readFileSync(`dist${path}index.html`, 'utf8').includes('class="cite"'))!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openArticle(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  await page.goto(articlePath);
  return page;
}

describe(`an article page (${articlePath})`, () => {
  it('shows breadcrumbs, key points first, and an honest review status', async () => {
    const page = await openArticle();
    await expect(page.locator('nav[aria-label="Breadcrumb"] li').allTextContents()).resolves.toHaveLength(3);
    const order = await page.evaluate(() =>
      ['h1', '#key-points', '.prose'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().top)
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Line breaks in the markup are only spaces to a reader.
    const status = (await page.locator('article p.text-sm').first().textContent())!.replace(/\s+/g, ' ');
    expect(status).toMatch(
      /First published \d{1,2} \w+ \d{4} · Last updated \d{1,2} \w+ \d{4} · Last checked against sources \d{1,2} \w+ \d{4} · Next check due \d{1,2} \w+ \d{4}/
    );
    expect(status).toContain('Not yet reviewed by a clinician');
    expect(status).toMatch(/\d+ min read/);
    await page.context().close();
  });

  it('links each citation to its source and back', async () => {
    const page = await openArticle();
    const firstCitation = page.locator('sup.cite a').first();
    const href = (await firstCitation.getAttribute('href'))!;
    expect(href).toMatch(/^#source-/);
    await expect(page.locator(href).count()).resolves.toBe(1);
    await firstCitation.click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe(href);
    const back = page.locator(`${href} a[href^="#cite-"]`);
    const backHref = (await back.getAttribute('href'))!;
    await expect(page.locator(backHref).count()).resolves.toBe(1);
    // Numbers follow first use: the sources list is numbered 1, 2, 3... in order.
    const numbers = await page.locator('#sources-heading + ol > li > span:first-child').allTextContents();
    expect(numbers).toEqual(numbers.map((_, index) => `[${index + 1}]`));
    await page.context().close();
  });

  it('explains a glossary word in place by keyboard, and Escape closes it', async () => {
    const page = await openArticle();
    const term = page.locator('button.term').first();
    const popoverId = (await term.getAttribute('popovertarget'))!;
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`#${popoverId}`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`#${popoverId}`).textContent()).resolves.toMatch(/\w+/);
    await page.keyboard.press('Escape');
    await expect(page.locator(`#${popoverId}`).isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('explains a glossary word on touch too (no hover needed)', async () => {
    const page = await openArticle({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 812 } });
    const term = page.locator('button.term').first();
    const popoverId = (await term.getAttribute('popovertarget'))!;
    await term.tap();
    await expect(page.locator(`#${popoverId}`).isVisible()).resolves.toBe(true);
    await page.locator(`#${popoverId} button`).tap();
    await expect(page.locator(`#${popoverId}`).isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('ships no JavaScript but the inline theme script', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(articlePath, { waitUntil: 'networkidle' });
    expect(watch.requests.filter((url) => /\.m?js(\?|$)/.test(url))).toEqual([]);
    const scripts = await page.evaluate(() =>
      [...document.scripts].filter((script) => script.type !== 'application/ld+json').map((script) => script.src || 'inline')
    );
    expect(scripts).toEqual(['inline']);
    await context.close();
  });

  it('ends with a "More information and support" box linking to outside organisations, left out of search', async () => {
    const page = await openArticle();
    const box = page.locator('aside[aria-labelledby="more-information-heading"]');
    await expect(box.locator('h2').textContent()).resolves.toBe('More information and support');
    const links = await box.locator('a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const href of links) expect(new URL(href).origin).not.toBe(new URL(page.url()).origin);
    await expect(box.getAttribute('data-pagefind-ignore')).resolves.not.toBeNull();
    // It comes after the article text and before the numbered sources.
    const order = await page.evaluate(() =>
      ['.prose', '#more-information-heading', '#sources-heading'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().top)
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await page.context().close();
  });

  it('describes itself to search engines: canonical, Open Graph, and MedicalWebPage JSON-LD', async () => {
    const page = await openArticle();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(articlePath);
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe(
      await page.locator('h1').textContent()
    );
    const description = (await page.locator('meta[name="description"]').getAttribute('content'))!;
    expect(description.length).toBeLessThanOrEqual(160);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data['@type']).toBe('MedicalWebPage');
    expect(data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.about.name).toBeTruthy();
    expect(data.breadcrumb['@type']).toBe('BreadcrumbList');
    expect(data.breadcrumb.itemListElement).toHaveLength(3);
    expect(data).not.toHaveProperty('reviewedBy');
    // The publisher, copyright holder and licence agree with the footer's line.
    const footer = (await page.locator('footer').textContent())!;
    expect(footer).toContain(`© ${data.copyrightYear} ${data.copyrightHolder.name}`);
    expect(data.publisher.name).toBe(data.copyrightHolder.name);
    await expect(page.locator('footer a[rel~="license"]').getAttribute('href')).resolves.toBe(data.license);
    await page.context().close();
  });

  it('prints without site chrome', async () => {
    const page = await openArticle();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').isVisible()).resolves.toBe(false);
    await expect(page.locator('footer').isVisible()).resolves.toBe(false);
    await expect(page.locator('article h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('#sources-heading').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('the theme', () => {
  it('follows the system, and the toggle switches and remembers it without a flash', async () => {
    const context = await newContext(browser, { colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const darkBackground = await background();
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await background()).not.toBe(darkBackground);
    // The stored choice is applied by the blocking head script, before first paint.
    let themeAtFirstPaint = '';
    await page.exposeFunction('reportTheme', (theme: string) => (themeAtFirstPaint = theme));
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () =>
        (window as unknown as { reportTheme: (theme: string) => void }).reportTheme(document.documentElement.dataset.theme ?? '')
      )
    );
    await page.goto(articlePath);
    expect(themeAtFirstPaint).toBe('light');
    await context.close();
  });

  it('is usable without JavaScript: the toggle hides and the system theme applies', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('[data-theme-toggle]').isVisible()).resolves.toBe(false);
    const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    expect(scheme).toContain('dark');
    await context.close();
  });
});

describe('files for search engines and feed readers', () => {
  it('serves robots.txt pointing at the sitemap, a sitemap index and an RSS feed of articles', async () => {
    const robots = await (await fetch(`${baseUrl()}/robots.txt`)).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
    const index = await (await fetch(`${baseUrl()}/sitemap-index.xml`)).text();
    expect(index).toContain('sitemap-0.xml');
    const rss = await (await fetch(`${baseUrl()}/rss.xml`)).text();
    expect(rss).toContain('<rss');
    expect(rss).toContain(articlePath);
  });
});
