// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { CONTENT_DIR, SITE } from './src/site.config.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: SITE.url,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The HTML-aware mode keeps the spaces between inline elements that prose needs.
  compressHTML: true,
  integrations: [
    contentValidation(CONTENT_DIR),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/checklist/embed/') && !page.includes('/404') }),
    pagefindIndex(),
  ],
  vite: { plugins: [tailwindcss()] },
});
