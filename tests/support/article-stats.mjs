#!/usr/bin/env node
// Prints word count and Flesch-Kincaid grade for articles, so writers can check as they go.
// Usage: node tests/support/article-stats.mjs [file.mdx ...]   (default: every article)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToPlainText, countProseWords } from '../../src/lib/mdx-text.ts';
import { measureReadability } from '../../src/lib/readability.ts';

const dir = 'content/articles';
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => join(dir, f));
for (const file of files) {
  const body = readFileSync(file, 'utf8');
  const report = measureReadability(mdxToPlainText(body));
  console.log(`${file}: ${countProseWords(body)} words, grade ${report.grade} (${report.sentences} sentences)`);
}
