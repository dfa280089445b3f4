import { describe, expect, test } from 'vitest';
import {
  amountToken,
  annexToken,
  articleToken,
  divisionTokenLabel,
  divisionTokens,
  docNumberToken,
  findAmounts,
  findDivisionRefs,
  findDocNumbers,
  isDivisionToken,
  promulgationToken,
} from '../../../../src/lib/search/searchTokens.ts';

describe('findDocNumbers', () => {
  test.each([
    ['澄委人才办发〔2024〕12号', '澄委人才办发', 2024, 12],
    ['澄住建发[2020]15号', '澄住建发', 2020, 15],
    ['澄住建发［2020］15号', '澄住建发', 2020, 15],
    ['澄人社发(2025)9号', '澄人社发', 2025, 9],
    ['澄人社发（2025）9号', '澄人社发', 2025, 9],
    ['澄府办发【2023】11号', '澄府办发', 2023, 11],
    ['〔2024〕9号', null, 2024, 9],
    ['2025年8号', null, 2025, 8],
    ['2025年第8号', null, 2025, 8],
    ['澄委组发2024年6号', '澄委组发', 2024, 6],
    ['澄委办发 〔2024〕 9 号', '澄委办发', 2024, 9],
  ])('reads %s as %s, %i, %i', (text, issuerCode, year, number) => {
    expect(findDocNumbers(text)).toMatchObject([{ issuerCode, year, number }]);
  });

  test('finds every document number in a text, with where each is', () => {
    const text = '依据澄委办发〔2021〕18号和澄委办发〔2024〕9号';
    const found = findDocNumbers(text);
    expect(found.map((d) => [d.year, d.number])).toEqual([
      [2021, 18],
      [2024, 9],
    ]);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('和澄委办发〔2024〕9号');
  });

  test.each(['2024年12月', '第12号文件', '2024', '〔24〕9号', '12号'])(
    'finds no document number in %s',
    (text) => {
      expect(findDocNumbers(text)).toEqual([]);
    },
  );
});

describe('findDocNumbers: 公告, 通告 and 令 numbers (2026-12)', () => {
  test.each([
    ['广州市第十六届人民代表大会常务委员会公告（第11号）', 'gonggao11h', 11],
    ['某市人民代表大会常务委员会公告第11号', 'gonggao11h', 11],
    ['某市人民政府通告(第3号)', 'tonggao3h', 3],
    ['中华人民共和国国务院令第619号', 'ling619h', 619],
    ['人力资源和社会保障部令（第1号）', 'ling1h', 1],
    ['国务院令 第 700 号', 'ling700h', 700],
  ])('%s → %s', (text, token, number) => {
    expect(findDocNumbers(text)).toMatchObject([{ year: null, number, token }]);
  });

  test('names the issuer before the number, so a query can keep it', () => {
    expect(findDocNumbers('国务院令第619号')[0]!.issuerCode).toBe('国务院');
  });

  test('finds both kinds in one text, in text order', () => {
    expect(findDocNumbers('依照国务院令第619号和澄委组发〔2024〕6号').map((d) => d.token)).toEqual([
      'ling619h',
      'wh2024n6h',
    ]);
  });

  test.each(['命令', '第11号', '公告2025年', '令人满意'])('finds none in %s', (text) => {
    expect(findDocNumbers(text)).toEqual([]);
  });
});

describe('promulgationToken', () => {
  test('is one lower-case ASCII word that is never the prefix of another', () => {
    expect(promulgationToken('令', 619)).toBe('ling619h');
    expect(promulgationToken('令', 619).startsWith(promulgationToken('令', 61))).toBe(false);
    expect(promulgationToken('公告', 11)).toMatch(/^[a-z0-9]+$/);
  });
});

describe('docNumberToken', () => {
  test('is one lower-case ASCII word that is never the prefix of another', () => {
    expect(docNumberToken(2024, 12)).toBe('wh2024n12h');
    expect(docNumberToken(2024, 12).startsWith(docNumberToken(2024, 1))).toBe(false);
  });
});

