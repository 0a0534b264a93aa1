import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checklistLinkFor,
  embedResizeScript,
  embedSnippetFor,
  posterLinkFor,
  posterLinkText,
  QR_QUIET_ZONE,
  qrMatrixFor,
} from '../../src/lib/clinic-link.ts';
import { CLINIC_NAME_MAX_LENGTH, checkClinicName, clinicNameProblem, parseClinicName } from '../../src/lib/clinic-name.ts';
import { scriptHash } from '../../src/lib/security-policy.ts';
import { listHtmlFiles, urlPathOf } from '../../src/lib/dist-pages.ts';
import { matrixFromQrSvg } from '../support/qr-svg.ts';
import { AXE_TAGS, baseUrl, launchBrowser, newContext, watchPage, type PageWatch } from './browser.ts';

const PATH = '/for-clinics/';
const NAME = 'Riverside Physio & Massage';
const SVG_DATA_URL_PREFIX = 'data:image/svg+xml,';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Points per millimetre in a PDF. */
const PT_PER_MM = 72 / 25.4;

// Each sets window.__injected if it ever runs as markup or script.
const HOSTILE_NAMES = [
  { label: 'a script element', name: '<script>window.__injected = 1</script>' },
  { label: 'an image with onerror', name: '<img src=x onerror="window.__injected = 1">' },
  { label: 'quotes closing an attribute', name: `"'><svg onload="window.__injected = 1"></svg>` },
  { label: 'a closing textarea tag', name: '</textarea><img src=x onerror="window.__injected = 1">' },
  { label: 'direction overrides and isolates', name: '\u202Egnissam\u202C Clinic \u2066<b>bold</b>\u2069' },
  { label: '10 KB of markup', name: '<i>x</i>'.repeat(1280) },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface OpenPage {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
  /** The origin built into the page: the deployed site, not the test server. */
  origin: string;
}

async function openPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<OpenPage> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(PATH, { waitUntil: 'networkidle' });
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  return { context, page, watch, origin: new URL(canonical!).origin };
}

const nameField = (page: Page) => page.locator('#clinic-name');
const linkField = (page: Page) => page.locator('#checklist-link');
const embedField = (page: Page) => page.locator('#embed-code');
const qrPanelImage = (page: Page) => page.locator('section[aria-labelledby="qr-heading"] img');
const posterImage = (page: Page) => page.locator('[data-poster] img');

/** The SVG an <img> shows from its data: URL. */
async function svgOf(image: ReturnType<Page['locator']>): Promise<string> {
  const src = (await image.getAttribute('src'))!;
  expect(src.startsWith(SVG_DATA_URL_PREFIX)).toBe(true);
  return decodeURIComponent(src.slice(SVG_DATA_URL_PREFIX.length));
}

/** Parses an SVG with the browser's XML parser: throws unless it is well formed. */
async function parseSvgInPage(page: Page, svg: string): Promise<{ root: string; title: string }> {
  return page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (document.querySelector('parsererror')) throw new Error(`not well-formed XML: ${text.slice(0, 80)}`);
    return { root: document.documentElement.localName, title: document.querySelector('title')?.textContent ?? '' };
  }, svg);
}

/** Sets a name as a paste would, past the field's maxlength, so the page's own limit is what is tested. */
async function setNameBeyondMaxLength(page: Page, name: string): Promise<void> {
  await nameField(page).evaluate((input: HTMLInputElement, value) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, name);
}

/** Requests that went over the network (data: and blob: URLs are made on the device). */
const networkRequests = (watch: PageWatch) => watch.requests.filter((url) => !/^(data|blob):/.test(url));

