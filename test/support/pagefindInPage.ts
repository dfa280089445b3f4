import type { Page } from 'playwright-core';

/**
 * Runs queries straight through Pagefind's browser API (no query normalisation and no
 * re-ranking), in a page of the built site: the suite prints these figures beside the
 * search page's, so the effect of what the page adds to Pagefind stays visible.
 * Returns each query's result URLs, best first, without the site's base path.
 */
export async function rawPagefindResults(page: Page, base: string, queries: readonly string[], limit = 10): Promise<string[][]> {
  return page.evaluate(
    async ({ base, queries, limit }) => {
      const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
      await pagefind.init();
      const ranked: string[][] = [];
      for (const query of queries) {
        const search = await pagefind.search(query);
        const data = await Promise.all(search.results.slice(0, limit).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
        ranked.push(data.map((d: { url: string }) => `/${d.url.slice(base.length)}`));
      }
      return ranked;
    },
    { base, queries, limit },
  );
}
