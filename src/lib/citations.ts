/** Source ids in the order the body first cites them with <Cite id="..." />. */
export function citedSourceIds(body: string): string[] {
  const ids = [...body.matchAll(/<Cite\s+id="([^"]*)"\s*\/>/g)].map((match) => match[1]!);
  return [...new Set(ids)];
}

/** Glossary ids marked in the body with <Term id="...">. */
export function glossaryTermIds(body: string): string[] {
  return [...new Set([...body.matchAll(/<Term\s+id="([^"]*)"\s*>/g)].map((match) => match[1]!))];
}

/** Citation numbers for one article: first cited is 1. */
export function citationNumbers(body: string): Map<string, number> {
  return new Map(citedSourceIds(body).map((id, index) => [id, index + 1]));
}
