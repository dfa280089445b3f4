import { describe, expect, test } from 'vitest';
import type { Eligibility } from '../../../../src/schemas/incentive.ts';
import type { Profile } from '../../../../src/lib/incentive/profile.ts';
import {
  checkEligibility,
  describeEligibility,
  joinAnd,
  joinOr,
  summarizeEligibility,
} from '../../../../src/lib/incentive/eligibility.ts';

const AS_OF = '2026-11-21';

/** The 返乡硕士研究生生活补贴 criteria of the sample content. */
const criteria = (overrides: Partial<Eligibility> = {}): Eligibility => ({
  education: ['硕士研究生'],
  fullTime: true,
  maxAge: 35,
  graduatedWithinYears: 5,
  groups: ['高校毕业生', '返乡人才'],
  employer: ['企业', '社会组织', '自主创业'],
  ...overrides,
});

/** A 28-year-old full-time 硕士 returnee graduate of 2024 working at a company. */
const returnee = (overrides: Partial<Profile> = {}): Profile => ({
  education: '硕士研究生',
  fullTime: true,
  age: 28,
  graduationYear: 2024,
  groups: ['高校毕业生', '返乡人才'],
  tier: '无',
  title: '无',
  employer: '企业',
  ...overrides,
});

describe('joinOr and joinAnd', () => {
  test.each([
    [[], ''],
    [['本科'], '本科'],
    [['本科', '硕士研究生'], '本科或硕士研究生'],
    [['大专', '本科', '硕士研究生'], '大专、本科或硕士研究生'],
  ])('joinOr(%j) → %s', (items, text) => {
    expect(joinOr(items)).toBe(text);
  });

  test('joinAnd uses 和', () => {
    expect(joinAnd(['高校毕业生', '返乡人才', '创业人才'])).toBe('高校毕业生、返乡人才和创业人才');
  });
});

describe('describeEligibility', () => {
  test('says every criterion in plain Chinese, in checking order', () => {
    expect(
      describeEligibility(
        criteria({ tiers: ['A', 'B', 'C'], titles: ['正高级', '副高级'], notes: '不显示' }),
      ),
    ).toEqual([
      { criterion: 'education', text: '硕士研究生学历' },
      { criterion: 'fullTime', text: '全日制学历' },
      { criterion: 'maxAge', text: '35周岁以下' },
      { criterion: 'graduatedWithinYears', text: '毕业5年以内' },
      { criterion: 'groups', text: '同时属于高校毕业生和返乡人才' },
      { criterion: 'tiers', text: 'A类至C类高层次人才' },
      { criterion: 'titles', text: '正高级或副高级职称' },
      { criterion: 'employer', text: '在企业或社会组织就业，或者自主创业' },
    ]);
  });

  test.each([
    [{ groups: ['返乡人才'] }, '属于返乡人才'],
    [{ graduatedWithinYears: 0 }, '当年毕业'],
    [{ tiers: ['A', 'C'] }, 'A类或C类高层次人才'],
    [{ tiers: ['E', 'B', 'D', 'C'] }, 'B类至E类高层次人才'],
    [{ tiers: ['A', 'B'] }, 'A类或B类高层次人才'],
    [{ employer: ['自主创业'] }, '自主创业'],
    [{ employer: ['机关事业单位'] }, '在机关事业单位就业'],
  ] as [Eligibility, string][])('%j reads %s', (given, text) => {
    expect(describeEligibility(given).map((c) => c.text)).toEqual([text]);
  });

  test('has nothing to say without criteria', () => {
    expect(describeEligibility(undefined)).toEqual([]);
    expect(describeEligibility({ notes: '见正文' })).toEqual([]);
  });
});

describe('summarizeEligibility', () => {
  test('folds 全日制 into the education and joins the rest', () => {
    expect(summarizeEligibility(criteria())).toBe(
      '全日制硕士研究生学历，35周岁以下，毕业5年以内，同时属于高校毕业生和返乡人才，在企业或社会组织就业，或者自主创业',
    );
  });

  test('keeps 全日制 on its own without an education criterion', () => {
    expect(summarizeEligibility({ tiers: ['A'], fullTime: true })).toBe(
      '全日制学历，A类高层次人才',
    );
  });

  test('points to the other conditions when no criterion is machine-checked', () => {
    expect(summarizeEligibility({ notes: '在县内工作' })).toBe(
      '不限学历、年龄等，具体条件见“其他条件”',
    );
    expect(summarizeEligibility(undefined)).toBe('不限条件');
  });
});

