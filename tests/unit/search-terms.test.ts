import { describe, expect, it } from 'vitest';
import { isStopWord, isTermMatch, normalizeWord, planSearch, stemOf, textWords } from '../../src/lib/search-terms.ts';

describe('words as search compares them', () => {
  it('lower-cases and drops accents and punctuation', () => {
    expect(normalizeWord('Baby’s,')).toBe('babys');
    expect(normalizeWord('Café')).toBe('cafe');
    expect(normalizeWord('hands-on')).toBe('handson');
    expect(normalizeWord('—')).toBe('');
    expect(textWords('  Is it SAFE?  / for babies ')).toEqual(['is', 'it', 'safe', 'for', 'babies']);
  });

  it('knows stop words, whatever their case or punctuation', () => {
    expect(isStopWord('It')).toBe(true);
    expect(isStopWord("what's")).toBe(true);
    expect(isStopWord('babies')).toBe(false);
  });

  it('stems with Porter2, as Pagefind does for English', () => {
    expect(stemOf('babies')).toBe('babi');
    expect(stemOf('babys')).toBe('babi');
    expect(stemOf('sids')).toBe('sid');
    expect(stemOf('side')).toBe('side');
  });
});

describe('planning a search', () => {
  it('asks for the whole question first, then its content words', () => {
    expect(planSearch('Is it safe for babies?')).toEqual({
      queries: ['is it safe for babies', 'safe babies'],
      terms: ['safe', 'babies'],
    });
  });

  it('asks once when every word is a content word, and keeps each content word once', () => {
    expect(planSearch('back pain')).toEqual({ queries: ['back pain'], terms: ['back', 'pain'] });
    expect(planSearch('pain PAIN')).toEqual({ queries: ['pain pain', 'pain'], terms: ['pain'] });
  });

  it('turns a definition question into a search for its subject, so the glossary answers it', () => {
    expect(planSearch('What is the sacrum?')).toEqual({ queries: ['sacrum'], terms: ['sacrum'] });
    expect(planSearch("what's a sham")).toEqual({ queries: ['sham'], terms: ['sham'] });
    expect(planSearch('what does placebo mean')).toEqual({ queries: ['placebo'], terms: ['placebo'] });
    expect(planSearch('define TMJ').queries).toEqual(['tmj']);
    expect(planSearch('what is craniosacral therapy').queries).toEqual(['craniosacral therapy']);
  });

  it('leaves other questions that start with "what" whole', () => {
    expect(planSearch('what to expect')).toEqual({ queries: ['what to expect', 'expect'], terms: ['expect'] });
    expect(planSearch('what does a session cost').queries).toEqual(['what does a session cost', 'session cost']);
    expect(planSearch('what is it')).toEqual({ queries: ['what is it'], terms: [] });
  });

  it('searches a query of stop words only as typed, with nothing to mark', () => {
    expect(planSearch('who')).toEqual({ queries: ['who'], terms: [] });
    expect(planSearch('  ')).toEqual({ queries: [], terms: [] });
  });
});

describe('what counts as a real match of a query word', () => {
  it('takes the same word up to its ending, as Pagefind stems it', () => {
    expect(isTermMatch('babies', 'babys')).toBe(true);
    expect(isTermMatch('Baby’s,', 'babies')).toBe(true);
    expect(isTermMatch('Pregnancies.', 'pregnancy')).toBe(true);
  });

  it('takes a word the reader is still typing, and one with a letter too many typed', () => {
    expect(isTermMatch('migraine', 'migr')).toBe(true);
    expect(isTermMatch('safety', 'safe')).toBe(true);
    expect(isTermMatch('colic', 'colick')).toBe(true);
  });

  it('takes a part of a hyphenated word', () => {
    expect(isTermMatch('hands-on', 'hands')).toBe(true);
    expect(isTermMatch('long-term', 'term')).toBe(true);
  });

  it('refuses words that only share a stem or a few first letters, which Pagefind also returns', () => {
    expect(isTermMatch('side', 'sids')).toBe(false);
    expect(isTermMatch('sideways', 'sids')).toBe(false);
    expect(isTermMatch('M,', 'migrane')).toBe(false);
    expect(isTermMatch('migr', 'migrane')).toBe(false);
    expect(isTermMatch('sid', 'sids')).toBe(true);
    expect(isTermMatch('', 'sids')).toBe(false);
  });
});
