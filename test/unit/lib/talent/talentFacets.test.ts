import { describe, expect, test } from 'vitest';
import {
  facetPages,
  fieldCode,
  fieldCodes,
  talentFacets,
  type FacetTalent,
} from '../../../../src/lib/talent/talentFacets.ts';

const talent = (slug: string, overrides: Partial<FacetTalent['data']> = {}): FacetTalent => ({
  slug,
  data: { team: '高技能人才', field: '玉雕', ...overrides },
});

const group = (kind: string, talents: FacetTalent[]) =>
  talentFacets(talents).find((g) => g.kind === kind)!;

describe('fieldCode', () => {
  test.each([
    ['新材料', 'xincailiao'],
    ['中医', 'zhongyi'],
    ['社会工作', 'shehuigongzuo'],
    ['绿茶', 'lvcha'],
    ['AI 芯片', 'ai-xinpian'],
    ['5G通信', '5g-tongxin'],
    ['  玉雕（和田玉）', 'yudiao-hetianyu'],
    ['———', 'field'],
  ])('turns %s into the ASCII segment %s', (field, code) => {
    expect(fieldCode(field)).toBe(code);
    expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('fieldCodes', () => {
  test('gives fields with the same pinyin different codes, in code-point order', () => {
    const codes = fieldCodes(['石油', '食油', '新材料', '石油']);
    expect(codes.size).toBe(3);
    expect(new Set(codes.values()).size).toBe(3);
    const [first, second] = ['石油', '食油'].sort();
    expect(codes.get(first!)).toBe('shiyou');
    expect(codes.get(second!)).toBe('shiyou-2');
  });
});

describe('talentFacets', () => {
  test('lists all six teams, with the talents of each in input order', () => {
    const teams = group('team', [talent('b'), talent('a', { team: '党政人才' }), talent('c')]);
    expect(teams.values.map((v) => v.label)).toEqual([
      '党政人才',
      '企业经营管理人才',
      '专业技术人才',
      '高技能人才',
      '农村实用人才',
      '社会工作人才',
    ]);
    expect(teams.values.find((v) => v.label === '高技能人才')).toMatchObject({
      code: 'gaojineng',
      path: '/talents/team/gaojineng/',
      slugs: ['b', 'c'],
    });
    expect(teams.values.find((v) => v.label === '社会工作人才')!.slugs).toEqual([]);
  });

  test('lists only the fields that occur, in code order', () => {
    const fields = group('field', [
      talent('a', { field: '中医' }),
      talent('b', { field: '茶叶' }),
      talent('c', { field: '中医' }),
    ]);
    expect(fields.values.map((v) => [v.code, v.label, v.slugs])).toEqual([
      ['chaye', '茶叶', ['b']],
      ['zhongyi', '中医', ['a', 'c']],
    ]);
    expect(fields.values[0]!.path).toBe('/talents/field/chaye/');
  });

  test('puts a talent under every honour level it holds at least once', () => {
    const honors = group('honor', [
      talent('a', { honors: [{ level: '国家级' }, { level: '县级' }, { level: '县级' }] }),
      talent('b', { honors: [{ level: '县级' }] }),
      talent('c'),
    ]);
    expect(honors.values.map((v) => [v.code, v.label, v.slugs])).toEqual([
      ['national', '国家级荣誉', ['a']],
      ['provincial', '省级荣誉', []],
      ['municipal', '市级荣誉', []],
      ['county', '县级荣誉', ['a', 'b']],
    ]);
  });

  test('selects returnees only when returnee is true', () => {
    const returnee = group('returnee', [
      talent('a', { returnee: true }),
      talent('b', { returnee: false }),
      talent('c'),
    ]);
    expect(returnee.values).toEqual([
      {
        kind: 'returnee',
        code: 'returnee',
        label: '返乡人才',
        path: '/talents/returnee/',
        slugs: ['a'],
      },
    ]);
  });
});

describe('facetPages', () => {
  test('builds a page for every value that selects someone, and none for empty values', () => {
    const pages = facetPages(talentFacets([talent('a', { returnee: true })]));
    expect(pages.map((p) => p.path)).toEqual([
      '/talents/team/gaojineng/',
      '/talents/field/yudiao/',
      '/talents/returnee/',
    ]);
  });
});
