/**
 * The /search/ page in the browser: loads the Pagefind index from `<base>pagefind/`, runs
 * the search that the page address describes (?q=…&type=…&sort=date), and shows results,
 * filters with counts and a polite status message. Every change of query, filter or order
 * is a new history entry, so a search can be shared and the back button steps through it.
 *
 * What is sent to Pagefind comes from src/lib/search/searchQuery.ts (question words dropped,
 * document numbers, amounts and articles as tokens); results are reordered by
 * src/lib/search/searchRanking.ts so that a version in force comes before an outdated one; a
 * policy's matching articles are ordered by their own relevance (src/lib/search/searchSubResults.ts);
 * excerpts are built around whole terms and read with src/lib/search/searchExcerpt.ts, and
 * inserted as text, never as HTML.
 */
import { formatChineseDate } from '../lib/shared/isoDate.ts';
import {
  EXCERPT_WORDS,
  excerptParts,
  preferWholeTerms,
  wholeTermExcerpt,
  type ExcerptPart,
} from '../lib/search/searchExcerpt.ts';
import {
  prepareQuery,
  type PreparedQuery,
  type QueryTokenKind,
} from '../lib/search/searchQuery.ts';
import { rankByStatus } from '../lib/search/searchRanking.ts';
import {
  contentWords,
  queryTerms,
  rankSubResults,
  shownSubResults,
  type PagefindAnchor,
  type PagefindSubResult,
} from '../lib/search/searchSubResults.ts';
import {
  CONTENT_TYPE_LABELS,
  SEARCH_FILTERS,
  SEARCH_FILTER_LABELS,
  filterOptions,
  outdatedFilters,
  pagefindFilters,
  searchStateFromParams,
  searchStateToParams,
  type SearchFilterName,
  type SearchState,
} from '../lib/search/searchFilters.ts';
import { SEARCH_META_WEIGHTS } from '../lib/search/searchWeights.ts';

