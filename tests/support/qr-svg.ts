/**
 * Reads the modules back out of an SVG written by qrSvgFor: the square viewBox gives the side,
 * each `M x y h n v1h-n z` run paints n dark modules. Returns the rows inside the quiet zone.
 */
export function matrixFromQrSvg(svg: string, quietZone: number): boolean[][] {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  if (!side) throw new Error('no square viewBox in the SVG');
  const path = /<path [^>]*d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const size = side - 2 * quietZone;
  const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [run, x, y, width, back] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    if (width !== back) throw new Error(`run ${run} does not close on itself`);
    for (let column = Number(x); column < Number(x) + Number(width); column += 1) {
      matrix[Number(y) - quietZone]![column - quietZone] = true;
    }
  }
  return matrix;
}
