import {
  EDUCATION_LEVELS,
  EMPLOYER_TYPES,
  GROUPS,
  NONE_ANSWER,
  TIERS,
  TITLES,
  type EducationLevel,
  type EmployerType,
  type Group,
  type Tier,
  type Title,
} from '../../schemas/vocabularies.ts';

/**
 * An applicant's profile, as `npm run match` reads it from JSON and the 政策计算器
 * reads it from its query string. The field table below is the one definition of the
 * profile: the JSON check, the query-string parser and writer, and the form's labels
 * all read it. It has no Zod import on purpose: the calculator's browser script uses it.
 *
 * Absent and null mean the same thing: "not answered". `groups: []` is an answer:
 * the applicant belongs to none of the groups (so every `groups` criterion fails),
 * whereas an absent `groups` leaves those criteria unchecked (the incentive is unknown).
 */

/** What an applicant answered; an absent or null field is a question not answered. */
export interface Profile {
  education?: EducationLevel | null;
  fullTime?: boolean | null;
  age?: number | null;
  graduationYear?: number | null;
  groups?: readonly Group[] | null;
  tier?: Tier | typeof NONE_ANSWER | null;
  title?: Title | typeof NONE_ANSWER | null;
  employer?: EmployerType | null;
}

/** A key of the profile. */
export type ProfileKey = keyof Profile;

/** The profile's keys, in the order the form asks and `missing` lists them. */
export const PROFILE_KEYS = [
  'education',
  'fullTime',
  'age',
  'graduationYear',
  'groups',
  'tier',
  'title',
  'employer',
] as const satisfies readonly ProfileKey[];

/** The ages a profile may give (周岁), the same limit as an incentive's maxAge. */
export const AGE_RANGE = { min: 1, max: 120 } as const;
/** The graduation years a profile may give; a future year is a graduation still to come. */
export const GRADUATION_YEAR_RANGE = { min: 1950, max: 2100 } as const;

/** The short Chinese name of each profile question, as the calculator and messages show it. */
export const PROFILE_LABELS: Readonly<Record<ProfileKey, string>> = {
  education: '学历',
  fullTime: '是否全日制',
  age: '年龄',
  graduationYear: '毕业年份',
  groups: '所属群体',
  tier: '人才层次',
  title: '职称',
  employer: '用人类型',
};

type FieldRule =
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'list'; values: readonly string[] };

const RULES: Readonly<Record<ProfileKey, FieldRule>> = {
  education: { kind: 'choice', values: EDUCATION_LEVELS },
  fullTime: { kind: 'boolean' },
  age: { kind: 'integer', ...AGE_RANGE },
  graduationYear: { kind: 'integer', ...GRADUATION_YEAR_RANGE },
  groups: { kind: 'list', values: GROUPS },
  tier: { kind: 'choice', values: [...TIERS, NONE_ANSWER] },
  title: { kind: 'choice', values: [...TITLES, NONE_ANSWER] },
  employer: { kind: 'choice', values: EMPLOYER_TYPES },
};

/** One thing wrong with a profile file: the field and what is expected, in Chinese. */
export interface ProfileProblem {
  field: string;
  message: string;
}

const shown = (value: unknown) =>
  typeof value === 'string' ? `「${value}」` : JSON.stringify(value);

function expectation(rule: FieldRule): string {
  switch (rule.kind) {
    case 'choice':
      return `应为以下之一：${rule.values.join('、')}`;
    case 'boolean':
      return '应为 true 或 false';
    case 'integer':
      return `应为 ${rule.min} 到 ${rule.max} 之间的整数`;
    case 'list':
      return `应为列表，取值为：${rule.values.join('、')}（不属于其中任何群体时填 []）`;
  }
}

function checkValue(key: ProfileKey, value: unknown): string | null {
  const rule = RULES[key];
  const ok =
    rule.kind === 'choice'
      ? typeof value === 'string' && rule.values.includes(value)
      : rule.kind === 'boolean'
        ? typeof value === 'boolean'
        : rule.kind === 'integer'
          ? Number.isInteger(value) &&
            (value as number) >= rule.min &&
            (value as number) <= rule.max
          : Array.isArray(value) &&
            value.every((v) => typeof v === 'string' && rule.values.includes(v));
  if (ok && rule.kind === 'list' && new Set(value as string[]).size !== (value as string[]).length)
    return '列表中有重复的值';
  return ok ? null : `${expectation(rule)}，现为 ${shown(value)}`;
}

/**
 * Checks a parsed profile file: unknown keys and bad values are problems, each naming its field.
 * @example parseProfile({ age: 28, groups: ['返乡人才'] }).problems // []
 * @example parseProfile({ age: '28' }).problems[0]?.field // 'age'
 */
