import { describe, expect, test } from 'vitest';
import {
  chinaMidnight,
  feedLastBuildDate,
  policyFeedItem,
} from '../../../../src/lib/policy/policyFeed.ts';
import type { PolicyRecord } from '../../../../src/lib/content/contentModel.ts';

const record = (
  overrides: Partial<PolicyRecord['data']> = {},
  status: PolicyRecord['status'] = { status: '现行有效' },
): PolicyRecord => ({
  slug: 'banfa',
  body: '',
  data: {
    title: '澄溪县高层次人才引进办法',
    kind: '办法',
    issuer: ['甲'],
    topic: '人才引进',
    publishedOn: '2024-03-08',
    docNumber: '澄委组发〔2024〕6号',
    summary: '摘要。',
    ...overrides,
  },
  status,
  effectiveOn: '2024-03-08',
  supersedes: [],
  supersededBy: [],
  amends: [],
  amendedBy: [],
  currentVersion: null,
  interpretations: [],
  incentives: [],
});

describe('chinaMidnight', () => {
  test('is midnight in UTC+8', () => {
    expect(chinaMidnight('2024-03-08').toUTCString()).toBe('Thu, 07 Mar 2024 16:00:00 GMT');
  });
});

describe('policyFeedItem', () => {
  test('says what an amending document amends, before the summary', () => {
    expect(
      policyFeedItem(record({ title: '关于某办法的补充通知' }), 'https://x/policies/b/', [
        { slug: 'banfa', title: '澄溪县高层次人才引进办法', docNumber: '澄委组发〔2024〕6号' },
      ]).description,
    ).toBe(
      '【现行有效】澄委组发〔2024〕6号。本文件补充《澄溪县高层次人才引进办法》（澄委组发〔2024〕6号），不替代原文件。摘要。',
    );
  });

  test('starts the description with the status and the 发文字号', () => {
    expect(policyFeedItem(record(), 'https://x/policies/banfa/')).toEqual({
      title: '澄溪县高层次人才引进办法',
      link: 'https://x/policies/banfa/',
      pubDate: chinaMidnight('2024-03-08'),
      description: '【现行有效】澄委组发〔2024〕6号。摘要。',
      categories: ['人才引进', '办法'],
    });
  });

  test('marks a 解读 and its inherited status', () => {
    const item = policyFeedItem(
      record(
        { kind: '解读', docNumber: undefined, interprets: 'x' },
        { status: '已修订', since: '2024-07-01', by: 'y' },
      ),
      'u',
    );
    expect(item.description).toBe('【已修订】政策解读。摘要。');
  });
});

describe('feedLastBuildDate', () => {
  test('is the newest publication date, whatever the order', () => {
    expect(feedLastBuildDate(['2024-03-08', '2026-11-12', '2025-01-01'])).toEqual(
      chinaMidnight('2026-11-12'),
    );
  });
});
