import { describe, expect, test } from 'vitest';
import { buildContentModel } from '../../../../src/lib/content/contentModel.ts';
import {
  computeStats,
  type IndicatorRecord,
  type SiteStats,
} from '../../../../src/lib/stats/stats.ts';
import {
  csvCell,
  formatCell,
  keyFigures,
  statsCsvFile,
  statsTableCsv,
  statsTables,
  type Cell,
} from '../../../../src/lib/stats/statsTables.ts';
import { validateTree } from '../../../../scripts/lib/validateTree.ts';
import { TEST_AS_OF } from '../../../support/testSites.ts';

const fixtureStats = computeStats(
  buildContentModel(validateTree('test/fixtures/valid', TEST_AS_OF).input, TEST_AS_OF),
);
const tableById = (stats: SiteStats, id: string) => statsTables(stats).find((t) => t.id === id);
const record = (overrides: Partial<IndicatorRecord> = {}): IndicatorRecord => ({
  year: 2024,
  total: 1000,
  byTeam: null,
  byEducation: null,
  byTitle: null,
  introduced: null,
  departed: null,
  funding: null,
  targets: null,
  source: null,
  netInflow: null,
  totalChange: null,
  totalGrowth: null,
  fundingChange: null,
  fundingGrowth: null,
  targetResults: [],
  ...overrides,
});
const withIndicators = (indicators: IndicatorRecord[]): SiteStats => ({
  ...fixtureStats,
  indicators,
});

describe('formatCell', () => {
  test.each<[Cell, string]>([
    [{ value: 18510, kind: 'count' }, '1.851万'],
    [{ value: 980, kind: 'count' }, '980'],
    [{ value: 31000000, kind: 'yuan' }, '3100万元'],
    [{ value: 0.125, kind: 'percent' }, '12.5%'],
    [{ value: 0.058, kind: 'signedPercent' }, '+5.8%'],
    [{ value: -0.0123, kind: 'signedPercent' }, '-1.2%'],
    [{ value: -0.0001, kind: 'signedPercent' }, '0.0%'],
    [{ value: 1130, kind: 'signedCount' }, '+1130'],
    [{ value: -13, kind: 'signedCount' }, '-13'],
    [{ value: 0, kind: 'signedCount' }, '0'],
    [{ value: 3200000, kind: 'signedYuan' }, '+320万元'],
    [{ value: 2024, kind: 'year' }, '2024年'],
    [{ value: true, kind: 'met' }, '✓ 完成'],
    [{ value: false, kind: 'met' }, '✗ 未完成'],
    [{ value: null, kind: 'met' }, '无数据'],
    [{ value: null, kind: 'count' }, '—'],
    [{ value: '安家补贴', kind: 'text' }, '安家补贴'],
  ])('formats %o as %s', (cell, text) => {
    expect(formatCell(cell)).toBe(text);
  });
});

describe('csvCell', () => {
  test.each<[Cell, string | number]>([
    [{ value: 18510, kind: 'count' }, 18510],
    [{ value: 31000000, kind: 'yuan' }, 31000000],
    [{ value: 0.1234, kind: 'percent' }, '12.3'],
    [{ value: -0.05, kind: 'signedPercent' }, '-5.0'],
    [{ value: true, kind: 'met' }, '完成'],
    [{ value: false, kind: 'met' }, '未完成'],
    [{ value: null, kind: 'count' }, ''],
  ])('writes %o as %s', (cell, value) => {
    expect(csvCell(cell)).toBe(value);
  });
});

describe('statsTableCsv', () => {
  test('writes exact numbers with units in the header', () => {
    const table = tableById(fixtureStats, 'policies-status')!;
    expect(statsTableCsv(table)).toBe(
      '\uFEFF效力状态,件数,占比（%）\r\n现行有效,2,33.3\r\n尚未施行,1,16.7\r\n已修订,1,16.7\r\n已废止,1,16.7\r\n已失效,1,16.7\r\n',
    );
  });

  test('names the file after the table', () => {
    expect(statsCsvFile('indicators-flow')).toBe('stats-indicators-flow.csv');
  });
});

