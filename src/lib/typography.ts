// One quote style across the site: typographic quotes and apostrophes (’ ‘ “ ”), as the MDX
// bodies get from Astro's smartypants. Every prose field of the content data passes through
// this (proseSchema), so titles, descriptions, care lists and sources match the body text.

/** Straight quotes become typographic ones: an opening quote after a space or bracket, else a closing quote or apostrophe. */
export function typographicQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{“‘—–])'/g, '$1‘')
    .replace(/'/g, '’')
    .replace(/(^|[\s([{‘“—–])"/g, '$1“')
    .replace(/"/g, '”');
}

/** Typographic quotes back to straight ones, so text can be compared however it was typed. */
export function straightQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}
