// Runs queries through a built site's Pagefind in a real browser page, with the options the
// site's own search uses. Shared by the query table test and the search benchmark.

// Source text, not a function: test runners rewrite `import()` inside functions they transform.
const RUN_QUERIES = `async ({ queries, options, top }) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options(options);
  await pagefind.init();
  const answers = [];
  for (const query of queries) {
    const started = performance.now();
    const search = await pagefind.search(query);
    const ranked = performance.now();
    let firstShown = ranked;
    const data = await Promise.all(
      search.results.slice(0, top).map((result, index) =>
        result.data().then((item) => {
          if (index === 0) firstShown = performance.now();
          return item;
        })
      )
    );
    const done = performance.now();
    answers.push({
      query,
      urls: data.map((item) => item.url),
      total: search.results.length,
      rankMs: ranked - started,
      firstMs: firstShown - started,
      allMs: done - started,
    });
  }
  return answers;
}`;

/**
 * For each query, the URLs of the first `top` results and how many milliseconds after calling
 * `search()` the results were ranked, the first result's data was ready (it can be shown), and
 * all `top` were. `page` must already show a page of the site; Pagefind is initialised first.
 * @param {import('playwright-core').Page} page
 * @param {string[]} queries
 * @param {{ options: object, top?: number }} settings
 * @returns {Promise<{ query: string, urls: string[], total: number, rankMs: number, firstMs: number, allMs: number }[]>}
 */
export async function runPagefindQueries(page, queries, { options, top = 3 }) {
  return page.evaluate(`(${RUN_QUERIES})(${JSON.stringify({ queries, options, top })})`);
}
