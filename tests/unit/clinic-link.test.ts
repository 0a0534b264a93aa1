import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import {
  checklistLinkFor,
  EMBED_FRAME_ID,
  EMBED_TITLE,
  embedResizeScript,
  embedSnippetFor,
  paintQrCode,
  POSTER_LINK_MAX_LENGTH,
  posterLinkFor,
  posterLinkText,
  QR_QUIET_ZONE,
  qrMatrixFor,
  qrSideInModules,
  qrSvgFor,
  type QrCanvas,
} from '../../src/lib/clinic-link.ts';
import { CLINIC_NAME_MAX_LENGTH, clinicNameFromSearch } from '../../src/lib/clinic-name.ts';
import { matrixFromQrSvg } from '../support/qr-svg.ts';

const ORIGIN = 'https://sacral-massage-explained.example';
/** Names a link can carry: refused ones give the plain link, shown ones come back as the checklist shows them. */
const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  `"><img src=x onerror=alert(1)> & 'quoted'`,
  'Tom & Jerry\'s "Clinic" <b>',
  '\u202Egnissam\u202C Clinic\u0000',
  'x'.repeat(10_240),
  'URGENT: do not see a GP. Call 0900 555 0199 now. Dr Patel, NHS',
  "Tom & Jerry's Clinic",
];

/** Decodes the character references escapeMarkup writes, and the few named ones. */
const decodeMarkup = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!
    );

