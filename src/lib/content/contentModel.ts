import type { Incentive } from '../../schemas/incentive.ts';
import type { Indicators } from '../../schemas/indicators.ts';
import type { Policy } from '../../schemas/policy.ts';
import type { Talent } from '../../schemas/talent.ts';
import type { CollectionName } from '../../schemas/registry.ts';
import type { IsoDate } from '../shared/isoDate.ts';
import {
  computePolicyStatus,
  effectiveDate,
  type PolicyStatusInfo,
} from '../policy/policyStatus.ts';

/**
 * The published content at an as-of date, with everything computed from it:
 * statuses, version chains, interpretations, offered incentives. Astro's query
 * layer and the command-line scripts both build it with buildContentModel, so
 * every page, feed, data file and script agrees on what is published.
 */

/** An entry as read from the content tree: its slug, its validated data and its Markdown body. */
export interface SourceEntry<T> {
  slug: string;
  data: T;
  body: string;
}

/** The validated entries of a content tree. Talent photos may be paths or Astro image metadata. */
export interface ContentInput<P = unknown> {
  policies: SourceEntry<Policy>[];
  incentives: SourceEntry<Incentive>[];
  talents: SourceEntry<Omit<Talent, 'photo'> & { photo: P }>[];
  indicators: Indicators[];
}

/** A published policy with its computed status and relations. */
export interface PolicyRecord extends SourceEntry<Policy> {
  status: PolicyStatusInfo;
  effectiveOn: IsoDate;
  /** Published policies that this one replaces. */
  supersedes: string[];
  /** Published policies that replace this one, earliest effective first. */
  supersededBy: string[];
  /** Published policies that this one amends or supplements (修正/补充) without replacing them. */
  amends: string[];
  /** Published policies that amend or supplement this one, earliest published first. */
  amendedBy: string[];
  /** The version in force that replaced this one, following the chain (for 已修订). */
  currentVersion: string | null;
  /** Published 解读 of this policy. */
  interpretations: string[];
  /** Published incentives that cite this policy. */
  incentives: string[];
}

/** A published incentive and whether it is offered (its policy in force). */
export interface IncentiveRecord extends SourceEntry<Incentive> {
  offered: boolean;
  /** The status of the source policy. */
  policyStatus: PolicyStatusInfo;
  /** Published incentives that cannot be combined with this one, both directions merged. */
  exclusiveWith: string[];
}

/** An entry left out because it refers to an unpublished one. */
export interface HeldBackEntry {
  collection: CollectionName;
  slug: string;
  /** The unpublished entry it refers to. */
  refersTo: { collection: CollectionName; slug: string };
}

/** Everything published at an as-of date. */
export interface ContentModel<P = unknown> {
  asOf: IsoDate;
  /** Newest first (publishedOn, then slug). */
  policies: PolicyRecord[];
  /** In slug order. */
  incentives: IncentiveRecord[];
  /** Featured first, then newest first. */
  talents: SourceEntry<Omit<Talent, 'photo'> & { photo: P }>[];
  /** By year, oldest first. */
  indicators: Indicators[];
  heldBack: HeldBackEntry[];
}

const byNewest = (
  a: { slug: string; data: { publishedOn: IsoDate } },
  b: { slug: string; data: { publishedOn: IsoDate } },
) =>
  a.data.publishedOn === b.data.publishedOn
    ? a.slug < b.slug
      ? -1
      : 1
    : a.data.publishedOn > b.data.publishedOn
      ? -1
      : 1;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Decides which entries are published at the as-of date: not drafts, publishedOn on or
 * before it, and referring to no unpublished entry (held back with it, transitively).
 */
export function resolvePublication(input: ContentInput, asOf: IsoDate) {
  const policies = new Map(input.policies.map((p) => [p.slug, p]));
  const incentives = new Map(input.incentives.map((i) => [i.slug, i]));
  const published = {
    policies: new Set(
      input.policies.filter((p) => !p.data.draft && p.data.publishedOn <= asOf).map((p) => p.slug),
    ),
    incentives: new Set(input.incentives.filter((i) => !i.data.draft).map((i) => i.slug)),
    talents: new Set(
      input.talents.filter((t) => !t.data.draft && t.data.publishedOn <= asOf).map((t) => t.slug),
    ),
  };
  const heldBack: HeldBackEntry[] = [];
  const refsOf = {
    policies: (p: SourceEntry<Policy>) =>
      [
        ...(p.data.interprets ? [p.data.interprets] : []),
        ...(p.data.supersedes ?? []),
        ...(p.data.amends ?? []),
      ].map((slug) => ({ collection: 'policies' as const, slug })),
    incentives: (i: SourceEntry<Incentive>) => [
      { collection: 'policies' as const, slug: i.data.policy },
      ...(i.data.exclusiveWith ?? []).map((slug) => ({ collection: 'incentives' as const, slug })),
    ],
  };
  // Holding one entry back can hold back another that refers to it: repeat until stable.
  for (let changed = true; changed;) {
    changed = false;
    for (const [collection, entries] of [
      ['policies', policies],
      ['incentives', incentives],
    ] as const) {
      for (const slug of [...published[collection]]) {
        const entry = entries.get(slug)!;
        const refs =
          collection === 'policies'
            ? refsOf.policies(entry as SourceEntry<Policy>)
            : refsOf.incentives(entry as SourceEntry<Incentive>);
        const missing = refs.find((ref) => {
          const exists =
            ref.collection === 'policies' ? policies.has(ref.slug) : incentives.has(ref.slug);
          return exists && !published[ref.collection].has(ref.slug);
        });
        if (missing) {
          published[collection].delete(slug);
          heldBack.push({ collection, slug, refersTo: missing });
          changed = true;
        }
      }
    }
  }
  return { published, heldBack };
}

