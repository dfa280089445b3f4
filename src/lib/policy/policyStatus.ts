import type { PolicyStatus } from '../../schemas/vocabularies.ts';
import type { IsoDate } from '../shared/isoDate.ts';

/** The dates of a policy that decide its status. */
export interface PolicyDates {
  publishedOn: IsoDate;
  effectiveOn?: IsoDate | undefined;
  expiresOn?: IsoDate | undefined;
  repealedOn?: IsoDate | undefined;
}

/** A published policy that replaces the one whose status is computed. */
export interface Superseder {
  slug: string;
  effectiveOn: IsoDate;
}

/** A status and the fact behind it, so that a banner can say why. */
export type PolicyStatusInfo =
  | { status: '现行有效' }
  | { status: '尚未施行'; until: IsoDate }
  | { status: '已废止'; since: IsoDate }
  | { status: '已修订'; since: IsoDate; by: string }
  | { status: '已失效'; expiresOn: IsoDate };

/**
 * The date a policy takes effect: effectiveOn, or publishedOn when absent.
 * @example effectiveDate({ publishedOn: '2024-03-01' }) // '2024-03-01'
 */
export function effectiveDate(policy: PolicyDates): IsoDate {
  return policy.effectiveOn ?? policy.publishedOn;
}

/**
 * The status of a policy on the as-of date, by the spec's rules in their order:
 * 尚未施行 if effectiveOn > D; 已废止 if repealedOn ≤ D; 已修订 if a published superseder
 * is effective on or before D; 已失效 if expiresOn < D; else 现行有效.
 * `supersededBy` lists only published policies that supersede this one.
 * @example computePolicyStatus({ publishedOn: '2024-01-01', expiresOn: '2025-12-31' }, [], '2026-01-01') // { status: '已失效', expiresOn: '2025-12-31' }
 */
export function computePolicyStatus(
  policy: PolicyDates,
  supersededBy: readonly Superseder[],
  asOf: IsoDate,
): PolicyStatusInfo {
  const effective = effectiveDate(policy);
  if (effective > asOf) return { status: '尚未施行', until: effective };
  if (policy.repealedOn !== undefined && policy.repealedOn <= asOf)
    return { status: '已废止', since: policy.repealedOn };
  const inForceSuperseders = supersededBy
    .filter((s) => s.effectiveOn <= asOf)
    .sort((a, b) =>
      a.effectiveOn < b.effectiveOn
        ? -1
        : a.effectiveOn > b.effectiveOn
          ? 1
          : a.slug < b.slug
            ? -1
            : 1,
    );
  const first = inForceSuperseders[0];
  if (first) return { status: '已修订', since: first.effectiveOn, by: first.slug };
  // Expired from the day after expiresOn: the last day of validity is still in force.
  if (policy.expiresOn !== undefined && policy.expiresOn < asOf)
    return { status: '已失效', expiresOn: policy.expiresOn };
  return { status: '现行有效' };
}

/** Whether a status means the policy applies today. */
export function isInForce(status: PolicyStatus): boolean {
  return status === '现行有效';
}