describe('the for-clinics page', () => {
  it('builds the link on the deployed origin as the clinic types, and updates everything with it', async () => {
    const { context, page, origin } = await openPage();
    expect(origin).not.toBe(new URL(baseUrl()).origin);
    await expect(page.locator('[data-clinic-tools]').getAttribute('data-site-origin')).resolves.toBe(origin);
    await expect(linkField(page).inputValue()).resolves.toBe(checklistLinkFor(origin, undefined));

    await nameField(page).pressSequentially(NAME);
    await expect(linkField(page).inputValue()).resolves.toBe(checklistLinkFor(origin, NAME));
    await expect(embedField(page).inputValue()).resolves.toBe(embedSnippetFor(origin, NAME));
    await expect(page.locator('[data-poster-link]').textContent()).resolves.toBe(posterLinkText(posterLinkFor(origin, NAME)));
    await expect(page.getByRole('link', { name: 'Open my link (opens in a new tab)' }).getAttribute('href')).resolves.toBe(checklistLinkFor(origin, NAME));
    await expect(page.locator('[data-poster-clinic]').textContent()).resolves.toBe(NAME);
    await expect(page.locator('[data-poster-clinic-line]').isVisible()).resolves.toBe(true);

    await nameField(page).fill('   ');
    await expect(linkField(page).inputValue()).resolves.toBe(`${origin}/checklist/`);
    await expect(page.locator('[data-poster-clinic-line]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it(`takes names of up to ${CLINIC_NAME_MAX_LENGTH} characters, says so, and announces what the button did`, async () => {
    const { context, page, origin } = await openPage();
    const hintId = (await nameField(page).getAttribute('aria-describedby'))!.split(' ')[0];
    await expect(page.locator(`#${hintId}`).textContent()).resolves.toContain(`Up to ${CLINIC_NAME_MAX_LENGTH} characters`);
    await expect(nameField(page).getAttribute('maxlength')).resolves.toBe(String(CLINIC_NAME_MAX_LENGTH));
    await setNameBeyondMaxLength(page, 'x'.repeat(CLINIC_NAME_MAX_LENGTH));
    await expect(linkField(page).inputValue()).resolves.toBe(checklistLinkFor(origin, 'x'.repeat(CLINIC_NAME_MAX_LENGTH)));

    await nameField(page).fill(NAME);
    await page.getByRole('button', { name: 'Make my link' }).click();
    const status = page.locator('[data-clinic-status]');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(status.textContent()).resolves.toContain('now have your clinic’s name');
    await context.close();
  });

  it.each([
    'URGENT: do not see a GP. Call 0900 555 0199 now. Dr Patel, NHS',
    'Riverside Physio 0800 123 456',
    'riverside-physio.com',
    'Call Riverside Physio',
    'Riverside Physio!',
    'x'.repeat(CLINIC_NAME_MAX_LENGTH + 1),
  ])('explains, as the clinic types it, why %j cannot go in the link, and keeps everything plain', async (name) => {
    const { context, page, origin } = await openPage();
    await setNameBeyondMaxLength(page, name);
    const status = page.locator('[data-clinic-status]');
    await expect(status.textContent()).resolves.toBe(clinicNameProblem(checkClinicName(name)));
    await expect(nameField(page).getAttribute('aria-describedby')).resolves.toContain('clinic-name-status');
    await expect(linkField(page).inputValue()).resolves.toBe(`${origin}/checklist/`);
    await expect(embedField(page).inputValue()).resolves.toBe(embedSnippetFor(origin, undefined));
    await expect(page.locator('[data-poster-clinic-line]').isVisible()).resolves.toBe(false);
    // Pressing the button keeps the explanation.
    await page.getByRole('button', { name: 'Make my link' }).click();
    await expect(status.textContent()).resolves.toBe(clinicNameProblem(checkClinicName(name)));
    await context.close();
  });

  it('shows the whole link, and opens it in a new tab', async () => {
    const { context, page, origin } = await openPage({ viewport: { width: 375, height: 812 } });
    await nameField(page).fill('Clínica São João - Fisioterapia & Bem-estar');
    const link = checklistLinkFor(origin, 'Clínica São João - Fisioterapia & Bem-estar');
    await expect(linkField(page).inputValue()).resolves.toBe(link);
    const overflow = await linkField(page).evaluate((field) => [field.scrollWidth - field.clientWidth, field.scrollHeight - field.clientHeight]);
    expect(overflow).toEqual([0, 0]);
    const open = page.getByRole('link', { name: 'Open my link (opens in a new tab)' });
    await expect(open.getAttribute('href')).resolves.toBe(link);
    await expect(open.getAttribute('target')).resolves.toBe('_blank');
    await context.close();
  });

  it('gives the resize script with the snippet, and its hash for a clinic site’s CSP', async () => {
    const { context, page, origin } = await openPage();
    await expect(embedField(page).inputValue()).resolves.toContain(`<script>${embedResizeScript(origin)}</script>`);
    await expect(page.locator('[data-resize-hash]').textContent()).resolves.toBe(scriptHash(embedResizeScript(origin)));
    await context.close();
  });

  it('shows a well-formed QR code of the link, the same as qrcode-generator makes, redrawn when the name changes', async () => {
    const { context, page, origin } = await openPage();
    const shownMatrix = async () => matrixFromQrSvg(await svgOf(qrPanelImage(page)), QR_QUIET_ZONE);
    expect(await shownMatrix()).toEqual(qrMatrixFor(checklistLinkFor(origin, undefined)));

    await nameField(page).fill(NAME);
    const svg = await svgOf(qrPanelImage(page));
    await expect(parseSvgInPage(page, svg)).resolves.toEqual({
      root: 'svg',
      title: `QR code for ${checklistLinkFor(origin, NAME)}`,
    });
    expect(await shownMatrix()).toEqual(qrMatrixFor(checklistLinkFor(origin, NAME)));
    expect(await shownMatrix()).not.toEqual(qrMatrixFor(checklistLinkFor(origin, undefined)));
    await expect(posterImage(page).getAttribute('src')).resolves.toBe(await qrPanelImage(page).getAttribute('src'));
    await expect(
      qrPanelImage(page).evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)
    ).resolves.toBe(true);
    await context.close();
  });

  it('downloads the QR code as SVG and PNG made on the device, with no request', async () => {
    const { context, page, origin, watch } = await openPage();
    await nameField(page).fill(NAME);
    const link = checklistLinkFor(origin, NAME);
    const requestsBefore = networkRequests(watch).length;

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('checklist-qr-code.svg');
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toBe(await svgOf(qrPanelImage(page)));
    expect(matrixFromQrSvg(svg, QR_QUIET_ZONE)).toEqual(qrMatrixFor(link));

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('checklist-qr-code.png');
    const png = readFileSync((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const matrix = qrMatrixFor(link);
    const side = png.readUInt32BE(16);
    expect(png.readUInt32BE(20)).toBe(side);
    const moduleSize = side / (matrix.length + 2 * QR_QUIET_ZONE);
    expect(Number.isInteger(moduleSize)).toBe(true);
    // Read the PNG back in the browser and sample the middle of every module.
    const pngMatrix = await page.evaluate(
      async ({ base64, modules, moduleSize, quietZone }) => {
        const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        const darkAt = (x: number, y: number) => pixels[(y * bitmap.width + x) * 4]! < 128;
        const centre = (index: number) => Math.floor((index + quietZone + 0.5) * moduleSize);
        return Array.from({ length: modules }, (_, row) =>
          Array.from({ length: modules }, (_, column) => darkAt(centre(column), centre(row)))
        );
      },
      { base64: png.toString('base64'), modules: matrix.length, moduleSize, quietZone: QR_QUIET_ZONE }
    );
    expect(pngMatrix).toEqual(matrix);

    expect(networkRequests(watch).slice(requestsBefore)).toEqual([]);
    expect(watch.otherOrigins).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('copies the link and the embed code to the clipboard and announces "Copied"', async () => {
    const { context, page, origin } = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await nameField(page).fill(NAME);
    const cases = [
      { button: 'Copy link', text: checklistLinkFor(origin, NAME) },
      { button: 'Copy code', text: embedSnippetFor(origin, NAME) },
    ];
    for (const { button, text } of cases) {
      const field = page.locator('[data-copy-field]', { has: page.getByRole('button', { name: button }) });
      const status = field.locator('[data-copy-status]');
      await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
      await field.getByRole('button', { name: button }).click();
      await page.waitForFunction((element) => element.textContent === 'Copied', await status.elementHandle());
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(text);
    }
    // A new name makes the old "Copied" untrue: it goes.
    await nameField(page).fill('Another Clinic');
    await expect(page.locator('[data-copy-status]').allTextContents()).resolves.toEqual(['', '']);
    await context.close();
  });

  it('selects the text to copy by hand when the clipboard refuses', async () => {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
      });
    });
    const page = await context.newPage();
    await page.goto(PATH);
    await page.getByRole('button', { name: 'Copy code' }).click();
    const status = page.locator('[data-copy-field]:has(#embed-code) [data-copy-status]');
    await page.waitForFunction((element) => element.textContent!.startsWith('Selected'), await status.elementHandle());
    const selection = await embedField(page).evaluate((field: HTMLTextAreaElement) => ({
      focused: document.activeElement === field,
      start: field.selectionStart,
      end: field.selectionEnd,
      length: field.value.length,
    }));
    expect(selection).toEqual({ focused: true, start: 0, end: selection.length, length: selection.length });
    expect(selection.length).toBeGreaterThan(0);
    await context.close();
  });

  it.each([
    { paper: 'a4', label: 'A4', widthMm: 210, heightMm: 297 },
    { paper: 'letter', label: 'US Letter', widthMm: 215.9, heightMm: 279.4 },
  ])(
    'prints only the poster, on one $label page even with the longest name',
    async ({ paper, label, widthMm, heightMm }) => {
      const { context, page, origin } = await openPage();
      await nameField(page).fill('W'.repeat(CLINIC_NAME_MAX_LENGTH));
      await expect(page.locator('[data-poster-clinic-line]').isVisible()).resolves.toBe(true);
      await page.getByRole('radio', { name: label }).check();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('[data-poster]').isVisible()).resolves.toBe(true);
      await expect(page.locator('[data-poster-link]').textContent()).resolves.toBe(
        posterLinkText(posterLinkFor(origin, 'W'.repeat(CLINIC_NAME_MAX_LENGTH)))
      );
      // A test build says so on the printed poster too: its QR code reaches nobody.
      await expect(page.locator('[data-poster] [data-site-address-notice]').isVisible()).resolves.toBe(true);
      for (const selector of [
        'header',
        'footer',
        'h1',
        '#clinic-name',
        '#checklist-link',
        '#embed-code',
        '#qr-heading',
        '#poster-heading',
        'nav',
      ]) {
        await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
      }
      await expect(
        page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('page'))
      ).resolves.toBe(paper);

      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      expect(/\/Count (\d+)/.exec(pdf)?.[1]).toBe('1');
      const [, , , width, height] = /\/MediaBox \[([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)\]/.exec(pdf)!.map(Number);
      expect(Math.abs(width! - widthMm * PT_PER_MM)).toBeLessThan(1);
      expect(Math.abs(height! - heightMm * PT_PER_MM)).toBeLessThan(1);
      await context.close();
    }
  );

  it('opens the print dialog from the Print poster button', async () => {
    const { context, page } = await openPage();
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Print poster' }).click();
    await expect(page.locator('html').getAttribute('data-printed')).resolves.toBe('yes');
    await context.close();
  });

  it.each(HOSTILE_NAMES)('keeps a hostile name as text: no element, no code, no request ($label)', async ({ name }) => {
    const { context, page, origin, watch } = await openPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const countElements = () => page.evaluate(() => document.querySelectorAll('*').length);
    const elementsBefore = await countElements();
    const requestsBefore = networkRequests(watch).length;

    await setNameBeyondMaxLength(page, name);
    const shown = parseClinicName(name) ?? '';
    await expect(page.locator('[data-poster-clinic]').textContent()).resolves.toBe(shown);
    await expect(page.locator('[data-poster-clinic]').evaluate((element) => element.children.length)).resolves.toBe(0);
    await expect(linkField(page).inputValue()).resolves.toBe(checklistLinkFor(origin, name));
    await expect(embedField(page).inputValue()).resolves.toBe(embedSnippetFor(origin, name));
    await page.waitForTimeout(200);
    await expect(countElements()).resolves.toBe(elementsBefore);
    await expect(page.evaluate(() => 'injected' in window || '__injected' in window)).resolves.toBe(false);
    expect(dialogs).toEqual([]);
    expect(networkRequests(watch).slice(requestsBefore)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('makes no request to another origin and logs no error', async () => {
    const { context, page, watch } = await openPage();
    await nameField(page).fill(NAME);
    expect(watch.otherOrigins).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('explains everything and gives the plain link, QR code and embed code without JavaScript', async () => {
    const { context, page, origin } = await openPage({ javaScriptEnabled: false });
    await expect(page.locator('main').textContent()).resolves.toMatch(/not a diagnosis[\s\S]*keeps no data/);
    await expect(page.getByText('need JavaScript').isVisible()).resolves.toBe(true);
    await expect(nameField(page).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(false);
    await expect(linkField(page).inputValue()).resolves.toBe(checklistLinkFor(origin, undefined));
    await expect(embedField(page).inputValue()).resolves.toBe(embedSnippetFor(origin, undefined));
    expect(matrixFromQrSvg(await svgOf(posterImage(page)), QR_QUIET_ZONE)).toEqual(
      qrMatrixFor(checklistLinkFor(origin, undefined))
    );
    // The paper choice is CSS only.
    await page.getByRole('radio', { name: 'US Letter' }).check();
    await expect(
      page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('page'))
    ).resolves.toBe('letter');
    await context.close();
  });

  it('hides the no-JavaScript note when JavaScript runs', async () => {
    const { context, page } = await openPage();
    await expect(page.getByText('need JavaScript').isVisible()).resolves.toBe(false);
    await expect(nameField(page).isVisible()).resolves.toBe(true);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const name of ['', NAME, 'Call 0900 555 0199']) {
      it(`has no axe violations (${colorScheme}, name ${JSON.stringify(name)})`, async () => {
        const { context, page } = await openPage({ colorScheme });
        if (name) await nameField(page).fill(name);
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
        );
        expect(summary).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('the QR code library', () => {
  const pages = listHtmlFiles('dist').map((file) => ({
    path: urlPathOf(file, 'dist'),
    html: readFileSync(file, 'utf8'),
  }));
  const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  // A message only qrcode-generator's code carries.
  const isQrLibrary = (script: string) => readFileSync(join('dist', script), 'utf8').includes('code length overflow');

  it('loads on the for-clinics page and on no other page', () => {
    const forClinics = pages.find((page) => page.path === PATH)!;
    expect(scriptsOf(forClinics.html).filter(isQrLibrary)).toHaveLength(1);
    const elsewhere = pages
      .filter((page) => page.path !== PATH)
      .flatMap((page) => scriptsOf(page.html).filter(isQrLibrary));
    expect(elsewhere).toEqual([]);
  });
});

describe('a build without the real site address (a test copy)', () => {
  const notice = (page: Page) => page.locator('[data-site-address-notice]');

  it('says so at the top of the clinics page, naming the address that reaches nobody', async () => {
    const { context, page, origin } = await openPage();
    await expect(notice(page).first().isVisible()).resolves.toBe(true);
    const text = await notice(page).first().innerText();
    expect(text).toContain('Test copy of the site');
    expect(text).toContain(origin);
    expect(text).toContain('npm run build:deploy');
    const [noticeTop, linkTop] = await Promise.all([
      notice(page).first().evaluate((element) => element.getBoundingClientRect().top),
      page.locator('#link-heading').evaluate((element) => element.getBoundingClientRect().top),
    ]);
    expect(noticeTop).toBeLessThan(linkTop);
    await context.close();
  });

  it('says so on the poster preview and the printed poster', async () => {
    const { context, page } = await openPage();
    const onPoster = page.locator('[data-poster] [data-site-address-notice]');
    await expect(onPoster.innerText()).resolves.toContain('This QR code and link do not work yet.');
    await page.emulateMedia({ media: 'print' });
    await expect(onPoster.isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('says so on the about page, next to nothing else changed', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/about/');
    await expect(notice(page).innerText()).resolves.toContain('corrections@sacral-massage-explained.example, reaches nobody');
    await context.close();
  });
});
