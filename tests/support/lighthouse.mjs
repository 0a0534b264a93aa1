#!/usr/bin/env node
// Lighthouse (mobile settings) in Debian's Chromium against the built site on 127.0.0.1:
// performance, accessibility, best practices and SEO must each score 100 on the key pages.
// Usage: node tests/support/lighthouse.mjs [path ...]   (default: the five key pages)
import { readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The first article in the sitemap stands for all articles. */
function defaultPaths() {
  const paths = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const article = paths.find((path) => /^\/articles\/[^/]+\/$/.test(path));
  return ['/', article, '/checklist/', '/for-clinics/', '/search/'];
}

const paths = process.argv.slice(2).length ? process.argv.slice(2) : defaultPaths();

/** One Lighthouse run in a fresh Chromium (a reused one sometimes loses the trace: NO_NAVSTART). */
async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'error' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    return result?.lhr;
  } finally {
    await chrome.kill();
  }
}

const server = await startStaticServer({ root: 'dist', port: 0 });
const rows = [];
const failures = [];
try {
  for (const path of paths) {
    if (!path) throw new Error('no article found in dist/sitemap-0.xml');
    let lhr = await audit(`${server.url}${path}`);
    // A trace that failed to record is a tooling hiccup, not a page problem: try once more.
    if (lhr?.runtimeError) lhr = await audit(`${server.url}${path}`);
    if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse could not run on ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`);
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    rows.push({ path, ...scores });
    for (const id of CATEGORIES) {
      if (scores[id] < 100) {
        const failing = Object.values(lhr.audits)
          .filter((audit) => lhr.categories[id].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0) && audit.score !== null && audit.score < 1)
          .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
        failures.push(`${path}: ${id} scored ${scores[id]}, below 100; failing audits: ${failing.join(', ') || 'none listed'}`);
      }
    }
  }
} finally {
  await server.close();
}
console.log('page'.padEnd(40), CATEGORIES.map((id) => id.padStart(15)).join(''));
for (const row of rows) console.log(row.path.padEnd(40), CATEGORIES.map((id) => String(row[id]).padStart(15)).join(''));
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`lighthouse: ${rows.length} pages scored 100 in all four categories`);
