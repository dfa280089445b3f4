import { describe, expect, test } from 'vitest';
import {
  countFacets,
  facetCode,
  facetValues,
  hashCode,
  POLICY_FACETS,
  type FacetedPolicy,
} from '../../../../src/lib/policy/policyFacets.ts';
import {
  GROUPS,
  POLICY_KINDS,
  POLICY_STATUSES,
  POLICY_TOPICS,
} from '../../../../src/schemas/vocabularies.ts';

const policy = (overrides: Partial<FacetedPolicy> = {}): FacetedPolicy => ({
  topic: '人才引进',
  kind: '办法',
  issuer: ['中共澄溪县委组织部'],
  publishedOn: '2024-03-08',
  status: '现行有效',
  audiences: ['高层次人才'],
  ...overrides,
});

describe('facetCode', () => {
  test.each([
    ['topic', POLICY_TOPICS],
    ['kind', POLICY_KINDS],
    ['status', POLICY_STATUSES],
    ['audience', GROUPS],
  ] as const)('gives every %s value a distinct URL-safe code', (facet, values) => {
    const codes = values.map((value) => facetCode(facet, value));
    expect(new Set(codes).size).toBe(values.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('uses the year itself and a stable hash for issuers', () => {
    expect(facetCode('year', '2024')).toBe('2024');
    expect(facetCode('issuer', '澄溪县财政局')).toBe(hashCode('澄溪县财政局'));
    expect(facetCode('issuer', '澄溪县财政局')).toMatch(/^[0-9a-f]{8}$/);
  });

  test('throws for a value outside the vocabulary', () => {
    expect(() => facetCode('topic', '不存在')).toThrow(/主题分类「不存在」/);
  });
});

describe('hashCode', () => {
  test('is FNV-1a over UTF-8 bytes', () => {
    expect(hashCode('')).toBe('811c9dc5');
    expect(hashCode('a')).toBe('e40c292c');
  });
});

describe('facetValues', () => {
  test('reads the year from the publication date', () => {
    expect(facetValues(policy(), 'year')).toEqual(['2024']);
  });

  test('gives every issuer of a joint document and no duplicates', () => {
    expect(facetValues(policy({ issuer: ['甲', '乙', '甲'] }), 'issuer')).toEqual(['甲', '乙']);
  });

  test('gives no audience when the policy names none', () => {
    expect(facetValues(policy({ audiences: undefined }), 'audience')).toEqual([]);
  });
});

describe('countFacets', () => {
  const facets = countFacets([
    policy(),
    policy({
      topic: '综合',
      kind: '意见',
      issuer: ['中共澄溪县委', '中共澄溪县委组织部'],
      publishedOn: '2022-03-28',
      status: '已修订',
      audiences: ['高层次人才', '返乡人才'],
    }),
    policy({
      topic: '人才引进',
      issuer: ['澄溪县财政局'],
      publishedOn: '2026-03-05',
      status: '尚未施行',
      audiences: [],
    }),
  ]);

  test('counts each facet value', () => {
    expect(facets.topic.map((v) => [v.value, v.count])).toEqual([
      ['人才引进', 2],
      ['综合', 1],
    ]);
    expect(facets.audience.map((v) => [v.value, v.count])).toEqual([
      ['高层次人才', 2],
      ['返乡人才', 1],
    ]);
  });

  test('orders vocabulary values as the vocabulary does', () => {
    expect(facets.status.map((v) => v.value)).toEqual(['现行有效', '尚未施行', '已修订']);
    expect(facets.kind.map((v) => v.value)).toEqual(['意见', '办法']);
  });

  test('orders years newest first and issuers by count, then name', () => {
    expect(facets.year.map((v) => v.value)).toEqual(['2026', '2024', '2022']);
    expect(facets.issuer.map((v) => [v.value, v.count])).toEqual([
      ['中共澄溪县委组织部', 2],
      ['中共澄溪县委', 1],
      ['澄溪县财政局', 1],
    ]);
  });

  test('has every facet, and only values some policy has', () => {
    expect(Object.keys(facets)).toEqual([...POLICY_FACETS]);
    expect(countFacets([]).topic).toEqual([]);
  });
});
