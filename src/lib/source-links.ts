/** The fields of a source that lead to the paper itself. */
export interface SourceIdentifiers {
  doi?: string | undefined;
  pmid?: string | undefined;
  url?: string | undefined;
  isbn?: string | undefined;
}

export interface SourceLink {
  label: string;
  href?: string;
}

/** Links to a source, best first: DOI, PubMed, the publisher's page; an ISBN is shown as text. */
export function sourceLinks(source: SourceIdentifiers): SourceLink[] {
  const links: SourceLink[] = [];
  if (source.doi) links.push({ label: `DOI ${source.doi}`, href: `https://doi.org/${source.doi}` });
  if (source.pmid) links.push({ label: `PubMed ${source.pmid}`, href: `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/` });
  if (source.url) links.push({ label: 'Publisher’s page', href: source.url });
  if (source.isbn) links.push({ label: `ISBN ${source.isbn}` });
  return links;
}

/** "Haller 2020" for a person's paper, "Cleveland Clinic 2017" for an organisation's page. */
export function shortCitation(source: { authors: string; year?: number | undefined }): string {
  // People are written "Surname AB"; an organisation's name has no trailing initials.
  const first = source.authors.split(',')[0]!.trim().replace(/ [A-Z]{1,3}$/, '');
  return `${first} ${source.year ?? 'n.d.'}`;
}
