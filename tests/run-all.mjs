#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest. Each step prints its own report;
// the run stops at the first failing step and exits non-zero.
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['types (astro check)', 'astro', ['check']],
  ['lint (eslint)', 'eslint', ['.']],
  ['unit and content tests (vitest)', 'vitest', ['run', '--project', 'unit']],
  ['production build (astro + pagefind)', 'astro', ['build']],
  ['html-validate over dist/', 'node', ['tests/support/check-html.mjs']],
  ['internal links and anchors over dist/', 'node', ['tests/support/check-links.mjs']],
  ['budget report over dist/', 'node', ['tests/support/budgets.mjs']],
  ['browser tests in Chromium (vitest)', 'vitest', ['run', '--project', 'browser']],
  ['lighthouse (mobile) on the key pages', 'node', ['tests/support/lighthouse.mjs']],
];

const only = process.argv.slice(2);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DEV_BACKGROUND: '0' };
const results = [];
for (const [name, command, args] of STEPS) {
  if (only.length && !only.some((word) => name.includes(word))) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: status === 0, seconds });
  if (status !== 0) break;
}
console.log('\n=== summary ===');
for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name} (${result.seconds} s)`);
const failed = results.filter((result) => !result.ok).length;
const skipped = STEPS.length - results.length;
if (failed || (skipped && !only.length)) {
  console.log(`${failed} step(s) failed${skipped ? `, ${skipped} not run` : ''}`);
  process.exit(1);
}
console.log('all steps passed');
