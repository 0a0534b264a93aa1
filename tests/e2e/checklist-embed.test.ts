// The checklist inside a clinic's own page: the embed page, and the snippet from /for-clinics/
// pasted into a real parent page on another origin, with the CSP a careful clinic would set.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../support/static-server.mjs';
import { EMBED_FRAME_ID, embedResizeScript, embedSnippetFor } from '../../src/lib/clinic-link.ts';
import { scriptHash } from '../../src/lib/security-policy.ts';
import { baseUrl, launchBrowser, newContext } from './browser.ts';
import {
  completeByClicks,
  expectAxeClean,
  firstOfTier,
  openChecklist,
  planWith,
  CHECKLIST,
} from './checklist-page.ts';

const CLINIC_NAME = 'Riverside Physio';

let browser: Browser;
/** A clinic's own website: another origin (another port on this machine), with a strict CSP of its own. */
let clinicSite: { url: string; close: () => Promise<void> };
let clinicSiteDir: string;

/**
 * Writes the clinic's booking page twice, with the snippet the clinics page gives (made for the
 * test server's origin): whole, and without its script. The site's CSP allows only the resize
 * script's hash, as the clinics page tells clinics to do.
 */
function writeClinicSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clinic-site-'));
  const origin = new URL(baseUrl()).origin;
  const snippet = embedSnippetFor(origin, CLINIC_NAME);
  for (const [folder, pasted] of [['with-script', snippet], ['without-script', snippet.split('\n')[0]!]] as const) {
    mkdirSync(join(dir, folder));
    writeFileSync(
      join(dir, folder, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Book</title></head><body><h1>Riverside Physio: book a session</h1><p>Before your first visit, please answer these questions.</p>${pasted}<p>Thank you.</p></body></html>`
    );
  }
  writeFileSync(
    join(dir, '_headers'),
    `/*\n  Content-Security-Policy: default-src 'none'; script-src ${scriptHash(embedResizeScript(origin))}; frame-src ${origin}\n`
  );
  return dir;
}

beforeAll(async () => {
  browser = await launchBrowser();
  clinicSiteDir = writeClinicSite();
  clinicSite = await startStaticServer({ root: clinicSiteDir, port: 0 });
});
afterAll(async () => {
  await browser?.close();
  await clinicSite?.close();
  if (clinicSiteDir) rmSync(clinicSiteDir, { recursive: true, force: true });
});

interface ClinicPage {
  context: BrowserContext;
  page: Page;
  frame: () => Promise<Frame>;
  frameHeight: () => Promise<number>;
  /** Every message the clinic's page received, as it arrived. */
  messages: () => Promise<{ type: string; data: unknown; origin: string }[]>;
}

/** The clinic's booking page, on a phone, with or without the resize script. */
async function openClinicPage(options: { withScript: boolean }): Promise<ClinicPage> {
  const context = await newContext(browser, { viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  // Recorded in the clinic's page only: what the framed checklist sends to it.
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const received: unknown[] = [];
    Object.assign(window, { __received: received });
    addEventListener('message', (event) => received.push({ type: typeof event.data, data: event.data, origin: event.origin }));
  });
  await page.goto(`${clinicSite.url}/${options.withScript ? 'with-script' : 'without-script'}/`, { waitUntil: 'networkidle' });
  expect(new URL(page.url()).origin).not.toBe(new URL(baseUrl()).origin);
  const frameElement = page.locator(`#${EMBED_FRAME_ID}`);
  return {
    context,
    page,
    frame: async () => (await (await frameElement.elementHandle())!.contentFrame())!,
    frameHeight: () => frameElement.evaluate((frame: HTMLIFrameElement) => Number(frame.height)),
    messages: () => page.evaluate(() => (window as unknown as { __received: { type: string; data: unknown; origin: string }[] }).__received),
  };
}

/** The checklist's own height inside the frame. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom + scrollY));

describe('the embed page', () => {
  it('has no site header or footer, a short intro, names the site in a new-tab link, and shows the clinic', async () => {
    const { page, context, checklist } = await openChecklist(browser, `/checklist/embed/?clinic=${encodeURIComponent(CLINIC_NAME)}`);
    await expect(page.locator('header, footer, nav[aria-label="Main"], a[href="#main"]').count()).resolves.toBe(0);
    const attribution = page.getByRole('link', { name: /^From Sacral Massage Explained/ });
    await expect(attribution.getAttribute('target')).resolves.toBe('_blank');
    await expect(attribution.getAttribute('href')).resolves.toBe('/');
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    await expect(page.locator('[data-clinic-note]').innerText()).resolves.toBe(
      `Sent to you by ${CLINIC_NAME}. The name comes from the link and has not been checked.`
    );
    await expect(page.locator('[data-checklist]').getAttribute('data-pagefind-body')).resolves.toBeNull();
    // The intro is three short lines; the paper instruction does not show.
    const intro = await page.locator('.checklist-intro').innerText();
    expect(intro.split(/\s+/).length).toBeLessThan(40);
    await expect(page.getByText('On paper: print this page').isVisible()).resolves.toBe(false);

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

  it('has no axe violations on its first step and its emergency card (light and dark)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openChecklist(browser, '/checklist/embed/', { colorScheme });
      await expectAxeClean(page, `embed, ${colorScheme}`);
      await page.locator(`input[name="${firstOfTier(CHECKLIST, 'emergency').id}"][value="yes"]`).check();
      await page.locator('[data-action="continue"]').click();
      await expectAxeClean(page, `embed emergency card, ${colorScheme}`);
      await context.close();
    }
  });
});

describe('the snippet in a clinic page on another origin', () => {
  it('fits the frame to the checklist, step by step, so nobody scrolls a box inside the page', async () => {
    const clinic = await openClinicPage({ withScript: true });
    const frame = await clinic.frame();
    await clinic.page.waitForFunction((id) => (document.getElementById(id) as HTMLIFrameElement).height !== '900', EMBED_FRAME_ID);
    const firstStep = await clinic.frameHeight();
    expect(firstStep).toBe(await contentHeight(frame));
    await expect(frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).resolves.toBeLessThanOrEqual(1);

    // Another step, another height: the frame follows.
    await frame.locator('[data-action="continue"]').click();
    await clinic.page.waitForFunction(([id, before]) => Number((document.getElementById(id) as HTMLIFrameElement).height) !== before, [EMBED_FRAME_ID, firstStep] as const);
    expect(await clinic.frameHeight()).toBe(await contentHeight(frame));
    await clinic.context.close();
  });

  it('receives only heights, as numbers from the site, never an answer', async () => {
    const clinic = await openClinicPage({ withScript: true });
    const frame = await clinic.frame();
    await completeByClicks(frame, CHECKLIST, planWith(CHECKLIST, { [firstOfTier(CHECKLIST, 'ask-doctor').id]: 'yes' }));
    await frame.locator('[data-outcome="ask-doctor"]').waitFor();
    const messages = await clinic.messages();
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toMatchObject({ type: 'number', origin: new URL(baseUrl()).origin });
      expect(Number.isInteger(message.data)).toBe(true);
    }
    await clinic.context.close();
  });

  it('ignores a height posted by anything but the framed checklist', async () => {
    const clinic = await openClinicPage({ withScript: true });
    await clinic.page.waitForFunction((id) => (document.getElementById(id) as HTMLIFrameElement).height !== '900', EMBED_FRAME_ID);
    const before = await clinic.frameHeight();
    // The clinic's own page, or another script on it, posting a height: not from the frame.
    await clinic.page.evaluate(() => {
      postMessage(5, '*');
      postMessage('7000', '*');
    });
    await clinic.page.waitForTimeout(200);
    expect(await clinic.frameHeight()).toBe(before);
    await clinic.context.close();
  });

  it('still works without the resize script: the frame keeps its height and the checklist runs inside', async () => {
    const clinic = await openClinicPage({ withScript: false });
    const frame = await clinic.frame();
    await frame.locator(`input[name="${CHECKLIST.groups[0]!.questions[0]!.id}"][value="no"]`).check();
    await frame.locator('[data-action="continue"]').click();
    await expect(frame.locator('[data-current] h2').innerText()).resolves.toContain('Step 2 of');
    expect(await clinic.frameHeight()).toBe(900);
    await clinic.context.close();
  });
});
