// A small static file server for the built site: used by `npm start` and by the browser tests.
// It serves dist/ the way a static host does: directory URLs get index.html, unknown paths get
// 404.html with status 404, and headers from dist/_headers are applied to matching paths.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Parses a `_headers` file (the format Netlify and Cloudflare Pages read): a path pattern on its
 * own line, then indented `Name: value` lines. `*` in a pattern matches any characters.
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: RegExp, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, headers: [] });
    } else if (rules.length) {
      const separator = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Headers for a URL path: every matching rule applies, later rules override earlier ones.
 * @param {{ pattern: RegExp, headers: [string, string][] }[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) headers[name] = value;
  return headers;
}

/** Starts serving `root` on 127.0.0.1. Resolves to { url, close }. Port 0 picks a free port. */
export function startStaticServer({ root = 'dist', port = 0, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const headersPath = join(base, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      pathname = '/404';
    }
    let file = normalize(join(base, pathname));
    if (!file.startsWith(base)) file = join(base, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      // A static host redirects /page to /page/ when that directory exists.
      if (existsSync(join(base, pathname, 'index.html')) && !pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` });
        response.end();
        return;
      }
      status = 404;
      file = join(base, '404.html');
    }
    const servedPath = status === 404 ? '/404.html' : pathname;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Text is compressed, as every static host and CDN does.
    const compress = /^(text\/|application\/(json|xml|manifest))/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(status, {
      'Content-Type': type,
      Vary: 'Accept-Encoding',
      ...(compress && { 'Content-Encoding': 'gzip' }),
      ...headersFor(rules, servedPath),
    });
    if (request.method === 'HEAD') response.end();
    else if (compress) createReadStream(file).pipe(createGzip()).pipe(response);
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
