import type { Page } from 'playwright-core';

/**
 * Runs queries straight through Pagefind's browser API (no query preparation, Pagefind's
 * default ranking, no status ranking), in a page of the built site: the relevance suite
 * prints these figures beside the search page's, so the effect of what the page adds to
 * Pagefind stays visible. Returns each query's result paths, best first, without the base.
 */
export async function rawPagefindResults(
  page: Page,
  base: string,
  queries: readonly string[],
  limit = 10,
): Promise<string[][]> {
  return (await rawPagefindShownResults(page, base, queries, limit)).map((shown) =>
    shown.map((r) => r.path),
  );
}

/**
 * The same, with the anchors of each result's sub-results as Pagefind orders them (the order
 * of the page), as the search page showed them before it ranked them itself.
 */
export async function rawPagefindShownResults(
  page: Page,
  base: string,
  queries: readonly string[],
  limit = 10,
): Promise<{ path: string; sections: string[] }[][]> {
  // Given as source text: a test runner must not rewrite the browser's own import().
  const script = `(async ({ base, queries, limit }) => {
    const pagefind = await import(base + 'pagefind/pagefind.js');
    await pagefind.init();
    const shown = [];
    for (const query of queries) {
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
      shown.push(data.map((d) => ({
        path: '/' + d.url.slice(base.length),
        sections: (d.sub_results ?? []).filter((s) => s.anchor).map((s) => s.anchor.id),
      })));
    }
    return shown;
  })(${JSON.stringify({ base, queries, limit })})`;
  return page.evaluate<{ path: string; sections: string[] }[][]>(script);
}
