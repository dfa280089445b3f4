import type { IsoDate } from '../shared/isoDate.ts';

/**
 * The versions of one policy: every policy linked to it through supersedes, in
 * either direction and transitively, so a page can show the whole chain as a
 * timeline (2020 暂行办法 → 2025 办法 → …) and not only its neighbours.
 */

/** What the chain needs to know about a published policy. */
export interface VersionedPolicy {
  slug: string;
  effectiveOn: IsoDate;
  publishedOn: IsoDate;
  /** Published policies this one replaces. */
  supersedes: readonly string[];
  /** Published policies that replace this one. */
  supersededBy: readonly string[];
}

/**
 * The slugs of every version of a policy, oldest first (effective date, then
 * publication date, then slug); just the policy itself when it has no other version.
 * @example versionChain('b', new Map([['a', { slug: 'a', effectiveOn: '2021-01-01', publishedOn: '2021-01-01', supersedes: [], supersededBy: ['b'] }], ['b', { slug: 'b', effectiveOn: '2024-01-01', publishedOn: '2024-01-01', supersedes: ['a'], supersededBy: [] }]])) // ['a', 'b']
 */
export function versionChain(
  slug: string,
  policies: ReadonlyMap<string, VersionedPolicy>,
): string[] {
  const seen = new Set<string>();
  const queue = [slug];
  while (queue.length) {
    const at = queue.shift()!;
    const policy = policies.get(at);
    if (seen.has(at) || !policy) continue;
    seen.add(at);
    queue.push(...policy.supersedes, ...policy.supersededBy);
  }
  return [...seen]
    .map((s) => policies.get(s)!)
    .sort((a, b) =>
      a.effectiveOn !== b.effectiveOn
        ? a.effectiveOn < b.effectiveOn
          ? -1
          : 1
        : a.publishedOn !== b.publishedOn
          ? a.publishedOn < b.publishedOn
            ? -1
            : 1
          : a.slug < b.slug
            ? -1
            : 1,
    )
    .map((p) => p.slug);
}
