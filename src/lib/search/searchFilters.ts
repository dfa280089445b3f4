import {
  BENEFITS,
  CONTENT_TYPES,
  POLICY_STATUSES,
  POLICY_TOPICS,
  TEAMS,
  type ContentType,
} from '../../schemas/vocabularies.ts';

/**
 * The search index's filters (CONTENT-SPEC: type, topic, status, year, benefit, team) as the
 * search page offers them: their labels, the order of their values, and the search state
 * they make up, read from and written to the page's address so that a search can be shared.
 */

/** The filters of the search index, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'status', 'topic', 'benefit', 'team', 'year'] as const;
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

/** How the search page names each filter. */
export const SEARCH_FILTER_LABELS: Readonly<Record<SearchFilterName, string>> = {
  type: '类型',
  status: '效力状态',
  topic: '主题分类',
  benefit: '激励类型',
  team: '人才队伍',
  year: '发布年份',
};

/** The known values of each filter in reading order; `year` is open (newest first). */
const FILTER_VALUES: Readonly<Record<Exclude<SearchFilterName, 'year'>, readonly string[]>> = {
  type: CONTENT_TYPES,
  status: POLICY_STATUSES,
  topic: POLICY_TOPICS,
  benefit: BENEFITS,
  team: TEAMS,
};

/** What each content type is called on the page, as in the site's navigation. */
export const CONTENT_TYPE_LABELS: Readonly<Record<ContentType, string>> = {
  政策: '政策文件',
  解读: '政策解读',
  激励: '激励政策',
  人才: '人才风采',
};

/** Statuses under which a document no longer applies; search ranks these below the rest. */
export const OUTDATED_STATUSES = ['已修订', '已废止', '已失效'] as const;

/** How results are ordered. */
export type SearchSort = 'relevance' | 'date';

/** Everything that defines a search: the query, the chosen filter values and the order. */
export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilterName, string[]>>;
  sort: SearchSort;
}

/** Whether a value is one the filter can take (any four-digit year for `year`). */
export function isFilterValue(name: SearchFilterName, value: string): boolean {
  return name === 'year' ? /^\d{4}$/.test(value) : FILTER_VALUES[name].includes(value);
}

/**
 * The values of a filter in the page's order: vocabulary order, years newest first.
 * @example sortFilterValues('status', ['已废止', '现行有效']) // ['现行有效', '已废止']
 */
export function sortFilterValues(name: SearchFilterName, values: Iterable<string>): string[] {
  const unique = [...new Set(values)];
  if (name === 'year') return unique.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const order = FILTER_VALUES[name];
  return unique.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/**
 * The search state of a page address (`?q=…&type=政策&type=解读&sort=date`); unknown filter
 * values and parameters are ignored, so a mangled link still opens a working search.
 * @example searchStateFromParams(new URLSearchParams('q=安家补贴&type=激励&type=错')) // { q: '安家补贴', filters: { type: ['激励'] }, sort: 'relevance' }
 */
export function searchStateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = sortFilterValues(
      name,
      params
        .getAll(name)
        .map((v) => v.trim())
        .filter((v) => isFilterValue(name, v)),
    );
    if (values.length) filters[name] = values;
  }
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/**
 * The address query of a search state, in a stable order (q, filters in page order, sort).
 * @example searchStateToParams({ q: '安家补贴', filters: { type: ['激励'] }, sort: 'date' }).toString() // 'q=%E5%AE%89%E5%AE%B6%E8%A1%A5%E8%B4%B4&type=%E6%BF%80%E5%8A%B1&sort=date'
 */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of SEARCH_FILTERS)
    for (const value of sortFilterValues(name, state.filters[name] ?? []))
      params.append(name, value);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/** Pagefind's filter object for a state: any of the chosen values per filter, all filters together. */
export function pagefindFilters(
  filters: SearchState['filters'],
  without?: SearchFilterName,
): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const name of SEARCH_FILTERS) {
    const values = filters[name];
    if (name !== without && values?.length) out[name] = { any: [...values] };
  }
  return out;
}

/**
 * The filters that select the outdated results of a search: its own filters with the status
 * narrowed to the outdated statuses, or null when its status filter excludes all of them.
 * @example outdatedFilters({ status: ['现行有效'] }) // null
 */
export function outdatedFilters(
  filters: SearchState['filters'],
): Record<string, { any: string[] }> | null {
  const chosen = filters.status;
  const statuses = chosen?.length
    ? OUTDATED_STATUSES.filter((s) => chosen.includes(s))
    : [...OUTDATED_STATUSES];
  if (!statuses.length) return null;
  return { ...pagefindFilters(filters, 'status'), status: { any: statuses } };
}

/** One value of a filter as the page offers it. */
export interface FilterOption {
  value: string;
  count: number;
  selected: boolean;
}

/**
 * The options of a filter: every value with results, plus chosen values even at zero, in
 * the page's order.
 * @example filterOptions('type', { 激励: 3, 政策: 5, 人才: 0 }, ['人才']) // [{ value: '政策', count: 5, selected: false }, { value: '激励', count: 3, selected: false }, { value: '人才', count: 0, selected: true }]
 */
export function filterOptions(
  name: SearchFilterName,
  counts: Readonly<Record<string, number>>,
  selected: readonly string[] = [],
): FilterOption[] {
  const values = sortFilterValues(name, [
    ...Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0 && isFilterValue(name, v)),
    ...selected,
  ]);
  return values.map((value) => ({
    value,
    count: counts[value] ?? 0,
    selected: selected.includes(value),
  }));
}