/** The part of Pagefind's browser API the page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The indexed text, its words separated by zero-width spaces; locations count them. */
  raw_content?: string;
  content: string;
  anchors?: PagefindAnchor[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
const base = import.meta.env.BASE_URL;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const app = $('search-app');
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const sortSelect = $<HTMLSelectElement>('search-sort');
const filterBox = $('search-filters');
const filterPanel = $<HTMLDetailsElement>('search-filter-panel');
const filterCount = $('search-filter-count');
const clearFilters = $<HTMLButtonElement>('search-clear-filters');
const status = $('search-status');
const loose = $('search-loose');
const list = $<HTMLOListElement>('search-list');
const empty = $('search-empty');
const more = $<HTMLButtonElement>('search-more');
const intro = $('search-intro');
const resultTemplate = $<HTMLTemplateElement>('search-result-template');
const badges = new Map(
  [
    ...$<HTMLTemplateElement>('search-badge-template').content.querySelectorAll<HTMLElement>(
      '[data-status]',
    ),
  ].map((b) => [b.dataset.status!, b]),
);
const typeLabels = new Map(
  [
    ...$<HTMLTemplateElement>('search-type-template').content.querySelectorAll<HTMLElement>(
      '[data-type]',
    ),
  ].map((t) => [t.dataset.type!, t]),
);

const pageTitle = document.title;
app.hidden = false;
if (window.matchMedia('(min-width: 64rem)').matches) filterPanel.open = true;

let pagefind: Pagefind | null = null;
/** Results of the search on screen, in display order, how many are shown, and the query's terms. */
let current: { results: PagefindResult[]; shown: number; terms: string[] } = {
  results: [],
  shown: 0,
  terms: [],
};
/** Increases with every search, so that a slow search never overwrites a newer one. */
let generation = 0;

async function loadPagefind(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const loaded = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await loaded.options({
    ranking: { metaWeights: SEARCH_META_WEIGHTS },
    excerptLength: EXCERPT_WORDS,
  });
  await loaded.init();
  // Loads every filter's index, without which Pagefind reports no counts for unchosen filters.
  await loaded.filters();
  pagefind = loaded;
  return loaded;
}

/** The search of the page address. */
function stateFromPage(): SearchState {
  return searchStateFromParams(new URLSearchParams(location.search));
}

/** The search of the page address with what the form says now (a query typed but not yet sent). */
function stateFromForm(): SearchState {
  return {
    ...stateFromPage(),
    q: input.value.trim(),
    sort: sortSelect.value === 'date' ? 'date' : 'relevance',
  };
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  sortSelect.value = state.sort;
}

function navigate(state: SearchState): void {
  const params = searchStateToParams(state).toString();
  history.pushState(null, '', params ? `?${params}` : location.pathname);
  void run(state);
}

const quote = (text: string) => `“${text}”`;

/** What a query's tokens looked for, in words, for the notice that only its words were found. */
function exactlyWhat(kinds: readonly QueryTokenKind[]): string {
  if (kinds.length === 1 && kinds[0] === 'division') return '条文或附件';
  return kinds.includes('division') ? '文号、金额或条文' : '文号或金额';
}

/** The filters chosen, in words, for the status message. */
function describeFilters(state: SearchState): string {
  const parts = SEARCH_FILTERS.flatMap((name) => {
    const values = state.filters[name];
    if (!values?.length) return [];
    const shown =
      name === 'type'
        ? values.map((v) => CONTENT_TYPE_LABELS[v as keyof typeof CONTENT_TYPE_LABELS] ?? v)
        : values;
    return [`${SEARCH_FILTER_LABELS[name]}为${shown.join('或')}`];
  });
  return parts.length ? `（${parts.join('，')}）` : '';
}

/** Runs the attempts of a query in order and returns the first search that finds anything. */
async function firstFinding(pf: Pagefind, prepared: PreparedQuery, state: SearchState) {
  const filters = pagefindFilters(state.filters);
  const sort = state.sort === 'date' ? ({ date: 'desc' } as const) : undefined;
  if (!prepared.attempts.length)
    return {
      search: await pf.search(null, { filters, sort: { date: 'desc' } }),
      query: null,
      loose: false,
      lookup: false,
    };
  let last: PagefindSearch | null = null;
  for (const attempt of prepared.attempts) {
    last = await pf.search(attempt.query, { filters, sort });
    if (last.results.length) return { search: last, ...attempt };
  }
  return { search: last!, query: prepared.attempts.at(-1)!.query, loose: false, lookup: false };
}

/** Counts for each filter as if that filter alone were not chosen, so a reader can widen it. */
async function filterCounts(
  pf: Pagefind,
  query: string | null,
  state: SearchState,
  search: PagefindSearch,
): Promise<Record<string, Record<string, number>>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const name of SEARCH_FILTERS) {
    if (state.filters[name]?.length) {
      const widened = await pf.search(query, { filters: pagefindFilters(state.filters, name) });
      counts[name] = widened.filters[name] ?? {};
    } else {
      counts[name] = search.filters[name] ?? {};
    }
  }
  return counts;
}

function renderFilters(state: SearchState, counts: Record<string, Record<string, number>>): void {
  const focused =
    document.activeElement instanceof HTMLInputElement && filterBox.contains(document.activeElement)
      ? `${document.activeElement.name}=${document.activeElement.value}`
      : null;
  const groups: HTMLElement[] = [];
  for (const name of SEARCH_FILTERS) {
    const options = filterOptions(name, counts[name] ?? {}, state.filters[name] ?? []);
    if (!options.length) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = SEARCH_FILTER_LABELS[name];
    fieldset.append(legend);
    for (const option of options) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = option.value;
      box.checked = option.selected;
      const count = document.createElement('span');
      count.className = 'filter-count';
      count.textContent = `（${option.count}）`;
      const text =
        name === 'type'
          ? CONTENT_TYPE_LABELS[option.value as keyof typeof CONTENT_TYPE_LABELS]
          : option.value;
      label.append(box, text, count);
      fieldset.append(label);
    }
    groups.push(fieldset);
  }
  filterBox.replaceChildren(...groups);
  const chosen = SEARCH_FILTERS.reduce((n, name) => n + (state.filters[name]?.length ?? 0), 0);
  filterCount.textContent = chosen ? `（已选 ${chosen} 项）` : '';
  clearFilters.hidden = chosen === 0;
  if (focused)
    filterBox
      .querySelector<HTMLInputElement>(
        `input[name="${focused.split('=')[0]}"][value="${CSS.escape(focused.slice(focused.indexOf('=') + 1))}"]`,
      )
      ?.focus();
}

