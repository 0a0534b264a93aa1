import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

export const baseUrl = () => inject('baseUrl');

/** WCAG 2.2 AA, as axe-core tags its rules, plus axe's best practices (how the empty table header was found). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Launches Debian's Chromium headless with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium() , args: CHROMIUM_ARGS });
}

/** Everything a page did on the network and the console while a test watched it. */
export interface PageWatch {
  consoleErrors: string[];
  failedRequests: string[];
  otherOrigins: string[];
  requests: string[];
}

/** Records console errors, failed requests and requests to any origin but the site's own. */
export function watchPage(page: Page): PageWatch {
  const origin = new URL(baseUrl()).origin;
  const watch: PageWatch = { consoleErrors: [], failedRequests: [], otherOrigins: [], requests: [] };
  // Injected by the test runner, so the page's own CSP does not apply to it.
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`)
    )
  );
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  page.on('request', (request) => {
    watch.requests.push(request.url());
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) watch.otherOrigins.push(request.url());
  });
  page.on('requestfailed', (request) => watch.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/this-page-does-not-exist/')) {
      watch.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
    }
  });
  return watch;
}

/** A fresh context: no storage carried over between tests. */
export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl(), ...options });
}
