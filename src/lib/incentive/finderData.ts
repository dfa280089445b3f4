import type { ContentModel, IncentiveRecord } from '../content/contentModel.ts';
import type { IsoDate } from '../shared/isoDate.ts';
import type { MatchableIncentive } from './matchIncentives.ts';
import { summarizeEligibility } from './eligibility.ts';
import { formatAmount, formatValueTotal } from './incentiveAmount.ts';
import { citeIncentiveSource } from './incentiveSource.ts';
import { routes } from '../site/routes.ts';

/**
 * The build-time data of the 政策计算器: the offered incentives, with what the matcher
 * needs and the words and links the results show, prepared once so that the browser
 * script only matches and arranges.
 */

/** One offered incentive as the calculator's browser script receives it. */
export interface FinderIncentive extends MatchableIncentive {
  /** Link to the incentive page, base included. */
  href: string;
  benefit: string;
  /** The amount in words; for cash whose amount a rule sets, that rule (amountNote). */
  amountText: string;
  /** 合计… for periodic amounts, else null. */
  valueText: string | null;
  /** Who qualifies, in one line. */
  criteria: string;
  /** 其他条件 that no machine checks. */
  notes: string | null;
  source: { text: string; docNumber: string | null; href: string };
  apply: {
    office: string | null;
    phone: string | null;
    window: string | null;
    materials: string[];
    url: string | null;
  };
}

/** Everything the calculator's browser script needs. */
export interface FinderData {
  asOf: IsoDate;
  incentives: FinderIncentive[];
}

/**
 * The matcher's view of an incentive record.
 * @example matchableIncentive(record) // { slug, title, amount, amountNote, eligibility, exclusiveWith }
 */
export function matchableIncentive(record: IncentiveRecord): MatchableIncentive {
  return {
    slug: record.slug,
    title: record.data.title,
    amount: record.data.amount,
    amountNote: record.data.amountNote,
    eligibility: record.data.eligibility,
    exclusiveWith: record.exclusiveWith,
  };
}

/**
 * The incentives the calculator matches: offered ones only, in slug order.
 * @example offeredMatchables(model).every((i) => model.incentives.find((r) => r.slug === i.slug)?.offered) // true
 */
export function offeredMatchables(model: Pick<ContentModel, 'incentives'>): MatchableIncentive[] {
  return model.incentives.filter((i) => i.offered).map(matchableIncentive);
}

/**
 * The calculator's data for a content model; `link` turns a site path into an href (adds the base).
 * @example buildFinderData(model, (p) => p).incentives.length // the number of offered incentives
 */
export function buildFinderData(
  model: Pick<ContentModel, 'asOf' | 'incentives' | 'policies'>,
  link: (path: string) => string,
): FinderData {
  const policies = new Map(model.policies.map((p) => [p.slug, p]));
  return {
    asOf: model.asOf,
    incentives: model.incentives
      .filter((i) => i.offered)
      .map((record) => {
        const policy = policies.get(record.data.policy);
        const source = citeIncentiveSource(record.data, {
          title: policy?.data.title ?? record.data.policy,
          docNumber: policy?.data.docNumber,
          body: policy?.body,
        });
        const apply = record.data.apply;
        return {
          ...matchableIncentive(record),
          href: link(routes.incentive(record.slug)),
          benefit: record.data.benefit,
          amountText: formatAmount(record.data.amount, record.data.amountNote),
          valueText: formatValueTotal(record.data.amount),
          criteria: summarizeEligibility(record.data.eligibility),
          notes: record.data.eligibility?.notes ?? null,
          source: { text: source.text, docNumber: source.docNumber, href: link(source.path) },
          apply: {
            office: apply?.office ?? null,
            phone: apply?.phone ?? null,
            window: apply?.window ?? null,
            materials: apply?.materials ?? [],
            url: apply?.url ?? null,
          },
        };
      }),
  };
}
