import stem from 'wink-porter2-stemmer';

/**
 * Words that carry no topic of their own: question words, pronouns, articles, auxiliaries and
 * prepositions. They are never marked in results and never count as what a result is about.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after again all also am an and any are as at be because been before being both but by can could ' +
    'did do does doing done during each either for from get gets getting got had has have having he her here ' +
    'hers him his how i if im in into is it its itself ive just me might more most much must my myself no nor ' +
    'not of off on once only or other our ours out over own really same shall she should so some such than ' +
    'that thats the their theirs them then there these they this those though through to too under until up ' +
    'upon us very was we were what whats when where which while who whom whose why will with would yes yet ' +
    'you your yours youre'
  ).split(' ')
);

/** A word as search compares it: lower case, accents and punctuation taken off ("Baby’s," → "babys"). */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a text, normalized, in order; hyphenated words stay one word as Pagefind keeps them. */
export function textWords(text: string): string[] {
  return text
    .split(/[\s/]+/)
    .map(normalizeWord)
    .filter((word) => word.length > 0);
}

export const isStopWord = (word: string): boolean => STOP_WORDS.has(normalizeWord(word));

/** What to ask Pagefind, and which of the reader's words a result must be about. */
export interface SearchPlan {
  /**
   * Pagefind queries, best first: every word as typed, then only the content words when the
   * query has stop words too. Pagefind requires every word of a query, so the first finds the
   * pages that contain the whole question and the second those that match its topic.
   */
  queries: string[];
  /** The content words: the ones results are marked and judged by. Empty if the query has none. */
  terms: string[];
}

/** "what is the sacrum", "what's a sham", "what does placebo mean", "define TMJ", "meaning of sham". */
const DEFINITION_QUESTIONS = [
  /^(?:what (?:is|are) |whats |define |meaning of )(?:an? |the )?(.+)$/,
  /^what (?:does|do) (?:an? |the )?(.+) mean$/,
];

/**
 * Turns what the reader typed into Pagefind queries. A definition question ("what is the
 * sacrum") is a search for its subject alone, so the glossary entry answers it; any other
 * question keeps its words, so the page that contains the whole question comes first.
 */
export function planSearch(query: string): SearchPlan {
  const words = textWords(query);
  const typed = words.join(' ');
  const subject = DEFINITION_QUESTIONS.map((pattern) => pattern.exec(typed)?.[1]).find(Boolean);
  const subjectWords = subject ? subject.split(' ') : [];
  const asked = subjectWords.some((word) => !STOP_WORDS.has(word)) ? subjectWords : words;
  const terms = [...new Set(asked.filter((word) => !STOP_WORDS.has(word)))];
  const queries = [asked.join(' '), terms.join(' ')].filter((text, index, all) => text && all.indexOf(text) === index);
  return { queries, terms };
}

const stems = new Map<string, string>();
/** The English (Porter2) stem of a normalized word: the stemmer Pagefind uses for English pages. */
export function stemOf(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    found = stem(word);
    stems.set(word, found);
  }
  return found;
}

/** Words shorter than this are never taken for a mistyped word: too many short words are one letter apart ("sids": "side", "kids", "aids"). */
export const SHORTEST_CORRECTED = 5;

/** How many typing mistakes a word of this length may hold and still be taken for the word meant. */
export const allowedMistakes = (length: number): number => (length < SHORTEST_CORRECTED ? 0 : length < 8 ? 1 : 2);

/**
 * Whether a word of a page is a real match for a content word of the query: the same word up to
 * its ending (Pagefind's stemming: "babies" for "babys"), the word the reader is still typing
 * ("migr" → "migraine"), or the word with a letter too many typed ("colick" → "colic"). Pagefind
 * also matches longer words that only share the query's stem ("side" for "sids") and, failing
 * all else, much shorter words ("M" for "migrane"); those are not matches a reader would
 * recognise, so they are neither marked nor counted.
 */
export function isTermMatch(pageWord: string, term: string): boolean {
  const word = normalizeWord(pageWord);
  if (!word) return false;
  const parts = pageWord.includes('-') ? [word, ...textWords(pageWord.replace(/-/g, ' '))] : [word];
  return parts.some(
    (part) =>
      part.startsWith(term) ||
      stemOf(part) === stemOf(term) ||
      (part.length >= SHORTEST_CORRECTED - 1 &&
        term.startsWith(part) &&
        term.length - part.length <= allowedMistakes(term.length))
  );
}
