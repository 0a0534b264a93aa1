import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARE_LIST_TEXT } from '../../src/lib/checklist.ts';
import { socialImagePath } from '../../src/lib/social-image.ts';
import { brotliSize, DEFAULT_BUDGET } from '../support/weights.mjs';
import { baseUrl, launchBrowser, newContext } from './browser.ts';

/** Every page in the built sitemap, and the articles among them. */
const paths = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
const articles = paths.filter((path) => /^\/articles\/[^/]+\/$/.test(path));
const html = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');
const articlesWith = (needle: string) => articles.filter((path) => html(path).includes(needle));

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  await page.goto(path, { waitUntil: 'load' });
  return page;
}

describe('the header', () => {
  it.each(['/', articles[0]!, '/checklist/', '/glossary/'])('%s: on a 375 px phone it is one compact block, at most 120 px tall', async (path) => {
    const page = await open(path, { viewport: PHONE });
    const header = await page.locator('body > header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(120);
    // Everything is still there: the mark and name, the four links, search and the theme toggle.
    await expect(page.locator('header a[href="/"] img[src="/favicon.svg"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('header nav a').count()).resolves.toBe(4);
    for (const link of await page.locator('header nav a').all()) await expect(link.isVisible()).resolves.toBe(true);
    await expect(page.locator('header [data-search-open]').isVisible()).resolves.toBe(true);
    await expect(page.locator('header [data-theme-toggle]').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('takes one row at desktop width', async () => {
    const page = await open('/', { viewport: DESKTOP });
    const header = await page.locator('body > header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(80);
    await page.context().close();
  });
});

describe('the theme toggle', () => {
  it('shows its state by how it looks, not only by aria-pressed', async () => {
    const page = await open('/', { colorScheme: 'light' });
    const toggle = page.locator('[data-theme-toggle]');
    const look = () => toggle.evaluate((button) => getComputedStyle(button).backgroundColor);
    const off = await look();
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await look()).not.toBe(off);
    await page.context().close();
  });

  it('prints black text on white after the reader chose the dark theme', async () => {
    const page = await open(articles[0]!, { colorScheme: 'light' });
    await page.locator('[data-theme-toggle]').click();
    const colours = () =>
      page.evaluate(() => ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        scheme: getComputedStyle(document.documentElement).colorScheme,
        body: getComputedStyle(document.querySelector('.prose p')!).color,
        heading: getComputedStyle(document.querySelector('h1')!).color,
      }));
    const screen = await colours();
    expect(screen.background).toBe('rgb(17, 24, 39)');
    await page.emulateMedia({ media: 'print' });
    expect(await colours()).toEqual({ background: 'rgb(255, 255, 255)', scheme: 'light', body: 'rgb(0, 0, 0)', heading: 'rgb(0, 0, 0)' });
    await page.context().close();
  });

  it.each([articlesWith('<details>')[0]!, '/conditions/infant-colic/'])('%s prints its folded details ("The numbers") open', async (path) => {
    const page = await open(path);
    const folded = page.locator('.prose details:not([open]) > :not(summary)').first();
    await expect(folded.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(folded.isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('article pages', () => {
  const longArticle = articlesWith('id="contents-heading"')[0]!;

  it('fold "On this page" away on phones, and keep it open and sticky in the right-hand column on desktops', async () => {
    const phone = await open(longArticle, { viewport: PHONE });
    await expect(phone.locator('.toc details').getAttribute('open')).resolves.toBeNull();
    await expect(phone.locator('.toc__list a').first().isVisible()).resolves.toBe(false);
    await phone.locator('.toc summary').click();
    await expect(phone.locator('.toc__list a').first().isVisible()).resolves.toBe(true);
    await phone.context().close();

    const desktop = await open(longArticle, { viewport: DESKTOP });
    await expect(desktop.locator('.toc__list a').first().isVisible()).resolves.toBe(true);
    const [toc, body] = await Promise.all([desktop.locator('.toc').boundingBox(), desktop.locator('.prose').boundingBox()]);
    expect(toc!.x).toBeGreaterThan(body!.x + body!.width);
    await desktop.mouse.wheel(0, 3000);
    await expect.poll(() => desktop.locator('.toc').evaluate((nav) => nav.getBoundingClientRect().top)).toBeLessThan(40);
    await desktop.context().close();
  });

  it('put what to do in an emergency first on the risks page: straight after the key points, on a 375 px phone', async () => {
    const page = await open('/articles/risks-and-who-should-avoid-it/', { viewport: PHONE });
    const layout = await page.evaluate(() => {
      const top = (element: Element) => element.getBoundingClientRect().top + window.scrollY;
      const prose = document.querySelector('.prose')!;
      const emergency = prose.querySelector('[data-care-list="emergency"]')!;
      const urgent = prose.querySelector('[data-care-list="urgent"]')!;
      const before = [...prose.children].slice(0, [...prose.children].indexOf(emergency));
      return {
        before: before.map((element) => `${element.tagName.toLowerCase()}#${element.id}`),
        keyPointsBottom: document.querySelector('#key-points')!.parentElement!.getBoundingClientRect().bottom + window.scrollY,
        emergency: { top: top(emergency), bottom: emergency.getBoundingClientRect().bottom + window.scrollY, heading: emergency.querySelector('h2, h3, h4')!.textContent },
        urgent: { top: top(urgent), heading: urgent.querySelector('h2, h3, h4')!.textContent },
        otherSections: [...prose.querySelectorAll('h2')].slice(1).map(top),
      };
    });
    // The body opens with the emergency section: its heading, then the lists, before any other text.
    expect(layout.before).toEqual(['h2#symptoms-that-need-a-doctor-now']);
    expect(layout.emergency.top).toBeLessThan(layout.urgent.top);
    expect(layout.urgent.top).toBeLessThan(Math.min(...layout.otherSections));
    // It starts within the first two screens below the key points, with nothing long between.
    expect(layout.emergency.top - layout.keyPointsBottom).toBeGreaterThan(0);
    expect(layout.emergency.top - layout.keyPointsBottom).toBeLessThan(2 * PHONE.height);
    // The lists still say what to do now.
    expect(layout.emergency.heading).toBe(`${CARE_LIST_TEXT.emergency.label} ${CARE_LIST_TEXT.emergency.title}`);
    expect(layout.urgent.heading).toBe(`${CARE_LIST_TEXT.urgent.label} ${CARE_LIST_TEXT.urgent.title}`);
    await page.context().close();
  });

  it('offer a way back to the top that needs no JavaScript', async () => {
    const page = await open(longArticle, { viewport: PHONE, javaScriptEnabled: false });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('.back-to-top a').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.context().close();
  });

  it.each(articlesWith('(<button type="button" class="term"'))('%s keeps each opening bracket on the line of its glossary word at 375 px', async (path) => {
    const page = await open(path, { viewport: PHONE });
    const orphans = await page.evaluate(() =>
      [...document.querySelectorAll('.prose button.term')].flatMap((term) => {
        const before = term.previousSibling;
        if (!before || before.nodeType !== Node.TEXT_NODE || !before.textContent!.endsWith('(')) return [];
        const range = document.createRange();
        range.setStart(before, before.textContent!.length - 1);
        range.setEnd(before, before.textContent!.length);
        const bracket = range.getBoundingClientRect();
        const word = term.getBoundingClientRect();
        return Math.abs(bracket.top - word.top) > 4 ? [term.textContent] : [];
      })
    );
    expect(orphans).toEqual([]);
    await page.context().close();
  });

  it.each(articles)('%s loads at most 25 KB (brotli) before the reader scrolls, HTML at most 14 KB', async (path) => {
    for (const viewport of [PHONE, DESKTOP]) {
      const context = await newContext(browser, { viewport });
      const page = await context.newPage();
      const loaded: string[] = [];
      page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
      await page.goto(path, { waitUntil: 'networkidle' });
      const fileOf = (urlPath: string) => join('dist', urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
      const sizes = loaded.filter((urlPath) => existsSync(fileOf(urlPath))).map((urlPath) => brotliSize(readFileSync(fileOf(urlPath))));
      const total = sizes.reduce((sum, size) => sum + size, 0);
      expect(brotliSize(readFileSync(fileOf(path)))).toBeLessThanOrEqual(DEFAULT_BUDGET.html);
      expect(total, `${path} at ${viewport.width} px loaded ${loaded.join(', ')}`).toBeLessThanOrEqual(DEFAULT_BUDGET.total);
      await context.close();
    }
  });

  it('give a table row headers and no empty header cell', async () => {
    const path = articlesWith('<table')[0]!;
    const page = await open(path);
    expect(await page.locator('.prose tbody th[scope="row"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.prose tbody tr').count()).toBe(await page.locator('.prose tbody th[scope="row"]').count());
    const emptyHeaders = await page.locator('.prose th').evaluateAll((cells) => cells.filter((cell) => !cell.textContent!.trim()).length);
    expect(emptyHeaders).toBe(0);
    await page.context().close();
  });

  it('give citation marks a tap target of at least 24 by 24 px on a phone', async () => {
    const page = await open(articlesWith('class="cite"')[0]!, { viewport: PHONE });
    const box = await page.locator('sup.cite a').first().boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });
});

describe('pictures', () => {
  const withPictures = articlesWith('class="picture');

  it('are on the pages the review asked for', () => {
    expect(withPictures.length).toBeGreaterThanOrEqual(4);
  });

  it.each(withPictures)('%s: every picture has a title, a description and an accessible name, and loads lazily', async (path) => {
    const page = await open(path);
    const figures = await page.locator('figure.picture').all();
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const image = figure.locator('img');
      const alt = (await image.getAttribute('alt'))!.trim();
      const caption = (await figure.locator('figcaption').textContent())!.trim();
      expect(alt.length).toBeGreaterThan(40);
      expect(caption.length).toBeGreaterThan(5);
      // The accessible name the browser computes, and the figure named by its caption.
      await expect(page.getByRole('img', { name: alt, exact: true }).count()).resolves.toBe(1);
      await expect(page.getByRole('figure', { name: caption, exact: true }).count()).resolves.toBe(1);
      expect(await image.getAttribute('loading')).toBe('lazy');
      expect(Number(await image.getAttribute('width'))).toBeGreaterThan(0);
      // The file itself carries the same title and description, for anyone who opens it alone.
      const svg = await (await fetch(new URL((await image.getAttribute('src'))!, baseUrl()))).text();
      const text = (tag: string) => new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(svg)?.[1]?.replace(/\s+/g, ' ').trim();
      expect(text('title')).toBe(caption);
      expect(text('desc')).toBe(alt);
      expect(svg).toMatch(/role="img"/);
    }
    await page.context().close();
  });

  it('follow the theme the reader chose with the toggle, and print light', async () => {
    const page = await open(withPictures[0]!, { colorScheme: 'light', viewport: DESKTOP });
    const figure = page.locator('figure.picture').first();
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.locator('img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    /** Mean brightness (0 to 255) of the drawn picture. */
    const brightness = async () => {
      const shot = await figure.locator('img').screenshot();
      return page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        let sum = 0;
        for (let index = 0; index < pixels.length; index += 4) sum += (pixels[index]! + pixels[index + 1]! + pixels[index + 2]!) / 3;
        return sum / (pixels.length / 4);
      }, shot.toString('base64'));
    };
    const light = await brightness();
    await page.locator('[data-theme-toggle]').click();
    const dark = await brightness();
    await page.emulateMedia({ media: 'print' });
    const printed = await brightness();
    expect(light).toBeGreaterThan(180);
    expect(dark).toBeLessThan(90);
    expect(printed).toBeGreaterThan(180);
    await page.context().close();
  });
});

describe('the evidence scale', () => {
  const path = articlesWith('class="evidence-scale')[0]!;

  it('labels its direction, counts each step and lists every claimed use as a list', async () => {
    const page = await open(path, { viewport: DESKTOP });
    const scale = page.locator('.evidence-scale');
    await expect(scale.locator('.evidence-scale__direction').textContent()).resolves.toMatch(/Less tested[\s\S]*More tested/);
    const steps = await scale.locator('.evidence-scale__steps > li').all();
    expect(steps.length).toBe(5);
    let total = 0;
    for (const step of steps) {
      const count = Number((await step.locator('.evidence-scale__count').textContent())!.match(/\d+/)![0]);
      const uses = await step.locator('.evidence-scale__uses a').count();
      expect(count).toBe(uses);
      total += count;
    }
    await expect(scale.locator('figcaption').textContent()).resolves.toContain(`${total} claimed uses`);
    // Left to right, from less to more tested.
    const lefts = await Promise.all(steps.map(async (step) => (await step.boundingBox())!.x));
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    await page.context().close();
  });

  it('uses a palette of its own, never the safety colours', async () => {
    const page = await open(path);
    const colours = await page.evaluate(() => {
      const probe = document.createElement('div');
      document.body.append(probe);
      const colourOf = (value: string) => {
        probe.style.background = value;
        return getComputedStyle(probe).backgroundColor;
      };
      const safety = ['--color-emergency', '--color-ask-doctor', '--color-tell-therapist'].map((name) => colourOf(`var(${name})`));
      const grades = [...document.querySelectorAll('.evidence-scale__head')].map((head) => getComputedStyle(head).backgroundColor);
      return { safety, grades };
    });
    expect(new Set(colours.grades).size).toBe(5);
    for (const grade of colours.grades) expect(colours.safety).not.toContain(grade);
    await page.context().close();
  });

  it('matches the grade badge on each claimed use in the hub, and links to its condition page', async () => {
    const page = await open('/articles/claimed-uses/');
    const uses = await page.locator('li[id]:has(> .grade-badge)').all();
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const id = await use.getAttribute('id');
      const label = (await use.locator('.grade-badge__label').textContent())!.trim();
      const step = page.locator('.evidence-scale__steps > li', { has: page.locator(`a[href="/conditions/${id}/"]`) });
      await expect(step.locator('.evidence-scale__label').textContent()).resolves.toBe(label);
      const badgeColour = await use.locator('.grade-badge').evaluate((badge) => getComputedStyle(badge).backgroundColor);
      const stepColour = await step.locator('.evidence-scale__head').evaluate((head) => getComputedStyle(head).backgroundColor);
      expect(badgeColour).toBe(stepColour);
    }
    await page.context().close();
  });
});

describe('the glossary', () => {
  it('has an A to Z bar: letters with words link to them, the others are not links', async () => {
    const page = await open('/glossary/', { viewport: PHONE });
    const bar = page.getByRole('navigation', { name: 'Glossary, A to Z' });
    await expect(bar.locator('li').allTextContents()).resolves.toHaveLength(26);
    const links = await bar.locator('a').all();
    expect(links.length).toBeGreaterThan(5);
    expect(links.length).toBeLessThan(26);
    for (const link of links) {
      const target = page.locator((await link.getAttribute('href'))!);
      expect((await target.textContent())!.trim()).toBe((await link.textContent())!.trim());
    }
    const letters = await bar.locator('li').allTextContents();
    const linked = (await bar.locator('a').allTextContents()).map((text) => text.trim());
    for (const letter of letters.map((text) => text.trim()[0]!).filter((letter) => !linked.includes(letter))) {
      expect(await page.locator(`#letter-${letter.toLowerCase()}`).count()).toBe(0);
    }
    await links[1]!.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.locator('a[href="#a-to-z"]').first().click();
    await expect(bar.isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('puts no space before a comma in "See also"', async () => {
    const page = await open('/glossary/');
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/\s,/);
    await page.context().close();
  });
});

describe('the 404 page', () => {
  it('has a search box that works without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/this-page-does-not-exist/');
    const box = page.getByRole('searchbox', { name: 'Search this site' });
    await box.fill('jaw pain');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=jaw\+pain$/);
    await context.close();
  });
});

describe('social previews', () => {
  it.each(paths)('%s names its own 1200 x 630 image, with alt text, and it exists', async (path) => {
    const page = html(path);
    const meta = (attribute: string, name: string) => new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(page)?.[1];
    const image = meta('property', 'og:image')!;
    expect(new URL(image).pathname).toBe(socialImagePath(path));
    expect(meta('property', 'og:image:width')).toBe('1200');
    expect(meta('property', 'og:image:height')).toBe('630');
    expect(meta('property', 'og:image:alt')).toContain(meta('property', 'og:title'));
    expect(meta('name', 'twitter:card')).toBe('summary_large_image');
    const response = await fetch(new URL(new URL(image).pathname, baseUrl()));
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await response.arrayBuffer());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('gives every page a different image', () => {
    const images = paths.map((path) => /<meta property="og:image" content="([^"]*)"/.exec(html(path))![1]);
    expect(new Set(images).size).toBe(paths.length);
  });
});
