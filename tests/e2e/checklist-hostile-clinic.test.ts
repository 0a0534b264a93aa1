// The ?clinic= value is whatever a link says: anyone can craft one. Whatever it holds, the page
// shows it as plain text or not at all (only a plain name is shown), runs none of it, and keeps
// working.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINIC_NAME_MAX_LENGTH, clinicNameFromSearch } from '../../src/lib/clinic-name.ts';
import { launchBrowser } from './browser.ts';
import { focusOf, groupHeading, openChecklist } from './checklist-page.ts';

/** Values that the page must never run or render as markup: each sets the canary or opens a dialog if it does. */
const HOSTILE_VALUES: [label: string, value: string][] = [
  ['script tag', '<script>window.__pwned=1</script>'],
  ['script tag with src', '<script src="/evil.js"></script>'],
  ['img onerror', '<img src=x onerror="window.__pwned=1">'],
  ['svg onload', '<svg onload="window.__pwned=1"></svg>'],
  ['svg with script', '<svg><script>window.__pwned=1</script></svg>'],
  ['iframe javascript: src', '<iframe src="javascript:window.__pwned=1"></iframe>'],
  ['event handler breaking out of an attribute', '" onmouseover="window.__pwned=1" x="'],
  ['single-quoted attribute break-out', "' autofocus onfocus='window.__pwned=1"],
  ['javascript: URL', 'javascript:window.__pwned=1'],
  ['data: URL with HTML', 'data:text/html,<script>alert(1)</script>'],
  ['closing the paragraph first', '</span></p><script>alert(1)</script>'],
  ['details ontoggle', '<details open ontoggle=alert(1)>'],
  ['HTML entities', '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62;'],
  ['numeric entity for a script tag', '&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;'],
  ['right-to-left override', 'Clinic \u202Egnp.exe\u202C'],
  ['left-to-right and isolate marks', '\u200E\u2066Clinic\u2069\u200F'],
  ['zero-width characters', 'Ri\u200Bver\u200Cside\u200D Phy\uFEFFsio'],
  ['10 KB of letters', 'A'.repeat(10_240)],
  // Percent-encoded, "<b>" takes 9 bytes: this link is 10 KB (Node's server refuses URLs over 16 KB).
  ['10 KB of markup, once encoded', '<b>'.repeat(1_130)],
  ['emoji beyond the length limit', '🩺'.repeat(200)],
  ['double quotes', '"Riverside" "Physio"'],
  ['backticks', '`${alert(1)}` Clinic'],
  ['template syntax', '{{constructor.constructor("alert(1)")()}} ${7*7} <%= 7*7 %>'],
  ['CSS injection', '</style><style>body{display:none}</style>'],
  ['inline style attribute', '<p style="position:fixed;inset:0;background:red">Clinic</p>'],
  ['null bytes', 'Clinic\u0000\u0000Name'],
  ['newlines and tabs', 'Line one\nLine two\r\n\tTabbed'],
  ['only white space', ' \n\t '],
  ['only invisible characters', '\u200B\u202E\u2066\u0000'],
  ['SQL-looking text', "Robert'); DROP TABLE clinics;--"],
  ['a URL pretending to be a redirect', 'https://evil.example/?return=https://evil.example'],
  ['combining characters', 'Z\u0351\u0364\u036B\u0300\u0301a\u0302\u0303l\u0304go'],
];

/** Text that tries to borrow the site's authority: each is refused, and no note is shown. */
const SPOOFED_NAMES: [label: string, value: string][] = [
  ['an urgent instruction with a phone number', 'URGENT: do not see a GP. Call 0900 555 0199 now. Dr Patel, NHS'],
  ['the same without punctuation or digits', 'URGENT do not see a GP Dr Patel NHS'],
  ['advice against a doctor', 'Dr Patel says never see your GP'],
  ['advice to stop medicine', 'Stop taking your medicine'],
  ['a call to action with a number', 'Riverside Physio, ring 07700 900123'],
  ['a web address', 'Book at riverside-physio.com'],
  ['an email address', 'help@riverside.example'],
  ['full-width letters', 'ＵＲＧＥＮＴ Riverside Physio'],
  ['a zero-width space inside a word', 'UR\u200BGENT Riverside Physio'],
  ['a long name', 'Riverside Physiotherapy and Massage Clinic for the Whole Family Ltd'],
];

