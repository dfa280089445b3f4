import { describe, expect, test } from 'vitest';
import {
  buildContentModel,
  type ContentInput,
  type SourceEntry,
} from '../../../../src/lib/content/contentModel.ts';
import { computeStats, ratio, targetMet } from '../../../../src/lib/stats/stats.ts';
import type { Policy } from '../../../../src/schemas/policy.ts';
import type { Incentive } from '../../../../src/schemas/incentive.ts';
import type { Talent } from '../../../../src/schemas/talent.ts';
import type { Indicators } from '../../../../src/schemas/indicators.ts';
import { validateTree } from '../../../../scripts/lib/validateTree.ts';
import { TEST_AS_OF } from '../../../support/testSites.ts';

const AS_OF = '2026-11-21';

const policy = (slug: string, data: Partial<Policy> = {}): SourceEntry<Policy> => ({
  slug,
  body: '',
  data: {
    title: `政策 ${slug}`,
    kind: '办法',
    issuer: ['测试县人力资源和社会保障局'],
    topic: '人才引进',
    publishedOn: '2024-03-01',
    summary: '摘要',
    ...data,
  },
});
const incentive = (slug: string, data: Partial<Incentive> = {}): SourceEntry<Incentive> => ({
  slug,
  body: '',
  data: { title: `事项 ${slug}`, policy: 'p', benefit: '安家补贴', summary: '摘要', ...data },
});
const talent = (slug: string, data: Partial<Talent> = {}): SourceEntry<Talent> => ({
  slug,
  body: '',
  data: {
    name: '某人',
    photo: './photo.jpg',
    photoAlt: '照片',
    consent: true,
    team: '专业技术人才',
    field: '新材料',
    summary: '摘要',
    publishedOn: '2025-05-04',
    ...data,
  },
});
const indicators = (year: number, data: Partial<Indicators> = {}): Indicators => ({
  year,
  total: 1000,
  ...data,
});
const input = (overrides: Partial<ContentInput> = {}): ContentInput => ({
  policies: [policy('p')],
  incentives: [],
  talents: [],
  indicators: [],
  ...overrides,
});
const statsOf = (overrides: Partial<ContentInput> = {}, asOf = AS_OF) =>
  computeStats(buildContentModel(input(overrides), asOf));

