// Site search in the browser: the header's search dialog on every page, and the /search/ page.
// Pages load this module only when the reader opens search (the inline script in
// src/components/site/ThemeScript.astro), or at once on /search/. It runs queries through
// Pagefind's JS API and renders results with text nodes and <mark> elements only, never by
// parsing HTML.
import { termRarity, type ExcerptPart } from '../lib/search-excerpts.ts';
import { parseSearchKind, readSearchState, searchStateQueryString, type SearchState } from '../lib/search-query.ts';
import {
  mergeResults,
  PAGEFIND_OPTIONS,
  ResultPages,
  resultsSummary,
  type PagefindResult,
  type SearchKind,
  type SearchResultView,
} from '../lib/search-results.ts';
import { suggestQuery, VOCABULARY_URL } from '../lib/search-suggestions.ts';
import { planSearch } from '../lib/search-terms.ts';

type SearchOptions = { filters?: Record<string, string> };
type PagefindSearch = { results: PagefindResult[] };

/** The part of Pagefind's JS API (`/pagefind/pagefind.js`) this module uses. */
interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  destroy: () => Promise<void>;
  search: (query: string, options: SearchOptions) => Promise<PagefindSearch>;
  debouncedSearch: (query: string, options: SearchOptions, debounceMs: number) => Promise<PagefindSearch | null>;
}

// A variable, so that bundlers leave this import to the browser: the file exists only in a build.
const PAGEFIND_URL = '/pagefind/pagefind.js';
const INDEX_ENTRY_URL = '/pagefind/pagefind-entry.json';
let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<string[]> | undefined;

/** Loads something once; a failed load is forgotten, so the next search tries again. */
function once<Value>(load: () => Promise<Value>, forget: () => void): Promise<Value> {
  const loading = load();
  loading.catch(forget);
  return loading;
}

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= once(
    () =>
      import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
        await module.options(PAGEFIND_OPTIONS);
        await module.init();
        return module;
      }),
    () => (pagefind = undefined)
  );
  return pagefind;
}

/** Pagefind keeps an index that failed to load as failed: start afresh, so that trying again can work. */
async function resetPagefind(): Promise<void> {
  const loaded = pagefind;
  pagefind = undefined;
  await loaded?.then((module) => module.destroy()).catch(() => undefined);
}

/** The site's words for "Did you mean …" (see buildVocabulary), fetched the first time a search finds nothing. */
function loadVocabulary(): Promise<string[]> {
  vocabulary ??= once(
    () =>
      fetch(VOCABULARY_URL).then((response) => {
        if (!response.ok) throw new Error(`${VOCABULARY_URL}: HTTP ${response.status}`);
        return response.json() as Promise<string[]>;
      }),
    () => (vocabulary = undefined)
  );
  return vocabulary;
}

/**
 * Pagefind reports no results, rather than an error, when part of its index failed to download.
 * When a search finds nothing, this tells "nothing matches" from "the index cannot be reached".
 */
const indexReachable = () =>
  fetch(INDEX_ENTRY_URL, { cache: 'no-store' }).then(
    (response) => response.ok,
    () => false
  );

/**
 * Runs a query's plan (see planSearch) through Pagefind, and each of its content words alone to
 * weigh them (see termRarity). The first query waits `debounceMs` for more typing, and gives null
 * when newer typing replaced it. Exported for the search benchmark.
 */
export async function searchSite(
  query: string,
  kind?: SearchKind,
  debounceMs = 0
): Promise<{ pages: ResultPages; found: number } | null> {
  const plan = planSearch(query);
  const module = await loadPagefind();
  const options = kind ? { filters: { kind } } : {};
  const search = (text: string) => module.search(text, options).then((found) => found.results);
  const [first, ...rest] = plan.queries;
  const firstSearch = await module.debouncedSearch(first ?? query, options, debounceMs);
  if (!firstSearch) return null;
  const [more, perTerm] = await Promise.all([
    Promise.all(rest.map(search)),
    plan.terms.length > 1 ? Promise.all(plan.terms.map(search)) : undefined,
  ]);
  const results = mergeResults([firstSearch.results, ...more]);
  const weights = perTerm && termRarity(perTerm.map((found) => found.length));
  return { pages: new ResultPages(results, plan.terms, weights), found: results.length };
}

