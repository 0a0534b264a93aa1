import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { launchBrowser, newContext, watchPage } from './browser.ts';

/** Every condition page in the built sitemap, and the records it was built from. */
const sitemap = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (match) => new URL(match[1]!).pathname
);
const conditionPaths = sitemap.filter((path) => /^\/conditions\/[^/]+\/$/.test(path));
const recordIds = readdirSync('content/claimed-uses')
  .filter((name) => name.endsWith('.yaml') && name !== 'grades.yaml')
  .map((name) => name.replace(/\.yaml$/, ''));
/** Colic stands for the pages with studies (numbers in details, a care group, a charity); jaw for those with no trials. */
const COLIC = '/conditions/infant-colic/';
const NO_TRIALS = '/conditions/jaw-joint-problems/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await (await newContext(browser, viewport ? { viewport } : {})).newPage();
  await page.goto(path);
  return page;
}

/** The name of the first other option in a page's record: the one the side-by-side compares. */
function firstOptionName(path: string): string {
  const id = path.split('/')[2]!;
  const record = parseYaml(readFileSync(`content/claimed-uses/${id}.yaml`, 'utf8')) as { otherOptions: { name: string }[] };
  // The page shows the typographic apostrophe the data's prose fields get.
  return record.otherOptions[0]!.name.replace(/'/g, '’');
}

/**
 * The "How it fits your life" and "What matters to you?" parts, in page order after the usual
 * course and before the questions, with the three choices side by side, each a list of what it
 * may do, its risks and what it asks of you, and the weighing-it-up link after them.
 */
async function expectDecisionParts(path: string, sessions: RegExp): Promise<Page> {
  const page = await open(path, { width: 375, height: 800 });
  const headings = (await page.locator('article h2').allTextContents()).map((heading) => heading.trim());
  const order = ['If you don’t have it', 'How it fits your life', 'What matters to you?', 'Questions to ask a practitioner'].map(
    (heading) => headings.indexOf(heading)
  );
  expect(order.every((index) => index >= 0), headings.join(' | ')).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));

  const life = page.locator('#how-it-fits-your-life + ul > li');
  await expect(life.first().textContent()).resolves.toMatch(sessions);
  const lines = (await life.allTextContents()).join(' ');
  expect(lines).toMatch(/Cost:[\s\S]*Time:[\s\S]*Insurance:/);
  await expect(life.filter({ hasText: 'Insurance:' }).locator('sup.cite').count()).resolves.toBe(1);

  const matters = page.locator('#what-matters-to-you + div');
  await expect(matters.textContent()).resolves.toContain('Not having craniosacral therapy costs nothing');
  const choices = matters.locator('h4');
  expect((await choices.allTextContents()).map((name) => name.trim())).toEqual([
    'Craniosacral therapy',
    firstOptionName(path),
    'Waiting and watching',
  ]);
  for (const list of await matters.locator('h4 + ul').all()) {
    await expect(list.textContent()).resolves.toMatch(/What it may do:[\s\S]*Risks:[\s\S]*What it asks of you:/);
  }
  // The weighing-it-up link still follows, after the choices.
  await expect(matters.locator('h4 ~ p a[href="/articles/weighing-it-up/"]').count()).resolves.toBe(1);
  // One list per choice fits a phone: nothing is wider than the 375 px screen.
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
  return page;
}

