import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, inlineScripts, scriptHash } from '../../src/lib/security-policy.ts';
import { headersFor, parseHeadersFile } from '../support/static-server.mjs';

describe('inlineScripts', () => {
  it('finds inline scripts but not external scripts or JSON-LD data', () => {
    const html =
      '<script>one()</script><script type="module" src="/_astro/a.js"></script>' +
      '<script type="application/ld+json">{"a":1}</script><script is:inline>two()</script><script></script>';
    expect(inlineScripts(html)).toEqual(['one()', 'two()']);
  });
});

describe('scriptHash', () => {
  it('is the base64 SHA-256 of the exact script text', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy({
    scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-a'"],
    frameAncestors: "'none'",
  });

  it('allows scripts only from the site, listed hashes and WebAssembly compilation', () => {
    expect(policy).toContain("script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('blocks plugins, base changes, other form targets and framing', () => {
    for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
  });

  it('leaves frame-ancestors out of the <meta> version, where browsers ignore it', () => {
    expect(contentSecurityPolicy({ scriptHashes: [], frameAncestors: "'none'", forMeta: true })).not.toContain(
      'frame-ancestors'
    );
  });
});

describe('headersFile', () => {
  const file = headersFile(['/', '/articles/x/', '/checklist/embed/'], ["'sha256-a'"]);
  const rules = parseHeadersFile(file);

  it('lets only the embed page be framed by other sites', () => {
    expect(headersFor(rules, '/')['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headersFor(rules, '/articles/x/')['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headersFor(rules, '/checklist/embed/')['Content-Security-Policy']).toContain('frame-ancestors *');
  });

  it('sends the security headers everywhere and caches hashed assets for a year', () => {
    const asset = headersFor(rules, '/_astro/BaseLayout.abc123.css');
    expect(asset['X-Content-Type-Options']).toBe('nosniff');
    expect(asset['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(asset['Permissions-Policy']).toContain('camera=()');
    expect(asset['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/')['Cache-Control']).toBe('public, max-age=0, must-revalidate');
  });

  it('never sets one header from two rules (hosts would merge them)', () => {
    for (const path of ['/', '/articles/x/', '/checklist/embed/', '/_astro/a.js', '/pagefind/pagefind.js']) {
      const names = rules
        .filter((rule: { pattern: RegExp }) => rule.pattern.test(path))
        .flatMap((rule: { headers: [string, string][] }) => rule.headers.map(([name]) => name));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });
});
