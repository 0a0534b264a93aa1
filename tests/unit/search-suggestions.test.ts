import { describe, expect, it } from 'vitest';
import { buildVocabulary, suggestQuery, typingDistance } from '../../src/lib/search-suggestions.ts';

const VOCABULARY = buildVocabulary([
  'Migraine and other headaches',
  'Migraine',
  'Babies and young children',
  'Are you pregnant?',
  'Pregnancy, cancer and other conditions',
  'Osteoporosis',
  'Fibromyalgia',
  'Side effect',
  'Side effects',
  'Cost and insurance',
  'Sacrum',
  'Scrum',
]);

describe('the vocabulary for "Did you mean"', () => {
  it('keeps each word of four letters or more once, most used first, without stop words, numbers or hyphens', () => {
    expect(buildVocabulary(['Long-term pain', 'Pain in 2024', 'The pain of it', 'Arm'])).toEqual([
      'pain',
      'long',
      'term',
    ]);
    expect(VOCABULARY.slice(0, 3)).toEqual(['migraine', 'side', 'babies']);
  });
});

describe('the vocabulary on a large site', () => {
  it('puts the words of names before those of headings, and keeps at most the limit', () => {
    expect(buildVocabulary(['Sacrum'], ['Spine and spine', 'Spine'])).toEqual(['sacrum', 'spine']);
    expect(buildVocabulary(['Sacrum', 'Skull'], ['Spine', 'Spine'], 2)).toEqual(['sacrum', 'skull']);
  });
});

describe('typing distance', () => {
  it('counts added, dropped, changed and swapped letters', () => {
    expect(typingDistance('migrane', 'migraine')).toBe(1);
    expect(typingDistance('saftey', 'safety')).toBe(1);
    expect(typingDistance('sids', 'side')).toBe(1);
    expect(typingDistance('osteoperosis', 'osteoporosis')).toBe(1);
    expect(typingDistance('babys', 'babies')).toBe(2);
    expect(typingDistance('', 'abc')).toBe(3);
    expect(typingDistance('same', 'same')).toBe(0);
  });

  it('stops counting past its limit', () => {
    expect(typingDistance('migraine', 'xylophone', 2)).toBe(3);
    expect(typingDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('"Did you mean …"', () => {
  it('corrects a word the site does not use to the closest word it does', () => {
    expect(suggestQuery('migrane', VOCABULARY)).toBe('migraine');
    expect(suggestQuery('osteoperosis', VOCABULARY)).toBe('osteoporosis');
    expect(suggestQuery('fibromyalga', VOCABULARY)).toBe('fibromyalgia');
  });

  it('leaves a word that only its ending misspells: Pagefind stems it to the same word and finds it', () => {
    expect(suggestQuery('insurence', VOCABULARY)).toBeUndefined();
  });

  it('keeps the rest of the query as typed', () => {
    expect(suggestQuery('Is it safe while pregnent?', VOCABULARY)).toBe('Is it safe while pregnant');
    expect(suggestQuery('what is the sacrem', VOCABULARY)).toBe('what is the sacrum');
  });

  it('never corrects a short word: "sids" is one letter from "side"', () => {
    expect(suggestQuery('sids', VOCABULARY)).toBeUndefined();
  });

  it('leaves words the site uses, up to their ending, and words with nothing close', () => {
    expect(suggestQuery('babys', VOCABULARY)).toBeUndefined();
    expect(suggestQuery('headache', VOCABULARY)).toBeUndefined();
    expect(suggestQuery('xylophone quasar', VOCABULARY)).toBeUndefined();
    expect(suggestQuery('', VOCABULARY)).toBeUndefined();
  });

  it('allows one mistake in a word of five to seven letters, two from eight', () => {
    expect(suggestQuery('mgraine', VOCABULARY)).toBe('migraine');
    expect(suggestQuery('mgrane', VOCABULARY)).toBeUndefined();
    expect(suggestQuery('ostoperosis', VOCABULARY)).toBe('osteoporosis');
  });

  it('prefers, among words as close, one that starts with the same letter', () => {
    expect(suggestQuery('pregnent', ['tregnent', 'pregnant'])).toBe('pregnant');
    expect(suggestQuery('pregnent', ['pregnant', 'tregnent'])).toBe('pregnant');
    expect(suggestQuery('sacrim', ['scrim', 'sacrum'])).toBe('scrim');
  });
});