describe('the condition pages', () => {
  it('are in the sitemap, one for each claimed-use record, at least 25', () => {
    expect(conditionPaths.sort()).toEqual(recordIds.map((id) => `/conditions/${id}/`).sort());
    expect(conditionPaths.length).toBeGreaterThanOrEqual(25);
    expect(sitemap).toContain('/conditions/');
  });

  it('are all linked from /conditions/, grouped under topic headings', async () => {
    const page = await open('/conditions/');
    const links = await page
      .locator('main section li > a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect([...links].sort()).toEqual([...conditionPaths].sort());
    expect(await page.locator('main section h2').count()).toBeGreaterThanOrEqual(4);
    // Findable by a lay name: the list shows other names, such as "TMJ" for the jaw page.
    await expect(page.locator('main').textContent()).resolves.toContain('TMJ');
    await page.context().close();
  });

  it('are all linked from the claimed-uses hub and from the evidence scale', async () => {
    const page = await open('/articles/claimed-uses/');
    for (const region of ['#each-claim-and-its-evidence + p + div', 'figure']) {
      const links = await page
        .locator(`${region} a[href^="/conditions/"]`)
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(new Set(links), region).toEqual(new Set(conditionPaths));
    }
    await page.context().close();
  });
});

describe(`a condition page (${COLIC})`, () => {
  it('puts the answer first, then the verdict on the scale, then the claim, research, options, usual course and questions', async () => {
    const page = await open(COLIC);
    expect((await page.locator('h1').textContent())!.trim()).toBe(
      'Craniosacral therapy for baby colic: what the research shows'
    );
    const headings = (await page.locator('article h2').allTextContents()).map((heading) => heading.trim());
    const order = [
      'The short answer',
      'How well it has been tested',
      'What is claimed',
      'What the research found',
      'Is it safe?',
      'Other options with stronger evidence',
      'If you don’t have it',
      'How it fits your life',
      'What matters to you?',
      'Questions to ask a practitioner',
      'More information and support',
      'Related conditions',
      'Sources',
    ].map((heading) => headings.indexOf(heading));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The babies' care list is the checklist's own, rendered from its data (tests/e2e/care-lists.test.ts checks every line).
    await expect(page.locator('#is-it-safe ~ .care-card[data-care-list="emergency"]').count()).resolves.toBeGreaterThan(0);
    // The verdict is marked on the scale in words, not colour alone.
    await expect(page.locator('li[aria-current="true"]').textContent()).resolves.toContain('(this condition)');
    const crumbs = await page.locator('nav[aria-label="Breadcrumb"] li').allTextContents();
    expect(crumbs.map((crumb) => crumb.replace(/[\s›]+/g, ' ').trim())).toEqual([
      'Home',
      'Conditions',
      'Colic in babies',
    ]);
    await page.context().close();
  });

  it('folds each study’s exact numbers into a details element, closed until asked for', async () => {
    const page = await open(COLIC);
    const details = page.locator('details').first();
    await expect(details.getAttribute('open')).resolves.toBeNull();
    await details.locator('summary').click();
    await expect(details.locator('p').isVisible()).resolves.toBe(true);
    await expect(details.textContent()).resolves.toMatch(/\d/);
    await page.context().close();
  });

  it('gives every option with stronger evidence how it works, what it can do and its risks, each cited', async () => {
    const page = await open(COLIC);
    const options = page.locator('#other-options ~ h3 + ul').filter({ hasText: 'How it works:' });
    expect(await options.count()).toBeGreaterThanOrEqual(2);
    for (const list of await options.all()) {
      await expect(list.textContent()).resolves.toMatch(/How it works:[\s\S]*What it can do:[\s\S]*Risks:/);
      expect(await list.locator('sup.cite').count()).toBeGreaterThanOrEqual(2);
    }
    await page.context().close();
  });

  it('says how a course fits your life, from its trial, what matters to you, and three choices side by side', async () => {
    const page = await expectDecisionParts(COLIC, /^\s*Sessions:.*1 to 3 sessions/);
    // The session count is cited to its trial, and a baby's page says who comes and who decides.
    await expect(page.locator('#how-it-fits-your-life + ul > li').first().locator('sup.cite').count()).resolves.toBe(1);
    await expect(page.locator('#how-it-fits-your-life + ul').textContent()).resolves.toContain('For a baby:');
    await page.context().close();
  });

  it('numbers its sources by first use and links each citation to its source', async () => {
    const page = await open(COLIC);
    const numbers = await page.locator('#sources-heading + ol > li > span:first-child').allTextContents();
    expect(numbers.length).toBeGreaterThanOrEqual(5);
    expect(numbers).toEqual(numbers.map((_, index) => `[${index + 1}]`));
    for (const href of await page
      .locator('sup.cite a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(href).count(), href).resolves.toBe(1);
    }
    await page.context().close();
  });

  it('names the condition-specific charity, shows its dates, links onward and ends with the checklist', async () => {
    const page = await open(COLIC);
    await expect(page.locator('aside[aria-labelledby="more-information-heading"]').textContent()).resolves.toContain(
      'Cry-sis'
    );
    const status = (await page
      .locator('article p.text-sm')
      .filter({ hasText: 'First published' })
      .textContent())!.replace(/\s+/g, ' ');
    expect(status).toMatch(/Last checked against sources \d{1,2} \w+ \d{4} · Next check due \d{1,2} \w+ \d{4}/);
    await expect(page.locator('a[href="/articles/weighing-it-up/"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('aside[aria-label="Checklist"] a[href="/checklist/"]').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('describes itself to search engines: a MedicalWebPage about a MedicalCondition, with breadcrumbs', async () => {
    const page = await open(COLIC);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(data).toMatchObject({
      '@type': 'MedicalWebPage',
      about: { '@type': 'MedicalCondition', name: 'Colic in babies' },
      breadcrumb: { '@type': 'BreadcrumbList' },
    });
    expect(data.about.alternateName).toContain('colic');
    expect(data.breadcrumb.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      'Home',
      'Conditions',
      'Colic in babies',
    ]);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description!.length).toBeLessThanOrEqual(160);
    await page.context().close();
  });

  it('runs no JavaScript of its own: only the inline theme script, and search loads when opened', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(COLIC, { waitUntil: 'networkidle' });
    expect(watch.requests.filter((url) => /\.m?js(\?|$)/.test(url))).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('warning signs on a condition page', () => {
  it('come from the checklist, as its emergency care list, under "Changes that need a doctor"', async () => {
    const page = await open('/conditions/back-pain/');
    const card = page.locator('#if-you-dont-have-it ~ .care-card[data-care-list="emergency"]');
    await expect(card.count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toContain('numbness between your legs');
    await page.context().close();
  });
});

describe('health information on a condition page', () => {
  it('links the NHS website to its page on the condition where the record gives one, and to its home page elsewhere', async () => {
    const links = async (path: string) => {
      const page = await open(path);
      const href = await page
        .locator('aside[aria-labelledby="more-information-heading"] a', { hasText: 'NHS website' })
        .getAttribute('href');
      await page.context().close();
      return href;
    };
    await expect(links('/conditions/back-pain/')).resolves.toBe('https://www.nhs.uk/conditions/back-pain/');
    await expect(links(NO_TRIALS)).resolves.not.toBe('https://www.nhs.uk/conditions/back-pain/');
  });
});

describe(`a page where no trial was found (${NO_TRIALS})`, () => {
  it('says when and where we looked, and still gives options and what to ask', async () => {
    const page = await open(NO_TRIALS);
    await expect(page.locator('main').textContent()).resolves.toMatch(
      /We last searched for trials on \d{1,2} \w+ \d{4}, in /
    );
    expect(await page.locator('#other-options ~ h3').count()).toBeGreaterThan(0);
    expect(await page.locator('#questions-to-ask + p + ul > li').count()).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('says no one knows how many sessions, and still gives what matters and the three choices', async () => {
    const page = await expectDecisionParts(NO_TRIALS, /^\s*Sessions: We found no trial of this therapy for this problem/);
    await expect(page.locator('#how-it-fits-your-life + ul > li').first().locator('sup.cite').count()).resolves.toBe(0);
    await expect(page.locator('#how-it-fits-your-life + ul').textContent()).resolves.not.toMatch(/For a (baby|child):/);
    await page.context().close();
  });
});
