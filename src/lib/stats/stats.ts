import type { Indicators } from '../../schemas/indicators.ts';
import {
  BENEFITS,
  EDUCATION_LEVELS,
  HONOR_LEVELS,
  POLICY_KINDS,
  POLICY_STATUSES,
  POLICY_TOPICS,
  TEAMS,
  TITLES,
  type Benefit,
  type EducationLevel,
  type HonorLevel,
  type PolicyKind,
  type PolicyStatus,
  type PolicyTopic,
  type Team,
  type Title,
} from '../../schemas/vocabularies.ts';
import type { ContentModel } from '../content/contentModel.ts';
import type { IsoDate } from '../shared/isoDate.ts';
import { incentiveValue } from '../incentive/incentiveValue.ts';

/**
 * Every figure of the statistics page, /data/stats.json and `npm run stats`, computed
 * from the published content model at its as-of date. One function, so the page, the
 * data file and the terminal always agree.
 */

/** Counts keyed by a vocabulary term, every term present (0 when none), in vocabulary order. */
export type Counts<K extends string> = Record<K, number>;

/** The policies collection, 解读 included with the status it inherits. */
export interface PolicyStats {
  total: number;
  byStatus: Counts<PolicyStatus>;
  byTopic: Counts<PolicyTopic>;
  byKind: Counts<PolicyKind>;
  /** By publishedOn year, oldest first; years without a policy between the first and last are 0. */
  byYear: Record<string, number>;
  /** Each issuer of a joint document (联合发文) counts once; most first, ties by name. */
  byIssuer: Record<string, number>;
}

/** An offered incentive among the largest by total value. */
export interface LargestIncentive {
  slug: string;
  title: string;
  benefit: Benefit;
  /** Total value in 元 (monthly and yearly payments multiplied out). */
  min: number;
  max: number;
}

/** The lowest and highest total value among the offered cash incentives of a benefit type. */
export interface ValueRange {
  min: number;
  max: number;
}

/** Published incentives, offered or not, and what the offered ones are worth. */
export interface IncentiveStats {
  total: number;
  /** Incentives whose source policy is 现行有效. */
  offered: number;
  byBenefit: Counts<Benefit>;
  offeredByBenefit: Counts<Benefit>;
  /** Over offered incentives with an amount; null when a type has none. */
  valueByBenefit: Record<Benefit, ValueRange | null>;
  /** The offered cash incentives with the largest maximum value, largest first. */
  largest: LargestIncentive[];
}

/** The highest honour of a talent, or 无 when none is listed. */
export type HighestHonor = HonorLevel | '无';

/** Published talent stories. */
export interface TalentStats {
  total: number;
  byTeam: Counts<Team>;
  /** Most first, ties by name. */
  byField: Record<string, number>;
  /** Talents by their highest honour level. */
  byHonorLevel: Counts<HighestHonor>;
  /** Honours listed, by level. */
  honorsByLevel: Counts<HonorLevel>;
  returnees: number;
}

/** How a target is judged: reached when actual ≥ target, or (for a ceiling) actual ≤ target. */
export type TargetRule = 'atLeast' | 'atMost';

/** One target of a year against its actual figure. */
export interface TargetResult {
  /** The indicators key, e.g. `introduced` or `byTeam.专业技术人才`. */
  key: string;
  label: string;
  rule: TargetRule;
  target: number;
  /** null when the year does not report the figure. */
  actual: number | null;
  /** null when the actual figure is missing. */
  met: boolean | null;
  /** actual ÷ target for at-least targets; null for ceilings, missing figures and zero targets. */
  completion: number | null;
}

/** One year of indicators with every optional figure explicit (null when absent) and the derived figures. */
export interface IndicatorRecord {
  year: number;
  total: number;
  byTeam: Partial<Counts<Team>> | null;
  byEducation: Partial<Counts<EducationLevel>> | null;
  byTitle: Partial<Counts<Title>> | null;
  introduced: number | null;
  departed: number | null;
  funding: number | null;
  targets: Indicators['targets'] | null;
  source: string | null;
  /** introduced − departed. */
  netInflow: number | null;
  /** Change of total from the year before; null when the year before is not reported. */
  totalChange: number | null;
  totalGrowth: number | null;
  /** Change of funding from the year before. */
  fundingChange: number | null;
  fundingGrowth: number | null;
  targetResults: TargetResult[];
}