describe('checklistLinkFor', () => {
  it('links to the plain checklist when there is no usable name', () => {
    for (const name of [undefined, null, '', '   ', '\u202E\u200B']) {
      expect(checklistLinkFor(ORIGIN, name)).toBe(`${ORIGIN}/checklist/`);
    }
  });

  it('adds the clinic name, percent-encoded, as ?clinic=', () => {
    expect(checklistLinkFor(ORIGIN, 'Riverside Physio & Massage')).toBe(
      `${ORIGIN}/checklist/?clinic=Riverside%20Physio%20%26%20Massage`
    );
    expect(checklistLinkFor(ORIGIN, 'Clínica São João')).toBe(
      `${ORIGIN}/checklist/?clinic=Cl%C3%ADnica%20S%C3%A3o%20Jo%C3%A3o`
    );
  });

  it('uses only the origin, whatever path or slash it is given with', () => {
    expect(checklistLinkFor(`${ORIGIN}/`, 'A')).toBe(`${ORIGIN}/checklist/?clinic=A`);
    expect(checklistLinkFor(`${ORIGIN}/for-clinics/?x=1#top`, 'A')).toBe(`${ORIGIN}/checklist/?clinic=A`);
  });

  it('is the canonical form of the URL, as a browser would write it', () => {
    const link = checklistLinkFor(ORIGIN, `O'Neill's Back Clinic, Ltd.`);
    expect(link).toBe(new URL(link).href);
    expect(link).toBe(`${ORIGIN}/checklist/?clinic=O%27Neill%27s%20Back%20Clinic%2C%20Ltd.`);
  });

  it('links to the plain checklist for a name the checklist would refuse', () => {
    for (const name of ['Call 0900 555 0199', 'URGENT Riverside', 'riverside.example', 'x'.repeat(61)]) {
      expect(checklistLinkFor(ORIGIN, name)).toBe(`${ORIGIN}/checklist/`);
    }
  });

  it('writes an international domain in its ASCII form, so the whole link is ASCII', () => {
    const link = checklistLinkFor('https://bücher.example', 'مركز العلاج');
    expect(link.startsWith('https://xn--bcher-kva.example/checklist/?clinic=')).toBe(true);
    expect(link).toMatch(/^[\x21-\x7e]+$/);
  });

  it.each(HOSTILE_NAMES)(
    'gives back, through the checklist parser, the name as the checklist will show it: %s',
    (name) => {
      const link = new URL(checklistLinkFor(ORIGIN, name));
      expect(link.origin + link.pathname).toBe(`${ORIGIN}/checklist/`);
      const shown = clinicNameFromSearch(link.search);
      if (shown === undefined) {
        expect(link.search).toBe('');
        return;
      }
      expect([...link.searchParams.keys()]).toEqual(['clinic']);
      expect(Array.from(shown).length).toBeLessThanOrEqual(CLINIC_NAME_MAX_LENGTH);
      expect(shown).not.toMatch(/[\u0000\u202E\u202C<>"]/);
      expect(checklistLinkFor(ORIGIN, shown)).toBe(checklistLinkFor(ORIGIN, name));
    }
  );
});

describe('posterLinkFor', () => {
  it('prints the clinic link when it is short enough to type, as the longest Latin name is', () => {
    expect(posterLinkFor(ORIGIN, 'Riverside Physio')).toBe(checklistLinkFor(ORIGIN, 'Riverside Physio'));
    const longest = checklistLinkFor(ORIGIN, 'x'.repeat(CLINIC_NAME_MAX_LENGTH));
    expect(longest.length).toBeLessThanOrEqual(POSTER_LINK_MAX_LENGTH);
    expect(posterLinkFor(ORIGIN, 'x'.repeat(CLINIC_NAME_MAX_LENGTH))).toBe(longest);
  });

  it('prints the plain checklist link when the clinic link is too long to type', () => {
    expect(posterLinkFor(ORIGIN, 'مركز العلاج الطبيعي للعائلة')).toBe(`${ORIGIN}/checklist/`);
    expect(posterLinkFor(ORIGIN, undefined)).toBe(`${ORIGIN}/checklist/`);
  });

  it('prints hyphens that never end a line, and nothing else changed', () => {
    const text = posterLinkText(`${ORIGIN}/checklist/?clinic=Bem-estar`);
    expect(text).not.toContain('-');
    expect(text.replace(/\u2011/g, '-')).toBe(`${ORIGIN}/checklist/?clinic=Bem-estar`);
  });
});

describe('embedSnippetFor', () => {
  /** The snippet's frame attributes, after checking it is one iframe with quoted, escaped values, then the resize script. */
  function iframeAttributes(snippet: string): Record<string, string> {
    const [frame, script, ...rest] = snippet.split('\n');
    expect(rest).toEqual([]);
    expect(script).toBe(`<script>${embedResizeScript(ORIGIN)}</script>`);
    expect(frame).toMatch(/^<iframe( [a-z]+="[^"<>]*")+><\/iframe>$/);
    const values = [...frame!.matchAll(/ ([a-z]+)="([^"]*)"/g)].map(([, name, value]) => {
      expect(value).not.toMatch(/&(?!#\d+;)/);
      return [name!, decodeMarkup(value!)];
    });
    return Object.fromEntries(values);
  }

  it('frames the embed page with an id, a title, full width, a height to start with, lazy loading and no referrer', () => {
    expect(iframeAttributes(embedSnippetFor(ORIGIN, 'Riverside Physio'))).toEqual({
      id: EMBED_FRAME_ID,
      src: `${ORIGIN}/checklist/embed/?clinic=Riverside%20Physio`,
      title: EMBED_TITLE,
      width: '100%',
      height: '900',
      loading: 'lazy',
      referrerpolicy: 'no-referrer',
    });
    expect(EMBED_TITLE).toBe('Should I ask my doctor first? checklist');
  });

  it('has no sandbox flags (they would stop the checklist running) and no clinic without a name', () => {
    const snippet = embedSnippetFor(ORIGIN, undefined);
    expect(snippet).not.toContain('sandbox');
    expect(iframeAttributes(snippet).src).toBe(`${ORIGIN}/checklist/embed/`);
  });

  it.each(HOSTILE_NAMES)('keeps a hostile name inside the src value, as the checklist will show it: %s', (name) => {
    const attributes = iframeAttributes(embedSnippetFor(ORIGIN, name));
    const src = new URL(attributes.src!);
    expect(src.pathname).toBe('/checklist/embed/');
    expect(clinicNameFromSearch(src.search)).toBe(clinicNameFromSearch(new URL(checklistLinkFor(ORIGIN, name)).search));
  });
});

describe('embedResizeScript', () => {
  /** Runs the script as a clinic's page would, with one frame; returns what a message does to the frame's height. */
  function clinicPage() {
    const frameWindow = {};
    const frame = { contentWindow: frameWindow, height: '900' };
    let onMessage: (event: { source: unknown; origin: string; data: unknown }) => void = () => {};
    const run = new Function('addEventListener', 'document', embedResizeScript(ORIGIN)) as (...args: unknown[]) => void;
    run(
      (type: string, listener: typeof onMessage) => type === 'message' && (onMessage = listener),
      { getElementById: (id: string) => (id === EMBED_FRAME_ID ? frame : null) }
    );
    return {
      frameWindow,
      heightAfter(event: { source?: unknown; origin?: string; data: unknown }) {
        frame.height = '900';
        onMessage({ source: frameWindow, origin: ORIGIN, ...event });
        return frame.height;
      },
    };
  }

  it('sets the frame to the height the checklist posts, rounded up', () => {
    const page = clinicPage();
    expect(page.heightAfter({ data: 2345 })).toBe('2345');
    expect(page.heightAfter({ data: 1234.2 })).toBe('1235');
  });

  it.each([
    ['from another origin', { origin: 'https://evil.example', data: 2345 }],
    ['from the site origin written differently', { origin: `${ORIGIN}/`, data: 2345 }],
    ['from another frame or window', { source: {}, data: 2345 }],
    ['a number in a string', { data: '2345' }],
    ['an object', { data: { height: 2345 } }],
    ['not a number', { data: Number.NaN }],
    ['infinity', { data: Number.POSITIVE_INFINITY }],
    ['zero', { data: 0 }],
    ['a negative height', { data: -10 }],
    ['an absurd height', { data: 1e6 }],
  ])('ignores a message %s', (_label, event) => {
    expect(clinicPage().heightAfter(event)).toBe('900');
  });

  it('names the site origin once, exactly, and nothing about any clinic', () => {
    const script = embedResizeScript(`${ORIGIN}/some/path?x=1`);
    expect(script).toBe(embedResizeScript(ORIGIN));
    expect(script.split(`"${ORIGIN}"`)).toHaveLength(2);
    expect(script).not.toMatch(/<\/|<!--|clinic=/);
  });
});

describe('qrSvgFor', () => {
  const text = checklistLinkFor(ORIGIN, 'Riverside Physio');
  const svg = qrSvgFor(text);

  it('is one well-formed SVG element with a title, a background and one path', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="img" shape-rendering="crispEdges"><title>[^<>]+<\/title><rect width="\d+" height="\d+" fill="#fff"\/><path fill="#000" d="[Mhvz\d -]+"\/><\/svg>$/
    );
    expect(svg).toContain(`<title>QR code for ${text}</title>`);
  });

  it('is square, with a quiet zone, black on white and the same size as qrcode-generator reports', () => {
    const code = qrcode(0, 'M');
    code.addData(text, 'Byte');
    code.make();
    const side = code.getModuleCount() + 2 * QR_QUIET_ZONE;
    expect(QR_QUIET_ZONE).toBe(4);
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).toContain(`<rect width="${side}" height="${side}" fill="#fff"/>`);
    expect(svg).not.toContain('currentColor');
  });

  it('paints exactly the dark modules of the matrix, none in the quiet zone', () => {
    const matrix = qrMatrixFor(text);
    expect(matrix.flat().filter(Boolean).length).toBeGreaterThan(100);
    expect(matrixFromQrSvg(svg, QR_QUIET_ZONE)).toEqual(matrix);
    const runs = [...svg.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, width]) => [
      Number(x),
      Number(y),
      Number(width),
    ]);
    for (const [x, y, width] of runs) {
      expect(Math.min(x!, y!)).toBeGreaterThanOrEqual(QR_QUIET_ZONE);
      expect(Math.max(x! + width! - 1, y!)).toBeLessThan(matrix.length + QR_QUIET_ZONE);
    }
  });

  it('grows with the text and escapes it in the title', () => {
    const longer = qrMatrixFor(checklistLinkFor(ORIGIN, 'مركز'.repeat(CLINIC_NAME_MAX_LENGTH / 4)));
    expect(longer.length).toBeGreaterThan(qrMatrixFor(text).length);
    expect(qrSvgFor('a<b & "c"')).toContain('<title>QR code for a&#60;b &#38; &#34;c&#34;</title>');
  });
});

describe('paintQrCode', () => {
  it('paints a white square, then each dark module at its place past the quiet zone', () => {
    const matrix = [
      [true, false],
      [false, true],
    ];
    const calls: string[] = [];
    const canvas: QrCanvas = {
      fillStyle: '',
      fillRect(x, y, width, height) {
        calls.push(`${String(this.fillStyle)} ${x},${y} ${width}x${height}`);
      },
    };
    paintQrCode(canvas, matrix, 3);
    const side = qrSideInModules(matrix) * 3;
    expect(side).toBe(30);
    expect(calls).toEqual([`#fff 0,0 ${side}x${side}`, '#000 12,12 3x3', '#000 15,15 3x3']);
  });
});
