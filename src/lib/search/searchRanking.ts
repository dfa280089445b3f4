/**
 * How the search page orders results by relevance: Pagefind's score, with documents that
 * no longer apply (已修订, 已废止, 已失效, and incentives of such policies) weighted down, so
 * that for the same words the version in force comes first and an old version is never the
 * top answer merely because it uses the words more often. Old versions stay in the list,
 * each labelled with its status.
 */

/** The factor an outdated result's score is multiplied by. */
export const OUTDATED_SCORE_FACTOR = 0.5;

/** A result as Pagefind returns it, before its data is loaded. */
export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * Results reordered by score, outdated ones weighted down; equal scores keep Pagefind's order.
 * @example rankByStatus([{ id: 'old', score: 3 }, { id: 'new', score: 2 }], new Set(['old'])).map((r) => r.id) // ['new', 'old']
 */
export function rankByStatus<T extends ScoredResult>(
  results: readonly T[],
  outdated: ReadonlySet<string>,
  factor = OUTDATED_SCORE_FACTOR,
): T[] {
  return results
    .map((result, index) => ({
      result,
      index,
      score: outdated.has(result.id) ? result.score * factor : result.score,
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.result);
}