/** Text runs of an excerpt, highlighted words in <mark>; never parsed as HTML. */
function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => {
    if (!part.marked) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

const NOTICES: Record<string, { text: string; tone?: string }> = {
  已修订: { text: '此文件已被修订，请以修订后的现行文件为准。' },
  已废止: { text: '此文件已废止，不再执行，仅供查阅。' },
  已失效: { text: '此文件已超过有效期，不再执行，仅供查阅。' },
  尚未施行: { text: '此文件尚未施行。', tone: 'pending' },
};

/**
 * The excerpt of some words of a page: built around the query's whole terms where they stand
 * in them, else Pagefind's own, without highlighted pieces of a compound.
 */
function excerptOf(
  words: readonly string[],
  start: number,
  end: number,
  terms: readonly string[],
  pagefindExcerpt: string,
): ExcerptPart[] {
  return (
    wholeTermExcerpt(words, start, end, terms) ??
    preferWholeTerms(excerptParts(pagefindExcerpt), terms)
  );
}

const plainText = (parts: readonly ExcerptPart[]) => parts.map((p) => p.text).join('');

function resultItem(data: PagefindResultData, terms: readonly string[]): HTMLElement {
  const item = (resultTemplate.content.firstElementChild as HTMLElement).cloneNode(
    true,
  ) as HTMLElement;
  const type = data.filters.type?.[0] ?? data.meta.type ?? '';
  const state = data.filters.status?.[0];
  item.dataset.type = type;
  if (state) item.dataset.status = state;
  const labels = item.querySelector('.search-result__labels')!;
  const typeLabel = typeLabels.get(type);
  labels.replaceChildren(...(typeLabel ? [typeLabel.cloneNode(true)] : []));
  // Policies and 解读 show the status computed at build time and stored in the index.
  if (state && (type === '政策' || type === '解读')) {
    const badge = badges.get(state);
    if (badge) labels.append(badge.cloneNode(true));
  }
  const link = item.querySelector<HTMLAnchorElement>('.search-result__title a')!;
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;

  const facts: string[] = [];
  if (data.meta.docNumber) facts.push(data.meta.docNumber);
  if (type === '激励') {
    if (data.meta.amount) facts.push(data.meta.amount);
    if (data.meta.availability) facts.push(data.meta.availability);
    if (data.meta.source) facts.push(`依据${data.meta.source}`);
  }
  if (type === '人才')
    facts.push(...[data.meta.field, data.meta.organization].filter((f): f is string => Boolean(f)));
  if (data.meta.date && type !== '激励') facts.push(`${formatChineseDate(data.meta.date)}发布`);
  item.querySelector('.search-result__facts')!.textContent = facts.join(' · ');

  const notice = item.querySelector<HTMLElement>('.search-result__notice')!;
  const noticeFor = state && type !== '人才' ? NOTICES[state] : undefined;
  if (noticeFor) {
    notice.textContent =
      type === '激励'
        ? state === '尚未施行'
          ? '依据的政策尚未施行。'
          : `依据的政策${state}，本事项已停止受理新申请。`
        : noticeFor.text;
    if (noticeFor.tone) notice.dataset.tone = noticeFor.tone;
  }

  const words = contentWords(data.raw_content ?? data.content);
  const excerpt = excerptOf(words, 0, words.length, terms, data.excerpt);
  item.querySelector('.search-result__excerpt')!.replaceChildren(...excerptNodes(excerpt));
  // A policy's matching articles, parts, annexes and chapters link straight to their place in
  // the document, the most relevant first.
  const sections =
    type === '政策' || type === '解读'
      ? shownSubResults(
          rankSubResults(
            (data.sub_results ?? []).filter((s) => s.anchor && s.url !== data.url),
            data.anchors ?? [],
            words,
            terms,
          ),
        )
      : [];
  item.querySelector('.search-result__sections')!.replaceChildren(
    ...sections.map(({ sub, start, end }) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      li.append(a);
      // The same words as the page's excerpt are not shown twice.
      const own = excerptOf(words, start, end, terms, sub.excerpt);
      if (plainText(own) !== plainText(excerpt)) li.append('：', ...excerptNodes(own));
      return li;
    }),
  );
  return item;
}

