/** Words an adult reads per minute on a phone, used for the "x min read" line. */
export const WORDS_PER_MINUTE = 200;

/** Whole minutes to read `words` words, never less than 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
