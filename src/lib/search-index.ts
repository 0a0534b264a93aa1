import type { Checklist } from './schemas/checklist.ts';
import type { GlossaryTerm } from './schemas/glossary.ts';
import type { SearchKind } from './search-results.ts';

/** The `data-pagefind-*` attributes that put an element's text in the index as one kind of result. */
export function searchBodyAttributes(kind: SearchKind): Record<string, string> {
  return { 'data-pagefind-body': '', 'data-pagefind-filter': `kind:${kind}` };
}

/** The URL of a term's entry on the glossary page. */
export function glossaryEntryUrl(id: string): string {
  return `/glossary/#${id}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** A <meta> that only the search index reads, as one of a result's meta fields. */
const searchMetaHtml = (field: string, value: string) =>
  `<meta data-pagefind-meta="${field}[content]" content="${escapeHtml(value)}">`;

/** How much a glossary alias counts in ranking, against 1 for the definition and 7 for the term. */
const GLOSSARY_ALIAS_WEIGHT = 1;

/** The data-pagefind-body attributes for `kind`, written out as HTML attributes. */
const bodyAttributesHtml = (kind: SearchKind) =>
  Object.entries(searchBodyAttributes(kind))
    .map(([name, value]) => (value ? `${name}="${value}"` : name))
    .join(' ');

/**
 * A glossary term as its own small HTML page for the search index, so each term is one result
 * that links to its entry. The aliases are the lay words readers type ("blood thinners", "jaw
 * pain"): they count as much as the definition's words, so that a term whose name is the query
 * wins, but an article section that answers a question is not outranked by a term that only
 * lists the query's words among its aliases.
 */
export function glossaryRecordHtml(term: GlossaryTerm, language: string): string {
  const aliases = term.aliases.length
    ? `<p data-pagefind-weight="${GLOSSARY_ALIAS_WEIGHT}">Also called: ${escapeHtml(term.aliases.join(', '))}.</p>`
    : '';
  return `<!doctype html><html lang="${language}"><head></head><body><article ${bodyAttributesHtml('Glossary')}><h1>${escapeHtml(term.term)}</h1>${aliases}<p>${escapeHtml(term.definition)}</p></article></body></html>`;
}

/**
 * A built page as the search index reads it (readers download it unchanged): its meta
 * description becomes the result's description, and `keywords`, if any, become searched meta.
 */
export function pageHtmlForIndex(html: string, keywords: readonly string[] = []): string {
  const described = html.replace(
    '<meta name="description"',
    '<meta data-pagefind-meta="description[content]" name="description"'
  );
  return keywords.length
    ? described.replace('</head>', `${searchMetaHtml('keywords', keywords.join(', '))}</head>`)
    : described;
}

/**
 * Extra words an article is found by: the aliases of the glossary terms it marks with <Term>
 * that its text does not already contain, so a reader typing "warfarin" or "jaw pain" also finds
 * the articles that discuss them.
 */
export function articleSearchKeywords(
  termIds: readonly string[],
  glossary: ReadonlyMap<string, GlossaryTerm>,
  articleText: string
): string[] {
  const text = articleText.toLowerCase();
  const seen = new Set<string>();
  return termIds
    .flatMap((id) => glossary.get(id)?.aliases ?? [])
    .filter((alias) => {
      const lowerCase = alias.toLowerCase();
      if (seen.has(lowerCase) || text.includes(lowerCase)) return false;
      seen.add(lowerCase);
      return true;
    });
}

/** The checklist page, which search links to question by question. */
export const CHECKLIST_URL = '/checklist/';

/** The anchor of a question on the checklist page (the checklist opens the step that holds it). */
export const checklistQuestionAnchor = (questionId: string): string => `question-${questionId}`;

/** How much a checklist question counts in ranking: less than an article heading, since the article explains. */
const CHECKLIST_QUESTION_WEIGHT = 3;

/**
 * The checklist page as the search index reads it: its head as built (title, description), and
 * a body built from the checklist's data. The page's questions sit in a form, which Pagefind
 * does not index, and readers want the question that matches, not a step: each question is a
 * section of its own, titled by the question and explained by "why we ask", so a result links
 * straight to `/checklist/#question-<id>`. The description, which says what the page is, opens it.
 */
export function checklistRecordHtml(checklist: Checklist, pageHtml: string): string {
  const bodyAt = pageHtml.search(/<body[\s>]/);
  if (bodyAt < 0) throw new Error('the checklist page has no <body> to index');
  // Already escaped, as the page's attribute value.
  const description = /<meta [^>]*name="description" content="([^"]*)"/.exec(pageHtml)?.[1] ?? '';
  const questions = checklist.groups
    .flatMap((group) => group.questions)
    .map(
      (question) =>
        `<section><h2 id="${checklistQuestionAnchor(question.id)}" data-pagefind-weight="${CHECKLIST_QUESTION_WEIGHT}">${escapeHtml(question.text)}</h2><p>${escapeHtml(question.why)}</p></section>`
    )
    .join('');
  return `${pageHtml.slice(0, bodyAt)}<body><div ${bodyAttributesHtml('Checklist')}><h1>${escapeHtml(checklist.title)}</h1><p>${description}</p>${questions}</div></body></html>`;
}

/** The therapy's other names, which a condition page's text need not repeat ("cst for colic"). */
const THERAPY_NAMES = ['CST', 'sacral massage'];

/**
 * The words a condition page is found by besides its text: the lay names its record lists ("TMJ",
 * "crying baby") that its title does not already say, and the therapy's other names.
 */
export function conditionSearchKeywords(use: { pageTitle: string; aliases: readonly string[] }): string[] {
  const title = use.pageTitle.toLowerCase();
  return [...use.aliases.filter((alias) => !title.includes(alias.toLowerCase())), ...THERAPY_NAMES];
}

/**
 * Words every condition page repeats: its fixed headings are indexed at the weight of body text
 * (not a heading's), and its fixed labels and intros ("How it works:") are left out, so that a
 * search for "evidence" or "how it works" finds the article that answers it, not 31 condition pages.
 */
export const SHARED_HEADING = { 'data-pagefind-weight': '1' } as const;
export const SHARED_WORDS = { 'data-pagefind-ignore': '' } as const;
