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
