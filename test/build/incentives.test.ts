import { describe, expect, test } from 'vitest';
import { BENEFITS } from '../../src/schemas/vocabularies.ts';
import type { IncentiveDataRecord } from '../../src/lib/incentive/incentiveData.ts';
import { INCENTIVE_CSV_COLUMNS } from '../../src/lib/incentive/incentiveData.ts';
import { breadcrumbTrail, readPage } from '../support/builtSite.ts';
import { readSiteFile } from '../support/testSites.ts';

/** The sample's incentives whose policy is not in force at the test date. */
const STOPPED = [
  'chengcai-huigui-shenghuo-butie-2021',
  'xincailiao-chanyeyuan-yinjin-rencai-jiangli',
];

const records = JSON.parse(readSiteFile('sample', 'data/incentives.json')) as IncentiveDataRecord[];
const offered = records.filter((r) => r.offered);
const cardSlugs = (html: string) =>
  [...html.matchAll(/<article class="incentive-card"[^>]*data-slug="([^"]+)"/g)].map((m) => m[1]!);

describe('/data/incentives.json', () => {
  test('lists every published incentive in slug order, offered or not', () => {
    expect(records).toHaveLength(25);
    expect(records.map((r) => r.slug)).toEqual(records.map((r) => r.slug).sort());
    expect(records.filter((r) => !r.offered).map((r) => r.slug)).toEqual(STOPPED);
  });

  test('carries absolute URLs, the policy status and the computed value', () => {
    const record = records.find((r) => r.slug === 'fanxiang-shuoshi-shenghuo-butie')!;
    expect(record).toMatchObject({
      url: 'https://rc.chengxi.example.gov.cn/incentives/fanxiang-shuoshi-shenghuo-butie/',
      sourceUrl: 'https://rc.chengxi.example.gov.cn/policies/chengcai-huigui-shishi-yijian/#art-5',
      policyStatus: '现行有效',
      offered: true,
      value: { min: 72000, max: 72000 },
      amountText: '2000元/月，共36个月',
    });
    expect(records.find((r) => r.slug === 'chengcai-huigui-shenghuo-butie-2021')).toMatchObject({
      offered: false,
      policyStatus: '已修订',
    });
    expect(records.find((r) => r.slug === 'rencai-gongyu-ruzhu')).toMatchObject({
      value: { min: 0, max: 0 },
      amountText: '服务类',
      amount: null,
    });
  });

  test('uses the base path under a sub-path site', () => {
    const based = JSON.parse(
      readSiteFile('sampleBase', 'data/incentives.json'),
    ) as IncentiveDataRecord[];
    expect(based[0]!.url).toBe(
      `https://rc.chengxi.example.gov.cn/rencai/incentives/${based[0]!.slug}/`,
    );
  });
});

describe('/data/incentives.csv', () => {
  test('is the same table with a BOM and a header row', () => {
    const csv = readSiteFile('sample', 'data/incentives.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(INCENTIVE_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(records.length + 1);
    expect(lines[1]!.startsWith(`${records[0]!.slug},${records[0]!.url},`)).toBe(true);
  });
});

describe('/incentives/', () => {
  const html = readSiteFile('sample', 'incentives/index.html');

  test('lists exactly the offered incentives, each once', () => {
    expect(cardSlugs(html).sort()).toEqual(offered.map((r) => r.slug));
    for (const slug of STOPPED) expect(html).not.toContain(`/incentives/${slug}/`);
  });

  test('groups them by benefit type in vocabulary order', () => {
    const benefits = [
      ...html.matchAll(/<section class="benefit-group"[^>]*data-benefit="([^"]+)"/g),
    ].map((m) => m[1]!);
    expect(benefits).toEqual(BENEFITS.filter((b) => offered.some((r) => r.benefit === b)));
    for (const section of html.split('<section class="benefit-group"').slice(1)) {
      const benefit = /data-benefit="([^"]+)"/.exec(section)![1];
      for (const slug of cardSlugs(section))
        expect(records.find((r) => r.slug === slug)!.benefit).toBe(benefit);
    }
  });

  test('shows each amount in plain Chinese and deep-links the granting article', () => {
    expect(html).toContain('一次性20万元');
    expect(html).toContain('2000元/月，共36个月');
    expect(html).toContain('每年3万—10万元，共5年');
    expect(html).toContain('服务类');
    // Each links to its source where the open data says, the clause's anchor included.
    for (const r of offered) {
      const source = new URL(r.sourceUrl);
      expect(source.hash === '').toBe(r.clause === null);
      expect(html).toContain(`href="${source.pathname}${source.hash}"`);
    }
  });

  test('keeps the base path in links under a sub-path site', () => {
    const based = readSiteFile('sampleBase', 'incentives/index.html');
    expect(based).toContain('href="/rencai/incentives/boshi-yanjiusheng-anjia-butie/"');
    expect(based).toContain('href="/rencai/policies/gaocengci-rencai-yinjin-banfa/#art-10"');
  });
});