function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, className: string, text: string): HTMLAnchorElement {
  const anchor = element('a', className, text);
  anchor.href = href;
  return anchor;
}

function excerpt(parts: readonly ExcerptPart[]): HTMLParagraphElement {
  const nodes = parts.map((part) =>
    part.marked ? element('mark', 'rounded-sm bg-[light-dark(#fde68a,#854d0e)] px-0.5 text-ink', part.text) : part.text
  );
  return element('p', 'mt-1', ...nodes);
}

function renderResult(result: SearchResultView): HTMLLIElement {
  const item = element(
    'li',
    'border-t border-line py-3',
    element(
      'p',
      'flex flex-wrap items-baseline gap-x-2',
      link(result.url, 'text-lg font-bold', result.title),
      element('span', 'text-sm text-muted', result.kind ?? 'Page')
    ),
    excerpt(result.excerpt)
  );
  if (result.sections.length) {
    const sections = result.sections.map((section) =>
      element('li', 'mt-2', link(section.url, 'font-bold', section.title), excerpt(section.excerpt))
    );
    item.append(element('ul', 'mt-2 border-l-2 border-line pl-4', ...sections));
  }
  return item;
}

const required = <Found extends Element>(root: ParentNode, selector: string): Found => {
  const found = root.querySelector<Found>(selector);
  if (!found) throw new Error(`search: ${selector} is missing`);
  return found;
};

/**
 * One search box with its results: an input, optional kind radios, a polite status line with a
 * "Did you mean" link, the results list, a "no results" block, a "search could not load" block
 * and an optional "show more" button, found by their data-search-* attributes inside `root` (see
 * src/components/search/).
 */
class SearchView {
  readonly input: HTMLInputElement;
  private readonly kinds: HTMLInputElement[];
  private readonly status: HTMLElement;
  private readonly suggestion: HTMLElement;
  private readonly suggestionLink: HTMLAnchorElement;
  private readonly list: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly failed: HTMLElement;
  private readonly more: HTMLButtonElement | null;
  private pages: ResultPages | undefined;
  private query = '';
  /** Counts searches, so that an older search finishing late cannot overwrite a newer one. */
  private generation = 0;

  constructor(
    root: HTMLElement,
    private readonly pageSize: number,
    private readonly onChange: (state: SearchState) => void
  ) {
    this.input = required(root, '[data-search-input]');
    this.kinds = [...root.querySelectorAll<HTMLInputElement>('[data-search-kind]')];
    this.status = required(root, '[data-search-status]');
    this.suggestion = required(root, '[data-search-suggestion]');
    this.suggestionLink = link('/search/', 'font-bold', '');
    this.list = required(root, '[data-search-results]');
    this.empty = required(root, '[data-search-empty]');
    this.failed = required(root, '[data-search-failed]');
    this.more = root.querySelector('[data-search-more]');
    this.input.addEventListener('input', () => void this.update());
    for (const kind of this.kinds) kind.addEventListener('change', () => void this.update());
    this.more?.addEventListener('click', () => void this.showMore(this.generation));
    this.suggestionLink.addEventListener('click', (event) => {
      event.preventDefault();
      this.input.value = this.suggestionLink.textContent ?? '';
      this.input.focus();
      void this.update();
    });
    required(this.failed, '[data-search-retry]').addEventListener('click', () => void this.update());
    root.addEventListener('keydown', (event) => this.moveFocus(event));
  }

  get state(): SearchState {
    return { query: this.input.value, kind: parseSearchKind(this.kinds.find((kind) => kind.checked)?.value ?? null) };
  }

  set state(state: SearchState) {
    this.input.value = state.query;
    for (const kind of this.kinds) kind.checked = parseSearchKind(kind.value) === state.kind;
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    const state = this.state;
    this.onChange(state);
    this.query = state.query.trim();
    if (!this.query) {
      this.show(undefined, '');
      return;
    }
    try {
      const search = await searchSite(this.query, state.kind, 150);
      // null: a newer keystroke replaced this search before it ran.
      if (!search || generation !== this.generation) return;
      this.show(search.pages, '');
      this.list.setAttribute('aria-busy', 'true');
      await this.showMore(generation);
      if (generation !== this.generation || this.list.children.length) return;
      if (!search.found && !(await indexReachable())) throw new Error('the search index cannot be reached');
      const suggestion = suggestQuery(this.query, await loadVocabulary().catch(() => []));
      if (generation !== this.generation) return;
      this.showNothingFound(suggestion);
    } catch {
      if (generation !== this.generation) return;
      await resetPagefind();
      this.show(undefined, 'Search could not load.');
      this.failed.hidden = false;
    }
  }