describe('statsTables', () => {
  test('gives every table of the fixture a unique id, in page order', () => {
    const ids = statsTables(fixtureStats).map((t) => t.id);
    expect(ids).toEqual([
      'policies-status',
      'policies-topic',
      'policies-year',
      'policies-issuer',
      'incentives-benefit',
      'incentives-largest',
      'talents-team',
      'talents-field',
      'talents-honor',
      'talents-returnee',
      'indicators-total',
      'indicators-team',
      'indicators-education',
      'indicators-title',
      'indicators-flow',
      'indicators-targets',
      'indicators-funding',
    ]);
  });

  test('gives every row as many cells as there are columns', () => {
    for (const table of statsTables(fixtureStats)) {
      for (const row of table.rows) expect(row, table.id).toHaveLength(table.columns.length);
    }
  });

  test('draws each chart from the figures of its table', () => {
    const years = tableById(fixtureStats, 'policies-year')!;
    expect(years.chart!.categories).toEqual(years.rows.map((r) => `${r[0]!.value}年`));
    expect(years.chart!.series[0]!.values).toEqual(years.rows.map((r) => r[1]!.value));
  });

  test('stacks offered and stopped incentives into one bar per benefit', () => {
    const chart = tableById(fixtureStats, 'incentives-benefit')!.chart!;
    const at = chart.categories.indexOf('人才公寓');
    expect(chart.stacked).toBe(true);
    expect(chart.series.map((s) => [s.name, s.values[at]])).toEqual([
      ['可申请', 0],
      ['已停止受理', 1],
    ]);
  });

  test('links the largest incentives to their pages', () => {
    const [first] = tableById(fixtureStats, 'incentives-largest')!.rows;
    expect(first![0]).toEqual({
      value: '博士研究生安家补贴',
      kind: 'text',
      href: '/incentives/boshi-anjia/',
    });
  });

  test('marks met and missed targets, and names a ceiling', () => {
    const stats = withIndicators([
      record({
        targetResults: [
          {
            key: 'total',
            label: '人才总量',
            rule: 'atLeast',
            target: 1100,
            actual: 1000,
            met: false,
            completion: 1000 / 1100,
          },
          {
            key: 'departed',
            label: '当年流失',
            rule: 'atMost',
            target: 50,
            actual: 30,
            met: true,
            completion: null,
          },
          {
            key: 'funding',
            label: '专项资金',
            rule: 'atLeast',
            target: 5000000,
            actual: 6000000,
            met: true,
            completion: 1.2,
          },
        ],
      }),
    ]);
    expect(tableById(stats, 'indicators-targets')!.rows.map((r) => r.map(formatCell))).toEqual([
      ['2024年', '人才总量', '✗ 未完成', '1100', '1000', '90.9%'],
      ['2024年', '当年流失（上限）', '✓ 完成', '50', '30', '—'],
      ['2024年', '专项资金', '✓ 完成', '500万元', '600万元', '120.0%'],
    ]);
  });

  test('shows each structure for the years that report it, with the latest year’s shares', () => {
    const stats = withIndicators([
      record({ year: 2023, byTeam: { 党政人才: 100 } }),
      record({ year: 2024, total: 2000 }),
      record({ year: 2025, total: 2000, byTeam: { 党政人才: 150, 专业技术人才: 500 } }),
    ]);
    const table = tableById(stats, 'indicators-team')!;
    expect(table.columns.map((c) => c.label)).toEqual(['人才队伍', '2023年', '2025年', '占比']);
    expect(table.note).toBe('占比为2025年各项人数占当年人才总量的比例。');
    expect(table.chart!.caption).toBe('图为2025年数据');
    expect(table.rows.slice(0, 3).map((r) => r.map(formatCell))).toEqual([
      ['党政人才', '100', '150', '7.5%'],
      ['企业经营管理人才', '—', '—', '—'],
      ['专业技术人才', '—', '500', '25.0%'],
    ]);
    expect(table.chart!.series).toEqual([{ name: '2025年', values: [150, 0, 500, 0, 0, 0] }]);
  });

  test('sums the fields past the first nine into one bar, and lists them all in the table', () => {
    const byField = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`领域${String(i).padStart(2, '0')}`, 12 - i]),
    );
    const table = tableById(
      { ...fixtureStats, talents: { ...fixtureStats.talents, byField } },
      'talents-field',
    )!;
    expect(table.rows).toHaveLength(12);
    expect(table.chart!.categories).toHaveLength(10);
    expect(table.chart!.categories.at(-1)).toBe('其余3个领域');
    expect(table.chart!.series[0]!.values.at(-1)).toBe(3 + 2 + 1);
  });

  test('draws every field when there are ten', () => {
    const byField = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`领域${i}`, 1]));
    expect(
      tableById(
        { ...fixtureStats, talents: { ...fixtureStats.talents, byField } },
        'talents-field',
      )!.chart!.categories,
    ).toEqual(Object.keys(byField));
  });

  test('leaves out indicator tables without figures', () => {
    const ids = statsTables(withIndicators([record()]))
      .map((t) => t.id)
      .filter((id) => id.startsWith('indicators-'));
    expect(ids).toEqual(['indicators-total']);
    expect(statsTables(withIndicators([])).some((t) => t.section === 'indicators')).toBe(false);
  });
});

describe('keyFigures', () => {
  test('leads with the latest year and points to the tables', () => {
    expect(
      keyFigures(fixtureStats).map((f) => [f.label, formatCell(f.cell), f.note, f.table]),
    ).toEqual([
      ['人才总量', '1000', '2024年末', 'indicators-total'],
      ['当年引进人才', '120', '2024年', 'indicators-flow'],
      ['人才发展专项资金', '500万元', '2024年', 'indicators-funding'],
      ['现行有效政策文件', '2', '截至2026-11-21，含解读', 'policies-status'],
      ['可申请的激励事项', '4', '共发布 5 项', 'incentives-benefit'],
    ]);
  });

  test('points only to tables that exist', () => {
    for (const stats of [fixtureStats, withIndicators([record()]), withIndicators([])]) {
      const ids = new Set(statsTables(stats).map((t) => t.id));
      for (const figure of keyFigures(stats))
        expect(ids.has(figure.table), figure.table).toBe(true);
    }
  });
});
