import { describe, expect, it } from 'vitest';
import {
  coverage,
  markedParts,
  pageWords,
  sentenceExcerpt,
  termRarity,
  type ExcerptPart,
  type WordMatch,
} from '../../src/lib/search-excerpts.ts';

/** An excerpt as plain text, with marked words in [brackets]. */
const shown = (parts: ExcerptPart[]) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

/** Matches of term 0 on every word of `text` equal to one of `marked`, each scored 1. */
function matchesIn(words: string[], marked: Record<string, number>): WordMatch[] {
  return words.flatMap((word, location) => {
    const term = marked[word.replace(/[^\p{L}]/gu, '').toLowerCase()];
    return term === undefined ? [] : [{ location, term, score: 1 }];
  });
}

const TEXT =
  'Babies and young children. Some parents bring babies for crying or colic. [4] There is very little research on how safe this therapy is for babies. One review of hands-on therapy in children found no serious harms in the studies it looked at. [9] A doctor should check a baby who cries a lot.';
const words = pageWords(TEXT);
const section = { words, start: 0, end: words.length, skip: 4, termWeights: [1, 1] };

describe('splitting and marking text', () => {
  it('counts words as Pagefind does, on white space', () => {
    expect(pageWords('One  two\nthree')).toEqual(['One', 'two', 'three']);
  });

  it('marks the word and leaves its punctuation outside the mark', () => {
    expect(markedParts(['Are', 'you', '“pregnant?”'], (index) => index === 2)).toEqual([
      { text: 'Are you “', marked: false },
      { text: 'pregnant', marked: true },
      { text: '?”', marked: false },
    ]);
    expect(shown(markedParts(['blood', 'thinners'], () => true))).toBe('[blood] [thinners]');
    expect(markedParts(['—'], () => true)).toEqual([{ text: '—', marked: false }]);
  });
});

describe('a snippet that starts at a sentence', () => {
  it('starts at the sentence that has the most query words, after the heading, and ends at a sentence end', () => {
    const matches = matchesIn(words, { safe: 0, babies: 1 });
    expect(shown(sentenceExcerpt({ ...section, matches }, 30))).toBe(
      'There is very little research on how [safe] this therapy is for [babies]. One review of hands-on therapy in children found no serious harms in the studies it looked at.'
    );
  });

  it('keeps a citation with the sentence it supports, never starting a snippet with it', () => {
    const matches = matchesIn(words, { doctor: 0 });
    expect(shown(sentenceExcerpt({ ...section, matches }, 30))).toBe('A [doctor] should check a baby who cries a lot.');
    const afterCitation = matchesIn(words, { research: 0 });
    expect(shown(sentenceExcerpt({ ...section, matches: afterCitation }, 30)).startsWith('There is very little')).toBe(
      true
    );
  });

  it('keeps an author and year in brackets with the sentence before it too', () => {
    const text = pageWords(
      'Practitioners say it eases back pain. One trial found less pain. (Castro-Sánchez 2016) A review pooled pain trials.'
    );
    const matches = matchesIn(text, { review: 0 });
    const source = { words: text, start: 0, end: text.length, skip: 0, matches, termWeights: [1] };
    expect(shown(sentenceExcerpt(source, 30))).toBe('A [review] pooled pain trials.');
    const trial = { ...source, matches: matchesIn(text, { trial: 0 }) };
    expect(shown(sentenceExcerpt(trial, 6))).toBe('One [trial] found less pain.');
  });

  it('ends with "…" when it has to cut a sentence', () => {
    const matches = matchesIn(words, { safe: 0 });
    expect(shown(sentenceExcerpt({ ...section, matches }, 8))).toBe('There is very little research on how [safe]…');
  });

  it('starts at the first sentence after the heading when only the heading matches', () => {
    const matches = matchesIn(words, { children: 0 }).filter((match) => match.location < 4);
    expect(shown(sentenceExcerpt({ ...section, matches }, 10))).toBe(
      'Some parents bring babies for crying or colic. [4]'
    );
  });

  it('shows the opening of a sentence too long to show whole, then its match', () => {
    const long = pageWords(`Trials ${'of small size and mixed design '.repeat(8)}found less pain in some people.`);
    const matches = matchesIn(long, { pain: 0 });
    expect(
      shown(sentenceExcerpt({ words: long, start: 0, end: long.length, skip: 0, matches, termWeights: [1] }, 20))
    ).toBe('Trials of small size and mixed … size and mixed design found less [pain] in some people.');
  });

  it('prefers the sentence with the rarer query word when none has them all', () => {
    const text = pageWords('Craniosacral therapy is gentle. It is used for babies with colic.');
    const matches = matchesIn(text, { craniosacral: 0, babies: 1 });
    const rarity = termRarity([40, 4]);
    expect(
      shown(sentenceExcerpt({ words: text, start: 0, end: text.length, skip: 0, matches, termWeights: rarity }, 8))
    ).toBe('It is used for [babies] with colic.');
  });
});

describe('weighing query words', () => {
  it('weighs a word by how few pages have it, and a passage by the different words it has', () => {
    expect(termRarity([10, 2, 0])).toEqual([0.1, 0.5, 0]);
    const matches: WordMatch[] = [
      { location: 1, term: 1, score: 1 },
      { location: 5, term: 1, score: 1 },
      { location: 7, term: 0, score: 1 },
    ];
    expect(coverage(matches, [0.1, 0.5])).toBeCloseTo(0.6);
    expect(coverage([], [0.1, 0.5])).toBe(0);
  });
});
