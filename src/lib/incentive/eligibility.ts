import type { Eligibility } from '../../schemas/incentive.ts';
import { NONE_ANSWER, TIERS, TIER_LABELS, type Tier } from '../../schemas/vocabularies.ts';
import { yearOf, type IsoDate } from '../shared/isoDate.ts';
import type { Profile, ProfileKey } from './profile.ts';

/**
 * An incentive's eligibility criteria: what each says in plain Chinese, and whether a
 * profile meets it. Criteria are checked in the order of the content specification's
 * table (education, fullTime, maxAge, graduatedWithinYears, groups, tiers, titles,
 * employer), so "the first failing criterion" is well defined. `notes` is never checked.
 */

/** A criterion that the matcher checks (every eligibility key except notes). */
export type Criterion = Exclude<keyof Eligibility, 'notes'>;

/** The checked criteria in the order they are described and checked. */
export const CRITERIA = [
  'education',
  'fullTime',
  'maxAge',
  'graduatedWithinYears',
  'groups',
  'tiers',
  'titles',
  'employer',
] as const satisfies readonly Criterion[];

/** The profile question each criterion needs answered. */
export const CRITERION_PROFILE_KEY: Readonly<Record<Criterion, ProfileKey>> = {
  education: 'education',
  fullTime: 'fullTime',
  maxAge: 'age',
  graduatedWithinYears: 'graduationYear',
  groups: 'groups',
  tiers: 'tier',
  titles: 'title',
  employer: 'employer',
};

/**
 * Joins alternatives the way Chinese lists them: A、B或C.
 * @example joinOr(['本科', '硕士研究生']) // '本科或硕士研究生'
 */
export function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}或${items.at(-1)}`;
}

/**
 * Joins items that all apply: A、B和C.
 * @example joinAnd(['高校毕业生', '返乡人才']) // '高校毕业生和返乡人才'
 */
export function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`;
}

/** Tier codes as readers know them; three or more consecutive codes as a range (B类至E类). */
function tierList(tiers: readonly Tier[]): string {
  const sorted = [...tiers].sort((a, b) => TIERS.indexOf(a) - TIERS.indexOf(b));
  const consecutive = sorted.every(
    (t, i) => i === 0 || TIERS.indexOf(t) === TIERS.indexOf(sorted[i - 1]!) + 1,
  );
  if (sorted.length >= 3 && consecutive) return `${sorted[0]}类至${sorted.at(-1)}类`;
  return joinOr(sorted.map((t) => `${t}类`));
}

function employerText(types: readonly string[]): string {
  const employed = types.filter((t) => t !== '自主创业');
  const selfEmployed = types.includes('自主创业');
  if (employed.length === 0) return '自主创业';
  return `在${joinOr(employed)}就业${selfEmployed ? '，或者自主创业' : ''}`;
}

/** One criterion in plain Chinese. */
export interface CriterionText {
  criterion: Criterion;
  text: string;
}

/**
 * Every checked criterion of an incentive in plain Chinese, in checking order (notes excluded).
 * @example describeEligibility({ maxAge: 35, graduatedWithinYears: 5 }).map((c) => c.text) // ['35周岁以下', '毕业5年以内']
 */
export function describeEligibility(eligibility: Eligibility | undefined): CriterionText[] {
  if (!eligibility) return [];
  const texts: CriterionText[] = [];
  for (const criterion of CRITERIA) {
    const value = eligibility[criterion];
    if (value === undefined) continue;
    const text = (() => {
      switch (criterion) {
        case 'education':
          return `${joinOr(eligibility.education!)}学历`;
        case 'fullTime':
          return '全日制学历';
        case 'maxAge':
          return `${eligibility.maxAge}周岁以下`;
        case 'graduatedWithinYears':
          return eligibility.graduatedWithinYears === 0
            ? '当年毕业'
            : `毕业${eligibility.graduatedWithinYears}年以内`;
        case 'groups':
          return eligibility.groups!.length === 1
            ? `属于${eligibility.groups![0]}`
            : `同时属于${joinAnd(eligibility.groups!)}`;
        case 'tiers':
          return `${tierList(eligibility.tiers!)}高层次人才`;
        case 'titles':
          return `${joinOr(eligibility.titles!)}职称`;
        case 'employer':
          return employerText(eligibility.employer!);
      }
    })();
    texts.push({ criterion, text });
  }
  return texts;
}

