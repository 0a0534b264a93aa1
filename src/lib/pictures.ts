/** Reads what a picture says about itself, so its page text and its file cannot disagree. */

export interface PictureText {
  /** The picture's <title>: a short name, shown as its caption. */
  title: string;
  /** The picture's <desc>: everything the picture shows, in words; the image's text alternative. */
  description: string;
  /** Its intrinsic size, from width and height on the root <svg>, so the page reserves the space. */
  width: number;
  height: number;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Title, description and size of an SVG drawn for the site; throws naming the file when one is missing. */
export function pictureText(svg: string, file: string): PictureText {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const size = (name: string) => Number(new RegExp(`\\b${name}="(\\d+(?:\\.\\d+)?)"`).exec(root)?.[1]);
  const text = (tag: string) => decode(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(svg)?.[1] ?? '');
  const picture = { title: text('title'), description: text('desc'), width: size('width'), height: size('height') };
  for (const [field, value] of Object.entries(picture)) {
    if (!value) throw new Error(`${file}: the picture has no ${field} (every picture needs <title>, <desc>, width and height on <svg>)`);
  }
  return picture;
}
