import type { Amount, Eligibility } from '../../schemas/incentive.ts';
import type { IsoDate } from '../shared/isoDate.ts';
import { checkEligibility, type Criterion } from './eligibility.ts';
import { incentiveValue, type IncentiveValue } from './incentiveValue.ts';
import { isUnpriced } from './incentiveAmount.ts';
import type { Profile, ProfileKey } from './profile.ts';

/**
 * The 政策计算器's one matching function: which offered incentives a profile qualifies
 * for, and what they are worth together. `npm run match` and the /finder/ page both call
 * it, so they cannot disagree.
 *
 * Decisions the specification leaves open:
 * - Order. `eligible` is in total order (largest max first, then larger min, then slug),
 *   the order in which the total is counted; `unknown` and `ineligible` are in slug order.
 * - Exclusive incentives. Exclusivity is symmetric (either side may declare it). The counted
 *   set is built best-first: eligible incentives are taken in total order, and each counts
 *   unless it is exclusive with one already counted. So in any exclusive pair at most one
 *   counts, and it is the larger; in a chain A–B, B–C where A and C may be combined, a largest
 *   B counts alone, while a largest A knocks out B, and C still counts beside A, because the
 *   applicant can receive A and C together.
 */

/** What the matcher needs to know about an incentive. */
export interface MatchableIncentive {
  slug: string;
  title: string;
  amount?: Amount | undefined;
  /** For cash whose amount a rule sets: the rule (CONTENT-SPEC `amountNote`). */
  amountNote?: string | undefined;
  eligibility?: Eligibility | undefined;
  /** Incentives that cannot be combined with this one (either side may list the other). */
  exclusiveWith?: readonly string[] | undefined;
}

/** An incentive the profile qualifies for, with its value and whether it counts in the total. */
export interface EligibleIncentive extends IncentiveValue {
  slug: string;
  title: string;
  /** The counted incentive that this one cannot be combined with, or null when it counts. */
  notCountedBecause: string | null;
  /** The incentive's amountNote, or null. */
  amountNote: string | null;
  /** Cash whose amount a rule sets (amountNote, no amount): worth 0 here, but not a service. */
  unpriced: boolean;
}

/** The sum of the counted eligible incentives, and how many counted ones it could not price. */
export interface MatchTotal extends IncentiveValue {
  /** Counted eligible incentives that are cash without a figure (amountNote): not in min/max. */
  unpriced: number;
}

/** An incentive that cannot be decided until the profile answers more questions. */
export interface UnknownIncentive {
  slug: string;
  title: string;
  /** The unanswered profile keys, in profile order. */
  missing: ProfileKey[];
}

/** An incentive the profile does not qualify for, and the first criterion it fails. */
export interface IneligibleIncentive {
  slug: string;
  /** Why, in Chinese, e.g. `要求35周岁以下，您为40周岁`. */
  reason: string;
  criterion: Criterion;
}

/** The full outcome of matching a profile, with what the page shows beyond the spec's output. */
export interface MatchResult {
  asOf: IsoDate;
  eligible: EligibleIncentive[];
  unknown: UnknownIncentive[];
  ineligible: IneligibleIncentive[];
  total: MatchTotal;
}

/**
 * The output of `npm run match`: the content specification's fields, extended (2026-12) with
 * `amountNote` on an eligible record whose incentive has one, and `total.unpriced`, how many
 * counted eligible incentives are cash without a figure (min/max 0, so not in the sums).
 */
export interface MatchOutput {
  asOf: IsoDate;
  eligible: { slug: string; title: string; min: number; max: number; amountNote?: string }[];
  unknown: { slug: string; title: string; missing: ProfileKey[] }[];
  ineligible: { slug: string; reason: string }[];
  total: MatchTotal;
}

const bySlug = (a: { slug: string }, b: { slug: string }) =>
  a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;

/** Total order: largest max first, then larger min, then slug. */
const byValue = (a: IncentiveValue & { slug: string }, b: IncentiveValue & { slug: string }) =>
  b.max - a.max || b.min - a.min || bySlug(a, b);

/**
 * Matches a profile against incentives (pass the offered ones) at an as-of date.
 * @example matchIncentives([{ slug: 'a', title: 'A', eligibility: { maxAge: 35 } }], { age: 28 }, '2026-11-21').eligible.map((e) => e.slug) // ['a']
 */
export function matchIncentives(
  incentives: readonly MatchableIncentive[],
  profile: Profile,
  asOf: IsoDate,
): MatchResult {
  const eligible: EligibleIncentive[] = [];
  const unknown: UnknownIncentive[] = [];
  const ineligible: IneligibleIncentive[] = [];
  for (const incentive of incentives) {
    const check = checkEligibility(incentive.eligibility, profile, asOf);
    if (check.status === 'eligible')
      eligible.push({
        slug: incentive.slug,
        title: incentive.title,
        ...incentiveValue(incentive.amount),
        notCountedBecause: null,
        amountNote: incentive.amountNote ?? null,
        unpriced: isUnpriced(incentive),
      });
    else if (check.status === 'unknown')
      unknown.push({ slug: incentive.slug, title: incentive.title, missing: check.missing });
    else
      ineligible.push({ slug: incentive.slug, reason: check.reason, criterion: check.criterion });
  }

  const exclusive = new Set<string>();
  for (const incentive of incentives) {
    for (const other of incentive.exclusiveWith ?? []) {
      exclusive.add(`${incentive.slug}\n${other}`).add(`${other}\n${incentive.slug}`);
    }
  }
  eligible.sort(byValue);
  const counted: EligibleIncentive[] = [];
  const total = { min: 0, max: 0, unpriced: 0 };
  for (const item of eligible) {
    const blocker = counted.find((c) => exclusive.has(`${c.slug}\n${item.slug}`));
    if (blocker) {
      item.notCountedBecause = blocker.slug;
      continue;
    }
    counted.push(item);
    total.min += item.min;
    total.max += item.max;
    if (item.unpriced) total.unpriced++;
  }
  return {
    asOf,
    eligible,
    unknown: unknown.sort(bySlug),
    ineligible: ineligible.sort(bySlug),
    total,
  };
}

/**
 * The result as `npm run match` prints it: the specification's fields and nothing else.
 * @example toMatchOutput(matchIncentives([], {}, '2026-11-21')) // { asOf: '2026-11-21', eligible: [], unknown: [], ineligible: [], total: { min: 0, max: 0, unpriced: 0 } }
 */
export function toMatchOutput(result: MatchResult): MatchOutput {
  return {
    asOf: result.asOf,
    eligible: result.eligible.map(({ slug, title, min, max, amountNote }) => ({
      slug,
      title,
      min,
      max,
      ...(amountNote !== null ? { amountNote } : {}),
    })),
    unknown: result.unknown.map(({ slug, title, missing }) => ({
      slug,
      title,
      missing: [...missing],
    })),
    ineligible: result.ineligible.map(({ slug, reason }) => ({ slug, reason })),
    total: { ...result.total },
  };
}
