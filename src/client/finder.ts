/**
 * The 政策计算器 in the browser: reads the answers from the query string (or the form),
 * matches them against the build-time data (/finder/data.json, fetched once) with the same
 * matchIncentives that `npm run match` uses, and shows the results and the materials checklist.
 *
 * Nothing the reader types leaves the browser: the one request is a plain GET of the data
 * file, the same for every reader, with no answer in it; there is no beacon or form post.
 * Submitting only rewrites this page's address (history.pushState), so that the result
 * can be bookmarked and shared.
 */
import type { FinderData, FinderIncentive } from '../lib/incentive/finderData.ts';
import { formatYuanRange, unpricedNote } from '../lib/incentive/incentiveAmount.ts';
import { matchIncentives, type MatchResult } from '../lib/incentive/matchIncentives.ts';
import {
  describeProfile,
  PROFILE_KEYS,
  PROFILE_LABELS,
  profileFromQuery,
  profileToQuery,
  type Profile,
  type ProfileKey,
} from '../lib/incentive/profile.ts';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

type Child = Node | string | null | undefined | false;
/** Creates an element; text children are inserted as text, never as HTML. */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

let data: FinderData = { asOf: '', incentives: [] };
let incentives = new Map<string, FinderIncentive>();
const form = $<HTMLFormElement>('finder-form');
const noneGroup = form.querySelector<HTMLInputElement>('input[name="groups"][value="无"]')!;
const groupBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name="groups"]')].filter(
  (b) => b !== noneGroup,
);

/** Puts a profile's answers into the form, so that a shared link shows what was asked. */
function fillForm(profile: Profile): void {
  for (const key of PROFILE_KEYS) {
    const value = profile[key];
    if (key === 'groups') {
      const groups = (value ?? []) as readonly string[];
      for (const box of groupBoxes) box.checked = groups.includes(box.value);
      noneGroup.checked = Array.isArray(value) && value.length === 0;
    } else if (key === 'fullTime') {
      for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="fullTime"]'))
        radio.checked =
          radio.value === (value === null || value === undefined ? '' : String(value));
    } else {
      (form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement).value =
        value === null || value === undefined ? '' : String(value);
    }
  }
}

const yuan = (min: number, max: number) =>
  min === max
    ? formatYuanRange(min, max)
    : `至少${formatYuanRange(min, min)}，最高${formatYuanRange(max, max)}`;
const titleLink = (item: FinderIncentive) => h('a', { href: item.href }, item.title);
const fieldLink = (key: ProfileKey) =>
  h('a', { href: `#finder-q-${key}`, 'data-field': key }, PROFILE_LABELS[key]);

function eligibleItem(slug: string, excludedBy: string | null): HTMLElement {
  const item = incentives.get(slug)!;
  return h(
    'li',
    { class: 'result', 'data-slug': slug },
    h('h4', { class: 'result__title' }, titleLink(item)),
    h('p', { class: 'result__amount' }, item.amountText, item.valueText && `（${item.valueText}）`),
    !item.amount &&
      item.amountNote &&
      h('p', { class: 'result__unpriced' }, '现金补贴，金额按上述规定核定，未计入合计。'),
    h('p', {}, '依据：', h('a', { href: item.source.href }, item.source.text)),
    item.notes && h('p', { class: 'result__notes' }, h('strong', {}, '还须符合：'), item.notes),
    excludedBy &&
      h(
        'p',
        { class: 'result__excluded' },
        `与“${incentives.get(excludedBy)?.title ?? excludedBy}”不能同时享受，合计中只计金额较高的那一项。`,
      ),
  );
}

function unknownItem(slug: string, missing: readonly ProfileKey[]): HTMLElement {
  const item = incentives.get(slug)!;
  const asks: Child[] = [];
  missing.forEach((key, i) => asks.push(i ? '、' : '', fieldLink(key)));
  return h(
    'li',
    { 'data-slug': slug },
    titleLink(item),
    `（${item.amountText}）`,
    h('br'),
    h('span', { class: 'small' }, '还需回答：', ...asks),
  );
}

/** The materials of the eligible incentives, merged, with the incentives that need each. */
function renderChecklist(result: MatchResult): void {
  const needs = new Map<string, string[]>();
  for (const e of result.eligible) {
    for (const material of incentives.get(e.slug)!.apply.materials)
      needs.set(material, [...(needs.get(material) ?? []), e.title]);
  }
  $('finder-materials').replaceChildren(
    ...[...needs].map(([material, titles]) =>
      h(
        'li',
        {},
        material,
        h(
          'span',
          { class: 'small muted' },
          `（${titles.length > 1 ? `${titles.length} 项事项需要` : titles[0]}）`,
        ),
      ),
    ),
  );
  $('finder-offices').replaceChildren(
    ...result.eligible.map((e) => {
      const { apply, title } = incentives.get(e.slug)!;
      return h(
        'li',
        { 'data-slug': e.slug },
        h('strong', {}, title),
        h('br'),
        `受理部门：${apply.office ?? '见事项页面'}`,
        apply.phone &&
          h(
            'span',
            {},
            h('br'),
            '咨询电话：',
            h('a', { href: `tel:${apply.phone.replace(/[^\d+]/g, '')}` }, apply.phone),
          ),
        apply.window && h('span', {}, h('br'), `申报时间：${apply.window}`),
      );
    }),
  );
  $('finder-checklist').hidden = result.eligible.length === 0;
}

