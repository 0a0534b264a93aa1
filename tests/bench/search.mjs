#!/usr/bin/env node
// `npm run bench:search`: how site search does on a site of 1,000 articles. Generates a
// throwaway content set with a realistic vocabulary, builds and indexes it into a temp folder,
// serves it on 127.0.0.1 and measures in Chromium: index size, bytes transferred for a first and
// a later query and for one that finds nothing (which fetches the "Did you mean" vocabulary)
// through the real search dialog, and the time from query to results once the index is loaded,
// through the site's own search module (its Pagefind queries, then shaping each result). A
// benchmark, not a test: it prints a table and exits 0 unless something broke.
// Usage: node tests/bench/search.mjs [article count]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { VOCABULARY_URL } from '../../src/lib/search-suggestions.ts';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { startStaticServer } from '../support/static-server.mjs';
import { generateContent } from './generate-content.mjs';

const ARTICLES = Number(process.argv[2] ?? 1000);
const TIMED_QUERIES = 60;
const RESULTS_SHOWN = 8; // what the search dialog shows
const NOTHING_FOUND_QUERY = 'qqzzxv';
const TARGETS = { firstResultsMs: 50, firstQueryKb: 100 };

// --- A realistic vocabulary -------------------------------------------------------------------
// Prose follows Zipf's law: a few words are very common, most are rare. The vocabulary is the
// function words of English, then every word of the site's real content, then made-up but
// plausible medical words, so the index holds tens of thousands of distinct words as a real
// health site would, not the few dozen of the build benchmark's default.
const FUNCTION_WORDS = (
  'the of and to a in is that for it with as was on be by this are or not at from have an they which you ' +
  'can but has more may their some were when all also there than other been after these most if about ' +
  'into only one two such many what who how no so do does would could should each your our its'
).split(' ');
const PREFIXES = (
  'cardio neuro osteo myo hepato gastro derma arthro encephalo cranio spondylo thrombo angio broncho nephro ' +
  'hemato lympho fibro pneumo vaso chondro cysto entero laryngo oto rhino oculo psycho somato viscero'
).split(' ');
const ROOTS =
  'path log plast tom scop gen troph lys cyt gram cele rrhag stas tens ton sclero malac dynam kines algi'.split(' ');
const SUFFIXES = 'ia itis osis ectomy ology opathy ic al ous ism emia ase in ide'.split(' ');
const DRUG_ENDINGS = 'mab olol pril sartan statin azole cillin oxetine afil tinib dronate parin'.split(' ');
const BANNED = new Set(['todo', 'tbd', 'fixme', 'placeholder', 'lorem', 'ipsum']);

/** Every word of the site's real content, most frequent first. */
function contentWords(dir) {
  const text = readdirSync(dir, { recursive: true })
    .filter((file) => ['.mdx', '.yaml'].includes(extname(file)))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join(' ')
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase();
  const counts = new Map();
  for (const word of text.match(/[a-z][a-z-]{2,}[a-z]/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

function vocabulary() {
  const made = [];
  for (const prefix of PREFIXES) {
    for (const root of ROOTS) for (const suffix of SUFFIXES) made.push(`${prefix}${root}${suffix}`);
    for (const ending of DRUG_ENDINGS) made.push(`${prefix.slice(0, 4)}${ending}`);
  }
  const words = [...FUNCTION_WORDS, ...contentWords('content'), ...made].filter((word) => !BANNED.has(word));
  return [...new Set(words)];
}

/** Picks words with Zipf frequencies: the word at rank r is chosen in proportion to 1/r. */
function zipfPicker(words) {
  const cumulative = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank += 1) cumulative.push((total += 1 / rank));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return words[low];
  };
}

/** Varied queries: common and rare single words, pairs, and the lay alias of a glossary term. */
function benchmarkQueries(words, count) {
  const at = (fraction) => words[Math.floor(fraction * (words.length - 1))];
  return Array.from({ length: count }, (_, index) => {
    const step = (index + 1) / (count + 1);
    switch (index % 4) {
      case 0:
        return at(0.01 + step * 0.05); // common content word
      case 1:
        return at(0.3 + step * 0.69); // rare word, likely in an index chunk not yet loaded
      case 2:
        return `${at(0.01 + step * 0.1)} ${at(0.05 + step * 0.3)}`;
      default:
        return `alias ${index % 40}`;
    }
  });
}

// --- Measuring ---------------------------------------------------------------------------------
const folderFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile());
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Bytes a host would send for a file: text compressed with brotli; Pagefind's own data files are gzip already. */
function sentBytes(file) {
  const body = readFileSync(file);
  return /\.(js|json|css|html)$/.test(file) ? brotliCompressSync(body).length : body.length;
}

