import {
  BENEFITS,
  EDUCATION_LEVELS,
  HONOR_LEVELS,
  POLICY_STATUSES,
  POLICY_TOPICS,
  TEAMS,
  TITLES,
} from '../../schemas/vocabularies.ts';
import { formatExactCount, formatExactYuan, formatPercent } from '../shared/formatNumber.ts';
import { routes } from '../site/routes.ts';
import { ratio, type Counts, type IndicatorRecord, type SiteStats } from './stats.ts';
import { toCsv } from '../shared/csv.ts';

/**
 * The statistics as tables: what the /stats/ page shows, each CSV download holds and
 * `npm run stats` prints. Cells keep their raw value and say how to format it, so the
 * page shows 万 and percentages while the CSV keeps exact numbers.
 */

/** How a cell's value is written. */
export type CellKind =
  | 'text'
  | 'year'
  | 'count'
  | 'signedCount'
  | 'yuan'
  | 'signedYuan'
  | 'percent'
  | 'signedPercent'
  | 'met';

/** One table cell: its raw value, how to format it and, for a link, the site path it points to. */
export interface Cell {
  value: string | number | boolean | null;
  kind: CellKind;
  href?: string;
}

/** A table column; `unit` goes into the CSV header, where values are written without it. */
export interface Column {
  label: string;
  unit?: '%' | '元';
}

/** A chart of a table, rendered at build time. */
export interface ChartSpec {
  /** Horizontal bars for categories, vertical columns for years. */
  orientation: 'horizontal' | 'vertical';
  valueKind: 'count' | 'yuan';
  categories: string[];
  series: { name: string; values: number[] }[];
  /** Series stacked into one bar per category, e.g. 可申请 + 已停止受理. */
  stacked?: boolean;
  /** What the chart shows when it is less than its table, e.g. only the latest year. */
  caption?: string;
}

/** The page's sections, in order. */
export const STATS_SECTIONS = [
  { id: 'policies', title: '政策文件' },
  { id: 'incentives', title: '激励与补贴事项' },
  { id: 'talents', title: '人才风采' },
  { id: 'indicators', title: '年度人才工作统计' },
] as const;

/** A section id. */
export type StatsSectionId = (typeof STATS_SECTIONS)[number]['id'];

/** One table of figures: an anchor on the page, a CSV file, optionally a chart. */
export interface StatsTable {
  /** Anchor id on /stats/ and the CSV name: /data/stats-<id>.csv. */
  id: string;
  section: StatsSectionId;
  title: string;
  /** How the figures are counted, shown under the table. */
  note?: string;
  columns: Column[];
  /** The first cell of each row names the row. */
  rows: Cell[][];
  chart?: ChartSpec;
}

const text = (value: string, href?: string): Cell =>
  href ? { value, kind: 'text', href } : { value, kind: 'text' };
const count = (value: number | null): Cell => ({ value, kind: 'count' });
const yuan = (value: number | null): Cell => ({ value, kind: 'yuan' });
const percent = (value: number | null): Cell => ({ value, kind: 'percent' });
const change = (
  value: number | null,
  kind: 'signedCount' | 'signedYuan' | 'signedPercent',
): Cell => ({ value, kind });
const met = (value: boolean | null): Cell => ({ value, kind: 'met' });
const year = (value: number): Cell => ({ value, kind: 'year' });

function signed(formatted: string, value: number): string {
  // A change that rounds to zero is written without a sign.
  if (/^0(\.0+)?(%|元)?$/.test(formatted)) return formatted;
  return value > 0 ? `+${formatted}` : value < 0 ? `-${formatted}` : formatted;
}

/**
 * A cell as the page and the terminal show it: 万 for large numbers, one decimal for
 * percentages, — for a missing figure.
 * @example formatCell({ value: 18510, kind: 'count' }) // '1.851万'
 * @example formatCell({ value: 0.058, kind: 'signedPercent' }) // '+5.8%'
 */
export function formatCell(cell: Cell): string {
  const { value, kind } = cell;
  if (value === null) return kind === 'met' ? '无数据' : '—';
  if (typeof value === 'boolean') return value ? '✓ 完成' : '✗ 未完成';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'year':
      return `${value}年`;
    case 'count':
      return formatExactCount(value);
    case 'signedCount':
      return signed(formatExactCount(Math.abs(value)), value);
    case 'yuan':
      return formatExactYuan(value);
    case 'signedYuan':
      return signed(formatExactYuan(Math.abs(value)), value);
    case 'percent':
      return formatPercent(value);
    case 'signedPercent':
      return signed(formatPercent(Math.abs(value)), value);
    default:
      return String(value);
  }
}