  /** Clears the results for a new search, or for none when `pages` is undefined. */
  private show(pages: ResultPages | undefined, summary: string): void {
    this.pages = pages;
    this.list.replaceChildren();
    this.list.removeAttribute('aria-busy');
    this.status.textContent = summary;
    this.suggestion.hidden = true;
    this.empty.hidden = true;
    this.failed.hidden = true;
    if (this.more) this.more.hidden = true;
  }

  private showNothingFound(suggestion: string | undefined): void {
    this.status.textContent = resultsSummary(0, this.query);
    this.empty.hidden = false;
    if (!suggestion) return;
    this.suggestionLink.textContent = suggestion;
    this.suggestionLink.href = `/search/${searchStateQueryString({ ...this.state, query: suggestion })}`;
    this.suggestion.replaceChildren('Did you mean ', this.suggestionLink, '?');
    this.suggestion.hidden = false;
  }

  /** Shows the next page of results, each as soon as it and those above it have loaded. */
  private async showMore(generation: number): Promise<void> {
    const pages = this.pages;
    if (!pages) return;
    this.list.setAttribute('aria-busy', 'true');
    await pages.next(this.pageSize, (view) => {
      if (generation !== this.generation) return false;
      this.list.append(renderResult(view));
      return true;
    });
    if (generation !== this.generation) return;
    this.list.removeAttribute('aria-busy');
    if (this.list.children.length) this.status.textContent = resultsSummary(pages.count, this.query);
    if (this.more) this.more.hidden = !this.list.children.length || !pages.hasMore;
  }

  /** Arrow keys move between the input and the result links; Tab still works as usual. */
  private moveFocus(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.list.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (!links.length || (at === -1 && event.target !== this.input)) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    (next < 0 ? this.input : links[Math.min(next, links.length - 1)]!).focus();
  }
}

let dialogView: SearchView | undefined;
let returnFocusTo: HTMLElement | null = null;

function setUpDialog(dialog: HTMLDialogElement): SearchView {
  const allResults = required<HTMLAnchorElement>(dialog, '[data-search-all]');
  const view = new SearchView(dialog, 8, (state) => (allResults.href = `/search/${searchStateQueryString(state)}`));
  dialog.addEventListener('close', () => returnFocusTo?.focus());
  // Escape in a search box would only clear it; here it closes the dialog, as readers expect.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  dialog.addEventListener('click', (event) => {
    // The dialog's content fills it, so a click on the dialog element itself is on the backdrop.
    const target = event.target as Element;
    if (target === dialog || target.closest('a:not([data-search-suggestion] a), [data-search-close]')) dialog.close();
  });
  return view;
}

/**
 * Called by the page's inline script each time the reader opens search. The script has
 * already opened the dialog (so no word typed while this module loaded is lost); this wires it
 * up once, and focus returns to `opener` when it closes. On the search page, focuses that page's
 * own search box instead.
 */
export function handleSearchOpened(opener: HTMLElement | null): void {
  void loadPagefind().catch(() => undefined);
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  returnFocusTo = opener;
  if (pageInput || !dialog) {
    pageInput?.focus();
    return;
  }
  if (!dialogView) {
    dialogView = setUpDialog(dialog);
    // Words typed before the module was ready.
    if (dialogView.input.value) void dialogView.update();
  }
}

/** The /search/ page: runs `?q=` on load and keeps the address in step without adding history. */
function mountSearchPage(root: HTMLElement): void {
  const view = new SearchView(root, 10, (state) =>
    history.replaceState(history.state, '', `${location.pathname}${searchStateQueryString(state)}`)
  );
  required(root, 'form').addEventListener('submit', (event) => event.preventDefault());
  view.state = readSearchState(location.search);
  if (view.state.query) void view.update();
}

const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
if (searchPage) mountSearchPage(searchPage);
