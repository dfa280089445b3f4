import { describe, expect, test } from 'vitest';
import {
  buildContentModel,
  type ContentInput,
  type SourceEntry,
} from '../../../../src/lib/content/contentModel.ts';
import type { Policy } from '../../../../src/schemas/policy.ts';

const AS_OF = '2026-11-21';

const policy = (slug: string, overrides: Partial<Policy> = {}): SourceEntry<Policy> => ({
  slug,
  body: '',
  data: {
    title: slug,
    kind: '办法',
    issuer: ['中共澄溪县委组织部'],
    topic: '人才引进',
    publishedOn: '2024-01-01',
    summary: '摘要',
    ...overrides,
  },
});
const input = (...policies: SourceEntry<Policy>[]): ContentInput => ({
  policies,
  incentives: [],
  talents: [],
  indicators: [],
});
const recordOf = (model: ReturnType<typeof buildContentModel>, slug: string) =>
  model.policies.find((p) => p.slug === slug)!;

describe('buildContentModel: 解读', () => {
  test.each([
    ['现行有效', {}, { status: '现行有效' }],
    ['尚未施行', { effectiveOn: '2027-01-01' }, { status: '尚未施行', until: '2027-01-01' }],
    ['已废止', { repealedOn: '2025-06-30' }, { status: '已废止', since: '2025-06-30' }],
    ['已失效', { expiresOn: '2025-12-31' }, { status: '已失效', expiresOn: '2025-12-31' }],
  ] as const)(
    'takes the status of the policy it interprets when that is %s',
    (_, dates, expected) => {
      const model = buildContentModel(
        input(
          policy('banfa', dates),
          policy('banfa-jiedu', { kind: '解读', interprets: 'banfa', publishedOn: '2024-02-01' }),
        ),
        AS_OF,
      );
      expect(recordOf(model, 'banfa-jiedu').status).toEqual(expected);
    },
  );

  test('takes 已修订 from its policy, and points to the version in force', () => {
    const model = buildContentModel(
      input(
        policy('old', { publishedOn: '2021-01-01' }),
        policy('new', {
          publishedOn: '2024-06-18',
          effectiveOn: '2024-07-01',
          supersedes: ['old'],
        }),
        policy('old-jiedu', { kind: '解读', interprets: 'old', publishedOn: '2021-01-05' }),
      ),
      AS_OF,
    );
    expect(recordOf(model, 'old-jiedu').status).toEqual({
      status: '已修订',
      since: '2024-07-01',
      by: 'new',
    });
    expect(recordOf(model, 'old-jiedu').currentVersion).toBe('new');
  });

  test('is listed among the interpretations of its policy, newest first', () => {
    const model = buildContentModel(
      input(
        policy('banfa'),
        policy('jiedu-a', { kind: '解读', interprets: 'banfa', publishedOn: '2024-02-01' }),
        policy('jiedu-b', { kind: '解读', interprets: 'banfa', publishedOn: '2024-03-01' }),
      ),
      AS_OF,
    );
    expect(recordOf(model, 'banfa').interpretations).toEqual(['jiedu-b', 'jiedu-a']);
  });
});

describe('buildContentModel: versions', () => {
  const chain = input(
    policy('v1', { publishedOn: '2020-08-01' }),
    policy('v2', { publishedOn: '2023-01-01', supersedes: ['v1'] }),
    policy('v3', { publishedOn: '2025-06-20', effectiveOn: '2025-07-01', supersedes: ['v2'] }),
  );

  test('follows the chain to the version in force', () => {
    const model = buildContentModel(chain, AS_OF);
    expect(recordOf(model, 'v1').status).toEqual({
      status: '已修订',
      since: '2023-01-01',
      by: 'v2',
    });
    expect(recordOf(model, 'v1').currentVersion).toBe('v3');
    expect(recordOf(model, 'v2').currentVersion).toBe('v3');
    expect(recordOf(model, 'v3').currentVersion).toBeNull();
  });

  test('stops at a version that is not yet in force', () => {
    const model = buildContentModel(chain, '2025-06-30');
    expect(recordOf(model, 'v3').status.status).toBe('尚未施行');
    expect(recordOf(model, 'v2').status.status).toBe('现行有效');
    expect(recordOf(model, 'v1').currentVersion).toBe('v2');
    expect(recordOf(model, 'v2').currentVersion).toBeNull();
  });

  test('links versions both ways', () => {
    const model = buildContentModel(chain, AS_OF);
    expect(recordOf(model, 'v2').supersedes).toEqual(['v1']);
    expect(recordOf(model, 'v2').supersededBy).toEqual(['v3']);
  });

  test('ignores a superseder that is not yet published', () => {
    const model = buildContentModel(
      input(policy('old'), policy('new', { publishedOn: '2027-01-01', supersedes: ['old'] })),
      AS_OF,
    );
    expect(model.policies.map((p) => p.slug)).toEqual(['old']);
    expect(recordOf(model, 'old').status.status).toBe('现行有效');
    expect(recordOf(model, 'old').supersededBy).toEqual([]);
  });

  test('survives a supersedes cycle', () => {
    const model = buildContentModel(
      input(policy('a', { supersedes: ['b'] }), policy('b', { supersedes: ['a'] })),
      AS_OF,
    );
    expect(model.policies.map((p) => p.status.status)).toEqual(['已修订', '已修订']);
  });
});
