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
  /** Published policies this one amends or supplements (修正/补充). */
  amends?: readonly string[] | undefined;
  /** Published policies that amend or supplement this one. */
  amendedBy?: readonly string[] | undefined;
}

/** One entry of a version timeline: a version, or a document that amends one of them. */
export interface TimelineEntry {
  slug: string;
  /** The versions of the timeline that this entry amends; empty for a version. */
  amends: string[];
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
    .sort(byDate)
    .map((p) => p.slug);
}

/** Oldest first: effective date, then publication date, then slug. */
const byDate = (a: VersionedPolicy, b: VersionedPolicy): number =>
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
        : 1;

/**
 * 版本沿革 with 修正/补充: the versions of a policy (versionChain) and, in date order among
 * them, the published documents that amend one of those versions. For an amending document
 * it is the timeline of the documents it amends, itself among them. Only the policy itself
 * when it has neither.
 * @example versionTimeline('xize', map).map((e) => [e.slug, e.amends]) // [['xize', []], ['buchong', ['xize']]]
 */
export function versionTimeline(
  slug: string,
  policies: ReadonlyMap<string, VersionedPolicy>,
): TimelineEntry[] {
  const self = policies.get(slug);
  if (!self) return [];
  const amended = (self.amends ?? []).filter((s) => policies.has(s));
  const versions = new Set(
    (amended.length ? [...amended, slug] : [slug]).flatMap((s) => versionChain(s, policies)),
  );
  const entries = new Set(versions);
  for (const v of versions)
    for (const by of policies.get(v)?.amendedBy ?? []) if (policies.has(by)) entries.add(by);
  return [...entries]
    .map((s) => policies.get(s)!)
    .sort(byDate)
    .map((p) => ({
      slug: p.slug,
      amends: (p.amends ?? []).filter((a) => versions.has(a) && a !== p.slug),
    }));
}
