/**
 * How much a match in each metadata field of the search index adds to a result's score
 * (Pagefind's `ranking.metaWeights`; fields not listed count 1). Chosen with the relevance
 * suite (test/e2e/searchRelevance.test.ts), whose figures for each change are in its report.
 */
export const SEARCH_META_WEIGHTS: Readonly<Record<string, number>> = {
  /** The page's own heading. Pagefind's default. */
  title: 5,
  /** The heading as search terms (src/lib/search/searchKeywords.ts), which partial queries can match. */
  titleTerms: 5,
  /** The page's own document number and amount tokens, synonyms and short names. */
  keywords: 5,
  /** Document numbers a page rests on or cites, and amounts it names. */
  related: 1,
};
