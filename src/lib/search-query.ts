import { SEARCH_KINDS, type SearchKind } from './search-results.ts';

/** What the search page shows, as its address (`/search/?q=jaw+pain&kind=glossary`) records it. */
export interface SearchState {
  query: string;
  /** Undefined shows every kind. */
  kind: SearchKind | undefined;
}

/** Long enough for any question; longer text in a shared link is cut, not searched. */
export const MAX_QUERY_LENGTH = 200;

/** A kind from an address (any letter case), or undefined when it names none. */
export function parseSearchKind(value: string | null): SearchKind | undefined {
  const wanted = value?.trim().toLowerCase();
  return SEARCH_KINDS.find((kind) => kind.toLowerCase() === wanted);
}

/** Reads the search state from a query string such as `location.search`. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    kind: parseSearchKind(params.get('kind')),
  };
}

/** The query string that records a search state: empty when there is nothing to record. */
export function searchStateQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim().slice(0, MAX_QUERY_LENGTH);
  if (query) params.set('q', query);
  if (state.kind) params.set('kind', state.kind.toLowerCase());
  const text = params.toString();
  return text ? `?${text}` : '';
}
