// Site search in the browser: the header's search dialog on every page, and the /search/ page.
// Pages load this module only when the reader opens search (the inline script in
// src/components/site/ThemeScript.astro), or at once on /search/. It runs queries through Pagefind's JS API and renders results with text nodes and
// <mark> elements only, never by parsing HTML.
import { parseSearchKind, readSearchState, searchStateQueryString, type SearchState } from '../lib/search-query.ts';
import {
  excerptParts,
  PAGEFIND_OPTIONS,
  resultsSummary,
  shapeSearchResult,
  type PagefindResultData,
  type SearchResultView,
} from '../lib/search-results.ts';

interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}

/** The part of Pagefind's JS API (`/pagefind/pagefind.js`) this module uses. */
interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (
    query: string,
    options: { filters?: Record<string, string> },
    debounceMs: number
  ) => Promise<{ results: PagefindResult[] } | null>;
}

// A variable, so that bundlers leave this import to the browser: the file exists only in a build.
const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once; a failed load is forgotten so the next search tries again. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    await module.options(PAGEFIND_OPTIONS);
    await module.init();
    return module;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
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

function excerpt(html: string): HTMLParagraphElement {
  const parts = excerptParts(html).map((part) =>
    part.marked ? element('mark', 'rounded-sm bg-[light-dark(#fde68a,#854d0e)] px-0.5 text-ink', part.text) : part.text
  );
  return element('p', 'mt-1', ...parts);
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
 * One search box with its results: an input, optional kind radios, a polite status line, the
 * results list, a "no results" block and an optional "show more" button, found by their
 * data-search-* attributes inside `root` (see src/components/search/).
 */
class SearchView {
  readonly input: HTMLInputElement;
  private readonly kinds: HTMLInputElement[];
  private readonly status: HTMLElement;
  private readonly list: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly more: HTMLButtonElement | null;
  private results: PagefindResult[] = [];
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
    this.list = required(root, '[data-search-results]');
    this.empty = required(root, '[data-search-empty]');
    this.more = root.querySelector('[data-search-more]');
    this.input.addEventListener('input', () => void this.update());
    for (const kind of this.kinds) kind.addEventListener('change', () => void this.update());
    this.more?.addEventListener('click', () => void this.showMore(this.generation));
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
    const query = state.query.trim();
    if (!query) {
      this.show([], '');
      return;
    }
    try {
      const search = await (
        await loadPagefind()
      ).debouncedSearch(query, state.kind ? { filters: { kind: state.kind } } : {}, 150);
      // null: a newer keystroke replaced this search before it ran.
      if (!search || generation !== this.generation) return;
      this.show(search.results, resultsSummary(search.results.length, query), search.results.length === 0);
      await this.showMore(generation);
    } catch {
      if (generation === this.generation) this.show([], 'Search could not load. Check your connection and try again.');
    }
  }

  private show(results: PagefindResult[], summary: string, noMatches = false): void {
    this.results = results;
    this.list.replaceChildren();
    this.status.textContent = summary;
    this.empty.hidden = !noMatches;
    if (this.more) this.more.hidden = true;
  }

  /** Shows the next page of results, each as soon as it and those above it have loaded. */
  private async showMore(generation: number): Promise<void> {
    const shown = this.list.children.length;
    const loading = this.results.slice(shown, shown + this.pageSize).map((result) => result.data());
    for (const data of loading) {
      const view = shapeSearchResult(await data);
      if (generation !== this.generation) return;
      this.list.append(renderResult(view));
    }
    if (this.more) this.more.hidden = this.list.children.length >= this.results.length;
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
    if (target === dialog || target.closest('a, [data-search-close]')) dialog.close();
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
