#!/usr/bin/env node
// Visual references: serves the built dist/ (it builds nothing) and captures home, an article, the
// evidence scale and the checklist at 375 and 1280 px, light and dark, into tests/visual/.
// Usage: npm run screenshots [-- --out DIR] [-- --full]   (--full: whole pages, for a look, not to commit)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const args = process.argv.slice(2);
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'tests/visual';
const fullPage = args.includes('--full');

/** What is captured: the first screen of a page, or one element of it. */
const SHOTS = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/articles/what-is-sacral-massage/' },
  { name: 'evidence-scale', path: '/articles/evidence/', element: '.evidence-scale' },
  { name: 'checklist', path: '/checklist/' },
];
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'];

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer({ root: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const shot of SHOTS) {
        await page.goto(`${server.url}${shot.path}`, { waitUntil: 'networkidle' });
        const file = join(outDir, `${shot.name}-${viewport.width}-${colorScheme}.png`);
        const png = shot.element ? await page.locator(shot.element).first().screenshot() : await page.screenshot({ fullPage });
        // A 128-colour palette keeps each reference to a few tens of KB, plenty to see a change.
        const small = await sharp(png).png({ palette: true, colours: 128, compressionLevel: 9, effort: 10 }).toBuffer();
        writeFileSync(file, small);
        console.log(`${file} (${Math.round(small.length / 1024)} KB)`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
