import { describe, expect, test } from 'vitest';
import {
  buildContentModel,
  resolvePublication,
  type ContentInput,
  type SourceEntry,
} from '../../../../src/lib/content/contentModel.ts';
import { policySchema, type Policy } from '../../../../src/schemas/policy.ts';
import { incentiveSchema, type Incentive } from '../../../../src/schemas/incentive.ts';
import { photoPathSchema, talentSchema } from '../../../../src/schemas/talent.ts';
import { makeIncentive, makePolicy, makeTalent, type Raw } from '../../../support/factories.ts';

const AS_OF = '2026-11-21';
const policy = (slug: string, overrides: Raw = {}): SourceEntry<Policy> => ({
  slug,
  data: policySchema.parse(makePolicy(overrides)),
  body: '',
});
const incentive = (slug: string, overrides: Raw = {}): SourceEntry<Incentive> => ({
  slug,
  data: incentiveSchema.parse(makeIncentive(overrides)),
  body: '',
});
const talent = (slug: string, overrides: Raw = {}) => ({
  slug,
  data: talentSchema(photoPathSchema).parse(makeTalent(overrides)),
  body: '',
});
const input = (parts: Partial<ContentInput<string>>): ContentInput<string> => ({
  policies: [],
  incentives: [],
  talents: [],
  indicators: [],
  ...parts,
});

describe('resolvePublication', () => {
  test('leaves out drafts and entries published after the as-of date', () => {
    const { published } = resolvePublication(
      input({
        policies: [
          policy('a'),
          policy('draft', { draft: true }),
          policy('later', { publishedOn: '2026-11-22' }),
          policy('today', { publishedOn: AS_OF }),
        ],
      }),
      AS_OF,
    );
    expect([...published.policies].sort()).toEqual(['a', 'today']);
  });

  test('holds back entries that refer to unpublished ones, transitively', () => {
    const { published, heldBack } = resolvePublication(
      input({
        policies: [
          policy('draft', { draft: true }),
          policy('jiedu', { kind: '解读', interprets: 'draft' }),
        ],
        incentives: [
          incentive('x', { policy: 'draft' }),
          incentive('y', { policy: 'other', exclusiveWith: ['x'] }),
        ],
      }),
      AS_OF,
    );
    expect(published.policies.size).toBe(0);
    expect(heldBack.map((h) => `${h.slug}→${h.refersTo.slug}`).sort()).toEqual([
      'jiedu→draft',
      'x→draft',
      'y→x',
    ]);
    expect(published.incentives.has('y')).toBe(false);
  });
});

describe('buildContentModel', () => {
  const model = buildContentModel(
    input({
      policies: [
        policy('v1', { publishedOn: '2021-03-01' }),
        policy('v2', { publishedOn: '2024-03-01', effectiveOn: '2024-04-01', supersedes: ['v1'] }),
        policy('v3', { publishedOn: '2026-11-01', effectiveOn: '2027-01-01', supersedes: ['v2'] }),
        policy('v1-jiedu', { kind: '解读', interprets: 'v1', publishedOn: '2021-03-02' }),
        policy('v2-jiedu', { kind: '解读', interprets: 'v2', publishedOn: '2024-03-02' }),
        policy('old', { publishedOn: '2019-01-01', repealedOn: '2025-06-30' }),
      ],
      incentives: [
        incentive('b', { policy: 'v2', exclusiveWith: ['a'] }),
        incentive('a', { policy: 'v2' }),
        incentive('c', { policy: 'old' }),
      ],
      talents: [
        talent('t1', { publishedOn: '2025-01-01' }),
        talent('t2', { publishedOn: '2026-01-01' }),
        talent('t3', { publishedOn: '2024-01-01', featured: true }),
      ],
    }),
    AS_OF,
  );
  const bySlug = new Map(model.policies.map((p) => [p.slug, p]));

  test('sorts policies newest first', () => {
    expect(model.policies.map((p) => p.slug)).toEqual([
      'v3',
      'v2-jiedu',
      'v2',
      'v1-jiedu',
      'v1',
      'old',
    ]);
  });

  test('computes each status, a 解读 taking its policy’s', () => {
    expect(Object.fromEntries(model.policies.map((p) => [p.slug, p.status.status]))).toEqual({
      v1: '已修订',
      v2: '现行有效',
      v3: '尚未施行',
      'v1-jiedu': '已修订',
      'v2-jiedu': '现行有效',
      old: '已废止',
    });
  });

  test('links versions both ways and points a revised policy at the version in force', () => {
    expect(bySlug.get('v2')).toMatchObject({
      supersedes: ['v1'],
      supersededBy: ['v3'],
      currentVersion: null,
    });
    expect(bySlug.get('v1')).toMatchObject({ supersededBy: ['v2'], currentVersion: 'v2' });
    expect(bySlug.get('v1-jiedu')!.currentVersion).toBe('v2');
  });

  test('links policies to their 解读 and to the incentives that cite them', () => {
    expect(bySlug.get('v2')).toMatchObject({
      interpretations: ['v2-jiedu'],
      incentives: ['a', 'b'],
    });
  });

  test('offers incentives only while their policy is in force', () => {
    expect(model.incentives.map((i) => [i.slug, i.offered, i.policyStatus.status])).toEqual([
      ['a', true, '现行有效'],
      ['b', true, '现行有效'],
      ['c', false, '已废止'],
    ]);
  });

  test('makes exclusiveWith symmetric', () => {
    expect(model.incentives.find((i) => i.slug === 'a')!.exclusiveWith).toEqual(['b']);
  });

  test('lists featured talents first, then newest first', () => {
    expect(model.talents.map((t) => t.slug)).toEqual(['t3', 't2', 't1']);
  });
});

describe('buildContentModel: amends (修正/补充)', () => {
  const model = buildContentModel(
    input({
      policies: [
        policy('xize', { publishedOn: '2024-01-01' }),
        policy('buchong-2', { publishedOn: '2026-03-01', amends: ['xize'] }),
        policy('buchong-1', { publishedOn: '2025-05-01', amends: ['xize'] }),
        policy('buchong-draft', { publishedOn: '2026-04-01', amends: ['xize'], draft: true }),
        policy('buchong-later', { publishedOn: '2026-12-01', amends: ['xize'] }),
      ],
    }),
    AS_OF,
  );
  const bySlug = new Map(model.policies.map((p) => [p.slug, p]));

  test('names the published amending documents on the amended policy, oldest first', () => {
    expect(bySlug.get('xize')!.amendedBy).toEqual(['buchong-1', 'buchong-2']);
    expect(bySlug.get('buchong-1')).toMatchObject({ amends: ['xize'], amendedBy: [] });
  });

  test('leaves the amended policy in force: amending is not replacing', () => {
    expect(bySlug.get('xize')).toMatchObject({
      status: { status: '现行有效' },
      supersededBy: [],
      currentVersion: null,
    });
  });
});
