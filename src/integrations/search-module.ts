import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

const VIRTUAL_ID = 'virtual:search-module';

/**
 * Bundles the search module (`entry`) on its own, before pages render, so that every page can
 * name its hashed URL in a few lines of inline script and load it only when the reader opens
 * search. A script processed by Astro would either load on every page or get a name that pages
 * cannot know while they render. Pages read the URL from `virtual:search-module`; in `astro dev`
 * it is the source file, which Vite serves.
 */
export function searchModule(entry: string): AstroIntegration {
  let bundle: { fileName: string; code: string } | undefined;
  return {
    name: 'search-module',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        let url = `/${entry}`;
        if (command === 'build') {
          const result = await build({
            entryPoints: [fileURLToPath(new URL(entry, config.root))],
            bundle: true,
            format: 'esm',
            target: 'es2022',
            minify: true,
            write: false,
            // Pagefind's own files are written by the indexer and loaded from the site at run time.
            external: ['/pagefind/*'],
            logLevel: 'error',
          });
          const code = result.outputFiles[0]!.text;
          const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
          bundle = { fileName: `${config.build.assets}/search.${hash}.js`, code };
          url = `/${bundle.fileName}`;
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'search-module-url',
                resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
                load: (id) =>
                  id === `\0${VIRTUAL_ID}` ? `export const searchModuleUrl = ${JSON.stringify(url)};` : undefined,
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        if (!bundle) return;
        const file = new URL(bundle.fileName, dir);
        mkdirSync(new URL('.', file), { recursive: true });
        writeFileSync(file, bundle.code);
      },
    },
  };
}