describe('computeStats on the fixture tree (hand-computed)', () => {
  const { problems, input: fixture } = validateTree('test/fixtures/valid', TEST_AS_OF);
  const stats = computeStats(buildContentModel(fixture, TEST_AS_OF));

  test('reads a valid fixture', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(stats.asOf).toBe('2026-11-21');
  });

  test('counts the six published policies by status, 解读 with the status of the policy it interprets', () => {
    expect(stats.policies.total).toBe(6);
    expect(stats.policies.byStatus).toEqual({
      现行有效: 2,
      尚未施行: 1,
      已修订: 1,
      已废止: 1,
      已失效: 1,
    });
  });

  test('counts policies by topic and kind, every term present', () => {
    expect(stats.policies.byTopic).toEqual({
      人才引进: 3,
      人才培养: 0,
      人才评价: 0,
      人才激励: 1,
      人才服务保障: 1,
      综合: 1,
    });
    expect(stats.policies.byKind).toEqual({
      条例: 0,
      规划: 0,
      意见: 0,
      决定: 0,
      办法: 3,
      细则: 1,
      规定: 0,
      方案: 1,
      通知: 0,
      公告: 0,
      通告: 0,
      通报: 0,
      报告: 0,
      指南: 0,
      目录: 0,
      其他: 0,
      解读: 1,
    });
  });

  test('counts policies by publishedOn year with the years between as 0', () => {
    expect(stats.policies.byYear).toEqual({
      2020: 1,
      2021: 1,
      2022: 0,
      2023: 1,
      2024: 2,
      2025: 0,
      2026: 1,
    });
    expect(Object.keys(stats.policies.byYear)).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
  });

  test('counts each issuer of a joint document, most first, ties by name', () => {
    expect(Object.entries(stats.policies.byIssuer)).toEqual([
      ['测试县人力资源和社会保障局', 4],
      ['中共测试县委组织部', 1],
      ['测试县人民政府办公室', 1],
      ['测试县住房和城乡建设局', 1],
    ]);
  });

  test('counts incentives by benefit whether offered or not', () => {
    expect(stats.incentives.total).toBe(5);
    expect(stats.incentives.offered).toBe(4);
    expect(stats.incentives.byBenefit).toMatchObject({
      安家补贴: 1,
      购房补贴: 1,
      租房补贴: 1,
      生活补贴: 1,
      人才公寓: 1,
      一次性奖励: 0,
      其他: 0,
    });
    expect(stats.incentives.offeredByBenefit).toMatchObject({
      安家补贴: 1,
      购房补贴: 1,
      租房补贴: 1,
      生活补贴: 1,
      人才公寓: 0,
    });
  });

  test('gives the value range of offered cash incentives per benefit, monthly payments multiplied out', () => {
    expect(stats.incentives.valueByBenefit).toMatchObject({
      安家补贴: { min: 200000, max: 200000 },
      购房补贴: { min: 50000, max: 100000 },
      生活补贴: { min: 72000, max: 72000 },
      租房补贴: { min: 12000, max: 24000 },
      人才公寓: null,
      科研经费: null,
    });
  });

  test('lists the offered cash incentives with the largest maximum value first', () => {
    expect(stats.incentives.largest).toEqual([
      {
        slug: 'boshi-anjia',
        title: '博士研究生安家补贴',
        benefit: '安家补贴',
        min: 200000,
        max: 200000,
      },
      {
        slug: 'goufang-butie',
        title: '人才购房补贴',
        benefit: '购房补贴',
        min: 50000,
        max: 100000,
      },
      {
        slug: 'shenghuo-butie',
        title: '高校毕业生生活补贴',
        benefit: '生活补贴',
        min: 72000,
        max: 72000,
      },
      { slug: 'zufang-butie', title: '人才租房补贴', benefit: '租房补贴', min: 12000, max: 24000 },
    ]);
  });

  test('counts the one talent by team, field, highest honour and returnee', () => {
    expect(stats.talents).toEqual({
      total: 1,
      byTeam: {
        党政人才: 0,
        企业经营管理人才: 0,
        专业技术人才: 1,
        高技能人才: 0,
        农村实用人才: 0,
        社会工作人才: 0,
      },
      byField: { 新材料: 1 },
      byHonorLevel: { 国家级: 0, 省级: 0, 市级: 1, 县级: 0, 无: 0 },
      honorsByLevel: { 国家级: 0, 省级: 0, 市级: 1, 县级: 0 },
      returnees: 1,
    });
  });

  test('keeps the 2024 indicators and judges its targets', () => {
    expect(stats.indicators).toEqual([
      {
        year: 2024,
        total: 1000,
        byTeam: {
          党政人才: 100,
          企业经营管理人才: 200,
          专业技术人才: 400,
          高技能人才: 150,
          农村实用人才: 100,
          社会工作人才: 50,
        },
        byEducation: { 博士研究生: 10, 硕士研究生: 90, 本科: 500, 大专: 300, 中专及以下: 100 },
        byTitle: { 正高级: 20, 副高级: 80, 中级: 300, 初级: 200 },
        introduced: 120,
        departed: 30,
        funding: 5000000,
        targets: { introduced: 100, total: 1100 },
        source: '2024年度测试县人才工作述职报告',
        netInflow: 90,
        totalChange: null,
        totalGrowth: null,
        fundingChange: null,
        fundingGrowth: null,
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
            key: 'introduced',
            label: '当年引进',
            rule: 'atLeast',
            target: 100,
            actual: 120,
            met: true,
            completion: 1.2,
          },
        ],
      },
    ]);
  });
});

