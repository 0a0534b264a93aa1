#!/usr/bin/env node
// Lighthouse (mobile settings) in Debian's Chromium against the built site on 127.0.0.1:
// performance, accessibility, best practices and SEO must each score 100 on the key pages.
//
// The gate must not flake when other work shares the machine's CPU. Accessibility, best practices
// and SEO are judged on the first run alone. Performance, which depends on how busy the CPU is,
// gets up to 3 runs and the best counts: the first with Lighthouse's default 4x CPU slowdown; each
// retry calibrated to the CPU power Lighthouse measured on the run before (its benchmarkIndex), as
// Lighthouse's throttling docs describe, so a busy machine is not taken for a slow page. Every run
// is printed, with the machine's load, and a busy machine is named. Where it may (as root, as in
// CI), the audited browser gets a higher CPU priority than unrelated work.
// Usage: node tests/support/lighthouse.mjs [path ...]   (default: the five key pages)
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, setPriority } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const MAX_PERFORMANCE_RUNS = 3;
/** Lighthouse's default slowdown, made for a high-end desktop (benchmarkIndex 1500-2000, midpoint 1750). */
const DEFAULT_CPU_SLOWDOWN = 4;
const HIGH_END_DESKTOP_INDEX = 1750;

/**
 * The CPU slowdown that brings a host of this benchmarkIndex to the same emulated mid-tier phone
 * as the default 4x brings a high-end desktop; never more than the default, never below 1x.
 */
export function calibratedSlowdown(benchmarkIndex) {
  const multiplier = (DEFAULT_CPU_SLOWDOWN * benchmarkIndex) / HIGH_END_DESKTOP_INDEX;
  return Math.round(Math.min(DEFAULT_CPU_SLOWDOWN, Math.max(1, multiplier)) * 10) / 10;
}

/** The first article and the first condition page in the sitemap stand for all of their kind. */
function defaultPaths() {
  const paths = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const article = paths.find((path) => /^\/articles\/[^/]+\/$/.test(path));
  const condition = paths.find((path) => /^\/conditions\/[^/]+\/$/.test(path));
  return ['/', article, condition, '/checklist/', '/for-clinics/', '/search/'];
}

/** A process and every process it started, by walking /proc (Linux); just the process elsewhere. */
function processTree(pid) {
  let parents;
  try {
    parents = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map((name) => {
        try {
          return [Number(name), Number(readFileSync(`/proc/${name}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1])];
        } catch {
          return [Number(name), 0];
        }
      });
  } catch {
    return [pid];
  }
  const tree = [pid];
  for (let index = 0; index < tree.length; index += 1) for (const [child, parent] of parents) if (parent === tree[index]) tree.push(child);
  return tree;
}

/** The threads of a process (Linux), or just the process. */
function threadsOf(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [pid];
  }
}

/**
 * Lets the audited browser go first when unrelated work shares the CPU: every thread of every
 * Chromium process gets a higher priority (needs root, as in CI; elsewhere nothing changes).
 * Chromium starts renderers as it goes and sets their priority itself, so this is repeated
 * through the run. Returns whether it was permitted.
 */
function preferBrowser(pid) {
  let raised = false;
  for (const id of processTree(pid).flatMap(threadsOf)) {
    try {
      setPriority(id, -10);
      raised = true;
    } catch {
      // Not permitted, or the thread has ended: it runs at normal priority.
    }
  }
  return raised;
}

let priorityRaised = false;

/** One Lighthouse run in a fresh Chromium (a reused one sometimes loses the trace: NO_NAVSTART). */
async function audit(url, cpuSlowdownMultiplier) {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'error' });
  priorityRaised = preferBrowser(chrome.pid) || priorityRaised;
  const keepPreferring = setInterval(() => preferBrowser(chrome.pid), 250);
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      { extends: 'lighthouse:default', settings: { throttling: { cpuSlowdownMultiplier } } }
    );
    return result?.lhr;
  } finally {
    clearInterval(keepPreferring);
    chrome.kill();
  }
}

/** A run whose trace failed to record is a tooling hiccup, not a page problem: it is tried up to twice more. */
async function auditOnce(url, cpuSlowdownMultiplier) {
  let lhr = await audit(url, cpuSlowdownMultiplier);
  for (let retry = 0; retry < 2 && lhr?.runtimeError; retry += 1) lhr = await audit(url, cpuSlowdownMultiplier);
  if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse could not run on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
  return lhr;
}

const scoresOf = (lhr) => Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
const failingAudits = (lhr, id) =>
  Object.values(lhr.audits)
    .filter((item) => lhr.categories[id].auditRefs.some((ref) => ref.id === item.id && ref.weight > 0) && item.score !== null && item.score < 1)
    .map((item) => `${item.id} (${item.displayValue ?? item.score})`);

async function main() {
  const paths = process.argv.slice(2).length ? process.argv.slice(2) : defaultPaths();
  const cores = availableParallelism();
  const server = await startStaticServer({ root: 'dist', port: 0 });
  const rows = [];
  const failures = [];
  const busy = [];
  try {
    for (const path of paths) {
      if (!path) throw new Error('no article found in dist/sitemap-0.xml');
      const runs = [];
      let slowdown = DEFAULT_CPU_SLOWDOWN;
      while (runs.length < MAX_PERFORMANCE_RUNS) {
        const load = loadavg()[0];
        const lhr = await auditOnce(`${server.url}${path}`, slowdown);
        const run = { slowdown, load, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex), scores: scoresOf(lhr), lhr };
        runs.push(run);
        console.log(
          `${path} run ${runs.length}: performance ${run.scores.performance} (TBT ${lhr.audits['total-blocking-time'].displayValue}, LCP ${lhr.audits['largest-contentful-paint'].displayValue}),` +
            ` CPU slowdown ${slowdown}x, benchmarkIndex ${run.benchmarkIndex}, load average ${load.toFixed(1)} on ${cores} cores`
        );
        if (load > cores || run.benchmarkIndex < HIGH_END_DESKTOP_INDEX / 2) busy.push(`${path} run ${runs.length}`);
        if (run.scores.performance === 100) break;
        slowdown = calibratedSlowdown(run.benchmarkIndex);
      }
      const first = runs[0];
      const best = runs.reduce((a, b) => (b.scores.performance > a.scores.performance ? b : a));
      const scores = { ...first.scores, performance: best.scores.performance };
      rows.push({ path, ...scores, runs: runs.length });
      for (const id of CATEGORIES) {
        if (scores[id] < 100) {
          const lhr = id === 'performance' ? best.lhr : first.lhr;
          failures.push(`${path}: ${id} scored ${scores[id]}, below 100; failing audits: ${failingAudits(lhr, id).join(', ') || 'none listed'}`);
        }
      }
    }
  } finally {
    await server.close();
  }
  console.log('\n' + 'page'.padEnd(40), CATEGORIES.map((id) => id.padStart(15)).join(''), '  performance runs');
  for (const row of rows) console.log(row.path.padEnd(40), CATEGORIES.map((id) => String(row[id]).padStart(15)).join(''), String(row.runs).padStart(18));
  if (busy.length) console.log(`the machine looked busy (load above ${cores} or a low benchmarkIndex) during: ${busy.join('; ')}`);
  console.log(priorityRaised ? 'the audited browser ran at raised CPU priority' : 'the audited browser ran at normal CPU priority (raising it needs root)');
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
  console.log(`lighthouse: ${rows.length} pages scored 100 in all four categories`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
