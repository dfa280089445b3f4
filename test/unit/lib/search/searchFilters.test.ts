import { describe, expect, test } from 'vitest';
import {
  filterOptions,
  isFilterValue,
  outdatedFilters,
  pagefindFilters,
  searchStateFromParams,
  searchStateToParams,
  sortFilterValues,
  type SearchState,
} from '../../../../src/lib/search/searchFilters.ts';

const state = (overrides: Partial<SearchState> = {}): SearchState => ({
  q: '',
  filters: {},
  sort: 'relevance',
  ...overrides,
});

describe('isFilterValue', () => {
  test.each([
    ['type', '政策', true],
    ['type', '新闻', false],
    ['status', '已废止', true],
    ['benefit', '安家补贴', true],
    ['team', '高技能人才', true],
    ['topic', '人才引进', true],
    ['year', '2024', true],
    ['year', '24', false],
    ['year', '二〇二四', false],
  ] as const)('%s %s → %s', (name, value, expected) => {
    expect(isFilterValue(name, value)).toBe(expected);
  });
});

describe('sortFilterValues', () => {
  test('orders vocabulary values as the vocabulary does and years newest first', () => {
    expect(sortFilterValues('type', ['人才', '政策', '激励'])).toEqual(['政策', '激励', '人才']);
    expect(sortFilterValues('year', ['2020', '2026', '2024', '2024'])).toEqual([
      '2026',
      '2024',
      '2020',
    ]);
  });
});

describe('searchStateFromParams', () => {
  test('reads the query, repeated filters and the order', () => {
    expect(
      searchStateFromParams(
        new URLSearchParams('q=+安家补贴+&type=激励&type=政策&year=2024&sort=date'),
      ),
    ).toEqual({
      q: '安家补贴',
      filters: { type: ['政策', '激励'], year: ['2024'] },
      sort: 'date',
    });
  });

  test('ignores unknown filters, values and orders', () => {
    expect(
      searchStateFromParams(
        new URLSearchParams('q=a&type=新闻&color=红&sort=random&status=现行有效'),
      ),
    ).toEqual(state({ q: 'a', filters: { status: ['现行有效'] } }));
  });

  test('reads an empty address as an empty search', () => {
    expect(searchStateFromParams(new URLSearchParams(''))).toEqual(state());
  });
});

describe('searchStateToParams', () => {
  test('writes a stable address that reads back to the same state', () => {
    const original = state({
      q: '人才公寓 申请',
      filters: { status: ['已废止', '现行有效'], type: ['政策'] },
      sort: 'date',
    });
    const params = searchStateToParams(original);
    expect([...params.keys()]).toEqual(['q', 'type', 'status', 'status', 'sort']);
    expect(searchStateFromParams(params)).toEqual({
      ...original,
      filters: { type: ['政策'], status: ['现行有效', '已废止'] },
    });
  });

  test('leaves out what is empty or default', () => {
    expect(searchStateToParams(state()).toString()).toBe('');
  });
});

describe('pagefindFilters', () => {
  test('asks for any of the chosen values of each filter, optionally without one filter', () => {
    const filters = { type: ['政策', '解读'], year: ['2024'] };
    expect(pagefindFilters(filters)).toEqual({
      type: { any: ['政策', '解读'] },
      year: { any: ['2024'] },
    });
    expect(pagefindFilters(filters, 'type')).toEqual({ year: { any: ['2024'] } });
  });
});

describe('outdatedFilters', () => {
  test('selects the outdated statuses within the chosen filters', () => {
    expect(outdatedFilters({ type: ['政策'] })).toEqual({
      type: { any: ['政策'] },
      status: { any: ['已修订', '已废止', '已失效'] },
    });
  });

  test('narrows a chosen status filter to its outdated statuses', () => {
    expect(outdatedFilters({ status: ['现行有效', '已废止'] })).toEqual({
      status: { any: ['已废止'] },
    });
  });

  test('gives null when the chosen statuses are all in force or pending', () => {
    expect(outdatedFilters({ status: ['现行有效', '尚未施行'] })).toBeNull();
  });
});

describe('filterOptions', () => {
  test('lists values with results in page order, and chosen values even at zero', () => {
    expect(filterOptions('type', { 激励: 3, 政策: 5, 人才: 0, 解读: 0 }, ['人才'])).toEqual([
      { value: '政策', count: 5, selected: false },
      { value: '激励', count: 3, selected: false },
      { value: '人才', count: 0, selected: true },
    ]);
  });

  test('drops values the filter cannot take', () => {
    expect(filterOptions('year', { 2024: 2, abc: 1 })).toEqual([
      { value: '2024', count: 2, selected: false },
    ]);
  });
});
