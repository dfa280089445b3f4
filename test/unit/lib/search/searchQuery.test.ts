import { describe, expect, test } from 'vitest';
import {
  dropQuestionWords,
  MAX_QUERY_LENGTH,
  prepareQuery,
  tidyQuery,
} from '../../../../src/lib/search/searchQuery.ts';

const queries = (raw: string) => prepareQuery(raw).attempts.map((a) => a.query);

describe('tidyQuery', () => {
  test.each([
    ['  澄委组发［２０２４］６号 ', '澄委组发[2024]6号'],
    ['博士\u3000 安家补贴', '博士 安家补贴'],
    ['ＡＢＣ１２３', 'ABC123'],
  ])('tidies %j to %j', (raw, tidy) => {
    expect(tidyQuery(raw)).toBe(tidy);
  });

  test('caps the length', () => {
    expect(tidyQuery('补'.repeat(200))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('dropQuestionWords', () => {
  test.each([
    ['人才公寓怎么申请', '人才公寓 申请'],
    ['人才补贴在哪里申报？', '人才补贴 申报'],
    ['返乡硕士每月补贴多少', '返乡硕士每月补贴'],
    ['安家补贴', '安家补贴'],
    ['博士 安家补贴', '博士 安家补贴'],
  ])('turns %s into %s', (raw, plain) => {
    expect(dropQuestionWords(raw)).toBe(plain);
  });

  test('keeps a query made only of question words', () => {
    expect(dropQuestionWords('怎么办')).toBe('怎么办');
    expect(dropQuestionWords('吗')).toBe('吗');
  });
});

describe('prepareQuery', () => {
  test('looks a document number up by its token, with and without the 机关代字, then by its words', () => {
    const prepared = prepareQuery('澄委组发［２０２４］６号');
    expect(prepared.text).toBe('澄委组发[2024]6号');
    expect(prepared.attempts).toEqual([
      { query: '澄委组发 wh2024n6h', loose: false, lookup: true },
      { query: 'wh2024n6h', loose: false, lookup: true },
      { query: '澄委组发 2024 6号', loose: true, lookup: false },
    ]);
  });

  test.each([
    ['〔2024〕9号', 'wh2024n9h'],
    ['2025年8号', 'wh2025n8h'],
    ['澄住建发[2020]15号', '澄住建发 wh2020n15h'],
    ['人才公寓 澄住建发〔2025〕8号', '人才公寓 澄住建发 wh2025n8h'],
    ['国务院令第619号', '国务院 ling619h'],
    [
      '广州市第十六届人民代表大会常务委员会公告（第11号）',
      '广州市第十六届人民代表大会常务委员会 gonggao11h',
    ],
  ])('reads the document number in %s', (raw, first) => {
    expect(queries(raw)[0]).toBe(first);
  });

  test('adds an amount token to the words that say the amount', () => {
    expect(queries('20万元')).toEqual(['20万元 200000yuan', '20万元']);
    expect(queries('每月2000元')[0]).toBe('每月2000元 2000yuan');
    expect(queries('８万—５０万元')[0]).toBe('8万 50万元 80000yuan 500000yuan');
  });

  test('sends a plain query once, without its question words', () => {
    expect(prepareQuery('人才公寓怎么申请').attempts).toEqual([
      { query: '人才公寓 申请', loose: false, lookup: false },
    ]);
  });

  test('has nothing to send for an empty query', () => {
    expect(prepareQuery('   ')).toEqual({ text: '', attempts: [], tokenKinds: [] });
  });

  test.each([
    ['第五十二条', ['tiao52t', '第五十二条']],
    ['五十二条', ['tiao52t', '五十二条']],
    ['第52条', ['tiao52t', '第52条']],
    ['第５２条', ['tiao52t', '第52条']],
    ['条例第五十二条', ['条例 tiao52t', '条例第五十二条']],
    [
      '山东省人才发展促进条例第五十二条',
      ['山东省人才发展促进条例 tiao52t', '山东省人才发展促进条例第五十二条'],
    ],
    ['第五十二条第一款', ['tiao52t', '第五十二条第一款']],
    ['第五十二条怎么规定的', ['规定 tiao52t', '第五十二条 规定']],
    ['附件1第三条', ['fujian1f tiao3t', '附件1第三条']],
  ])(
    'looks the article or annex named in %s up by its token, then by its words',
    (raw, expected) => {
      const prepared = prepareQuery(raw);
      expect(prepared.attempts.map((a) => a.query)).toEqual(expected);
      expect(prepared.attempts.map((a) => a.loose)).toEqual([false, true]);
      expect(prepared.attempts.some((a) => a.lookup)).toBe(false);
      expect(prepared.tokenKinds).toEqual(['division']);
    },
  );

  test('keeps an article token beside a document number and an amount', () => {
    expect(queries('澄委组发〔2024〕6号第十条')[0]).toBe('澄委组发 wh2024n6h tiao10t');
    expect(prepareQuery('澄委组发〔2024〕6号第十条').tokenKinds).toEqual(['docNumber', 'division']);
    expect(queries('第十条 20万元')[0]).toBe('20万元 200000yuan tiao10t');
  });

  test('says what its tokens stand for', () => {
    expect(prepareQuery('〔2024〕9号').tokenKinds).toEqual(['docNumber']);
    expect(prepareQuery('20万元').tokenKinds).toEqual(['amount']);
    expect(prepareQuery('人才公寓').tokenKinds).toEqual([]);
  });

  test('reads no article in words that only contain 条', () => {
    expect(queries('一条龙服务')).toEqual(['一条龙服务']);
    expect(queries('条例')).toEqual(['条例']);
  });
});