describe('computeStats', () => {
  test('leaves out drafts and entries published after the as-of date', () => {
    const stats = statsOf({
      policies: [
        policy('p'),
        policy('draft', { draft: true }),
        policy('later', { publishedOn: '2026-11-22' }),
      ],
      talents: [
        talent('a'),
        talent('b', { publishedOn: '2026-11-22' }),
        talent('c', { draft: true }),
      ],
    });
    expect(stats.policies.total).toBe(1);
    expect(stats.policies.byYear).toEqual({ 2024: 1 });
    expect(stats.talents.total).toBe(1);
  });

  test('counts an entry published on the as-of date', () => {
    expect(statsOf({ policies: [policy('p', { publishedOn: AS_OF })] }).policies.byYear).toEqual({
      2026: 1,
    });
  });

  test('gives a 解读 the status of the policy it interprets', () => {
    const stats = statsOf({
      policies: [
        policy('p', { repealedOn: '2025-01-01' }),
        policy('j', { kind: '解读', interprets: 'p' }),
      ],
    });
    expect(stats.policies.byStatus['已废止']).toBe(2);
  });

  test('counts an issuer named twice in one document once', () => {
    expect(
      statsOf({ policies: [policy('p', { issuer: ['甲', '乙', '甲'] })] }).policies.byIssuer,
    ).toEqual({ 甲: 1, 乙: 1 });
  });

  test('has empty counts for an empty tree', () => {
    const stats = statsOf({ policies: [] });
    expect(stats.policies.byYear).toEqual({});
    expect(stats.policies.byStatus['现行有效']).toBe(0);
    expect(stats.incentives.largest).toEqual([]);
    expect(stats.indicators).toEqual([]);
  });

  test('values services at nothing and leaves incentives that are not offered out of the value ranges', () => {
    const stats = statsOf({
      policies: [policy('p'), policy('old', { repealedOn: '2025-01-01' })],
      incentives: [
        incentive('a', { benefit: '人才公寓' }),
        incentive('b', {
          benefit: '安家补贴',
          policy: 'old',
          amount: { min: 900000, max: 900000, period: 'once' },
        }),
        incentive('c', {
          benefit: '安家补贴',
          amount: { min: 1000, max: 2000, period: 'yearly', times: 3 },
        }),
      ],
    });
    expect(stats.incentives.byBenefit['安家补贴']).toBe(2);
    expect(stats.incentives.offeredByBenefit['安家补贴']).toBe(1);
    expect(stats.incentives.valueByBenefit['安家补贴']).toEqual({ min: 3000, max: 6000 });
    expect(stats.incentives.valueByBenefit['人才公寓']).toBeNull();
    expect(stats.incentives.largest.map((i) => i.slug)).toEqual(['c']);
  });

  test('orders the largest incentives by max, then min, then slug, and keeps five', () => {
    const once = (min: number, max: number) => ({ min, max, period: 'once' as const });
    const stats = statsOf({
      incentives: [
        incentive('f', { amount: once(1, 10) }),
        incentive('e', { amount: once(5, 10) }),
        incentive('d', { amount: once(5, 10) }),
        incentive('c', { amount: once(1, 50) }),
        incentive('b', { amount: once(1, 5) }),
        incentive('a', { amount: once(1, 1) }),
      ],
    });
    expect(stats.incentives.largest.map((i) => i.slug)).toEqual(['c', 'd', 'e', 'f', 'b']);
  });

  test('counts a talent under the highest level of honour it holds', () => {
    const stats = statsOf({
      talents: [
        talent('a', {
          honors: [
            { title: 'x', year: 2020, level: '县级' },
            { title: 'y', year: 2021, level: '省级' },
            { title: 'z', year: 2022, level: '县级' },
          ],
        }),
        talent('b'),
      ],
    });
    expect(stats.talents.byHonorLevel).toEqual({ 国家级: 0, 省级: 1, 市级: 0, 县级: 0, 无: 1 });
    expect(stats.talents.honorsByLevel).toEqual({ 国家级: 0, 省级: 1, 市级: 0, 县级: 2 });
  });

  test('orders fields by count, then name', () => {
    const stats = statsOf({
      talents: [
        talent('a', { field: '玉雕' }),
        talent('b', { field: '中医' }),
        talent('c', { field: '玉雕' }),
        talent('d', { field: '茶叶' }),
      ],
    });
    expect(Object.entries(stats.talents.byField)).toEqual([
      ['玉雕', 2],
      ['中医', 1],
      ['茶叶', 1],
    ]);
  });
});