/**
 * A cell as the CSV holds it: exact numbers, percentages as numbers with one decimal.
 * @example csvCell({ value: 0.1234, kind: 'percent' }) // '12.3'
 */
export function csvCell(cell: Cell): string | number {
  const { value, kind } = cell;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '完成' : '未完成';
  if (typeof value === 'string') return value;
  return kind === 'percent' || kind === 'signedPercent' ? (value * 100).toFixed(1) : value;
}

/**
 * The file name of a table's CSV download under /data/.
 * @example statsCsvFile('policies-status') // 'stats-policies-status.csv'
 */
export function statsCsvFile(tableId: string): string {
  return `stats-${tableId}.csv`;
}

/**
 * The CSV download of a table, with units in the header.
 * @example statsTableCsv(table).startsWith('\uFEFF状态,件数') // true
 */
export function statsTableCsv(table: StatsTable): string {
  const header = table.columns.map((c) => (c.unit ? `${c.label}（${c.unit}）` : c.label));
  return toCsv(
    header,
    table.rows.map((row) => row.map(csvCell)),
  );
}

/** Rows of term, count and share of the total, in the order given. */
function countRows<K extends string>(
  keys: readonly K[],
  counts: Record<K, number>,
  total: number,
): Cell[][] {
  return keys.map((k) => [text(k), count(counts[k]), percent(ratio(counts[k], total))]);
}

function barChart(
  categories: readonly string[],
  name: string,
  values: readonly number[],
): ChartSpec {
  return {
    orientation: 'horizontal',
    valueKind: 'count',
    categories: [...categories],
    series: [{ name, values: [...values] }],
  };
}

/** How many bars a chart of free-text categories (fields) shows before the rest are summed into one. */
export const CHART_MAX_CATEGORIES = 10;

/**
 * A bar chart of counts in the order given, the categories past the first nine summed into
 * one last bar, so that a chart stays readable however many fields editors use. The table
 * beside it lists them all.
 */
function topCategoriesChart(
  entries: readonly (readonly [string, number])[],
  name: string,
  restLabel: (rest: number) => string,
): ChartSpec {
  if (entries.length <= CHART_MAX_CATEGORIES)
    return barChart(
      entries.map((e) => e[0]),
      name,
      entries.map((e) => e[1]),
    );
  const shown = entries.slice(0, CHART_MAX_CATEGORIES - 1);
  const rest = entries.slice(CHART_MAX_CATEGORIES - 1);
  return barChart([...shown.map((e) => e[0]), restLabel(rest.length)], name, [
    ...shown.map((e) => e[1]),
    rest.reduce((sum, e) => sum + e[1], 0),
  ]);
}

function policyTables(stats: SiteStats): StatsTable[] {
  const { policies } = stats;
  const years = Object.keys(policies.byYear);
  const issuers = Object.keys(policies.byIssuer);
  return [
    {
      id: 'policies-status',
      section: 'policies',
      title: '政策文件按效力状态',
      note: `截至${stats.asOf}已发布的 ${policies.total} 件政策文件和解读；政策解读计入其所解读文件的状态。`,
      columns: [{ label: '效力状态' }, { label: '件数' }, { label: '占比', unit: '%' }],
      rows: countRows(POLICY_STATUSES, policies.byStatus, policies.total),
      chart: barChart(
        POLICY_STATUSES,
        '件数',
        POLICY_STATUSES.map((s) => policies.byStatus[s]),
      ),
    },
    {
      id: 'policies-topic',
      section: 'policies',
      title: '政策文件按主题分类',
      columns: [{ label: '主题分类' }, { label: '件数' }, { label: '占比', unit: '%' }],
      rows: countRows(POLICY_TOPICS, policies.byTopic, policies.total),
      chart: barChart(
        POLICY_TOPICS,
        '件数',
        POLICY_TOPICS.map((t) => policies.byTopic[t]),
      ),
    },
    {
      id: 'policies-year',
      section: 'policies',
      title: '政策文件按发布年份',
      note: '按发布日期所在年份统计。',
      columns: [{ label: '发布年份' }, { label: '件数' }],
      rows: years.map((y) => [year(Number(y)), count(policies.byYear[y]!)]),
      chart: {
        orientation: 'vertical',
        valueKind: 'count',
        categories: years.map((y) => `${y}年`),
        series: [{ name: '件数', values: years.map((y) => policies.byYear[y]!) }],
      },
    },
    {
      id: 'policies-issuer',
      section: 'policies',
      title: '政策文件按发文机关',
      note: '联合发文的，每个发文机关各计一次，因此合计可能多于文件数。',
      columns: [{ label: '发文机关' }, { label: '件数' }],
      rows: issuers.map((i) => [text(i), count(policies.byIssuer[i]!)]),
    },
  ];
}

