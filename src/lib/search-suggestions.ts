import { allowedMistakes, normalizeWord, SHORTEST_CORRECTED, stemOf, STOP_WORDS, textWords } from './search-terms.ts';

/** Where the vocabulary for "Did you mean …" is served; the search index's folder, so it is cached like the index. */
export const VOCABULARY_URL = '/pagefind/vocabulary.json';

/** A word offered may be a letter shorter than a word corrected ("babys" → "baby"). */
const SHORTEST_OFFERED = SHORTEST_CORRECTED - 1;

/** The most words the vocabulary keeps: about 50 KB, fetched only when a search finds nothing. */
export const VOCABULARY_LIMIT = 5000;

/**
 * The site's own words for "Did you mean …": each word once, from the names readers meet
 * (titles, glossary terms and aliases, condition names, the checklist's questions) and then
 * from headings, each group most used first, so that a tie goes to a name and then to the more
 * common word. At most `limit` words, so a very large site keeps a small file.
 */
export function buildVocabulary(
  names: Iterable<string>,
  headings: Iterable<string> = [],
  limit = VOCABULARY_LIMIT
): string[] {
  const counts = new Map<string, number>();
  const nameWords = new Set<string>();
  const count = (phrases: Iterable<string>, isName: boolean) => {
    for (const phrase of phrases) {
      for (const word of textWords(phrase.replace(/[-–]/g, ' '))) {
        if (word.length < SHORTEST_OFFERED || STOP_WORDS.has(word) || /\d/.test(word)) continue;
        counts.set(word, (counts.get(word) ?? 0) + 1);
        if (isName) nameWords.add(word);
      }
    }
  };
  count(names, true);
  count(headings, false);
  return [...counts]
    .sort(
      (a, b) => Number(nameWords.has(b[0])) - Number(nameWords.has(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0])
    )
    .slice(0, limit)
    .map(([word]) => word);
}

/**
 * The number of typing mistakes between two words: letters added, dropped, changed or swapped
 * with the next (optimal string alignment distance). Stops counting past `limit`.
 */
export function typingDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforeLast: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, beforeLast[j - 2]! + 1);
      row.push(best);
    }
    if (Math.min(...row) > limit) return limit + 1;
    beforeLast = last;
    last = row;
  }
  return last[b.length]!;
}

/** The closest word of the vocabulary to a word the site does not use, if one is close enough. */
function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = allowedMistakes(word.length);
  let best: { word: string; distance: number; sameStart: boolean } | undefined;
  for (const candidate of vocabulary) {
    const distance = typingDistance(word, candidate, limit);
    if (distance > limit) continue;
    const sameStart = candidate[0] === word[0];
    // The vocabulary is most used first, so an earlier word wins a tie.
    if (!best || distance < best.distance || (distance === best.distance && sameStart && !best.sameStart)) {
      best = { word: candidate, distance, sameStart };
    }
  }
  return best?.word;
}

/**
 * "Did you mean …": the query with each word the site does not use replaced by the site's
 * closest word ("migrane" → "migraine", "is it safe while pregnent" → "is it safe while
 * pregnant"), or undefined when no word needs or finds a correction. A word counts as used
 * when the vocabulary has it up to its ending ("babys" is "babies").
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary.map(stemOf));
  let changed = false;
  const words = query
    .trim()
    .split(/\s+/)
    .map((typed) => {
      const word = normalizeWord(typed);
      if (word.length < SHORTEST_CORRECTED || STOP_WORDS.has(word) || known.has(stemOf(word))) return typed;
      const closest = closestWord(word, vocabulary);
      if (!closest) return typed;
      changed = true;
      return closest;
    });
  return changed ? words.join(' ') : undefined;
}
