#!/usr/bin/env node
// Checks every internal link, asset and #anchor in dist/: 0 broken allowed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles, urlPathOf } from '../../src/lib/dist-pages.ts';

const dist = 'dist';
const files = listHtmlFiles(dist);
const decode = (value) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const idsByPath = new Map();
const htmlByPath = new Map();
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  htmlByPath.set(urlPathOf(file, dist), html);
  idsByPath.set(urlPathOf(file, dist), new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1]))));
}

/** The file a static host serves for a path, or undefined. */
function servedFile(pathname) {
  const path = join(dist, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return path;
  if (existsSync(join(path, 'index.html'))) return join(path, 'index.html');
  return undefined;
}

const broken = [];
let checked = 0;
for (const [pagePath, html] of htmlByPath) {
  for (const match of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const raw = decode(match[2]);
    if (/^(https?:|mailto:|tel:|data:)/.test(raw) || raw === '') continue;
    checked += 1;
    const target = new URL(raw, `http://site${pagePath}`);
    const targetPath = target.pathname;
    if (!servedFile(targetPath)) {
      broken.push(`${pagePath}: ${match[1]}="${raw}" -> no file for ${targetPath}`);
      continue;
    }
    if (target.hash) {
      const anchor = decodeURIComponent(target.hash.slice(1));
      const ids = idsByPath.get(targetPath) ?? idsByPath.get(`${targetPath}/`);
      if (!ids?.has(anchor)) broken.push(`${pagePath}: href="${raw}" -> no element with id "${anchor}" on ${targetPath}`);
    }
  }
}
if (broken.length) {
  console.error(broken.join('\n'));
  console.error(`links: ${broken.length} broken of ${checked} internal links and assets`);
  process.exit(1);
}
console.log(`links: ${checked} internal links, assets and anchors on ${files.length} pages, 0 broken`);
