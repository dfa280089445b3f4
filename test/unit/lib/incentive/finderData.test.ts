import { describe, expect, test } from 'vitest';
import { buildContentModel } from '../../../../src/lib/content/contentModel.ts';
import { buildFinderData, offeredMatchables } from '../../../../src/lib/incentive/finderData.ts';
import {
  incentiveCsvRow,
  incentiveDataRecord,
  INCENTIVE_CSV_COLUMNS,
} from '../../../../src/lib/incentive/incentiveData.ts';
import { makeIncentive, makeInput, makePolicy } from '../../../support/incentiveFactories.ts';

const AS_OF = '2026-11-21';
const model = buildContentModel(
  makeInput(
    [
      makePolicy('banfa', { docNumber: '测人发〔2024〕1号' }),
      makePolicy('old', { expiresOn: '2025-12-31' }),
    ],
    [
      makeIncentive('shenghuo', {
        clause: '第五条',
        benefit: '生活补贴',
        amount: { min: 2000, max: 2000, period: 'monthly', times: 36 },
        eligibility: { education: ['硕士研究生'], fullTime: true, notes: '签订劳动合同' },
        apply: { office: '人社局', phone: '0838-6201234', materials: ['身份证', '劳动合同'] },
      }),
      makeIncentive('gongyu', { benefit: '人才公寓', exclusiveWith: ['shenghuo'] }),
      makeIncentive('stopped', { policy: 'old', amount: { min: 1, max: 1, period: 'once' } }),
    ],
  ),
  AS_OF,
);

describe('offeredMatchables', () => {
  test('keeps only offered incentives, with exclusivity from both sides', () => {
    expect(offeredMatchables(model)).toEqual([
      {
        slug: 'gongyu',
        title: '事项gongyu',
        amount: undefined,
        eligibility: undefined,
        exclusiveWith: ['shenghuo'],
      },
      {
        slug: 'shenghuo',
        title: '事项shenghuo',
        amount: { min: 2000, max: 2000, period: 'monthly', times: 36 },
        eligibility: { education: ['硕士研究生'], fullTime: true, notes: '签订劳动合同' },
        exclusiveWith: ['gongyu'],
      },
    ]);
  });
});

describe('buildFinderData', () => {
  test('prepares the words and links the results show, with the base added', () => {
    const data = buildFinderData(model, (path) => `/rencai${path}`);
    expect(data.asOf).toBe(AS_OF);
    expect(data.incentives.map((i) => i.slug)).toEqual(['gongyu', 'shenghuo']);
    expect(data.incentives[1]).toMatchObject({
      href: '/rencai/incentives/shenghuo/',
      benefit: '生活补贴',
      amountText: '2000元/月，共36个月',
      valueText: '合计7.2万元',
      criteria: '全日制硕士研究生学历',
      notes: '签订劳动合同',
      source: {
        text: '《测试县banfa办法》第五条',
        docNumber: '测人发〔2024〕1号',
        href: '/rencai/policies/banfa/#art-5',
      },
      apply: {
        office: '人社局',
        phone: '0838-6201234',
        window: null,
        materials: ['身份证', '劳动合同'],
        url: null,
      },
    });
    expect(data.incentives[0]).toMatchObject({
      amountText: '服务类',
      valueText: null,
      criteria: '不限条件',
      notes: null,
      apply: { materials: [] },
    });
  });
});

describe('incentiveDataRecord', () => {
  const absolute = (path: string) => `https://rc.example.gov.cn${path}`;
  const policyOf = (slug: string) => model.policies.find((p) => p.slug === slug)!;

  test('carries the slug, absolute URLs, offered, the policy status and the value', () => {
    const stopped = model.incentives.find((i) => i.slug === 'stopped')!;
    expect(incentiveDataRecord(stopped, policyOf('old'), absolute)).toMatchObject({
      slug: 'stopped',
      url: 'https://rc.example.gov.cn/incentives/stopped/',
      sourceUrl: 'https://rc.example.gov.cn/policies/old/',
      offered: false,
      policyStatus: '已失效',
      value: { min: 1, max: 1 },
      amountText: '一次性1元',
      eligibility: null,
      apply: null,
    });
  });

  test('becomes a CSV row in column order, with nested fields flattened', () => {
    const record = incentiveDataRecord(
      model.incentives.find((i) => i.slug === 'shenghuo')!,
      policyOf('banfa'),
      absolute,
    );
    const row = Object.fromEntries(
      INCENTIVE_CSV_COLUMNS.map((c, i) => [c, incentiveCsvRow(record)[i]]),
    );
    expect(row).toMatchObject({
      slug: 'shenghuo',
      offered: true,
      policyStatus: '现行有效',
      'amount.times': 36,
      'value.max': 72000,
      'eligibility.education': ['硕士研究生'],
      'eligibility.maxAge': null,
      'apply.materials': ['身份证', '劳动合同'],
      'apply.url': null,
      exclusiveWith: ['gongyu'],
    });
  });
});

describe('cash whose amount a rule sets (amountNote)', () => {
  const noted = buildContentModel(
    makeInput(
      [makePolicy('banfa')],
      [
        makeIncentive('shebao', {
          benefit: '生活补贴',
          amountNote: '按实际缴纳的社会保险费给予补贴',
        }),
      ],
    ),
    AS_OF,
  );

  test('the calculator shows the note as the amount and keeps it for the matcher', () => {
    expect(buildFinderData(noted, (p) => p).incentives[0]).toMatchObject({
      amountText: '按实际缴纳的社会保险费给予补贴',
      amountNote: '按实际缴纳的社会保险费给予补贴',
      valueText: null,
    });
  });

  test('the open data carries the note in amountNote and amountText, in JSON and CSV', () => {
    const record = incentiveDataRecord(
      noted.incentives[0]!,
      noted.policies[0]!,
      (p) => `https://x${p}`,
    );
    expect(record).toMatchObject({
      amount: null,
      amountNote: '按实际缴纳的社会保险费给予补贴',
      amountText: '按实际缴纳的社会保险费给予补贴',
      value: { min: 0, max: 0 },
    });
    expect(incentiveCsvRow(record)[INCENTIVE_CSV_COLUMNS.indexOf('amountNote')]).toBe(
      '按实际缴纳的社会保险费给予补贴',
    );
  });
});