/** The Pagefind library and the site's search module: loaded once, the same whatever the site's size. */
const isRuntime = (file) =>
  /(\/_astro\/search\.[\w-]+\.js|pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/.test(file);

/** Collects every request the page makes, as the file it maps to in the built site. */
function recordRequests(page, origin, dist) {
  const files = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) files.push(join(dist, decodeURIComponent(url.pathname)));
  });
  const total = (list) => list.reduce((sum, file) => sum + sentBytes(file), 0);
  return {
    /** What was fetched since `mark`: the runtime and the index data, in bytes as a host sends them. */
    since(mark) {
      const taken = files.slice(mark);
      return {
        requests: taken.length,
        runtime: total(taken.filter(isRuntime)),
        index: total(taken.filter((file) => !isRuntime(file))),
      };
    },
    get mark() {
      return files.length;
    },
  };
}

/** Types a query into the open search dialog and waits until its results are shown and nothing more loads. */
async function searchInDialog(page, query) {
  await page.locator('#search-dialog-input').fill(query);
  await page.waitForFunction((text) => {
    const status = document.querySelector('[data-search-dialog] [data-search-status]')?.textContent ?? '';
    return status.includes(`“${text}”`) && !document.querySelector('[data-search-dialog] [aria-busy]');
  }, query);
  await page.waitForLoadState('networkidle');
}

// Source text, not a function: test runners rewrite `import()` inside functions they transform.
const TIME_QUERIES = `async ({ moduleUrl, queries, shown }) => {
  const search = await import(moduleUrl);
  const timings = [];
  for (const query of queries) {
    const started = performance.now();
    const found = await search.searchSite(query);
    const ranked = performance.now();
    let firstShown;
    let count = 0;
    await found.pages.next(shown, () => {
      firstShown ??= performance.now();
      count += 1;
      return true;
    });
    const done = performance.now();
    timings.push({ query, count, rankMs: ranked - started, firstMs: (firstShown ?? done) - started, allMs: done - started });
  }
  return timings;
}`;

/**
 * For each query, milliseconds from asking the site's search module (searchSite) to: Pagefind's
 * results ranked, the first result ready to show, and all `shown` results ready.
 */
const timeQueries = (page, moduleUrl, queries, shown) =>
  page.evaluate(`(${TIME_QUERIES})(${JSON.stringify({ moduleUrl, queries, shown })})`);

const percentile = (values, fraction) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
};

