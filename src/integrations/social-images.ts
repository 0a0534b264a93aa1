import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listHtmlFiles } from '../lib/dist-pages.ts';
import { renderSocialImage } from '../lib/social-image-render.ts';

/**
 * After the build: draws the social preview image every page names in its og:image meta, from its
 * og:title, into dist/. Any page added later (a /conditions/<id>/ page) gets one the same way.
 * Images are cached in Astro's cache folder, keyed by what they show, so a rebuild redraws only
 * pages whose title changed.
 */
export function socialImages(options: { siteName: string; tagline: string }): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'social-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'social-images');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        let drawn = 0;
        const files = listHtmlFiles(dist);
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
          const title = /<meta property="og:title" content="([^"]+)"/.exec(html)?.[1];
          if (!image) continue;
          if (!title) throw new Error(`${file}: og:image is set but og:title is missing, so its social image cannot be drawn`);
          const { png, cached } = await renderSocialImage({ title: decodeEntities(title), ...options, cacheDir });
          const target = join(dist, new URL(image).pathname);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, png);
          if (!cached) drawn += 1;
        }
        logger.info(`social images for ${files.length} pages (${drawn} drawn, the rest from the cache) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

const decodeEntities = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