describe('computeStats indicators', () => {
  test('compares a year with the year before it, not across a gap', () => {
    const stats = statsOf({
      indicators: [
        indicators(2025, { total: 1200, funding: 3000 }),
        indicators(2022, { total: 800 }),
        indicators(2024, { total: 1000, funding: 2000 }),
      ],
    });
    expect(
      stats.indicators.map((r) => [
        r.year,
        r.totalChange,
        r.totalGrowth,
        r.fundingChange,
        r.fundingGrowth,
      ]),
    ).toEqual([
      [2022, null, null, null, null],
      [2024, null, null, null, null],
      [2025, 200, 0.2, 1000, 0.5],
    ]);
  });

  test('writes absent figures as null', () => {
    const [record] = statsOf({ indicators: [indicators(2024)] }).indicators;
    expect(record).toMatchObject({
      byTeam: null,
      introduced: null,
      departed: null,
      funding: null,
      targets: null,
      source: null,
      netInflow: null,
      targetResults: [],
    });
  });

  test.each([
    ['fewer left than the ceiling', 90, true],
    ['exactly the ceiling', 100, true],
    ['more than the ceiling', 101, false],
  ])('judges 流失 as a ceiling: %s', (_, departed, met) => {
    const [record] = statsOf({
      indicators: [indicators(2024, { departed, targets: { departed: 100 } })],
    }).indicators;
    expect(record!.targetResults).toEqual([
      {
        key: 'departed',
        label: '当年流失',
        rule: 'atMost',
        target: 100,
        actual: departed,
        met,
        completion: null,
      },
    ]);
  });

  test.each([
    ['below the target', 299, false, 299 / 300],
    ['on the target', 300, true, 1],
    ['above the target', 301, true, 301 / 300],
  ])('judges 引进 as a floor: %s', (_, introduced, met, completion) => {
    const [record] = statsOf({
      indicators: [indicators(2024, { introduced, targets: { introduced: 300 } })],
    }).indicators;
    expect(record!.targetResults[0]).toMatchObject({ met, completion });
  });

  test('leaves a target without its actual figure undecided', () => {
    const [record] = statsOf({
      indicators: [indicators(2024, { targets: { funding: 100, byTeam: { 党政人才: 10 } } })],
    }).indicators;
    expect(record!.targetResults).toEqual([
      {
        key: 'funding',
        label: '专项资金',
        rule: 'atLeast',
        target: 100,
        actual: null,
        met: null,
        completion: null,
      },
      {
        key: 'byTeam.党政人才',
        label: '党政人才',
        rule: 'atLeast',
        target: 10,
        actual: null,
        met: null,
        completion: null,
      },
    ]);
  });

  test('judges structure targets against the structure figures', () => {
    const [record] = statsOf({
      indicators: [
        indicators(2024, { byTitle: { 正高级: 12 }, targets: { byTitle: { 正高级: 10 } } }),
      ],
    }).indicators;
    expect(record!.targetResults).toEqual([
      {
        key: 'byTitle.正高级',
        label: '正高级',
        rule: 'atLeast',
        target: 10,
        actual: 12,
        met: true,
        completion: 1.2,
      },
    ]);
  });

  test('orders structure counts by vocabulary', () => {
    const [record] = statsOf({
      indicators: [indicators(2024, { byEducation: { 本科: 5, 博士研究生: 1 } })],
    }).indicators;
    expect(Object.keys(record!.byEducation!)).toEqual(['博士研究生', '本科']);
  });
});

describe('ratio', () => {
  test.each([
    [1, 4, 0.25],
    [0, 4, 0],
    [3, 0, null],
    [null, 4, null],
    [4, null, null],
  ])('ratio(%s, %s) → %s', (part, whole, expected) => {
    expect(ratio(part, whole)).toBe(expected);
  });
});

describe('targetMet', () => {
  test.each([
    ['atLeast', 10, 9, false],
    ['atLeast', 10, 10, true],
    ['atMost', 10, 10, true],
    ['atMost', 10, 11, false],
    ['atLeast', 10, null, null],
  ] as const)('%s %i with actual %s → %s', (rule, target, actual, expected) => {
    expect(targetMet(rule, target, actual)).toBe(expected);
  });
});
