/** A run of excerpt text, marked when it is a word the reader searched for. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A word of a page that matches one of the query's content words. */
export interface WordMatch {
  /** Its position among the page's words. */
  location: number;
  /** Which content word of the query it matches (an index into the plan's terms). */
  term: number;
  /** Pagefind's score for it: higher in headings and weighted text. */
  score: number;
}

/** Splits a page's text into words exactly as Pagefind counts word positions. */
export const pageWords = (content: string): string[] => content.split(/[^\S\uFEFF]+/);

const endsSentence = (word: string | undefined) => word !== undefined && /[.!?]["'”’)\]]*$/.test(word);
const isNumberedCitation = (word: string | undefined) => word !== undefined && /^\[\d+(?:[,–-]\d+)*\]$/.test(word);
const endsYearCitation = (word: string | undefined) => word !== undefined && /\d{4}[a-z]?\)$/.test(word);
/** The longest citation in words, as "(Castro-Sánchez 2016)" or "(Haller et al. 2020)". */
const CITATION_WORDS = 5;

/** How many words the citation starting at `index` takes ("[11]", "(Kratz 2021)"), or 0 if none starts there. */
function citationAt(words: readonly string[], index: number): number {
  if (isNumberedCitation(words[index])) return 1;
  if (!words[index]?.startsWith('(')) return 0;
  for (let length = 1; length <= CITATION_WORDS; length += 1) {
    const word = words[index + length - 1];
    if (endsYearCitation(word)) return length;
    if (word?.includes(')')) return 0;
  }
  return 0;
}

/** Where the citation that ends at `last` starts, or -1 if none ends there. */
function citationEndingAt(words: readonly string[], last: number): number {
  if (isNumberedCitation(words[last])) return last;
  if (!endsYearCitation(words[last])) return -1;
  for (let start = last; start > last - CITATION_WORDS && start >= 0; start -= 1) {
    if (words[start]!.startsWith('(')) return start;
  }
  return -1;
}

/**
 * Whether a sentence starts at `index`: the word before ends with a full stop, question or
 * exclamation mark, allowing for citations such as "[11]" or "(Kratz 2021)" after it, which stay
 * with the sentence they support.
 */
function startsSentence(words: readonly string[], index: number, from: number): boolean {
  if (index <= from) return true;
  return !citationAt(words, index) && endsSentenceBefore(words, index, from);
}

/** Whether the words before `index` end a sentence, with any citations that follow it. */
function endsSentenceBefore(words: readonly string[], index: number, from: number): boolean {
  let last = index - 1;
  for (let start = citationEndingAt(words, last); start > from; start = citationEndingAt(words, last)) last = start - 1;
  return endsSentence(words[last]);
}

/** Splits a word into what comes before, the word itself and what follows, so marks leave punctuation out. */
function splitPunctuation(word: string): [string, string, string] {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
  return [match[1]!, match[2]!, match[3]!];
}

/** Joins words into text runs, marking the core of each word `isMarked` picks out. */
export function markedParts(words: readonly string[], isMarked: (index: number) => boolean): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  words.forEach((word, index) => {
    if (index > 0) add(' ', false);
    const [before, core, after] = splitPunctuation(word);
    if (core && isMarked(index)) {
      add(before, false);
      add(core, true);
      add(after, false);
    } else add(word, false);
  });
  return parts;
}

/** What a snippet is taken from: a stretch of a page's words and the matches in it. */
export interface ExcerptSource {
  words: readonly string[];
  /** The first word of the stretch (a section's heading, or 0 for the page). */
  start: number;
  /** One past its last word. */
  end: number;
  /** Words at the start not to repeat in the snippet: the heading or title shown above it. */
  skip: number;
  /** The matches in the stretch. */
  matches: readonly WordMatch[];
  /** How telling a match of each query word is (see termRarity). */
  termWeights: readonly number[];
}

/**
 * How telling a match of each of the query's words is, from how many pages Pagefind finds for
 * it alone: the rarer the word on the site, the more a passage that has it is about what the
 * reader asked. In "craniosacral for babys", on a site about craniosacral therapy, the passage
 * about babies is the one to show.
 */
export function termRarity(pagesPerTerm: readonly number[]): number[] {
  return pagesPerTerm.map((pages) => (pages ? 1 / pages : 0));
}

/** How much of the query a set of matches covers: the weights of the different words it has. */
export function coverage(matches: readonly WordMatch[], weights: readonly number[]): number {
  return [...new Set(matches.map((match) => match.term))].reduce((total, term) => total + weights[term]!, 0);
}

/** Words a snippet keeps from the start of a sentence too long to show whole before its match. */
const SENTENCE_OPENING = 6;

/**
 * A snippet of about `length` words that starts where a sentence starts: the sentence that covers
 * most of the query (see coverage; then the highest score, then the earliest), and what follows it.
 * It ends at a sentence end when one comes after the first half, otherwise with "…". When the
 * sentence is so long that its match would not show, the snippet keeps its first words, then
 * "…" and the words around the match.
 */
export function sentenceExcerpt(source: ExcerptSource, length: number): ExcerptPart[] {
  const { words, start, end, matches } = source;
  const bodyStart = Math.min(start + source.skip, end);
  const sentenceOf = (location: number) => {
    let at = location;
    while (!startsSentence(words, at, bodyStart)) at -= 1;
    return at;
  };
  const sentences = new Map<number, WordMatch[]>();
  for (const match of matches) {
    if (match.location < bodyStart || match.location >= end) continue;
    const from = sentenceOf(match.location);
    sentences.set(from, [...(sentences.get(from) ?? []), match]);
  }
  const ranked = [...sentences].map(([from, found]) => ({
    from,
    coverage: coverage(found, source.termWeights),
    score: found.reduce((total, match) => total + match.score, 0),
    first: Math.min(...found.map((match) => match.location)),
  }));
  const focus = ranked.sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.from - b.from)[0];
  const from = focus?.from ?? bodyStart;
  const first = focus?.first ?? from;
  // Past two thirds of the snippet the match would show with too little after it, if at all.
  const elided = first - from > Math.max((2 * length) / 3, 2 * SENTENCE_OPENING);
  const resumeAt = elided ? first - SENTENCE_OPENING : from;
  let to = Math.min(end, resumeAt + (elided ? length - SENTENCE_OPENING : length));
  if (to < end) {
    const half = resumeAt + Math.floor((to - resumeAt) / 2);
    for (let last = to - 1; last >= half; last -= 1) {
      if (endsSentenceBefore(words, last + 1, from)) {
        to = last + 1;
        break;
      }
    }
  }
  const marked = new Set(matches.map((match) => match.location));
  const partsOf = (at: number, until: number) => markedParts(words.slice(at, until), (index) => marked.has(at + index));
  const parts = elided
    ? [...partsOf(from, from + SENTENCE_OPENING), { text: ' … ', marked: false }, ...partsOf(resumeAt, to)]
    : partsOf(from, to);
  if (to < end && !endsSentenceBefore(words, to, from)) parts.push({ text: '…', marked: false });
  return parts;
}