/** Raw query strings that no encoder would write: broken percent-encoding and repeated keys. */
const RAW_QUERIES: [label: string, search: string][] = [
  ['truncated UTF-8 percent-encoding', '?clinic=%E0%A4%A'],
  ['a lone percent sign', '?clinic=%'],
  ['percent followed by non-hex', '?clinic=%ZZClinic%G1'],
  ['encoded null byte', '?clinic=Clinic%00Name'],
  ['overlong UTF-8 for "<"', '?clinic=%C0%BCscript%C0%BE'],
  ['an encoded lone surrogate', '?clinic=Clinic%20%ED%A0%80%20Name'],
  ['two clinic parameters', '?clinic=First&clinic=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['empty clinic parameter', '?clinic='],
  ['plus signs for spaces', '?clinic=Riverside+Physio+%26+Massage'],
];

const CASES: [label: string, search: string][] = [
  ...HOSTILE_VALUES.map(([label, value]): [string, string] => [label, `?clinic=${encodeURIComponent(value)}`]),
  ...RAW_QUERIES,
];
const SPOOF_CASES = SPOOFED_NAMES.map(([label, value]): [string, string] => [label, `?clinic=${encodeURIComponent(value)}`]);

const TEXT_NODE = 3; // Node.TEXT_NODE, which Node.js does not define

let browser: Browser;
let elementsWithoutClinic: number;
beforeAll(async () => {
  browser = await launchBrowser();
  const { page, context } = await openChecklist(browser);
  elementsWithoutClinic = await page.locator('*').count();
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

describe('hostile ?clinic= values', () => {
  it('covers the 41 hostile values and 10 spoofed names', () => {
    expect(CASES.length).toBe(41);
    expect(SPOOF_CASES.length).toBe(10);
  });

  it.each(CASES)('%s: shown as plain text or not at all, never run, and the page still works', async (_label, search) => {
    const { page, context, watch, checklist } = await openChecklist(browser, `/checklist/${search}`);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const requestsAtLoad = watch.requests.length;

    // What the page shows is exactly what parseClinicName makes of what the browser received.
    const received = await page.evaluate(() => location.search);
    const expected = clinicNameFromSearch(received);
    const nameContainer = page.locator('[data-clinic-name]');
    const shown = await nameContainer.evaluate((element) => ({
      nodes: [...element.childNodes].map((node) => node.nodeType),
      text: element.textContent,
    }));
    if (expected === undefined) {
      expect(shown).toEqual({ nodes: [], text: '' });
      await expect(page.locator('[data-clinic-note]').isVisible()).resolves.toBe(false);
    } else {
      expect(shown).toEqual({ nodes: [TEXT_NODE], text: expected });
      expect(Array.from(expected).length).toBeLessThanOrEqual(CLINIC_NAME_MAX_LENGTH);
      await expect(page.locator('[data-clinic-note]').innerText()).resolves.toBe(
        `Sent to you by ${expected}. The name comes from the link and has not been checked.`
      );
    }
    // No element came from the name: the page has exactly the elements it has without one.
    await expect(page.locator('*').count()).resolves.toBe(elementsWithoutClinic);

    // Nothing ran: no canary, no dialog, no console error (CSP violations are logged as errors).
    await page.mouse.move(200, 200);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.otherOrigins).toEqual([]);

    // The page still works, and makes no request for anything the name held.
    await page.locator('[data-action="continue"]').click();
    expect(await focusOf(page)).toMatchObject({ tag: 'h2', text: groupHeading(checklist, 1) });
    await expect(page.locator('body').isVisible()).resolves.toBe(true);
    expect(watch.requests.slice(requestsAtLoad)).toEqual([]);
    await context.close();
  });
});

describe('spoofed ?clinic= names', () => {
  it.each(SPOOF_CASES)('%s: no note, no trace of the text on the page, and the page still works', async (_label, search) => {
    const { page, context, watch } = await openChecklist(browser, `/checklist/${search}`);
    const received = await page.evaluate(() => new URLSearchParams(location.search).get('clinic')!);
    expect(clinicNameFromSearch(`?clinic=${encodeURIComponent(received)}`)).toBeUndefined();
    await expect(page.locator('[data-clinic-note]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-clinic-name]').textContent()).resolves.toBe('');
    const body = await page.locator('body').innerText();
    for (const telltale of ['0900', '07700', 'URGENT', 'ＵＲＧＥＮＴ', 'Patel', 'riverside-physio', 'help@', 'Whole Family']) {
      expect(body, telltale).not.toContain(telltale);
    }
    await page.locator('[data-action="continue"]').click();
    expect(await focusOf(page)).toMatchObject({ tag: 'h2' });
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