describe('checkEligibility', () => {
  test('is eligible when every criterion holds', () => {
    expect(checkEligibility(criteria(), returnee(), AS_OF)).toEqual({ status: 'eligible' });
  });

  test('is eligible without criteria, whatever the profile', () => {
    expect(checkEligibility(undefined, {}, AS_OF)).toEqual({ status: 'eligible' });
    expect(checkEligibility({ notes: '只是说明' }, {}, AS_OF)).toEqual({ status: 'eligible' });
  });

  test('names every unanswered question a criterion needs, in profile order', () => {
    expect(checkEligibility(criteria(), {}, AS_OF)).toEqual({
      status: 'unknown',
      missing: ['education', 'fullTime', 'age', 'graduationYear', 'groups', 'employer'],
    });
    expect(
      checkEligibility(criteria(), returnee({ age: null, employer: undefined }), AS_OF),
    ).toEqual({ status: 'unknown', missing: ['age', 'employer'] });
  });

  test('is ineligible when one criterion fails even if others cannot be checked', () => {
    expect(checkEligibility(criteria(), { employer: '机关事业单位' }, AS_OF)).toEqual({
      status: 'ineligible',
      criterion: 'employer',
      reason: '要求在企业或社会组织就业，或者自主创业，您的用人类型为机关事业单位',
    });
  });

  test('reports the first failing criterion in checking order', () => {
    expect(
      checkEligibility(criteria(), returnee({ age: 40, education: '本科' }), AS_OF),
    ).toMatchObject({ criterion: 'education' });
  });

  test.each([
    [
      'education',
      returnee({ education: '博士研究生' }),
      '要求硕士研究生学历，您的学历为博士研究生',
    ],
    ['fullTime', returnee({ fullTime: false }), '要求全日制学历，您的学历不是全日制'],
    ['maxAge', returnee({ age: 36 }), '要求35周岁以下，您为36周岁'],
    [
      'graduatedWithinYears',
      returnee({ graduationYear: 2020 }),
      '要求毕业5年以内，您于2020年毕业，已6年',
    ],
    [
      'groups',
      returnee({ groups: ['高校毕业生'] }),
      '要求同时属于高校毕业生和返乡人才，您不属于返乡人才',
    ],
    [
      'groups',
      returnee({ groups: [] }),
      '要求同时属于高校毕业生和返乡人才，您不属于高校毕业生和返乡人才',
    ],
    [
      'employer',
      returnee({ employer: '机关事业单位' }),
      '要求在企业或社会组织就业，或者自主创业，您的用人类型为机关事业单位',
    ],
  ] as const)('explains a failing %s in Chinese', (criterion, given, reason) => {
    expect(checkEligibility(criteria(), given, AS_OF)).toEqual({
      status: 'ineligible',
      criterion,
      reason,
    });
  });

  test.each([
    [{ tier: '无' as const }, '要求A类至C类高层次人才，您尚未认定人才层次'],
    [{ tier: 'D' as const }, '要求A类至C类高层次人才，您为D类（市级拔尖人才）'],
  ])('fails tiers for %j', (given, reason) => {
    expect(checkEligibility({ tiers: ['A', 'B', 'C'] }, given, AS_OF)).toEqual({
      status: 'ineligible',
      criterion: 'tiers',
      reason,
    });
  });

  test.each([
    [{ title: '无' as const }, '要求正高级或副高级职称，您没有职称'],
    [{ title: '中级' as const }, '要求正高级或副高级职称，您的职称为中级'],
  ])('fails titles for %j', (given, reason) => {
    expect(checkEligibility({ titles: ['正高级', '副高级'] }, given, AS_OF)).toEqual({
      status: 'ineligible',
      criterion: 'titles',
      reason,
    });
  });

  test.each([
    [35, 'eligible'],
    [36, 'ineligible'],
  ])('maxAge 35 boundary: age %i is %s', (age, status) => {
    expect(checkEligibility({ maxAge: 35 }, { age }, AS_OF).status).toBe(status);
  });

  test.each([
    // graduatedWithinYears uses the as-of YEAR: on 2026-11-21, 2021 graduates are 5 years out.
    [2021, 5, 'eligible'],
    [2020, 5, 'ineligible'],
    [2026, 0, 'eligible'],
    [2025, 0, 'ineligible'],
    [2027, 0, 'eligible'],
  ])(
    'graduatedWithinYears boundary: graduating %i within %i years is %s',
    (graduationYear, years, status) => {
      expect(
        checkEligibility({ graduatedWithinYears: years }, { graduationYear }, AS_OF).status,
      ).toBe(status);
    },
  );

  test('counts graduation years by the as-of year, not the day', () => {
    expect(
      checkEligibility({ graduatedWithinYears: 5 }, { graduationYear: 2021 }, '2026-01-01').status,
    ).toBe('eligible');
    expect(
      checkEligibility({ graduatedWithinYears: 5 }, { graduationYear: 2021 }, '2027-01-01').status,
    ).toBe('ineligible');
  });

  test('requires membership of every listed group', () => {
    expect(
      checkEligibility({ groups: ['返乡人才'] }, { groups: ['返乡人才', '高校毕业生'] }, AS_OF)
        .status,
    ).toBe('eligible');
    expect(
      checkEligibility({ groups: ['返乡人才', '创业人才'] }, { groups: ['返乡人才'] }, AS_OF)
        .status,
    ).toBe('ineligible');
  });

  test('passes fullTime only for a full-time answer', () => {
    expect(checkEligibility({ fullTime: true }, { fullTime: true }, AS_OF).status).toBe('eligible');
    expect(checkEligibility({ fullTime: true }, { fullTime: false }, AS_OF).status).toBe(
      'ineligible',
    );
    expect(checkEligibility({ fullTime: true }, { fullTime: null }, AS_OF).status).toBe('unknown');
  });
});