async function showMore(focusFirst: boolean): Promise<void> {
  const mine = generation;
  const next = current.results.slice(current.shown, current.shown + PAGE_SIZE);
  let data: PagefindResultData[];
  try {
    data = await Promise.all(next.map((r) => r.data()));
  } catch {
    if (mine === generation) status.textContent = '结果未能全部载入，请稍后再试。';
    return;
  }
  if (mine !== generation) return;
  const items = data.map((d) => resultItem(d, current.terms));
  list.append(...items);
  current.shown += next.length;
  const left = current.results.length - current.shown;
  more.hidden = left <= 0;
  more.textContent = `显示更多结果（还有 ${left} 条）`;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

/** Marks the result list as settled for a state, for anyone waiting on the page (browser tests). */
function settle(state: SearchState): void {
  list.dataset.state = 'done';
  list.dataset.search = searchStateToParams(state).toString();
}

async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
  list.dataset.state = 'loading';
  fillForm(state);
  const hasFilters = SEARCH_FILTERS.some((name) => state.filters[name]?.length);
  const prepared = prepareQuery(state.q);
  document.title = prepared.text ? `${prepared.text} - ${pageTitle}` : pageTitle;
  if (!prepared.text && !hasFilters) {
    list.replaceChildren();
    current = { results: [], shown: 0, terms: [] };
    more.hidden = true;
    empty.hidden = true;
    loose.hidden = true;
    intro.hidden = false;
    status.textContent = '';
    const pf = await loadPagefind().catch(() => null);
    if (pf && mine === generation) renderFilters(state, await pf.filters());
    if (mine === generation) settle(state);
    return;
  }
  intro.hidden = true;
  status.textContent = '正在检索…';
  let pf: Pagefind;
  try {
    pf = await loadPagefind();
  } catch {
    if (mine !== generation) return;
    status.textContent = '检索服务暂时无法使用，请稍后再试，或按栏目浏览。';
    empty.hidden = false;
    settle(state);
    return;
  }
  let found: Awaited<ReturnType<typeof firstFinding>>;
  let results: PagefindResult[];
  let counts: Record<string, Record<string, number>>;
  try {
    found = await firstFinding(pf, prepared, state);
    results = found.search.results;
    if (found.query !== null && state.sort === 'relevance' && !found.lookup) {
      const outdated = outdatedFilters(state.filters);
      const old = outdated ? await pf.search(found.query, { filters: outdated }) : null;
      results = rankByStatus(results, new Set(old?.results.map((r) => r.id) ?? []));
    }
    counts = await filterCounts(pf, found.query, state, found.search);
  } catch {
    if (mine !== generation) return;
    status.textContent = '检索时出错，请稍后再试，或按栏目浏览。';
    empty.hidden = false;
    settle(state);
    return;
  }
  if (mine !== generation) return;

  current = { results, shown: 0, terms: queryTerms(found.query) };
  list.replaceChildren();
  renderFilters(state, counts);
  loose.hidden = !found.loose;
  loose.textContent = found.loose
    ? `没有找到与${quote(prepared.text)}完全对应的${exactlyWhat(prepared.tokenKinds)}，以下是包含这些字词的结果。`
    : '';
  const what = prepared.text ? `与${quote(prepared.text)}相关的` : '';
  status.textContent = results.length
    ? `找到${what}结果 ${results.length} 条${describeFilters(state)}${state.sort === 'date' ? '，按发布日期排列' : ''}。`
    : `没有找到${what}结果${describeFilters(state)}。`;
  empty.hidden = results.length > 0;
  await showMore(false);
  if (mine === generation) settle(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(stateFromForm());
});

sortSelect.addEventListener('change', () => navigate(stateFromForm()));

filterBox.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  if (box.type !== 'checkbox') return;
  const state = stateFromForm();
  const name = box.name as SearchFilterName;
  const values = new Set(state.filters[name] ?? []);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  navigate({ ...state, filters: { ...state.filters, [name]: [...values] } });
});

clearFilters.addEventListener('click', () => {
  navigate({ ...stateFromForm(), filters: {} });
  input.focus();
});

more.addEventListener('click', () => void showMore(true));
window.addEventListener('popstate', () => void run(stateFromPage()));
void run(stateFromPage());
