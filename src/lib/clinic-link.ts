import qrcode from 'qrcode-generator';
import { parseClinicName } from './clinic-name.ts';

/** Light modules around a QR code, in modules: the width the QR standard asks for. */
export const QR_QUIET_ZONE = 4;

/** The accessible name of the embedded checklist frame. */
export const EMBED_TITLE = 'Should I ask my doctor first? checklist';

/**
 * Height of the embedded frame in CSS pixels until the framed page says how tall it is: where
 * the clinic's site does not run the resize script, the frame keeps it and scrolls inside.
 */
const EMBED_HEIGHT = 900;

/** The id the snippet gives its frame, so that its resize script finds that frame and no other. */
export const EMBED_FRAME_ID = 'sacral-massage-checklist';

/** A height above this is not believed: the embedded checklist is never this tall. */
const EMBED_MAX_HEIGHT = 20_000;

/** Escapes text for HTML or XML, inside an element or a quoted attribute value. */
function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The URL of a site path, with `?clinic=NAME` when the clinic typed a usable name. */
function clinicUrl(origin: string, path: string, clinicName: string | null | undefined): string {
  // The site is served from the root of its domain, so only the origin counts. The URL API gives
  // the canonical, all-ASCII form (an international domain too), which the QR code's byte mode needs.
  const url = new URL(path, new URL(origin).origin);
  const name = parseClinicName(clinicName);
  if (name) url.search = `clinic=${encodeURIComponent(name)}`;
  return url.href;
}

/** The checklist link a clinic gives its clients: `ORIGIN/checklist/?clinic=NAME`. */
export function checklistLinkFor(origin: string, clinicName: string | null | undefined): string {
  return clinicUrl(origin, '/checklist/', clinicName);
}

/**
 * Longest link a poster prints for typing in. A longer one (a name in a non-Latin script grows
 * six to twelve times when percent-encoded) would fill the page and nobody would type it.
 */
export const POSTER_LINK_MAX_LENGTH = 120;

/** The link printed under a poster's QR code: the clinic's, or the plain one when that is too long. */
export function posterLinkFor(origin: string, clinicName: string | null | undefined): string {
  const link = checklistLinkFor(origin, clinicName);
  return link.length <= POSTER_LINK_MAX_LENGTH ? link : checklistLinkFor(origin, undefined);
}

/**
 * The link as a poster prints it for typing in: its hyphens never end a line, so that nobody
 * reads "sacral-massage-" at the end of a line as a word broken in two.
 */
export function posterLinkText(link: string): string {
  return link.replace(/-/g, '\u2011');
}

/**
 * The script a clinic's page runs to fit the frame to the checklist. The embed page posts only
 * its height, a number, and never an answer; this accepts a number, only from the site's origin
 * and only from that frame. Its text depends on the origin alone, so one CSP hash fits every clinic.
 */
export function embedResizeScript(origin: string): string {
  const siteOrigin = JSON.stringify(new URL(origin).origin);
  return (
    'addEventListener("message",function(e){' +
    `var f=document.getElementById("${EMBED_FRAME_ID}");` +
    `if(f&&e.source===f.contentWindow&&e.origin===${siteOrigin}&&typeof e.data==="number"&&e.data>0&&e.data<${EMBED_MAX_HEIGHT})` +
    'f.height=String(Math.ceil(e.data))})'
  );
}

/**
 * The HTML a clinic pastes into its own site: the checklist in a frame, then the resize script.
 * There is no sandbox attribute: the framed page is ours, and without allow-same-origin its
 * module scripts would be refused as cross-origin requests.
 */
export function embedSnippetFor(origin: string, clinicName: string | null | undefined): string {
  const attributes = {
    id: EMBED_FRAME_ID,
    src: clinicUrl(origin, '/checklist/embed/', clinicName),
    title: EMBED_TITLE,
    width: '100%',
    height: String(EMBED_HEIGHT),
    loading: 'lazy',
    referrerpolicy: 'no-referrer',
  };
  const html = Object.entries(attributes).map(([name, value]) => `${name}="${escapeMarkup(value)}"`);
  return `<iframe ${html.join(' ')}></iframe>\n<script>${embedResizeScript(origin)}</script>`;
}

/** A QR code as rows of modules, `true` for dark. */
export type QrMatrix = readonly (readonly boolean[])[];

/**
 * The QR code for some text. Error correction level M survives a crease or a smudge on a printed
 * poster. The library writes each character as one byte, so callers pass URLs, which are ASCII.
 */
export function qrMatrixFor(text: string): QrMatrix {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => code.isDark(row, column))
  );
}

/** The side of a QR code's image in modules, quiet zone included. */
export function qrSideInModules(matrix: QrMatrix): number {
  return matrix.length + 2 * QR_QUIET_ZONE;
}

/** Pixels a module in the SVG's default size (programs that ignore the viewBox use it). */
const SVG_MODULE_SIZE = 8;

/**
 * The QR code for some text as a standalone SVG: black on white whatever the page's theme,
 * with a quiet zone, and one path of horizontal runs of dark modules (crisp edges, no seams).
 */
export function qrSvgFor(text: string): string {
  const matrix = qrMatrixFor(text);
  const size = qrSideInModules(matrix);
  const pixels = size * SVG_MODULE_SIZE;
  const runs: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      runs.push(`M${start + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${x - start}v1h-${x - start}z`);
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" viewBox="0 0 ${size} ${size}" role="img" shape-rendering="crispEdges">` +
    `<title>${escapeMarkup(`QR code for ${text}`)}</title>` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path fill="#000" d="${runs.join('')}"/>` +
    `</svg>`
  );
}

/** An SVG as a `data:` URL, for an <img> that shows it: an image never runs or adds markup. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The part of a canvas 2D context that painting a QR code needs. */
export type QrCanvas = Pick<CanvasRenderingContext2D, 'fillStyle' | 'fillRect'>;

/**
 * Paints a QR matrix, quiet zone included, at `moduleSize` pixels a module, from the top left
 * corner of a canvas `qrSideInModules(matrix) * moduleSize` pixels square: the PNG download is
 * drawn from the same matrix as the SVG.
 */
export function paintQrCode(canvas: QrCanvas, matrix: QrMatrix, moduleSize: number): void {
  const side = qrSideInModules(matrix) * moduleSize;
  canvas.fillStyle = '#fff';
  canvas.fillRect(0, 0, side, side);
  canvas.fillStyle = '#000';
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark)
        canvas.fillRect((x + QR_QUIET_ZONE) * moduleSize, (y + QR_QUIET_ZONE) * moduleSize, moduleSize, moduleSize);
    })
  );
}