function incentiveTables(stats: SiteStats): StatsTable[] {
  const { incentives } = stats;
  return [
    {
      id: 'incentives-benefit',
      section: 'incentives',
      title: '激励与补贴事项按类型',
      note: `已发布的 ${incentives.total} 个事项，其中 ${incentives.offered} 个依据文件现行有效、可以申请。金额为可申请事项的总额（按月、按年发放的乘以发放次数）；人才公寓、子女入学等服务类事项不计金额。`,
      columns: [
        { label: '类型' },
        { label: '事项数' },
        { label: '可申请' },
        { label: '最低总额', unit: '元' },
        { label: '最高总额', unit: '元' },
      ],
      rows: BENEFITS.map((b) => [
        text(b),
        count(incentives.byBenefit[b]),
        count(incentives.offeredByBenefit[b]),
        yuan(incentives.valueByBenefit[b]?.min ?? null),
        yuan(incentives.valueByBenefit[b]?.max ?? null),
      ]),
      chart: {
        orientation: 'horizontal',
        valueKind: 'count',
        stacked: true,
        categories: [...BENEFITS],
        series: [
          { name: '可申请', values: BENEFITS.map((b) => incentives.offeredByBenefit[b]) },
          {
            name: '已停止受理',
            values: BENEFITS.map((b) => incentives.byBenefit[b] - incentives.offeredByBenefit[b]),
          },
        ],
      },
    },
    {
      id: 'incentives-largest',
      section: 'incentives',
      title: '金额最高的可申请事项',
      note: '按最高总额排列；按月、按年发放的乘以发放次数。',
      columns: [
        { label: '事项' },
        { label: '类型' },
        { label: '最低总额', unit: '元' },
        { label: '最高总额', unit: '元' },
      ],
      rows: incentives.largest.map((i) => [
        text(i.title, routes.incentive(i.slug)),
        text(i.benefit),
        yuan(i.min),
        yuan(i.max),
      ]),
      chart: {
        orientation: 'horizontal',
        valueKind: 'yuan',
        categories: incentives.largest.map((i) => i.title),
        series: [{ name: '最高总额', values: incentives.largest.map((i) => i.max) }],
      },
    },
  ];
}

function talentTables(stats: SiteStats): StatsTable[] {
  const { talents } = stats;
  const fields = Object.keys(talents.byField);
  const levels = [...HONOR_LEVELS, '无'] as const;
  const others = talents.total - talents.returnees;
  return [
    {
      id: 'talents-team',
      section: 'talents',
      title: '人才风采按人才队伍',
      note: `本站已发布的 ${talents.total} 位人才风采人物，不是全县人才总数。`,
      columns: [{ label: '人才队伍' }, { label: '人数' }, { label: '占比', unit: '%' }],
      rows: countRows(TEAMS, talents.byTeam, talents.total),
      chart: barChart(
        TEAMS,
        '人数',
        TEAMS.map((t) => talents.byTeam[t]),
      ),
    },
    {
      id: 'talents-field',
      section: 'talents',
      title: '人才风采按行业领域',
      columns: [{ label: '行业领域' }, { label: '人数' }],
      rows: fields.map((f) => [text(f), count(talents.byField[f]!)]),
      chart: topCategoriesChart(
        fields.map((f) => [f, talents.byField[f]!] as const),
        '人数',
        (rest) => `其余${rest}个领域`,
      ),
    },
    {
      id: 'talents-honor',
      section: 'talents',
      title: '人才风采按最高荣誉级别',
      note: '每人按所获最高级别的荣誉计一次；“荣誉项数”为该级别荣誉的总项数。',
      columns: [{ label: '最高荣誉级别' }, { label: '人数' }, { label: '荣誉项数' }],
      rows: levels.map((l) => [
        text(l === '无' ? '未列荣誉' : l),
        count(talents.byHonorLevel[l]),
        l === '无' ? count(null) : count(talents.honorsByLevel[l]),
      ]),
      chart: barChart(
        levels.map((l) => (l === '无' ? '未列荣誉' : l)),
        '人数',
        levels.map((l) => talents.byHonorLevel[l]),
      ),
    },
    {
      id: 'talents-returnee',
      section: 'talents',
      title: '人才风采中的返乡（回流）人才',
      columns: [{ label: '类别' }, { label: '人数' }, { label: '占比', unit: '%' }],
      rows: [
        [
          text('返乡（回流）人才'),
          count(talents.returnees),
          percent(ratio(talents.returnees, talents.total)),
        ],
        [text('其他'), count(others), percent(ratio(others, talents.total))],
      ],
    },
  ];
}

