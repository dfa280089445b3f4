import type { Amount, Eligibility, Incentive } from '../../schemas/incentive.ts';
import type { PolicyStatus } from '../../schemas/vocabularies.ts';
import type { IncentiveRecord, PolicyRecord } from '../content/contentModel.ts';
import type { CsvValue } from '../shared/csv.ts';
import { formatAmount } from './incentiveAmount.ts';
import { incentiveValue, type IncentiveValue } from './incentiveValue.ts';
import { citeIncentiveSource } from './incentiveSource.ts';
import { routes } from '../site/routes.ts';

/**
 * The open-data records of /data/incentives.json and /data/incentives.csv: every
 * published incentive (offered or not) with its fields, its URL, whether it is offered,
 * its source policy's status and its computed value.
 */

/** One incentive as open data. */
export interface IncentiveDataRecord {
  slug: string;
  /** Absolute URL of the incentive page. */
  url: string;
  title: string;
  summary: string;
  benefit: Incentive['benefit'];
  policy: string;
  clause: string | null;
  /** Absolute URL of the cited article (or of the policy when no article is cited). */
  sourceUrl: string;
  /** Whether it can be applied for: its source policy is 现行有效. */
  offered: boolean;
  policyStatus: PolicyStatus;
  amount: Amount | null;
  /** For cash whose amount a rule sets rather than a figure: that rule; else null. */
  amountNote: string | null;
  /** The amount in words, e.g. `2000元/月，共36个月` (the amountNote when there is no amount). */
  amountText: string;
  /** Total value in 元 (services: 0), as the calculator counts it. */
  value: IncentiveValue;
  eligibility: Eligibility | null;
  exclusiveWith: string[];
  apply: NonNullable<Incentive['apply']> | null;
}

/**
 * The open-data record of an incentive; `absolute` turns a site path into an absolute URL.
 * @example incentiveDataRecord(record, policy, (p) => `https://rc.example.gov.cn${p}`).url // 'https://rc.example.gov.cn/incentives/<slug>/'
 */
export function incentiveDataRecord(
  record: IncentiveRecord,
  policy: Pick<PolicyRecord, 'data' | 'body'>,
  absolute: (path: string) => string,
): IncentiveDataRecord {
  const { data } = record;
  return {
    slug: record.slug,
    url: absolute(routes.incentive(record.slug)),
    title: data.title,
    summary: data.summary,
    benefit: data.benefit,
    policy: data.policy,
    clause: data.clause ?? null,
    sourceUrl: absolute(citeIncentiveSource(data, { ...policy.data, body: policy.body }).path),
    offered: record.offered,
    policyStatus: record.policyStatus.status,
    amount: data.amount ?? null,
    amountNote: data.amountNote ?? null,
    amountText: formatAmount(data.amount, data.amountNote),
    value: incentiveValue(data.amount),
    eligibility: data.eligibility ?? null,
    exclusiveWith: [...record.exclusiveWith],
    apply: data.apply ?? null,
  };
}

/** The CSV columns of /data/incentives.csv, named like the JSON fields (nested ones dotted). */
export const INCENTIVE_CSV_COLUMNS = [
  'slug',
  'url',
  'title',
  'benefit',
  'offered',
  'policyStatus',
  'policy',
  'clause',
  'sourceUrl',
  'amount.min',
  'amount.max',
  'amount.period',
  'amount.times',
  'amountText',
  'amountNote',
  'value.min',
  'value.max',
  'eligibility.education',
  'eligibility.fullTime',
  'eligibility.maxAge',
  'eligibility.graduatedWithinYears',
  'eligibility.groups',
  'eligibility.tiers',
  'eligibility.titles',
  'eligibility.employer',
  'eligibility.notes',
  'exclusiveWith',
  'apply.office',
  'apply.phone',
  'apply.window',
  'apply.materials',
  'apply.url',
  'summary',
] as const;

/**
 * A record as a CSV row in INCENTIVE_CSV_COLUMNS order (lists joined with 、 by toCsv).
 * @example incentiveCsvRow(record)[0] // the slug
 */
export function incentiveCsvRow(record: IncentiveDataRecord): CsvValue[] {
  return INCENTIVE_CSV_COLUMNS.map((column) => {
    const [head, key] = column.split('.') as [keyof IncentiveDataRecord, string | undefined];
    const value = key ? (record[head] as Record<string, unknown> | null)?.[key] : record[head];
    return (value ?? null) as CsvValue;
  });
}
