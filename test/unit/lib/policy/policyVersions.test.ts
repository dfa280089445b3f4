import { describe, expect, test } from 'vitest';
import {
  versionChain,
  versionTimeline,
  type VersionedPolicy,
} from '../../../../src/lib/policy/policyVersions.ts';

const version = (slug: string, overrides: Partial<VersionedPolicy> = {}): VersionedPolicy => ({
  slug,
  effectiveOn: '2024-01-01',
  publishedOn: '2024-01-01',
  supersedes: [],
  supersededBy: [],
  ...overrides,
});
const mapOf = (...policies: VersionedPolicy[]) => new Map(policies.map((p) => [p.slug, p]));

describe('versionChain', () => {
  const chain = mapOf(
    version('v2020', { effectiveOn: '2020-08-01', supersededBy: ['v2025'] }),
    version('v2025', { effectiveOn: '2025-07-01', supersedes: ['v2020'], supersededBy: ['v2027'] }),
    version('v2027', { effectiveOn: '2027-01-01', supersedes: ['v2025'] }),
    version('other'),
  );

  test.each(['v2020', 'v2025', 'v2027'])('gives the whole chain, oldest first, from %s', (slug) => {
    expect(versionChain(slug, chain)).toEqual(['v2020', 'v2025', 'v2027']);
  });

  test('is the policy alone when it has no other version', () => {
    expect(versionChain('other', chain)).toEqual(['other']);
  });

  test('includes every policy merged into one replacement', () => {
    const merged = mapOf(
      version('a', { effectiveOn: '2021-01-01', supersededBy: ['c'] }),
      version('b', { effectiveOn: '2022-01-01', supersededBy: ['c'] }),
      version('c', { effectiveOn: '2024-01-01', supersedes: ['a', 'b'] }),
    );
    expect(versionChain('a', merged)).toEqual(['a', 'b', 'c']);
  });

  test('orders versions with the same effective date by publication date, then slug', () => {
    const same = mapOf(
      version('y', { publishedOn: '2023-12-01', supersedes: ['x'] }),
      version('x', { publishedOn: '2023-12-01', supersededBy: ['y', 'z'] }),
      version('z', { publishedOn: '2023-11-01', supersedes: ['x'] }),
    );
    expect(versionChain('x', same)).toEqual(['z', 'x', 'y']);
  });

  test('ignores slugs that are not published and survives cycles', () => {
    const odd = mapOf(
      version('a', { supersedes: ['b', 'gone'], supersededBy: ['b'] }),
      version('b', { supersedes: ['a'], supersededBy: ['a'] }),
    );
    expect(versionChain('a', odd)).toEqual(['a', 'b']);
  });
});

describe('versionTimeline', () => {
  const policies = mapOf(
    version('v2020', { effectiveOn: '2020-08-01', supersededBy: ['v2025'] }),
    version('v2025', {
      effectiveOn: '2025-07-01',
      supersedes: ['v2020'],
      amendedBy: ['buchong'],
    }),
    version('buchong', { effectiveOn: '2026-03-01', amends: ['v2025'] }),
    version('other'),
  );

  test('puts the documents that amend a version among the versions, in date order', () => {
    expect(versionTimeline('v2020', policies)).toEqual([
      { slug: 'v2020', amends: [] },
      { slug: 'v2025', amends: [] },
      { slug: 'buchong', amends: ['v2025'] },
    ]);
  });

  test('gives an amending document the timeline of the document it amends', () => {
    expect(versionTimeline('buchong', policies).map((e) => e.slug)).toEqual([
      'v2020',
      'v2025',
      'buchong',
    ]);
  });

  test('is the policy alone when nothing replaces or amends it', () => {
    expect(versionTimeline('other', policies)).toEqual([{ slug: 'other', amends: [] }]);
  });
});
