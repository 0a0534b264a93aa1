import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SOCIAL_IMAGE_SIZE } from './social-image.ts';

// Draws a page's social preview image at build time: satori lays out the title and the brand as
// SVG (text as outlines), resvg turns it into a PNG. Both run offline: the font is a file inside
// an npm package and the mark is a data: URL, so nothing is fetched.

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`);

/** The site's mark (as in the header and favicon), white on the brand colour. */
const MARK = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#3f3a96"/><path d="M16 5c-3.4 4.3-5 7.5-5 10.3a5 5 0 0 0 10 0C21 12.5 19.4 9.3 16 5Z" fill="#fff"/><path d="M6 18.5c1.5 5 5.4 8 10 8s8.5-3 10-8" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/></svg>`;

interface Node {
  type: string;
  props: Record<string, unknown> & { children?: Node | string | (Node | string)[] };
}
const h = (type: string, style: Record<string, unknown>, children?: Node['props']['children'], extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

/** The layout: the mark and the site's name, the page title large, a line about the site, a brand bar. */
function layout(title: string, siteName: string, tagline: string): Node {
  const titleSize = title.length > 70 ? 60 : title.length > 40 ? 68 : 80;
  return h('div', { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#f1f0fb', fontFamily: 'Atkinson Hyperlegible', color: '#14122e' }, [
    h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '60px 72px 48px' }, [
      h('div', { display: 'flex', alignItems: 'center' }, [
        h('img', { width: 88, height: 88, marginRight: 24 }, undefined, { src: `data:image/svg+xml;base64,${Buffer.from(MARK).toString('base64')}`, width: 88, height: 88 }),
        h('div', { fontSize: 40, fontWeight: 700, color: '#3f3a96' }, siteName),
      ]),
      h('div', { width: 1056, fontSize: titleSize, fontWeight: 700, lineHeight: 1.12 }, title),
      h('div', { fontSize: 30, color: '#3d4451' }, tagline),
    ]),
    h('div', { height: 24, background: '#3f3a96' }),
  ]);
}

/** What decides the picture: any change to these (or to this module's layout) draws it again. */
function cacheKey(title: string, siteName: string, tagline: string): string {
  return createHash('sha256')
    .update(JSON.stringify([title, siteName, tagline, layout.toString(), MARK, readFileSync(fontFile(700)).length, readFileSync(fontFile(400)).length]))
    .digest('hex')
    .slice(0, 24);
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** The PNG for one page, from the cache folder when the same inputs were drawn before. */
export async function renderSocialImage(options: { title: string; siteName: string; tagline: string; cacheDir: string }): Promise<{ png: Buffer; cached: boolean }> {
  const { title, siteName, tagline, cacheDir } = options;
  const cached = join(cacheDir, `${cacheKey(title, siteName, tagline)}.png`);
  if (existsSync(cached)) return { png: readFileSync(cached), cached: true };
  fonts ??= ([400, 700] as const).map((weight) => ({ name: 'Atkinson Hyperlegible', data: readFileSync(fontFile(weight)), weight, style: 'normal' as const }));
  const svg = await satori(layout(title, siteName, tagline) as never, { ...SOCIAL_IMAGE_SIZE, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: SOCIAL_IMAGE_SIZE.width }, font: { loadSystemFonts: false } }).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return { png, cached: false };
}
