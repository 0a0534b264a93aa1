import { createHash } from 'node:crypto';

/** The one page that other sites may frame: the checklist embed for clinics. */
export const FRAMEABLE_PATHS = ['/checklist/embed/'] as const;

/** Base64 SHA-256 hash source for an inline script, as CSP writes it. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The text of every inline script that runs (JSON-LD and other data blocks are not scripts). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\bsrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes))
    .map(([, , code]) => code!)
    .filter((code) => code.trim().length > 0);
}

/**
 * The site's Content-Security-Policy. Scripts come only from the site or match a listed hash;
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; nothing loads from other origins.
 * `forMeta` leaves out what a <meta> policy may not carry (frame-ancestors).
 */
export function contentSecurityPolicy(options: { scriptHashes: readonly string[]; frameAncestors: string; forMeta?: boolean }): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...[...new Set(options.scriptHashes)].sort(), "'wasm-unsafe-eval'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'", 'blob:'],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
  ];
  if (!options.forMeta) directives.push(['frame-ancestors', options.frameAncestors]);
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Headers every response gets, besides the CSP. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read). Hosts merge every rule that
 * matches a path, so no header is set by two rules: the CSP and HTML caching are written per page
 * (frame-ancestors 'none' everywhere but the embed page), hashed assets are cached for a year.
 */
export function headersFile(pagePaths: readonly string[], scriptHashes: readonly string[]): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const revalidate = 'public, max-age=0, must-revalidate';
  const policyFor = (path: string) =>
    contentSecurityPolicy({
      scriptHashes,
      frameAncestors: (FRAMEABLE_PATHS as readonly string[]).includes(path) ? '*' : "'none'",
    });
  return [
    '# Written by the build (src/integrations/security-headers.ts): edit the code, not this file.',
    block('/*', COMMON_HEADERS),
    block('/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    block('/pagefind/*', { 'Cache-Control': revalidate }),
    ...pagePaths.map((path) => block(path, { 'Content-Security-Policy': policyFor(path), 'Cache-Control': revalidate })),
    '',
  ].join('\n\n');
}