/** Every statistic the site publishes. */
export interface SiteStats {
  asOf: IsoDate;
  policies: PolicyStats;
  incentives: IncentiveStats;
  talents: TalentStats;
  /** One record per year, oldest first. */
  indicators: IndicatorRecord[];
}

/** How many offered incentives the 最高金额 list shows. */
export const LARGEST_INCENTIVES = 5;

/** Chinese names of the scalar indicator keys that can have a target. */
export const TARGET_LABELS = {
  total: '人才总量',
  introduced: '当年引进',
  departed: '当年流失',
  funding: '专项资金',
} as const;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function zeroCounts<const K extends string>(keys: readonly K[]): Counts<K> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;
}

/** Counts free-text values, most first and ties by name, so the order is stable. */
function countByName(values: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])));
}

/**
 * A ratio, or null when the base is missing or 0. Exact here, so that a page's one-decimal
 * percentage is rounded once; the data files round it to 4 places (src/lib/shared/openData.ts).
 * @example ratio(1, 4) // 0.25
 * @example ratio(3, 0) // null
 */
export function ratio(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole === 0 ? null : part / whole;
}

/**
 * Whether a target is reached under its rule; null when the actual figure is missing.
 * @example targetMet('atMost', 100, 90) // true: a ceiling kept
 */
export function targetMet(rule: TargetRule, target: number, actual: number | null): boolean | null {
  if (actual === null) return null;
  return rule === 'atLeast' ? actual >= target : actual <= target;
}