/** Builds the published content model at an as-of date. */
export function buildContentModel<P>(input: ContentInput<P>, asOf: IsoDate): ContentModel<P> {
  const { published, heldBack } = resolvePublication(input, asOf);
  const policies = input.policies.filter((p) => published.policies.has(p.slug));
  const incentives = input.incentives.filter((i) => published.incentives.has(i.slug));

  const supersededBy = new Map<string, { slug: string; effectiveOn: IsoDate }[]>();
  for (const p of policies) {
    for (const old of p.data.supersedes ?? []) {
      if (!published.policies.has(old)) continue;
      supersededBy.set(old, [
        ...(supersededBy.get(old) ?? []),
        { slug: p.slug, effectiveOn: effectiveDate(p.data) },
      ]);
    }
  }
  // 修正/补充: the amended policy keeps its own status; it only learns who amends it.
  const amendedBy = groupBy(
    policies.flatMap((p) =>
      (p.data.amends ?? [])
        .filter((old) => published.policies.has(old))
        .map((old) => ({ old, by: p })),
    ),
    (a) => a.old,
  );
  const ownStatus = new Map(
    policies.map((p) => [
      p.slug,
      computePolicyStatus(p.data, supersededBy.get(p.slug) ?? [], asOf),
    ]),
  );
  // A 解读 takes the status of the policy it interprets.
  const statusOf = (p: SourceEntry<Policy>): PolicyStatusInfo =>
    p.data.kind === '解读' && p.data.interprets && ownStatus.has(p.data.interprets)
      ? ownStatus.get(p.data.interprets)!
      : ownStatus.get(p.slug)!;

  const currentVersionOf = (slug: string): string | null => {
    const seen = new Set<string>();
    let at = slug;
    for (
      let status = ownStatus.get(at);
      status?.status === '已修订' && !seen.has(at);
      status = ownStatus.get(at)
    ) {
      seen.add(at);
      at = status.by;
    }
    return at === slug ? null : at;
  };

  // Grouped once: a per-policy scan would be quadratic on a large site.
  const interpretationsOf = groupBy(
    policies.filter((p) => p.data.interprets !== undefined),
    (p) => p.data.interprets!,
  );
  const incentivesOf = groupBy(incentives, (i) => i.data.policy);

  const policyRecords: PolicyRecord[] = policies
    .map((p) => ({
      ...p,
      status: statusOf(p),
      effectiveOn: effectiveDate(p.data),
      supersedes: (p.data.supersedes ?? []).filter((s) => published.policies.has(s)),
      supersededBy: (supersededBy.get(p.slug) ?? [])
        .sort((a, b) =>
          a.effectiveOn < b.effectiveOn
            ? -1
            : a.effectiveOn > b.effectiveOn
              ? 1
              : a.slug < b.slug
                ? -1
                : 1,
        )
        .map((s) => s.slug),
      amends: (p.data.amends ?? []).filter((s) => published.policies.has(s)),
      amendedBy: (amendedBy.get(p.slug) ?? [])
        .map((a) => a.by)
        .sort((a, b) =>
          a.data.publishedOn === b.data.publishedOn
            ? a.slug < b.slug
              ? -1
              : 1
            : a.data.publishedOn < b.data.publishedOn
              ? -1
              : 1,
        )
        .map((a) => a.slug),
      currentVersion: currentVersionOf(
        p.data.kind === '解读' && p.data.interprets ? p.data.interprets : p.slug,
      ),
      interpretations: (interpretationsOf.get(p.slug) ?? []).sort(byNewest).map((q) => q.slug),
      incentives: (incentivesOf.get(p.slug) ?? []).map((i) => i.slug).sort(),
    }))
    .sort(byNewest);

  const exclusive = new Map<string, Set<string>>();
  for (const i of incentives) {
    for (const other of i.data.exclusiveWith ?? []) {
      if (!published.incentives.has(other)) continue;
      exclusive.set(i.slug, (exclusive.get(i.slug) ?? new Set()).add(other));
      exclusive.set(other, (exclusive.get(other) ?? new Set()).add(i.slug));
    }
  }
  const incentiveRecords: IncentiveRecord[] = incentives
    .map((i) => {
      const policyStatus = ownStatus.get(i.data.policy) ?? {
        status: '已废止' as const,
        since: asOf,
      };
      return {
        ...i,
        policyStatus,
        offered: policyStatus.status === '现行有效',
        exclusiveWith: [...(exclusive.get(i.slug) ?? [])].sort(),
      };
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));

  const talents = input.talents
    .filter((t) => published.talents.has(t.slug))
    .sort((a, b) =>
      Boolean(a.data.featured) === Boolean(b.data.featured)
        ? byNewest(a, b)
        : a.data.featured
          ? -1
          : 1,
    );

  return {
    asOf,
    policies: policyRecords,
    incentives: incentiveRecords,
    talents,
    indicators: [...input.indicators].sort((a, b) => a.year - b.year),
    heldBack,
  };
}
