/**
 * Splitting long lists into pages, and which page numbers a pager shows.
 */

/**
 * Splits a list into pages of a fixed size; an empty list is one empty page.
 * @example paginate([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function paginate<T>(items: readonly T[], pageSize: number): T[][] {
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += pageSize)
    pages.push(items.slice(start, start + pageSize));
  return pages;
}

/**
 * The page numbers a pager links to: the first, the last, and those within
 * `radius` of the current page, with null where numbers are left out.
 * @example pageWindow(10, 20) // [1, null, 8, 9, 10, 11, 12, null, 20]
 * @example pageWindow(2, 4) // [1, 2, 3, 4]
 */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pageCount; n++) {
    if (n === 1 || n === pageCount || Math.abs(n - page) <= radius) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
