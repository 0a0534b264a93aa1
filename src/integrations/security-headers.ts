import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listHtmlFiles, urlPathOf } from '../lib/dist-pages.ts';
import { contentSecurityPolicy, headersFile, inlineScripts, scriptHash } from '../lib/security-policy.ts';

/**
 * After the build: hashes every inline script, puts the site's CSP in a <meta> at the top of each
 * page's <head> (for hosts that cannot set headers), and writes dist/_headers with the same
 * policy plus frame-ancestors and the other security and caching headers.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = listHtmlFiles(dist);
        const pages = files.map((file) => ({ file, path: urlPathOf(file, dist), html: readFileSync(file, 'utf8') }));
        const hashes = [...new Set(pages.flatMap((page) => inlineScripts(page.html).map(scriptHash)))];
        const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy({ scriptHashes: hashes, frameAncestors: "'none'", forMeta: true })}">`;
        for (const page of pages) {
          if (!page.html.includes('<meta charset="utf-8">')) throw new Error(`${page.file}: no <meta charset="utf-8"> to put the CSP after`);
          writeFileSync(page.file, page.html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${meta}`));
        }
        writeFileSync(`${dist}_headers`, headersFile(pages.map((page) => page.path), hashes));
        logger.info(`CSP with ${hashes.length} inline script hash(es) on ${pages.length} pages; wrote _headers`);
      },
    },
  };
}
