import type { Page } from 'playwright-core';

/**
 * Drives the site's /search/ page in a browser test: opens a search by its address and
 * waits until the page has shown its results.
 */

/** Opens `/search/?<params>` under a site URL and waits for the results of exactly that search. */
export async function openSearch(
  page: Page,
  siteUrl: string,
  params: Record<string, string | string[]> | URLSearchParams,
): Promise<void> {
  const search =
    params instanceof URLSearchParams
      ? params
      : new URLSearchParams(
          Object.entries(params).flatMap(([k, v]) =>
            Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]],
          ),
        );
  await page.goto(new URL(`search/?${search}`, siteUrl).href);
  await waitForResults(page);
}

/** Waits until the result list has settled for the search in the page's address. */
export async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const list = document.getElementById('search-list');
    if (list?.dataset.state !== 'done') return false;
    // The page writes its canonical form of the address; compare parsed, order-insensitively.
    const norm = (q: string) =>
      [...new URLSearchParams(q)]
        .map(([k, v]) => `${k}=${v}`)
        .sort()
        .join('&');
    return norm(list.dataset.search ?? '') === norm(location.search);
  });
}

/** The result links on the page, in order, as paths without the site's base. */
export async function resultPaths(page: Page, base: string): Promise<string[]> {
  return page.$$eval(
    '#search-list .search-result__title a',
    (links, base) =>
      links.map((a) => `/${new URL((a as HTMLAnchorElement).href).pathname.slice(base.length)}`),
    base,
  );
}

/** Each result on the page as a path without the site's base, with the anchors its sub-results link to. */
export async function shownResults(
  page: Page,
  base: string,
): Promise<{ path: string; sections: string[] }[]> {
  return page.$$eval(
    '#search-list > li',
    (items, base) =>
      items.map((item) => {
        const link = item.querySelector<HTMLAnchorElement>('.search-result__title a');
        const path = link ? `/${new URL(link.href).pathname.slice(base.length)}` : '';
        const sections = [
          ...item.querySelectorAll<HTMLAnchorElement>('.search-result__sections a'),
        ].map((a) => decodeURIComponent(new URL(a.href).hash.slice(1)));
        return { path, sections };
      }),
    base,
  );
}