/** Names of the structure breakdowns of the indicators. */
const STRUCTURES = [
  {
    key: 'byTeam',
    id: 'indicators-team',
    title: '人才队伍结构',
    label: '人才队伍',
    terms: TEAMS,
    note: '',
  },
  {
    key: 'byEducation',
    id: 'indicators-education',
    title: '人才学历结构',
    label: '学历',
    terms: EDUCATION_LEVELS,
    note: '',
  },
  {
    key: 'byTitle',
    id: 'indicators-title',
    title: '人才职称结构',
    label: '职称',
    terms: TITLES,
    note: '未评职称的人员不列入。',
  },
] as const;

function structureTable(
  records: IndicatorRecord[],
  structure: (typeof STRUCTURES)[number],
): StatsTable | null {
  const years = records.filter((r) => r[structure.key] !== null);
  const latest = years.at(-1);
  if (!latest) return null;
  const terms = structure.terms as readonly string[];
  const countsOf = (r: IndicatorRecord) => r[structure.key] as Partial<Counts<string>>;
  return {
    id: structure.id,
    section: 'indicators',
    title: structure.title,
    note: `占比为${latest.year}年各项人数占当年人才总量的比例。${structure.note}`,
    columns: [
      { label: structure.label },
      ...years.map((r) => ({ label: `${r.year}年` })),
      { label: '占比', unit: '%' as const },
    ],
    rows: terms.map((term) => [
      text(term),
      ...years.map((r) => count(countsOf(r)[term] ?? null)),
      percent(ratio(countsOf(latest)[term] ?? null, latest.total)),
    ]),
    chart: {
      ...barChart(
        terms,
        `${latest.year}年`,
        terms.map((term) => countsOf(latest)[term] ?? 0),
      ),
      caption: `图为${latest.year}年数据`,
    },
  };
}

const yearCell = (r: IndicatorRecord): Cell => year(r.year);
const yearLabels = (records: readonly IndicatorRecord[]) => records.map((r) => `${r.year}年`);

function totalTable(records: IndicatorRecord[]): StatsTable {
  return {
    id: 'indicators-total',
    section: 'indicators',
    title: '人才总量',
    note: '年末人才总量；增长按上一年度数据计算，上一年度无数据的不计。',
    columns: [
      { label: '年份' },
      { label: '人才总量' },
      { label: '比上年增加' },
      { label: '增长率', unit: '%' },
    ],
    rows: records.map((r) => [
      yearCell(r),
      count(r.total),
      change(r.totalChange, 'signedCount'),
      change(r.totalGrowth, 'signedPercent'),
    ]),
    chart: {
      orientation: 'vertical',
      valueKind: 'count',
      categories: yearLabels(records),
      series: [{ name: '人才总量', values: records.map((r) => r.total) }],
    },
  };
}

function flowTable(records: IndicatorRecord[]): StatsTable | null {
  const withFlow = records.filter((r) => r.introduced !== null || r.departed !== null);
  if (!withFlow.length) return null;
  return {
    id: 'indicators-flow',
    section: 'indicators',
    title: '人才引进与流失',
    note: '流失为当年调离与辞职人数之和；净流入 = 引进 − 流失。',
    columns: [{ label: '年份' }, { label: '当年引进' }, { label: '当年流失' }, { label: '净流入' }],
    rows: withFlow.map((r) => [
      yearCell(r),
      count(r.introduced),
      count(r.departed),
      change(r.netInflow, 'signedCount'),
    ]),
    chart: {
      orientation: 'vertical',
      valueKind: 'count',
      categories: yearLabels(withFlow),
      series: [
        { name: '引进', values: withFlow.map((r) => r.introduced ?? 0) },
        { name: '流失', values: withFlow.map((r) => r.departed ?? 0) },
      ],
    },
  };
}