describe('/incentives/<slug>/', () => {
  test.each(records.map((r) => [r.slug, r.offered] as const))(
    '%s has a page (offered: %s)',
    (slug, isOffered) => {
      const html = readSiteFile('sample', `incentives/${slug}/index.html`);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html).toContain('<span data-pagefind-filter="type">激励</span>');
      expect(html).toContain(
        `<span data-pagefind-filter="benefit">${records.find((r) => r.slug === slug)!.benefit}</span>`,
      );
      expect(html.includes('data-availability="已停止受理"')).toBe(!isOffered);
    },
  );

  test('gives the whole rule: amount, every criterion, other conditions, exclusions, how to apply, the source', () => {
    const html = readSiteFile('sample', 'incentives/fanxiang-shuoshi-shenghuo-butie/index.html');
    for (const text of [
      '2000元/月，共36个月',
      '合计7.2万元',
      '硕士研究生学历',
      '全日制学历',
      '35周岁以下',
      '毕业5年以内',
      '同时属于高校毕业生和返乡人才',
      '在企业或社会组织就业，或者自主创业',
      '其他条件',
      '签订2年以上劳动合同',
      '不可同时享受',
      '受理部门',
      '咨询电话',
      '申报时间',
      '所需材料（7 项）',
      '澄溪县人才补贴申报表',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('href="/policies/chengcai-huigui-shishi-yijian/#art-5"');
    expect(html).toContain('href="/incentives/chengcai-huigui-shenghuo-butie-2021/"');
    expect(html).toContain('href="tel:13990001234"');
  });

  test('marks an incentive under a revised policy as no longer available and points to what replaced it', () => {
    const html = readSiteFile(
      'sample',
      'incentives/chengcai-huigui-shenghuo-butie-2021/index.html',
    );
    expect(html).toContain('本事项已停止受理');
    expect(html).toContain('修订后的文件自2024年7月1日起施行');
    expect(html).toContain('href="/policies/chengcai-huigui-shishi-yijian/"');
    expect(html).toContain('href="/incentives/fanxiang-shuoshi-shenghuo-butie/"');
    expect(html).toContain('href="/incentives/fanxiang-benke-shenghuo-butie/"');
    expect(html).not.toContain('用政策计算器一分钟查清');
  });

  test('has the shared breadcrumbs: 首页, 激励政策, then the incentive itself', () => {
    const slug = 'chengcai-huigui-shenghuo-butie-2021';
    expect(breadcrumbTrail(readPage('sample', `/incentives/${slug}/`))).toEqual([
      { label: '首页', href: '/', current: false },
      { label: '激励政策', href: '/incentives/', current: false },
      { label: records.find((r) => r.slug === slug)!.title, href: null, current: true },
    ]);
  });

  test('keeps navigation-like blocks out of the search index', () => {
    const html = readSiteFile(
      'sample',
      'incentives/chengcai-huigui-shenghuo-butie-2021/index.html',
    );
    expect(html).toMatch(/<nav class="breadcrumbs" aria-label="当前位置" data-pagefind-ignore/);
    expect(html).toMatch(/<div data-pagefind-ignore[^>]*>\s*<section class="availability-banner"/);
  });
});
