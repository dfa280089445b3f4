import { isDivisionToken } from './searchTokens.ts';

/**
 * The order of a policy's sub-results on the search page. Pagefind 1.6 splits a page into
 * sub-results at every heading with an id and every element with an id and
 * `data-pagefind-title` (the articles, parts and annexes of src/markdown/documentAnchors.ts),
 * but returns them in the order of the page, so on a 60-article 条例 the first three shown
 * were always its first articles that contain any query word. The page ranks them instead by
 * their own relevance: first the article or annex the query names (by its token), then how
 * many of the query's terms stand whole in the sub-result's own text (人才公寓, not 人才 here
 * and 公寓 there), then Pagefind's own scores of the words that matched in it.
 */

/** An element with an id, as Pagefind returns it with a page's data. */
export interface PagefindAnchor {
  element: string;
  id: string;
  /** The element's own text. */
  text?: string;
  /** Its `data-pagefind-title`, if any. */
  title?: string;
  /** The index of the first word of the page's content at or after the element's start. */
  location: number;
}

/** A matched word of a page or sub-result, with Pagefind's score for it. */
export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A sub-result as Pagefind returns it. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
  weighted_locations?: readonly PagefindWeightedLocation[];
}

/** A sub-result with the words of the page that are its own, and how it ranks. */
export interface RankedSubResult<T extends PagefindSubResult> {
  sub: T;
  /** Its words: from `start` up to, not including, `end`. */
  start: number;
  end: number;
  /** Whether it is the article or annex that the query names by its token. */
  named: boolean;
  /** How many of the query's terms stand whole in its words. */
  wholeTerms: number;
  /** The sum of Pagefind's scores of its matched words. */
  score: number;
}

/**
 * The words of a page's indexed content, as Pagefind numbers them for locations: its content
 * is split at the zero-width spaces that its Chinese segmenter puts between words, or else
 * at spaces. Each word keeps the characters it is shown with (spaces, punctuation).
 * @example contentWords('人才\u200b公寓\u200b。 ') // ['人才', '公寓', '。 ']
 */
export function contentWords(content: string): string[] {
  if (content.includes('\u200b')) return content.split('\u200b');
  return content.split(/(?<=\s)(?=\S)/u);
}

/**
 * The query's terms: its words as sent to Pagefind, lower-case, each once.
 * @example queryTerms('人才公寓  申请 人才公寓') // ['人才公寓', '申请']
 */
export function queryTerms(query: string | null): string[] {
  if (!query) return [];
  return [...new Set(query.toLowerCase().split(/\s+/u).filter(Boolean))];
}

/** Whether an anchor starts a sub-result, by Pagefind 1.6's own rule. */
export function startsSubResult(anchor: PagefindAnchor): boolean {
  return Boolean(
    (anchor.title && /\S/u.test(anchor.title)) ||
    (/h\d/iu.test(anchor.element) && anchor.text && /\S/u.test(anchor.text)),
  );
}

/**
 * Where the sub-result that starts at a location ends: at the next anchor that starts a
 * sub-result, or at the end of the page.
 * @example subResultEnd([{ element: 'h2', id: 'a', text: 'A', location: 5 }], 0, 9) // 5
 */
export function subResultEnd(
  anchors: readonly PagefindAnchor[],
  start: number,
  wordCount: number,
): number {
  let end = wordCount;
  for (const anchor of anchors)
    if (anchor.location > start && anchor.location < end && startsSubResult(anchor))
      end = anchor.location;
  return end;
}

/**
 * The terms of a query that stand whole in some words: a token (ASCII, e.g. `tiao52t`) as one
 * of the words, any other term anywhere in their text, across Pagefind's word boundaries.
 * @example wholeTermsIn(['租赁', '人才', '公寓'], ['人才公寓', '申请']) // ['人才公寓']
 */
export function wholeTermsIn(words: readonly string[], terms: readonly string[]): string[] {
  const text = words.join('').toLowerCase();
  const own = new Set(words.map((w) => w.trim().toLowerCase()));
  return terms.filter((term) => (/^[a-z0-9]+$/u.test(term) ? own.has(term) : text.includes(term)));
}

/**
 * A page's sub-results in the order of their relevance to the query's terms: the article or
 * annex the query names first, then those in which more of the terms stand whole, then by
 * Pagefind's scores of their matched words; equal ones keep the order of the page.
 * @example rankSubResults(subs, anchors, words, ['人才公寓'])[0].sub.anchor?.id // 'art-52' (the article that says 人才公寓)
 */
export function rankSubResults<T extends PagefindSubResult>(
  subResults: readonly T[],
  anchors: readonly PagefindAnchor[],
  words: readonly string[],
  terms: readonly string[],
): RankedSubResult<T>[] {
  const tokens = terms.filter(isDivisionToken);
  return subResults
    .map((sub, index) => {
      const start = sub.anchor?.location ?? 0;
      const end = subResultEnd(anchors, start, words.length);
      const own = words.slice(start, end);
      const whole = wholeTermsIn(own, terms);
      return {
        ranked: {
          sub,
          start,
          end,
          named: tokens.some((t) => whole.includes(t)),
          wholeTerms: whole.length,
          score: (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0),
        },
        index,
      };
    })
    .sort(
      (a, b) =>
        Number(b.ranked.named) - Number(a.ranked.named) ||
        b.ranked.wholeTerms - a.ranked.wholeTerms ||
        b.ranked.score - a.ranked.score ||
        a.index - b.index,
    )
    .map((entry) => entry.ranked);
}

/** How many sub-results a policy's result shows at most. */
export const SHOWN_SUB_RESULTS = 3;

/**
 * The sub-results a result shows, from the ranked ones: the article or annex the query names,
 * if any; else those in which a term of the query stands whole, if any (so 人才公寓 does not
 * also list every article that only says 人才); else the best of Pagefind's; three at most.
 * @example shownSubResults(rankSubResults(subs, anchors, words, ['条例', 'tiao52t'])).map((r) => r.sub.anchor?.id) // ['art-52']
 */
export function shownSubResults<T extends PagefindSubResult>(
  ranked: readonly RankedSubResult<T>[],
  max = SHOWN_SUB_RESULTS,
): RankedSubResult<T>[] {
  const named = ranked.filter((r) => r.named);
  const whole = ranked.filter((r) => r.wholeTerms > 0);
  return (named.length ? named : whole.length ? whole : ranked).slice(0, max);
}
