import { describe, expect, test } from 'vitest';
import {
  BENEFIT_SYNONYMS,
  contentTokens,
  incentiveKeywords,
  issuerAliases,
  MAX_TERM_LENGTH,
  policyKeywords,
  searchTerms,
  talentKeywords,
  type PolicyKeywordInput,
  type WordSegmenter,
} from '../../../../src/lib/search/searchKeywords.ts';
import { BENEFITS } from '../../../../src/schemas/vocabularies.ts';

/** A segmenter that knows the given words (and ASCII runs), so tests do not depend on ICU's dictionary. */
const splitAt =
  (words: string[]): WordSegmenter =>
  (text) => {
    const out: { segment: string; index: number; isWordLike: boolean }[] = [];
    let at = 0;
    while (at < text.length) {
      const word =
        words.find((w) => text.startsWith(w, at)) ??
        /^[a-z0-9]+/u.exec(text.slice(at))?.[0] ??
        text[at]!;
      out.push({ segment: word, index: at, isWordLike: /[\p{L}\p{N}]/u.test(word) });
      at += word.length;
    }
    return out;
  };

const policy = (overrides: Partial<PolicyKeywordInput> = {}): PolicyKeywordInput => ({
  title: '澄溪县人才公寓管理办法',
  kind: '办法',
  issuer: ['澄溪县住房和城乡建设局'],
  docNumber: '澄住建发〔2025〕8号',
  texts: [],
  ...overrides,
});

describe('searchTerms', () => {
  test('writes a term from every word boundary up to the next punctuation', () => {
    expect(searchTerms(['租房补贴，每月'], splitAt(['租房', '补贴', '每月']))).toEqual([
      '租房补贴',
      '补贴',
      '每月',
    ]);
  });

  test('caps a term at MAX_TERM_LENGTH characters', () => {
    const terms = searchTerms(['高校毕业生租房补贴'], splitAt(['高校', '毕业生', '租房', '补贴']));
    expect(terms).toEqual(['高校毕业生租', '毕业生租房补', '租房补贴', '补贴']);
    expect(Math.max(...terms.map((t) => [...t].length))).toBe(MAX_TERM_LENGTH);
  });

  test('keeps ASCII words whole, lower-cased, and full-width forms normalised', () => {
    expect(searchTerms(['WH2024N12H ２０２４'], splitAt([]))).toEqual(['wh2024n12h', '2024']);
  });

  test('makes every query word that starts at a boundary a prefix of a term, with the real segmenter', () => {
    const terms = searchTerms(['澄溪县人才公寓管理办法']);
    for (const word of ['人才', '人才公寓', '公寓', '管理办法', '办法'])
      expect(terms.some((t) => t.startsWith(word))).toBe(true);
  });

  test('gives each term once, in order of appearance', () => {
    expect(searchTerms(['补贴 补贴', '补贴'], splitAt(['补贴']))).toEqual(['补贴']);
  });
});

describe('issuerAliases', () => {
  test.each([
    ['澄溪县人力资源和社会保障局', '人社局'],
    ['澄溪县住房和城乡建设局', '住建局'],
    ['澄溪县卫生健康局', '卫健局'],
    ['中共澄溪县委组织部', '组织部'],
    ['中共澄溪县委人才工作领导小组办公室', '人才办'],
    ['澄溪县人民政府办公室', '政府办'],
    ['中共澄溪县委办公室', '县委办'],
  ])('gives %s the short form %s', (issuer, alias) => {
    expect(issuerAliases(issuer)).toContain(alias);
  });

  test('gives an unknown body no short form', () => {
    expect(issuerAliases('澄溪县气象局')).toEqual([]);
  });
});

describe('BENEFIT_SYNONYMS', () => {
  test('covers every benefit of the vocabulary', () => {
    expect(Object.keys(BENEFIT_SYNONYMS).sort()).toEqual([...BENEFITS].sort());
  });
});

describe('contentTokens', () => {
  test('finds every document number and amount, sorted and once each', () => {
    expect(
      contentTokens([
        '依据澄委组发〔2024〕6号，给予20万元',
        '另给予20万元；澄委办发〔2021〕18号废止',
        undefined,
      ]),
    ).toEqual({
      docNumbers: ['wh2021n18h', 'wh2024n6h'],
      amounts: ['200000yuan'],
    });
  });
});