// --- Run ---------------------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'sme-search-bench-'));
const contentDir = join(work, 'content');
const dist = join(work, 'dist');
// Its own content cache: the shared one would keep the throwaway articles' paths after they are
// deleted, and is shared with every other build that uses these node_modules.
const cache = join(work, 'cache');
let server;
let browser;
try {
  const words = vocabulary();
  generateContent(contentDir, ARTICLES, { pickWord: zipfPicker(words) });
  console.log(`generated ${ARTICLES} articles from a vocabulary of ${words.length} words; building...`);
  const started = performance.now();
  const build = spawnSync(process.execPath, ['tests/bench/build-once.mjs'], {
    env: {
      ...process.env,
      SME_CONTENT_DIR: contentDir,
      SME_OUT_DIR: dist,
      SME_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  console.log(`built and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const indexFiles = folderFiles(join(dist, 'pagefind'));
  const indexBytes = (pattern) =>
    indexFiles.filter((file) => pattern.test(file)).reduce((sum, file) => sum + statSync(file).size, 0);

  server = await startStaticServer({ root: dist, port: 0 });
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const requests = recordRequests(page, server.url, dist);
  await page.goto(`${server.url}/articles/generated-article-0500/`, { waitUntil: 'networkidle' });

  const queries = benchmarkQueries(words, TIMED_QUERIES + 2);
  const [firstQuery, laterQuery, ...timedQueries] = queries;
  const beforeOpen = requests.mark;
  await page.keyboard.press('/');
  await searchInDialog(page, firstQuery);
  const first = requests.since(beforeOpen);
  const beforeLater = requests.mark;
  await searchInDialog(page, laterQuery);
  const later = requests.since(beforeLater);
  const beforeNothing = requests.mark;
  await searchInDialog(page, NOTHING_FOUND_QUERY);
  const nothing = requests.since(beforeNothing);
  const vocabularyFile = join(dist, VOCABULARY_URL);
  const vocabularyWords = JSON.parse(readFileSync(vocabularyFile, 'utf8')).length;

  // The index is loaded: now time each query through the search module, as the dialog runs it.
  const moduleUrl = new URL(
    await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .find((name) => /\/_astro\/search\.[\w-]+\.js$/.test(name))
    )
  ).pathname;
  const timings = await timeQueries(page, moduleUrl, timedQueries, RESULTS_SHOWN);
  const spread = (key) => {
    const values = timings.map((timing) => timing[key]);
    return `median ${percentile(values, 0.5).toFixed(1)} ms, p95 ${percentile(values, 0.95).toFixed(1)} ms`;
  };
  const firstMedian = percentile(
    timings.map((timing) => timing.firstMs),
    0.5
  );
  const firstP95 = percentile(
    timings.map((timing) => timing.firstMs),
    0.95
  );
  const within = (value, limit) => (value <= limit ? 'ok' : 'OVER');
  const rows = [
    ['index on disk: all of dist/pagefind', `${kb(indexBytes(/./))} KB in ${indexFiles.length} files`, ''],
    ['  of which index chunks (.pf_index)', `${kb(indexBytes(/\.pf_index$/))} KB`, ''],
    ['  of which result fragments (.pf_fragment)', `${kb(indexBytes(/\.pf_fragment$/))} KB`, ''],
    ['opening search: search module + Pagefind library, once', `${kb(first.runtime)} KB`, ''],
    [
      `first query "${firstQuery}": index data`,
      `${kb(first.index)} KB (${kb(first.runtime + first.index)} KB with the library; ${first.requests} requests)`,
      `<= ${TARGETS.firstQueryKb} KB ${within(first.index, TARGETS.firstQueryKb * 1024)}`,
    ],
    [`later query "${laterQuery}": index data`, `${kb(later.index)} KB (${later.requests} requests)`, ''],
    [
      `a query that finds nothing, "${NOTHING_FOUND_QUERY}": index data and vocabulary`,
      `${kb(nothing.index)} KB (${nothing.requests} requests)`,
      '',
    ],
    [
      `  of which ${VOCABULARY_URL} ("Did you mean"), fetched only then`,
      `${kb(sentBytes(vocabularyFile))} KB (${kb(statSync(vocabularyFile).size)} KB raw, ${vocabularyWords} words)`,
      '',
    ],
    [`${timings.length} varied queries, index loaded: Pagefind's results ranked`, spread('rankMs'), ''],
    [
      '  first result ready to show',
      spread('firstMs'),
      `<= ${TARGETS.firstResultsMs} ms: median ${within(firstMedian, TARGETS.firstResultsMs)}, p95 ${within(firstP95, TARGETS.firstResultsMs)}`,
    ],
    [`  all ${RESULTS_SHOWN} results the dialog shows ready`, spread('allMs'), ''],
  ];
  const slowest = [...timings].sort((a, b) => b.firstMs - a.firstMs).slice(0, 3);
  rows.push([
    '  slowest first results',
    slowest.map((timing) => `"${timing.query}" ${timing.firstMs.toFixed(0)} ms`).join(', '),
    '',
  ]);
  console.log(
    `\nsearch on ${ARTICLES} generated articles, in Chromium on 127.0.0.1 (KB as a host sends them: text files brotli, Pagefind's data files already gzip)\n`
  );
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('   '));
} finally {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
}
