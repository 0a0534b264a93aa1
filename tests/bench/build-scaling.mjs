#!/usr/bin/env node
// `npm run bench`: how build cost grows with content. Generates 100, 1,000 and 3,000 articles
// into a throwaway folder, builds and indexes each, and prints wall time, time per page, peak
// memory, dist/ size and search index size. A benchmark, not a test.
// Usage: node tests/bench/build-scaling.mjs [count ...]
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listHtmlFiles } from '../../src/lib/dist-pages.ts';
import { generateContent } from './generate-content.mjs';

const counts = process.argv.slice(2).length ? process.argv.slice(2).map(Number) : [100, 1000, 3000];
const work = join(tmpdir(), 'sme-bench');
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
// Its own content cache, so the real site's cache never sees the generated articles.
const cacheDir = join(work, 'cache');

function folderBytes(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(dir, entry.name);
    return total + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

const rows = [];
for (const count of counts) {
  generateContent(contentDir, count);
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, ['tests/bench/build-once.mjs'], {
    env: { ...process.env, SME_CONTENT_DIR: contentDir, SME_OUT_DIR: outDir, SME_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`build of ${count} articles failed`);
  }
  const measured = JSON.parse(run.stdout.trim().split('\n').at(-1));
  const pages = listHtmlFiles(outDir).length;
  const htmlBytes = listHtmlFiles(outDir).reduce((total, file) => total + statSync(file).size, 0);
  rows.push({
    articles: count,
    pages,
    wall,
    perPageMs: (measured.seconds * 1000) / pages,
    rssMb: measured.maxRssMb,
    distMb: folderBytes(outDir) / 2 ** 20,
    htmlPerPageKb: htmlBytes / pages / 1024,
    indexMb: folderBytes(join(outDir, 'pagefind')) / 2 ** 20,
  });
  console.log(`built ${count} articles (${pages} pages) in ${wall.toFixed(1)} s`);
}
rmSync(work, { recursive: true, force: true });

console.log('\narticles   pages   wall s   ms/page   peak RSS MB   dist MB   HTML KB/page   index MB');
for (const row of rows) {
  console.log(
    [
      String(row.articles).padStart(8),
      String(row.pages).padStart(7),
      row.wall.toFixed(1).padStart(8),
      row.perPageMs.toFixed(1).padStart(9),
      row.rssMb.toFixed(0).padStart(13),
      row.distMb.toFixed(1).padStart(9),
      row.htmlPerPageKb.toFixed(1).padStart(14),
      row.indexMb.toFixed(1).padStart(10),
    ].join(' ')
  );
}
console.log('\nGrowth is linear when ms/page and HTML KB/page stay flat as the article count rises.');