describe('policyKeywords', () => {
  test('gives a 令 or 公告 number its token, so that it is found like a 〔〕 number', () => {
    const fields = policyKeywords(
      policy({ docNumber: '中华人民共和国国务院令第619号', texts: ['依照国务院令第488号'] }),
    );
    expect(fields.keywords.split(' ')).toContain('ling619h');
    expect(fields.related.split(' ')).toContain('ling488h');
  });

  test('keeps the own document number in keywords and cited ones in related', () => {
    const fields = policyKeywords(
      policy({ texts: ['《澄溪县人才公寓管理暂行办法》（澄住建发〔2020〕15号）同时废止。'] }),
    );
    expect(fields.keywords.split(' ')).toContain('wh2025n8h');
    expect(fields.keywords.split(' ')).not.toContain('wh2020n15h');
    expect(fields.related.split(' ')).toEqual(['wh2020n15h']);
  });

  test('relates a 解读 to the document number of the policy it explains', () => {
    const fields = policyKeywords(
      policy({ kind: '解读', docNumber: undefined, interpretsDocNumber: '澄委组发〔2024〕6号' }),
    );
    expect(fields.related).toBe('wh2024n6h');
    expect(fields.keywords.split(' ')).toContain('政策解读');
  });

  test('names the issuers in full and in short, with the 索引号 and tags', () => {
    const words = policyKeywords(
      policy({ indexNo: 'CXRC-2025-00008', tags: ['住房保障'] }),
    ).keywords.split(' ');
    expect(words).toEqual(expect.arrayContaining(['住建局', 'cxrc', '00008', '住房保障']));
    expect(words.some((w) => w.startsWith('住房和城乡'))).toBe(true);
  });

  test('relates a policy with a 解读 to the word 解读, and writes its 机关代字 as terms', () => {
    const fields = policyKeywords(policy({ hasInterpretation: true }));
    expect(fields.related.split(' ')).toContain('解读');
    expect(fields.keywords.split(' ').some((w) => w.startsWith('澄住建发'))).toBe(true);
    expect(policyKeywords(policy()).related.split(' ')).not.toContain('解读');
  });

  test('puts the amounts a policy names in related, not keywords', () => {
    const fields = policyKeywords(policy({ texts: ['给予5万元补贴'] }));
    expect(fields.related.split(' ')).toContain('50000yuan');
    expect(fields.keywords).not.toContain('yuan');
  });

  test('writes the title as search terms', () => {
    expect(policyKeywords(policy()).titleTerms.split(' ')).toEqual(
      expect.arrayContaining(['人才公寓管理', '管理办法']),
    );
  });
});

describe('incentiveKeywords', () => {
  test('gives an incentive its own amounts, what people call its benefit, and who may apply', () => {
    const fields = incentiveKeywords({
      title: '博士研究生安家补贴',
      benefit: '安家补贴',
      education: ['博士研究生'],
      groups: ['返乡人才'],
      amount: { min: 200000, max: 200000 },
      policyDocNumber: '澄委组发〔2024〕6号',
      texts: ['另有1万元'],
    });
    const words = fields.keywords.split(' ');
    expect(words).toEqual(expect.arrayContaining(['200000yuan', '安家费', '博士', '返乡']));
    expect(words).not.toContain('10000yuan');
    expect(fields.related.split(' ')).toEqual(['wh2024n6h', '10000yuan']);
  });

  test('lets 孩子 上学 find 子女入学', () => {
    const words = incentiveKeywords({
      title: '高层次人才子女入学',
      benefit: '子女入学',
      texts: [],
    }).keywords.split(' ');
    expect(words).toEqual(expect.arrayContaining(['孩子', '上学']));
  });

  test('relates an incentive to the article it rests on, so that naming the article finds it', () => {
    const related = (policyClause?: string) =>
      incentiveKeywords({ title: '人才公寓', benefit: '人才公寓', policyClause, texts: [] })
        .related.split(' ')
        .filter(Boolean);
    expect(related('第五十二条第一款')).toEqual(['tiao52t']);
    expect(related('附件1第三条')).toEqual(['fujian1f', 'tiao3t']);
    expect(related()).toEqual([]);
  });
});

describe('policyKeywords and divisions', () => {
  test('makes the tokens of a policy’s articles and annexes keywords, and of nothing else', () => {
    const keywords = policyKeywords({
      title: '条例',
      kind: '条例',
      issuer: ['山东省人民代表大会常务委员会'],
      texts: [],
      anchors: ['ch-1', 'art-1', 'art-1-2', null, 'art-52', 'annex-1', 'annex-1-art-3', 'part-1'],
    }).keywords.split(' ');
    expect(keywords.filter((w) => /^(?:tiao|fujian)\d/.test(w))).toEqual([
      'tiao1t',
      'tiao52t',
      'fujian1f',
      'tiao3t',
    ]);
  });
});

describe('talentKeywords', () => {
  test('names the team, field, employer and tier that the page does not index as text', () => {
    const fields = talentKeywords({
      name: '陶景川',
      team: '高技能人才',
      field: '玉雕',
      organization: '澄溪县景川玉雕工作室',
      tierLabel: 'C类（省级领军人才）',
      texts: [],
    });
    const words = fields.keywords.split(' ');
    expect(words).toEqual(expect.arrayContaining(['高技能人才', '玉雕', '人物']));
    expect(words.some((w) => w.startsWith('景川玉雕'))).toBe(true);
    expect(fields.titleTerms.split(' ')[0]).toBe('陶景川');
  });

  test('adds the returnee words only for returnees', () => {
    expect(
      talentKeywords({ name: '甲', team: '党政人才', field: '乡村规划', returnee: true, texts: [] })
        .keywords,
    ).toContain('返乡');
    expect(
      talentKeywords({ name: '甲', team: '党政人才', field: '乡村规划', texts: [] }).keywords,
    ).not.toContain('返乡');
  });
});