function policyStats(model: ContentModel): PolicyStats {
  const byStatus = zeroCounts(POLICY_STATUSES);
  const byTopic = zeroCounts(POLICY_TOPICS);
  const byKind = zeroCounts(POLICY_KINDS);
  const years = new Map<number, number>();
  for (const p of model.policies) {
    byStatus[p.status.status]++;
    byTopic[p.data.topic]++;
    byKind[p.data.kind]++;
    const year = Number(p.data.publishedOn.slice(0, 4));
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  const byYear: Record<string, number> = {};
  if (years.size) {
    const first = Math.min(...years.keys());
    const last = Math.max(...years.keys());
    for (let year = first; year <= last; year++) byYear[String(year)] = years.get(year) ?? 0;
  }
  const byIssuer = countByName(model.policies.flatMap((p) => [...new Set(p.data.issuer)]));
  return { total: model.policies.length, byStatus, byTopic, byKind, byYear, byIssuer };
}

function incentiveStats(model: ContentModel): IncentiveStats {
  const byBenefit = zeroCounts(BENEFITS);
  const offeredByBenefit = zeroCounts(BENEFITS);
  const valueByBenefit = Object.fromEntries(BENEFITS.map((b) => [b, null])) as Record<
    Benefit,
    ValueRange | null
  >;
  const cash: LargestIncentive[] = [];
  for (const i of model.incentives) {
    byBenefit[i.data.benefit]++;
    if (!i.offered) continue;
    offeredByBenefit[i.data.benefit]++;
    if (!i.data.amount) continue;
    const value = incentiveValue(i.data.amount);
    const range = valueByBenefit[i.data.benefit];
    valueByBenefit[i.data.benefit] = range
      ? { min: Math.min(range.min, value.min), max: Math.max(range.max, value.max) }
      : value;
    cash.push({ slug: i.slug, title: i.data.title, benefit: i.data.benefit, ...value });
  }
  const largest = cash
    .sort((a, b) => b.max - a.max || b.min - a.min || compareText(a.slug, b.slug))
    .slice(0, LARGEST_INCENTIVES);
  return {
    total: model.incentives.length,
    offered: model.incentives.filter((i) => i.offered).length,
    byBenefit,
    offeredByBenefit,
    valueByBenefit,
    largest,
  };
}

function talentStats(model: ContentModel): TalentStats {
  const byTeam = zeroCounts(TEAMS);
  const byHonorLevel = zeroCounts<HighestHonor>([...HONOR_LEVELS, '无']);
  const honorsByLevel = zeroCounts(HONOR_LEVELS);
  let returnees = 0;
  for (const t of model.talents) {
    byTeam[t.data.team]++;
    const levels = (t.data.honors ?? []).map((h) => h.level);
    for (const level of levels) honorsByLevel[level]++;
    // HONOR_LEVELS is highest first, so the first level a talent holds is the highest.
    byHonorLevel[HONOR_LEVELS.find((level) => levels.includes(level)) ?? '无']++;
    if (t.data.returnee) returnees++;
  }
  const byField = countByName(model.talents.map((t) => t.data.field));
  return { total: model.talents.length, byTeam, byField, byHonorLevel, honorsByLevel, returnees };
}

function targetResults(row: Indicators): TargetResult[] {
  const targets = row.targets;
  if (!targets) return [];
  const results: TargetResult[] = [];
  const add = (
    key: string,
    label: string,
    rule: TargetRule,
    target: number | undefined,
    actual: number | null,
  ) => {
    if (target === undefined) return;
    results.push({
      key,
      label,
      rule,
      target,
      actual,
      met: targetMet(rule, target, actual),
      completion: rule === 'atLeast' ? ratio(actual, target) : null,
    });
  };
  add('total', TARGET_LABELS.total, 'atLeast', targets.total, row.total);
  add(
    'introduced',
    TARGET_LABELS.introduced,
    'atLeast',
    targets.introduced,
    row.introduced ?? null,
  );
  // 流失 is a ceiling: the year is on target when fewer left than the limit.
  add('departed', TARGET_LABELS.departed, 'atMost', targets.departed, row.departed ?? null);
  add('funding', TARGET_LABELS.funding, 'atLeast', targets.funding, row.funding ?? null);
  for (const [group, keys] of [
    ['byTeam', TEAMS],
    ['byEducation', EDUCATION_LEVELS],
    ['byTitle', TITLES],
  ] as const) {
    const groupTargets = targets[group] as Partial<Record<string, number>> | undefined;
    const actuals = row[group] as Partial<Record<string, number>> | undefined;
    for (const key of keys)
      add(`${group}.${key}`, key, 'atLeast', groupTargets?.[key], actuals?.[key] ?? null);
  }
  return results;
}

/** Keeps the terms a year reports, in vocabulary order. */
function orderedCounts<K extends string>(
  keys: readonly K[],
  counts: Partial<Record<K, number | undefined>> | undefined,
): Partial<Counts<K>> | null {
  if (!counts) return null;
  return Object.fromEntries(
    keys.filter((k) => counts[k] !== undefined).map((k) => [k, counts[k]]),
  ) as Partial<Counts<K>>;
}

function indicatorRecords(model: ContentModel): IndicatorRecord[] {
  const byYear = new Map(model.indicators.map((row) => [row.year, row]));
  return model.indicators.map((row) => {
    const previous = byYear.get(row.year - 1);
    const funding = row.funding ?? null;
    const previousFunding = previous?.funding ?? null;
    const fundingChange =
      funding !== null && previousFunding !== null ? funding - previousFunding : null;
    return {
      year: row.year,
      total: row.total,
      byTeam: orderedCounts(TEAMS, row.byTeam),
      byEducation: orderedCounts(EDUCATION_LEVELS, row.byEducation),
      byTitle: orderedCounts(TITLES, row.byTitle),
      introduced: row.introduced ?? null,
      departed: row.departed ?? null,
      funding,
      targets: row.targets ?? null,
      source: row.source ?? null,
      netInflow:
        row.introduced !== undefined && row.departed !== undefined
          ? row.introduced - row.departed
          : null,
      totalChange: previous ? row.total - previous.total : null,
      totalGrowth: previous ? ratio(row.total - previous.total, previous.total) : null,
      fundingChange,
      fundingGrowth: ratio(fundingChange, previousFunding),
      targetResults: targetResults(row),
    };
  });
}

/**
 * Computes every statistic from the published content model (drafts and embargoed entries are
 * already left out by buildContentModel).
 * @example computeStats(buildContentModel(input, '2026-11-21')).policies.byStatus['现行有效'] // 4
 */
export function computeStats(model: ContentModel): SiteStats {
  return {
    asOf: model.asOf,
    policies: policyStats(model),
    incentives: incentiveStats(model),
    talents: talentStats(model),
    indicators: indicatorRecords(model),
  };
}