function count(name: string, n: number): void {
  for (const node of document.querySelectorAll(`[data-count="${name}"]`))
    node.textContent = String(n);
}

/** Shows the result of a profile; `announce` also updates the polite status message. */
function render(profile: Profile, ignored: readonly ProfileKey[], announce: boolean): void {
  const result = matchIncentives(data.incentives, profile, data.asOf);
  const answers = describeProfile(profile);
  $('finder-answers').textContent = answers.length
    ? `您的回答：${answers.map((a) => `${a.label}：${a.text}`).join('；')}。`
    : '您还没有回答任何问题。';
  const ignoredNote = $('finder-ignored');
  ignoredNote.hidden = ignored.length === 0;
  ignoredNote.textContent = `无法识别的回答：${ignored.map((k) => PROFILE_LABELS[k]).join('、')}，已按未回答处理。`;

  const total = $('finder-total');
  total.dataset.min = String(result.total.min);
  total.dataset.max = String(result.total.max);
  total.dataset.unpriced = String(result.total.unpriced);
  $('finder-total-value').textContent = yuan(result.total.min, result.total.max);
  const unpriced = unpricedNote(result.total.unpriced);
  $('finder-unpriced').hidden = unpriced === null;
  $('finder-unpriced').textContent = unpriced ? `${unpriced}。` : '';

  $('finder-eligible').replaceChildren(
    ...result.eligible.map((e) => eligibleItem(e.slug, e.notCountedBecause)),
  );
  $('finder-eligible-empty').hidden = result.eligible.length > 0;
  $('finder-unknown').replaceChildren(...result.unknown.map((u) => unknownItem(u.slug, u.missing)));
  $('finder-unknown-section').hidden = result.unknown.length === 0;
  const asked = new Map<ProfileKey, number>();
  for (const u of result.unknown)
    for (const key of u.missing) asked.set(key, (asked.get(key) ?? 0) + 1);
  const asks = PROFILE_KEYS.filter((k) => asked.has(k)).flatMap((k, i) => [
    i ? '、' : '',
    fieldLink(k),
    `（涉及 ${asked.get(k)} 项）`,
  ]);
  $('finder-missing-summary').replaceChildren(
    '请补充回答：',
    ...asks,
    '。回答后就能判断下列事项：',
  );
  $('finder-ineligible').replaceChildren(
    ...result.ineligible.map((i) =>
      h('li', { 'data-slug': i.slug }, titleLink(incentives.get(i.slug)!), `：${i.reason}`),
    ),
  );
  $('finder-ineligible-section').hidden = result.ineligible.length === 0;
  count('eligible', result.eligible.length);
  count('unknown', result.unknown.length);
  count('ineligible', result.ineligible.length);
  renderChecklist(result);

  $('finder-results').hidden = false;
  $('finder-all').hidden = true;
  if (announce) {
    $('finder-status').textContent =
      `计算完成：符合条件 ${result.eligible.length} 项，现金补贴合计${yuan(result.total.min, result.total.max)}${unpriced ? `（${unpriced}）` : ''}；还需补充信息 ${result.unknown.length} 项；不符合 ${result.ineligible.length} 项。`;
  }
}

const all = $('finder-all');
let loaded: Promise<boolean> | null = null;

/** Fetches the calculator's data once; false (and a message saying what to do) when it fails. */
function loadData(): Promise<boolean> {
  loaded ??= fetch(all.dataset.src ?? '', { credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<FinderData>;
    })
    .then((json) => {
      data = json;
      incentives = new Map(data.incentives.map((i) => [i.slug, i]));
      return true;
    })
    .catch(() => {
      const status = $('finder-status');
      status.classList.add('finder-status--error');
      status.replaceChildren(
        '政策数据没有加载成功，计算器暂时无法给出结果。请检查网络后刷新本页重试，或先',
        h('a', { href: all.dataset.incentives ?? '' }, '按类型浏览激励政策'),
        '，逐项对照申请条件。',
      );
      return false;
    });
  return loaded;
}

/** Shows what the address asks for: results when it holds answers, else the full list. */
async function load(): Promise<void> {
  if (!(await loadData())) return;
  const { profile, ignored } = profileFromQuery(location.search);
  fillForm(profile);
  if (Object.keys(profile).length || ignored.length) {
    render(profile, ignored, true);
  } else {
    $('finder-results').hidden = true;
    $('finder-all').hidden = false;
    $('finder-status').textContent = '';
  }
}

/** Shows the result of the answers in the form, and puts them in the address. */
async function submit(): Promise<void> {
  if (!(await loadData())) return;
  const { profile, ignored } = profileFromQuery(
    new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
  );
  const query = profileToQuery(profile);
  history.pushState(null, '', query ? `?${query}` : location.pathname);
  render(profile, ignored, true);
  $('finder-results-title').focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});

// "以上都不属于" and the groups exclude each other.
form.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  if (box.name !== 'groups' || !box.checked) return;
  if (box === noneGroup) for (const b of groupBoxes) b.checked = false;
  else noneGroup.checked = false;
});

// "还需回答：年龄" links take the reader straight to that question.
$('finder-results').addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-field]');
  if (!link) return;
  event.preventDefault();
  const control = $(`finder-q-${link.dataset.field}`);
  control.focus();
  control.scrollIntoView({ block: 'center' });
});

$('finder-print').addEventListener('click', () => window.print());
window.addEventListener('popstate', () => void load());
void load();