describe('findAmounts', () => {
  test.each([
    ['20万元', [200000]],
    ['1.5万元', [15000]],
    ['2000元/月', [2000]],
    ['每月2000元', [2000]],
    ['1.2亿元', [120000000]],
    ['500—800元', [500, 800]],
    ['8万—50万元', [80000, 500000]],
    ['3—5万元', [30000, 50000]],
    ['5000元—1万元', [5000, 10000]],
    ['20万元至100万元', [200000, 1000000]],
    ['１万元', []],
  ])('reads %s as %j 元', (text, yuan) => {
    expect(findAmounts(text).map((a) => a.yuan)).toEqual(yuan);
  });

  test.each(['2.3万人', '3800亩', '2024年', '第5条', '0元'])('finds no amount in %s', (text) => {
    expect(findAmounts(text)).toEqual([]);
  });
});

describe('amountToken', () => {
  test('is one ASCII word that is never the prefix of another amount', () => {
    expect(amountToken(200000)).toBe('200000yuan');
    expect(amountToken(20000).startsWith(amountToken(2000))).toBe(false);
  });
});

describe('findDivisionRefs', () => {
  test.each([
    ['第五十二条', 'tiao52t', '第五十二条'],
    ['五十二条', 'tiao52t', '五十二条'],
    ['第52条', 'tiao52t', '第52条'],
    ['第 52 条', 'tiao52t', '第 52 条'],
    ['52条', 'tiao52t', '52条'],
    ['条例第五十二条', 'tiao52t', '第五十二条'],
    ['条例五十二条', 'tiao52t', '五十二条'],
    ['山东省人才发展促进条例第52条', 'tiao52t', '第52条'],
    ['第一百零二条', 'tiao102t', '第一百零二条'],
    ['第十条', 'tiao10t', '第十条'],
    ['第五十二条第一款', 'tiao52t', '第五十二条第一款'],
    ['第五条第二款第（三）项', 'tiao5t', '第五条第二款第（三）项'],
    ['五十二条第一款 规定', 'tiao52t', '五十二条第一款'],
    ['附件1', 'fujian1f', '附件1'],
    ['附件一', 'fujian1f', '附件一'],
    ['附录2', 'fujian2f', '附录2'],
  ])('reads %s as %s, from the words %s', (text, token, written) => {
    const [ref, ...rest] = findDivisionRefs(text);
    expect(rest).toEqual([]);
    expect(ref!.token).toBe(token);
    expect(text.slice(ref!.start, ref!.end)).toBe(written);
  });

  test('finds an annex and an article of it, in order', () => {
    expect(findDivisionRefs('附件一第三条').map((r) => [r.kind, r.number])).toEqual([
      ['annex', 1],
      ['article', 3],
    ]);
  });

  test.each([
    '一条龙服务',
    '这两条',
    '两条意见',
    '第一条件',
    '第三条例',
    '共60条',
    '本条例',
    '附件',
    '条款',
  ])('finds no article or annex in %s', (text) => {
    expect(findDivisionRefs(text)).toEqual([]);
  });
});

describe('division tokens', () => {
  test('are ASCII words, none the prefix of another', () => {
    expect(articleToken(52)).toBe('tiao52t');
    expect(annexToken(1)).toBe('fujian1f');
    expect(articleToken(52).startsWith(articleToken(5))).toBe(false);
    // Pagefind falls back to the longest indexed word a query word begins with: never a number.
    expect(articleToken(999)).toMatch(/^[a-z]+\d+[a-z]+$/);
    expect(annexToken(9)).toMatch(/^[a-z]+\d+[a-z]+$/);
    expect(isDivisionToken('tiao52t')).toBe(true);
    expect(isDivisionToken('fujian1f')).toBe(true);
    expect(isDivisionToken('200000yuan')).toBe(false);
    expect(isDivisionToken('wh2024n6h')).toBe(false);
  });

  test.each([
    ['art-52', ['tiao52t']],
    ['annex-1-art-5', ['tiao5t']],
    ['annex-2', ['fujian2f']],
    ['art-5-2', []],
    ['art-5-2-1', []],
    ['ch-3', []],
    ['part-2', []],
    ['annex-1-part-2', []],
  ])('of the element %s: %j', (anchor, tokens) => {
    expect(divisionTokens(anchor)).toEqual(tokens);
  });

  test('label an article token as the text writes it, and no annex', () => {
    expect(divisionTokenLabel('tiao52t')).toBe('第五十二条');
    expect(divisionTokenLabel('tiao10t')).toBe('第十条');
    expect(divisionTokenLabel('fujian1f')).toBeNull();
    expect(divisionTokenLabel('人才')).toBeNull();
  });
});