export function parseProfile(value: unknown): { profile: Profile; problems: ProfileProblem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      profile: {},
      problems: [
        {
          field: '(根)',
          message: `应为 JSON 对象，例如 { "education": "硕士研究生", "age": 28 }，现为 ${Array.isArray(value) ? '列表' : shown(value)}`,
        },
      ],
    };
  }
  const problems: ProfileProblem[] = [];
  const profile: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (!(PROFILE_KEYS as readonly string[]).includes(key)) {
      problems.push({ field: key, message: `不认识的字段；可用字段：${PROFILE_KEYS.join('、')}` });
      continue;
    }
    if (field === null || field === undefined) continue;
    const problem = checkValue(key as ProfileKey, field);
    if (problem) problems.push({ field: key, message: problem });
    else profile[key] = Array.isArray(field) ? [...(field as unknown[])] : field;
  }
  return { profile, problems };
}

/**
 * Reads a profile from the calculator's query string. Lists are comma-separated
 * (`groups=高校毕业生,返乡人才`; repeated `groups=` parameters, as a form without script
 * sends them, are read too); `groups=无` is the answer "none of them"; empty values are
 * unanswered questions. Values it cannot read are left out and their keys returned in `ignored`.
 * @example profileFromQuery('?education=硕士研究生&age=28&groups=高校毕业生,返乡人才').profile.age // 28
 */
export function profileFromQuery(query: string | URLSearchParams): {
  profile: Profile;
  ignored: ProfileKey[];
} {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const profile: Record<string, unknown> = {};
  const ignored: ProfileKey[] = [];
  for (const key of PROFILE_KEYS) {
    const texts = params
      .getAll(key)
      .flatMap((v) => v.split(/[,，、]/))
      .map((v) => v.trim())
      .filter(Boolean);
    if (texts.length === 0) continue;
    const rule = RULES[key];
    let value: unknown;
    if (rule.kind === 'list') {
      const named = texts.filter((t) => t !== NONE_ANSWER);
      value = [...new Set(named)];
    } else if (texts.length > 1 && new Set(texts).size > 1) {
      ignored.push(key);
      continue;
    } else {
      const text = texts[0]!;
      value =
        rule.kind === 'boolean'
          ? text === 'true'
            ? true
            : text === 'false'
              ? false
              : text
          : rule.kind === 'integer'
            ? /^\d{1,4}$/.test(text)
              ? Number(text)
              : text
            : text;
    }
    if (checkValue(key, value)) ignored.push(key);
    else profile[key] = value;
  }
  return { profile, ignored };
}

/**
 * Writes a profile as the calculator's query string, in the form order, answered fields only.
 * @example profileToQuery({ age: 28, tier: 'A', fullTime: true }) // 'fullTime=true&age=28&tier=A'
 */
export function profileToQuery(profile: Profile): string {
  const parts: string[] = [];
  for (const key of PROFILE_KEYS) {
    const value = profile[key];
    if (value === null || value === undefined) continue;
    const text = Array.isArray(value)
      ? value.length
        ? value.join(',')
        : NONE_ANSWER
      : String(value);
    // Commas stay readable: they separate list items and never occur inside a value.
    parts.push(`${key}=${encodeURIComponent(text).replace(/%2C/g, ',')}`);
  }
  return parts.join('&');
}

/** One answered question of a profile, in words. */
export interface ProfileAnswer {
  key: ProfileKey;
  label: string;
  text: string;
}

/**
 * The answered questions of a profile in words, in form order, for "您的回答" lines.
 * @example describeProfile({ age: 28, groups: [] }).map((a) => a.text) // ['28周岁', '以上都不属于']
 */
export function describeProfile(profile: Profile): ProfileAnswer[] {
  const answers: ProfileAnswer[] = [];
  for (const key of PROFILE_KEYS) {
    const value = profile[key];
    if (value === null || value === undefined) continue;
    const text =
      key === 'fullTime'
        ? value
          ? '是'
          : '否'
        : key === 'age'
          ? `${value as number}周岁`
          : key === 'graduationYear'
            ? `${value as number}年`
            : key === 'groups'
              ? (value as readonly string[]).length
                ? (value as readonly string[]).join('、')
                : '以上都不属于'
              : key === 'tier'
                ? value === NONE_ANSWER
                  ? '未经认定'
                  : `${value as string}类`
                : key === 'title'
                  ? value === NONE_ANSWER
                    ? '无职称'
                    : String(value)
                  : String(value);
    answers.push({ key, label: PROFILE_LABELS[key], text });
  }
  return answers;
}
