#!/usr/bin/env node
// Budget report over dist/: bytes per page of HTML, CSS and JS (raw and brotli) against the
// design's budgets, plus every image the page loads before the reader scrolls (any <img> not
// marked loading="lazy"). Lazy pictures are listed with their own weight. Fails, naming the
// number and the limit, when a page is over.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles, urlPathOf } from '../../src/lib/dist-pages.ts';
import { brotliSize as brotli, DEFAULT_BUDGET } from './weights.mjs';

const KB = 1024;
/** Pages with interactive tools get a JavaScript budget of their own (brotli bytes). */
const BUDGET_OVERRIDES = {
  '/checklist/': { js: 10 * KB },
  '/checklist/embed/': { js: 10 * KB },
  '/for-clinics/': { js: 24 * KB, total: 40 * KB },
  // The search module, loaded at once here and only on demand elsewhere: query planning, the
  // Porter2 stemmer that tells real matches as Pagefind stems them, snippets and "Did you mean".
  '/search/': { js: 8 * KB },
  // The bibliography lists every source with how it was checked: a reference page, not an
  // article, that grows with the sources (155 of them with the condition pages).
  '/sources/': { html: 32 * KB, total: 40 * KB },
};
/** Page families that must be in the build, each at the article budget; the heaviest is reported. */
const FAMILIES = [
  { name: 'article', pattern: /^\/articles\/[^/]+\/$/, atLeast: 5 },
  { name: 'condition', pattern: /^\/conditions\/[^/]+\/$/, atLeast: 25 },
];

const dist = 'dist';

/** Script paths plus every module they statically import, since the browser loads those at once too. */
function withStaticImports(paths) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      visit(new URL(match[1], `http://site${path}`).pathname);
    }
  };
  paths.forEach(visit);
  return [...seen];
}

function pageWeights(file) {
  const html = readFileSync(file, 'utf8');
  const assets = (pattern) =>
    [...html.matchAll(pattern)].map((match) => readFileSync(join(dist, match[1])));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g);
  const scriptPaths = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)].map((match) => match[1]);
  const js = [
    ...withStaticImports(scriptPaths).map((path) => readFileSync(join(dist, path))),
    ...[...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((match) => Buffer.from(match[1]))
      .filter((code) => code.length > 0),
  ];
  const images = [...html.matchAll(/<img\b[^>]*>/g)].map((match) => match[0]);
  const localSrc = (tag) => /\ssrc="(\/[^"]+)"/.exec(tag)?.[1];
  const eagerImages = images.filter((tag) => !/\sloading="lazy"/.test(tag) && localSrc(tag)).map((tag) => readFileSync(join(dist, localSrc(tag))));
  const lazyImages = images.filter((tag) => /\sloading="lazy"/.test(tag) && localSrc(tag)).map(localSrc);
  const sum = (buffers, measure) => buffers.reduce((total, buffer) => total + measure(buffer), 0);
  const htmlBuffer = Buffer.from(html);
  return {
    html: { raw: htmlBuffer.length, br: brotli(htmlBuffer) },
    css: { raw: sum(css, (b) => b.length), br: sum(css, brotli) },
    js: { raw: sum(js, (b) => b.length), br: sum(js, brotli) },
    images: { raw: sum(eagerImages, (b) => b.length), br: sum(eagerImages, brotli) },
    lazyImages,
  };
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error('budgets: dist/ has no built site; run `npm run build` first');
  process.exit(1);
}
const rows = [];
const failures = [];
for (const file of listHtmlFiles(dist)) {
  const path = urlPathOf(file, dist);
  const weights = pageWeights(file);
  const budget = { ...DEFAULT_BUDGET, ...BUDGET_OVERRIDES[path] };
  const total = weights.html.br + weights.css.br + weights.js.br + weights.images.br;
  const checks = [
    ['HTML (brotli)', weights.html.br, budget.html],
    ['JS (brotli)', weights.js.br, budget.js],
    ['total (brotli)', total, budget.total],
  ];
  for (const [what, value, limit] of checks) {
    if (value > limit) failures.push(`${path}: ${what} is ${value} bytes, over the budget of ${limit} bytes`);
  }
  rows.push({ path, ...weights, total, budget });
}
const kb = (bytes) => (bytes / KB).toFixed(1);
console.log('page'.padEnd(44), 'HTML raw/br KB', ' CSS raw/br KB', '  JS raw/br KB', ' img raw/br KB', ' total br KB', ' budget KB');
for (const row of rows) {
  console.log(
    row.path.padEnd(44),
    `${kb(row.html.raw)}/${kb(row.html.br)}`.padStart(14),
    `${kb(row.css.raw)}/${kb(row.css.br)}`.padStart(14),
    `${kb(row.js.raw)}/${kb(row.js.br)}`.padStart(14),
    `${kb(row.images.raw)}/${kb(row.images.br)}`.padStart(14),
    kb(row.total).padStart(12),
    kb(row.budget.total).padStart(10)
  );
}
for (const family of FAMILIES) {
  const pages = rows.filter((row) => family.pattern.test(row.path));
  if (pages.length < family.atLeast) {
    failures.push(`${family.name} pages: ${pages.length} built, fewer than the ${family.atLeast} expected`);
    continue;
  }
  const heaviest = pages.reduce((worst, row) => (row.total > worst.total ? row : worst));
  console.log(
    `heaviest ${family.name} page of ${pages.length}: ${heaviest.path}, HTML ${kb(heaviest.html.br)} KB and ${kb(heaviest.total)} KB in all (brotli), JS ${kb(heaviest.js.br)} KB`
  );
}
const lazyPictures = [...new Set(rows.flatMap((row) => row.lazyImages))].sort();
if (lazyPictures.length) {
  console.log('\nlazy pictures (loaded only when scrolled near; not in the totals above)'.padEnd(45), '     raw/br KB', '  pages');
  for (const picture of lazyPictures) {
    const buffer = readFileSync(join(dist, picture));
    const pages = rows.filter((row) => row.lazyImages.includes(picture)).map((row) => row.path);
    console.log(picture.padEnd(44), `${kb(buffer.length)}/${kb(brotli(buffer))}`.padStart(14), ` ${pages.join(', ')}`);
  }
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`budgets: ${rows.length} pages within budget`);
