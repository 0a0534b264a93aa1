// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { CONTENT_DIR, SITE } from './src/site.config.ts';
import { preBuildChecks } from './src/integrations/pre-build-checks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { searchModule } from './src/integrations/search-module.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { socialImages } from './src/integrations/social-images.ts';

export default defineConfig({
  site: SITE.url,
  // Benchmarks build throwaway sites elsewhere, with a content cache of their own.
  outDir: process.env.SME_OUT_DIR ?? './dist',
  cacheDir: process.env.SME_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  // Every script and stylesheet is a file, so the CSP needs hashes only for is:inline scripts.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The HTML-aware mode keeps the spaces between inline elements that prose needs.
  compressHTML: true,
  integrations: [
    preBuildChecks(CONTENT_DIR),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/checklist/embed/') && !page.includes('/404') }),
    pagefindIndex(CONTENT_DIR, SITE.lang),
    searchModule('src/scripts/search.ts'),
    socialImages({ siteName: SITE.name, tagline: 'Plain, honest information about craniosacral therapy' }),
    securityHeaders(),
  ],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
