import { formatDate } from './dates.ts';
import type { SourceCheck } from './schemas/source.ts';

const WHAT_WAS_READ: Record<SourceCheck['read'], string> = {
  'full-text': 'the full text',
  abstract: 'the abstract',
  // A web page that is not a paper: "We read it on the charity's own page".
  page: 'it',
  record: 'the citation details only',
};

/**
 * One check of a source in plain words: "We read the abstract on PubMed, 27 November 2026."
 * A `where` that does not start with a preposition ("PubMed record") is put in brackets.
 */
export function describeCheck(check: Pick<SourceCheck, 'where' | 'read' | 'date' | 'note'>): string {
  const where = /^(on|in|at|from|via|through)\s/i.test(check.where) ? ` ${check.where}` : ` (${check.where})`;
  const sentence = `We read ${WHAT_WAS_READ[check.read]}${where}, ${formatDate(check.date)}.`;
  return check.note ? `${sentence} ${check.note}` : sentence;
}

/**
 * For a source that gives no date, the day we last read it, so a reader can judge how current it
 * is: "No date given; we last read it on 1 December 2026." Undefined when the source has a year.
 */
export function undatedNote(source: { year?: number | undefined; checked: Pick<SourceCheck, 'date'>[] }): string | undefined {
  if (source.year !== undefined) return undefined;
  const latest = Math.max(...source.checked.map((check) => check.date.getTime()));
  return `No date given; we last read it on ${formatDate(new Date(latest))}.`;
}
