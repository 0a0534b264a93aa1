#!/usr/bin/env node
// html-validate over every built page: 0 errors allowed.
import { HtmlValidate, formatterFactory } from 'html-validate';
import { listHtmlFiles } from '../../src/lib/dist-pages.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro emits boolean attributes and void elements in its own consistent style.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    // Long class lists from Tailwind utilities are fine.
    'long-title': 'off',
    // Scoped component styles are emitted as <style> elements in <head> by Astro.
    'no-inline-style': 'off',
    // JSON-LD is data, not script; html-validate cannot tell.
    'script-type': 'off',
  },
});
const files = listHtmlFiles();
const report = await validator.validateMultipleFiles(files);
const text = formatterFactory('stylish')(report.results);
if (!report.valid) {
  console.error(text);
  console.error(`html-validate: ${report.errorCount} error(s) in ${report.results.length} file(s)`);
  process.exit(1);
}
console.log(`html-validate: ${files.length} pages, 0 errors${report.warningCount ? `, ${report.warningCount} warnings` : ''}`);
