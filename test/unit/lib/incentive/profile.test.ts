import { describe, expect, test } from 'vitest';
import {
  PROFILE_KEYS,
  describeProfile,
  parseProfile,
  profileFromQuery,
  profileToQuery,
  type Profile,
} from '../../../../src/lib/incentive/profile.ts';
import { stringContaining } from '../../../support/matchers.ts';

const profile = (overrides: Partial<Profile> = {}): Profile => ({
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

describe('parseProfile', () => {
  test('accepts a complete profile as it is', () => {
    expect(parseProfile(profile())).toEqual({ profile: profile(), problems: [] });
  });

  test('treats null as not answered', () => {
    expect(parseProfile({ age: null, groups: null, fullTime: false }).profile).toEqual({
      fullTime: false,
    });
  });

  test('keeps an empty groups list: the answer "none of them"', () => {
    expect(parseProfile({ groups: [] }).profile).toEqual({ groups: [] });
  });

  test('names an unknown key and lists the known ones', () => {
    const { problems } = parseProfile({ degree: '本科' });
    expect(problems).toEqual([{ field: 'degree', message: stringContaining('不认识的字段') }]);
    expect(problems[0]!.message).toContain(PROFILE_KEYS.join('、'));
  });

  test.each([
    ['education', '小学', '应为以下之一：博士研究生'],
    ['fullTime', 'yes', '应为 true 或 false'],
    ['age', 28.5, '应为 1 到 120 之间的整数'],
    ['age', '28', '现为 「28」'],
    ['age', 0, '应为 1 到 120 之间的整数'],
    ['age', 121, '应为 1 到 120 之间的整数'],
    ['graduationYear', 1949, '应为 1950 到 2100 之间的整数'],
    ['groups', '返乡人才', '应为列表'],
    ['groups', ['返乡人才', '外星人'], '应为列表'],
    ['groups', ['返乡人才', '返乡人才'], '重复'],
    ['tier', 'F', '应为以下之一：A、B、C、D、E、无'],
    ['title', '高级', '应为以下之一：正高级、副高级、中级、初级、无'],
    ['employer', '政府', '应为以下之一：企业'],
  ])('reports a bad %s (%j)', (field, value, message) => {
    const { problems, profile: parsed } = parseProfile({ [field]: value });
    expect(problems).toEqual([{ field, message: stringContaining(message) }]);
    expect(parsed).toEqual({});
  });

  test('reports every problem at once', () => {
    expect(parseProfile({ age: -1, tier: 'Z', x: 1 }).problems.map((p) => p.field)).toEqual([
      'age',
      'tier',
      'x',
    ]);
  });

  test.each([[[]], ['text'], [null], [3]])('rejects a file that is not an object: %j', (value) => {
    expect(parseProfile(value).problems[0]!.message).toContain('应为 JSON 对象');
  });
});

describe('profileFromQuery', () => {
  test('reads the specification example', () => {
    expect(profileFromQuery('?education=硕士研究生&age=28&groups=高校毕业生,返乡人才')).toEqual({
      profile: { education: '硕士研究生', age: 28, groups: ['高校毕业生', '返乡人才'] },
      ignored: [],
    });
  });

  test('reads repeated list parameters, as a form without script sends them', () => {
    expect(profileFromQuery('groups=高校毕业生&groups=返乡人才').profile).toEqual({
      groups: ['高校毕业生', '返乡人才'],
    });
  });

  test('reads groups=无 as belonging to none of the groups, and ignores 无 beside real groups', () => {
    expect(profileFromQuery('groups=无').profile).toEqual({ groups: [] });
    expect(profileFromQuery('groups=无,返乡人才').profile).toEqual({ groups: ['返乡人才'] });
  });

  test('reads booleans, tiers and titles including 无', () => {
    expect(profileFromQuery('fullTime=false&tier=无&title=中级&employer=自主创业').profile).toEqual(
      { fullTime: false, tier: '无', title: '中级', employer: '自主创业' },
    );
  });

  test('treats empty values as unanswered, as a submitted empty form sends them', () => {
    expect(
      profileFromQuery('education=&fullTime=&age=&graduationYear=&tier=&title=&employer='),
    ).toEqual({ profile: {}, ignored: [] });
  });

  test.each([
    ['age=abc', 'age'],
    ['age=28.5', 'age'],
    ['age=999', 'age'],
    ['fullTime=yes', 'fullTime'],
    ['education=小学', 'education'],
    ['groups=外星人', 'groups'],
    ['tier=A&tier=B', 'tier'],
  ])('leaves out what it cannot read: %s', (query, key) => {
    expect(profileFromQuery(query)).toEqual({ profile: {}, ignored: [key] });
  });

  test('ignores parameters that are not profile questions', () => {
    expect(profileFromQuery('utm_source=x&age=30').profile).toEqual({ age: 30 });
  });
});

describe('profileToQuery', () => {
  test('writes answered fields in form order with readable commas', () => {
    const query = profileToQuery({
      groups: ['高校毕业生', '返乡人才'],
      age: 28,
      education: '硕士研究生',
      tier: null,
    });
    expect(query).toBe(
      `education=${encodeURIComponent('硕士研究生')}&age=28&groups=${encodeURIComponent('高校毕业生')},${encodeURIComponent('返乡人才')}`,
    );
  });

  test('writes an empty groups list as 无', () => {
    expect(profileToQuery({ groups: [] })).toBe(`groups=${encodeURIComponent('无')}`);
  });

  test('round-trips through profileFromQuery', () => {
    for (const p of [
      profile(),
      profile({ groups: [], fullTime: false }),
      {},
      { tier: 'A' as const, title: '正高级' as const },
    ]) {
      expect(profileFromQuery(profileToQuery(p)).profile).toEqual(p);
    }
  });
});

describe('describeProfile', () => {
  test('puts every answer in words, in form order', () => {
    expect(describeProfile(profile()).map((a) => `${a.label}：${a.text}`)).toEqual([
      '学历：硕士研究生',
      '是否全日制：是',
      '年龄：28周岁',
      '毕业年份：2024年',
      '所属群体：高校毕业生、返乡人才',
      '人才层次：未经认定',
      '职称：无职称',
      '用人类型：企业',
    ]);
  });

  test('says 以上都不属于 for an empty groups list, and leaves out unanswered questions', () => {
    expect(
      describeProfile({ groups: [], fullTime: false, tier: 'B', title: '中级', age: null }),
    ).toEqual([
      { key: 'fullTime', label: '是否全日制', text: '否' },
      { key: 'groups', label: '所属群体', text: '以上都不属于' },
      { key: 'tier', label: '人才层次', text: 'B类' },
      { key: 'title', label: '职称', text: '中级' },
    ]);
  });
});