function targetsTable(records: IndicatorRecord[]): StatsTable | null {
  if (!records.some((r) => r.targetResults.length)) return null;
  return {
    id: 'indicators-targets',
    section: 'indicators',
    title: '年度目标完成情况',
    note: '人才总量、当年引进、专项资金和各结构目标以实际数不低于目标为完成；当年流失的目标是上限，实际数不超过上限为完成，不计完成率。',
    // 结果 comes before the figures, so that it stays in view on a phone.
    columns: [
      { label: '年份' },
      { label: '指标' },
      { label: '结果' },
      { label: '目标' },
      { label: '实际' },
      { label: '完成率', unit: '%' },
    ],
    rows: records.flatMap((r) =>
      r.targetResults.map((t) => {
        const figure = (value: number | null): Cell =>
          t.key === 'funding' ? yuan(value) : count(value);
        return [
          yearCell(r),
          text(t.rule === 'atMost' ? `${t.label}（上限）` : t.label),
          met(t.met),
          figure(t.target),
          figure(t.actual),
          percent(t.completion),
        ];
      }),
    ),
  };
}

function fundingTable(records: IndicatorRecord[]): StatsTable | null {
  const withFunding = records.filter(
    (r): r is IndicatorRecord & { funding: number } => r.funding !== null,
  );
  if (!withFunding.length) return null;
  return {
    id: 'indicators-funding',
    section: 'indicators',
    title: '人才发展专项资金',
    columns: [
      { label: '年份' },
      { label: '专项资金', unit: '元' },
      { label: '比上年增加', unit: '元' },
      { label: '增长率', unit: '%' },
    ],
    rows: withFunding.map((r) => [
      yearCell(r),
      yuan(r.funding),
      change(r.fundingChange, 'signedYuan'),
      change(r.fundingGrowth, 'signedPercent'),
    ]),
    chart: {
      orientation: 'vertical',
      valueKind: 'yuan',
      categories: yearLabels(withFunding),
      series: [{ name: '专项资金', values: withFunding.map((r) => r.funding) }],
    },
  };
}

/** The tables of the yearly indicators, each left out when no year has its figures. */
function indicatorTables(stats: SiteStats): StatsTable[] {
  const records = stats.indicators;
  if (!records.length) return [];
  const tables = [
    totalTable(records),
    ...STRUCTURES.map((s) => structureTable(records, s)),
    flowTable(records),
    targetsTable(records),
    fundingTable(records),
  ];
  return tables.filter((t): t is StatsTable => t !== null);
}

/**
 * Every table of the statistics page, in page order. A table with no rows is left out.
 * @example statsTables(stats).map((t) => t.id)[0] // 'policies-status'
 */
export function statsTables(stats: SiteStats): StatsTable[] {
  return [
    ...policyTables(stats),
    ...incentiveTables(stats),
    ...talentTables(stats),
    ...indicatorTables(stats),
  ].filter((t) => t.rows.length > 0);
}

/** A headline figure shown at the top of the page. */
export interface KeyFigure {
  label: string;
  cell: Cell;
  /** What the figure covers, e.g. the year. */
  note: string;
  /** The table it comes from. */
  table: string;
}

/**
 * The few figures a reader wants first: 人才总量, 引进 and 专项资金 of the latest year, policies
 * in force, incentives open for application.
 * @example keyFigures(stats)[0].label // '人才总量'
 */
export function keyFigures(stats: SiteStats): KeyFigure[] {
  const latest = stats.indicators.at(-1);
  const figures: KeyFigure[] = [];
  if (latest) {
    figures.push({
      label: '人才总量',
      cell: count(latest.total),
      note: `${latest.year}年末`,
      table: 'indicators-total',
    });
    if (latest.introduced !== null)
      figures.push({
        label: '当年引进人才',
        cell: count(latest.introduced),
        note: `${latest.year}年`,
        table: 'indicators-flow',
      });
    if (latest.funding !== null)
      figures.push({
        label: '人才发展专项资金',
        cell: yuan(latest.funding),
        note: `${latest.year}年`,
        table: 'indicators-funding',
      });
  }
  figures.push({
    label: '现行有效政策文件',
    cell: count(stats.policies.byStatus['现行有效']),
    note: `截至${stats.asOf}，含解读`,
    table: 'policies-status',
  });
  figures.push({
    label: '可申请的激励事项',
    cell: count(stats.incentives.offered),
    note: `共发布 ${stats.incentives.total} 项`,
    table: 'incentives-benefit',
  });
  return figures;
}