/**
 * Who qualifies, in one line: the checked criteria joined (全日制 folded into the 学历),
 * or a pointer to the other conditions when nothing is checked by machine.
 * @example summarizeEligibility({ education: ['硕士研究生'], fullTime: true, maxAge: 35 }) // '全日制硕士研究生学历，35周岁以下'
 */
export function summarizeEligibility(eligibility: Eligibility | undefined): string {
  const texts = describeEligibility(eligibility);
  const folded =
    eligibility?.education && eligibility.fullTime
      ? texts
          .filter((t) => t.criterion !== 'fullTime')
          .map((t) => (t.criterion === 'education' ? `全日制${t.text}` : t.text))
      : texts.map((t) => t.text);
  if (folded.length) return folded.join('，');
  return eligibility?.notes ? '不限学历、年龄等，具体条件见“其他条件”' : '不限条件';
}

/** The outcome of checking a profile against an incentive's criteria. */
export type EligibilityCheck =
  | { status: 'eligible' }
  | { status: 'unknown'; missing: ProfileKey[] }
  | { status: 'ineligible'; criterion: Criterion; reason: string };

const answered = <T>(value: T | null | undefined): value is T =>
  value !== null && value !== undefined;

/** Why a profile fails a criterion, in Chinese; null when it meets it or cannot be checked. */
function failure(
  criterion: Criterion,
  eligibility: Eligibility,
  profile: Profile,
  asOfYear: number,
): string | null {
  const required = describeEligibility({ [criterion]: eligibility[criterion] }).at(0)!.text;
  const requires = `要求${required}`;
  switch (criterion) {
    case 'education':
      return eligibility.education!.includes(profile.education!)
        ? null
        : `${requires}，您的学历为${profile.education}`;
    case 'fullTime':
      return profile.fullTime ? null : `${requires}，您的学历不是全日制`;
    case 'maxAge':
      return profile.age! <= eligibility.maxAge! ? null : `${requires}，您为${profile.age}周岁`;
    case 'graduatedWithinYears': {
      const years = asOfYear - profile.graduationYear!;
      return years <= eligibility.graduatedWithinYears!
        ? null
        : `${requires}，您于${profile.graduationYear}年毕业，已${years}年`;
    }
    case 'groups': {
      const lacking = eligibility.groups!.filter((g) => !profile.groups!.includes(g));
      return lacking.length === 0 ? null : `${requires}，您不属于${joinAnd(lacking)}`;
    }
    case 'tiers':
      if (profile.tier === NONE_ANSWER) return `${requires}，您尚未认定人才层次`;
      return eligibility.tiers!.includes(profile.tier!)
        ? null
        : `${requires}，您为${profile.tier}类（${TIER_LABELS[profile.tier!]}）`;
    case 'titles':
      if (profile.title === NONE_ANSWER) return `${requires}，您没有职称`;
      return eligibility.titles!.includes(profile.title!)
        ? null
        : `${requires}，您的职称为${profile.title}`;
    case 'employer':
      return eligibility.employer!.includes(profile.employer!)
        ? null
        : `${requires}，您的用人类型为${profile.employer}`;
  }
}

/**
 * Checks a profile against an incentive's criteria at an as-of date: ineligible as soon as one
 * criterion fails (the first in checking order is reported, even if others cannot be checked),
 * unknown when none fails but some need unanswered questions, otherwise eligible.
 * @example checkEligibility({ maxAge: 35 }, { age: 40 }, '2026-11-21') // { status: 'ineligible', criterion: 'maxAge', reason: '要求35周岁以下，您为40周岁' }
 */
export function checkEligibility(
  eligibility: Eligibility | undefined,
  profile: Profile,
  asOf: IsoDate,
): EligibilityCheck {
  if (!eligibility) return { status: 'eligible' };
  const asOfYear = yearOf(asOf);
  const missing = new Set<ProfileKey>();
  for (const criterion of CRITERIA) {
    if (eligibility[criterion] === undefined) continue;
    const key = CRITERION_PROFILE_KEY[criterion];
    if (!answered(profile[key])) {
      missing.add(key);
      continue;
    }
    const reason = failure(criterion, eligibility, profile, asOfYear);
    if (reason) return { status: 'ineligible', criterion, reason };
  }
  return missing.size ? { status: 'unknown', missing: [...missing] } : { status: 'eligible' };
}
