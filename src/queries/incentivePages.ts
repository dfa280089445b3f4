import type { IncentiveRecord, PolicyRecord } from '../lib/content/contentModel.ts';
import { describeEligibility, type CriterionText } from '../lib/incentive/eligibility.ts';
import { buildFinderData, type FinderData } from '../lib/incentive/finderData.ts';
import { groupIncentivesByBenefit, type BenefitGroup } from '../lib/incentive/incentiveGroups.ts';
import {
  citeIncentiveSource,
  incentiveAvailability,
  replacementIncentives,
  type IncentiveAvailability,
  type IncentiveSource,
} from '../lib/incentive/incentiveSource.ts';
import { incentiveKeywords, type SearchKeywords } from '../lib/search/searchKeywords.ts';
import type { IsoDate } from '../lib/shared/isoDate.ts';
import { routes, withBase } from '../lib/site/routes.ts';
import { getContentModel, getIncentives, getOfferedIncentives, siteAsOf } from './content.ts';
import { getPolicyMap } from './policyPages.ts';
import { relatedEntries, relatedEntry } from './relations.ts';

/**
 * What the incentive pages (detail, list, 政策计算器) need, prepared from the content model
 * so that the routes only render: each incentive's source policy and its citation, what the
 * policy's status means for applicants, and the incentives related to it.
 */

let incentiveMap: Promise<Map<string, IncentiveRecord>> | null = null;

/** Published incentives, offered or not, by slug. */
export function getIncentiveMap(): Promise<Map<string, IncentiveRecord>> {
  incentiveMap ??= getIncentives().then(
    (incentives) => new Map(incentives.map((i) => [i.slug, i])),
  );
  return incentiveMap;
}

/** The published policy an incentive cites, from the published policies by slug. */
export function incentivePolicy(
  policies: ReadonlyMap<string, PolicyRecord>,
  incentive: IncentiveRecord,
): PolicyRecord {
  return relatedEntry(policies, incentive.data.policy, {
    from: `激励事项 ${incentive.slug}`,
    field: 'policy',
  });
}

/** Everything the page of one incentive shows besides its body. */
export interface IncentivePageData {
  incentive: IncentiveRecord;
  /** The policy it cites. */
  policy: PolicyRecord;
  /** The 政策依据: the policy and article, linked to the article. */
  source: IncentiveSource;
  /** Whether it can be applied for, from its policy's status. */
  availability: IncentiveAvailability;
  /** The version in force that revised its policy, if any. */
  currentPolicy: PolicyRecord | null;
  /** Offered incentives of that version, of the same benefit type. */
  replacements: IncentiveRecord[];
  /** Incentives that cannot be combined with this one. */
  exclusive: IncentiveRecord[];
  /** The checked conditions in words, in checking order. */
  criteria: CriterionText[];
  /** Searchable words the page does not say itself (its policy's document number among them). */
  keywords: SearchKeywords;
}

/** The data of an incentive page. */
export async function getIncentivePageData(slug: string): Promise<IncentivePageData> {
  const [policies, incentives] = await Promise.all([getPolicyMap(), getIncentiveMap()]);
  const incentive = incentives.get(slug);
  if (!incentive) throw new Error(`找不到已发布的激励事项 ${slug}`);
  const { data } = incentive;
  const policy = incentivePolicy(policies, incentive);
  const currentPolicy = policy.currentVersion
    ? relatedEntry(policies, policy.currentVersion, {
        from: `政策文件 ${policy.slug}`,
        field: 'currentVersion',
      })
    : null;
  return {
    incentive,
    policy,
    source: citeIncentiveSource(data, { ...policy.data, body: policy.body }),
    availability: incentiveAvailability(incentive.policyStatus),
    currentPolicy,
    replacements: replacementIncentives(data, currentPolicy?.slug ?? null, [
      ...incentives.values(),
    ]),
    exclusive: relatedEntries(incentives, incentive.exclusiveWith, {
      from: `激励事项 ${slug}`,
      field: 'exclusiveWith',
    }),
    criteria: describeEligibility(data.eligibility),
    keywords: incentiveKeywords({
      title: data.title,
      benefit: data.benefit,
      education: data.eligibility?.education,
      groups: data.eligibility?.groups,
      amount: data.amount,
      policyDocNumber: policy.data.docNumber,
      policyClause: data.clause,
      texts: [data.summary, data.eligibility?.notes, incentive.body],
    }),
  };
}

/** An offered incentive in a list, with the citation of its source. */
export interface ListedIncentive {
  incentive: IncentiveRecord;
  source: IncentiveSource;
}

/** What /incentives/ lists: the incentives that can be applied for, by benefit type. */
export interface IncentiveListData {
  asOf: IsoDate;
  /** How many incentives can be applied for. */
  offeredCount: number;
  /** In the vocabulary's order of benefit types, the largest value first within a type. */
  groups: BenefitGroup<ListedIncentive>[];
}

/** What the citation of an incentive's source needs from its policy: its fields and body. */
const sourcePolicy = (policy: PolicyRecord) => ({ ...policy.data, body: policy.body });

/** The data of the incentive list. */
export async function getIncentiveListData(): Promise<IncentiveListData> {
  const [offered, policies] = await Promise.all([getOfferedIncentives(), getPolicyMap()]);
  const groups = groupIncentivesByBenefit(offered).map((group) => ({
    benefit: group.benefit,
    incentives: group.incentives.map((incentive) => ({
      incentive,
      source: citeIncentiveSource(
        incentive.data,
        sourcePolicy(incentivePolicy(policies, incentive)),
      ),
    })),
  }));
  return { asOf: siteAsOf, offeredCount: offered.length, groups };
}

/**
 * Up to how many offered incentives the 政策计算器 page lists in full for readers without
 * JavaScript; a larger site lists the benefit types with their counts, linked to /incentives/,
 * so that the page stays small (≤ 30 KB gzip with 2,000 incentives).
 */
export const FINDER_FULL_LIST_MAX = 60;

/** What the 政策计算器 page shows: the offered incentives, in full or by type. */
export interface FinderPageData extends IncentiveListData {
  /** Whether the page lists every offered incentive (else only the types, linked to /incentives/). */
  fullList: boolean;
  /** Where the calculator's script fetches its data, base included. */
  dataUrl: string;
}

/** The data of the 政策计算器 page. */
export async function getFinderPageData(): Promise<FinderPageData> {
  const list = await getIncentiveListData();
  return {
    ...list,
    fullList: list.offeredCount <= FINDER_FULL_LIST_MAX,
    dataUrl: withBase(routes.finderData()),
  };
}

/** The calculator's data (/finder/data.json); links carry the site's base. */
export async function getFinderData(): Promise<FinderData> {
  return buildFinderData(await getContentModel(), (path) => withBase(path));
}
