/**
 * The measures the relevance suite reports, over ranked lists of result paths.
 * Kept apart from the browser code so that they have their own unit tests.
 */

/** How many results the suite looks at: the first screen a reader sees. */
export const TOP_K = 3;

/**
 * Precision at 3, scaled to what is achievable: the share of the top 3 places that hold
 * a relevant page, out of min(3, number of relevant pages). A query with one relevant
 * page found first scores 1, not 1/3.
 * @example precisionAtK(['/a/', '/x/', '/b/'], ['/a/', '/b/']) // 1
 */
export function precisionAtK(
  ranked: readonly string[],
  relevant: readonly string[],
  k = TOP_K,
): number {
  if (!relevant.length) throw new Error('每个查询至少要有一个应出现的页面');
  const wanted = new Set(relevant);
  const hits = ranked.slice(0, k).filter((path) => wanted.has(path)).length;
  return hits / Math.min(k, wanted.size);
}

/**
 * The reciprocal rank of the first relevant page in the whole list (0 when none is found).
 * @example reciprocalRank(['/x/', '/a/'], ['/a/']) // 0.5
 */
export function reciprocalRank(ranked: readonly string[], relevant: readonly string[]): number {
  const wanted = new Set(relevant);
  const index = ranked.findIndex((path) => wanted.has(path));
  return index < 0 ? 0 : 1 / (index + 1);
}

/** One query's ranked results and its measures. */
export interface QueryScore {
  query: string;
  ranked: readonly string[];
  relevant: readonly string[];
  precision: number;
  reciprocalRank: number;
}

/** Scores one query. */
export function scoreQuery(
  query: string,
  ranked: readonly string[],
  relevant: readonly string[],
): QueryScore {
  return {
    query,
    ranked,
    relevant,
    precision: precisionAtK(ranked, relevant),
    reciprocalRank: reciprocalRank(ranked, relevant),
  };
}

/**
 * Mean precision@3 and MRR over queries.
 * @example summarize([{ precision: 1, reciprocalRank: 1 }, { precision: 0, reciprocalRank: 0.5 }]) // { precision: 0.5, mrr: 0.75, queries: 2 }
 */
export function summarize(scores: readonly Pick<QueryScore, 'precision' | 'reciprocalRank'>[]): {
  precision: number;
  mrr: number;
  queries: number;
} {
  const n = scores.length;
  if (!n) return { precision: 0, mrr: 0, queries: 0 };
  return {
    precision: scores.reduce((sum, s) => sum + s.precision, 0) / n,
    mrr: scores.reduce((sum, s) => sum + s.reciprocalRank, 0) / n,
    queries: n,
  };
}

/** A result as the search page shows it: its path and the anchors of its sub-results, in order. */
export interface ShownResult {
  path: string;
  sections: readonly string[];
}

/**
 * Whether the first sub-result the page shows for a page is the expected division (false when
 * the page is not among the results, or shows no sub-result).
 * @example firstSectionIs([{ path: '/p/', sections: ['art-52', 'art-5'] }], { page: '/p/', id: 'art-52' }) // true
 */
export function firstSectionIs(
  shown: readonly ShownResult[],
  anchor: { page: string; id: string },
): boolean {
  return shown.find((r) => r.path === anchor.page)?.sections[0] === anchor.id;
}

/**
 * Sub-result precision@1: the share of queries whose expected page shows the expected division first.
 * @example subResultPrecision([true, false, true, true]) // 0.75
 */
export function subResultPrecision(hits: readonly boolean[]): number {
  return hits.length ? hits.filter(Boolean).length / hits.length : 0;
}
