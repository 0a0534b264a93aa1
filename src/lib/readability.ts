import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Counts behind a Flesch-Kincaid grade, kept so tests can print them. */
export interface ReadabilityReport {
  sentences: number;
  words: number;
  syllables: number;
  /** US school grade (Flesch-Kincaid), rounded to one decimal. */
  grade: number;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/**
 * Splits prose into sentences. Each line is treated as its own unit first, because headings and
 * list items rarely end with a full stop but are read as separate sentences.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])["”’)]*\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => WORD.test(sentence) && ((WORD.lastIndex = 0), true));
}

/** Words are runs of letters; bare numbers ("2020", "5") are not counted as words or syllables. */
export function countWords(sentence: string): string[] {
  return sentence.match(WORD) ?? [];
}

/** Flesch-Kincaid grade of plain prose (one sentence or block per line is fine). */
export function measureReadability(text: string): ReadabilityReport {
  const sentences = splitSentences(text);
  const words = sentences.flatMap(countWords);
  const syllables = words.reduce((total, word) => total + syllable(word.replace(/[’']/g, "'")), 0);
  if (words.length === 0) return { sentences: 0, words: 0, syllables: 0, grade: 0 };
  const grade = fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
  return {
    sentences: sentences.length,
    words: words.length,
    syllables,
    grade: Math.round(grade * 10) / 10,
  };
}
