import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { documentBlocks } from '../../../../src/lib/policy/documentBlocks.ts';
import {
  divisionOf,
  itemOf,
  partOf,
  readDocumentStructure,
  type PolicyStructure,
} from '../../../../src/lib/policy/documentStructure.ts';
import { toChineseNumeral } from '../../../../src/lib/shared/chineseNumerals.ts';

const REAL = 'test/fixtures/real/policies';
const structureOf = (body: string) => readDocumentStructure(documentBlocks(body));
const real = (file: string): PolicyStructure =>
  structureOf(matter(readFileSync(`${REAL}/${file}`, 'utf8')).content);
const anchorsOf = (s: PolicyStructure) =>
  s.roles.flatMap((r) => [r.anchor, r.innerAnchor]).filter((a): a is string => a !== null);
const count = (s: PolicyStructure) => ({
  chapters: s.chapters.length,
  articles: s.articles.length,
  clauses: s.articles.reduce((n, a) => n + a.clauses.length, 0),
  items: s.articles.reduce((n, a) => n + a.clauses.reduce((m, c) => m + c.items.length, 0), 0),
  parts: s.parts.length,
  partItems: s.parts.reduce((n, p) => n + p.items.length, 0),
  annexes: s.annexes.length,
});

describe('the labels a block begins with', () => {
  test.each([
    ['第一条　为了……', { kind: 'article', number: 1, label: '第一条' }],
    ['第一百零二条', { kind: 'article', number: 102, label: '第一百零二条' }],
    ['第三章　保障措施', { kind: 'chapter', number: 3, label: '第三章' }],
    ['第二节　引进', { kind: 'section', number: 2, label: '第二节' }],
  ])('divisionOf(%s)', (text, expected) => {
    expect(divisionOf(text)).toEqual(expected);
  });

  test.each(['依照第十二条', '一、总体要求', '第X条', '第条'])('divisionOf(%s) is null', (text) => {
    expect(divisionOf(text)).toBeNull();
  });

  test('reads items in full-width and ASCII brackets, and parts', () => {
    expect(itemOf('（十三）加强保障')).toEqual({ number: 13, label: '（十三）' });
    expect(itemOf('(五)经过批准的')).toEqual({ number: 5, label: '(五)' });
    expect(itemOf('（1）细目')).toBeNull();
    expect(partOf('三、任职基本条件')).toEqual({ number: 3, label: '三、' });
    expect(partOf('三是加强')).toBeNull();
  });
});

describe('readDocumentStructure on real documents (test/fixtures/real, counts from SOURCES.md)', () => {
  test.each([
    [
      'tiaoli/shandong-rencai-fazhan-cujin-tiaoli.md',
      { chapters: 6, articles: 60, clauses: 114, items: 17 },
    ],
    [
      'tiaoli/guangzhou-qingnian-chuangxin-chuangye-cujin-tiaoli.md',
      { chapters: 0, articles: 27, clauses: 48, items: 24 },
    ],
    [
      'tiaoli/renli-ziyuan-shichang-zanxing-tiaoli.md',
      { chapters: 7, articles: 48, clauses: 66, items: 21 },
    ],
    ['guiding/beijing-jiuye-yuanzhu-guiding.md', { articles: 22, clauses: 40, items: 6 }],
    ['guiding/qiye-zhigong-daixin-nianxiujia-shishi-banfa.md', { articles: 19, clauses: 28 }],
    ['guiding/nvzhigong-laodong-baohu-tebie-guiding.md', { articles: 16, clauses: 24, annexes: 1 }],
    [
      'guiding/zhuanye-jishu-zhiwu-pinren-zhidu-guiding.md',
      { articles: 0, parts: 14, partItems: 0 },
    ],
    [
      'guiding/gaodeng-jiaoyu-guanli-zhize-zanxing-guiding.md',
      { articles: 0, parts: 4, partItems: 36 },
    ],
    [
      'guiding/zhongcai-weiyuanhui-zhongcai-shoufei-banfa.md',
      { articles: 15, clauses: 22, items: 5, annexes: 1 },
    ],
  ])('%s', (file, expected) => {
    expect(count(real(file))).toMatchObject(expected);
  });

  test('a 条例 pasted with 4 leading spaces per paragraph keeps every article and 项', () => {
    const s = real('guiding/beijing-jiuye-yuanzhu-guiding.md');
    expect(s.articles.map((a) => a.anchor)).toEqual(
      Array.from({ length: 22 }, (_, i) => `art-${i + 1}`),
    );
    expect(s.articles[1]?.clauses[1]?.items.map((i) => i.anchor)).toContain('art-2-2-4');
  });

  test('articles pasted from Word on consecutive lines are articles each', () => {
    const s = real('guiding/nvzhigong-laodong-baohu-tebie-guiding.md');
    expect(s.articles.map((a) => a.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  test('a 附录 is an annex with its own parts and items, prefixed anchors', () => {
    const [annex] = real('guiding/nvzhigong-laodong-baohu-tebie-guiding.md').annexes;
    expect(annex).toMatchObject({ label: '附录', anchor: 'annex-1' });
    expect(annex?.parts.map((p) => p.anchor)).toEqual([
      'annex-1-part-1',
      'annex-1-part-2',
      'annex-1-part-3',
      'annex-1-part-4',
    ]);
    expect(annex?.parts[2]?.items[1]?.anchor).toBe('annex-1-part-3-2');
  });

  test('an inline 附件 with its own chapters and articles never takes the main text’s anchors', () => {
    const s = real('bianji/canji-jiuye-tiaoli-xuexi-tongzhi.md');
    expect(s.articles).toEqual([]);
    expect(s.annexes.map((a) => [a.label, a.anchor, a.chapters.length, a.articles.length])).toEqual(
      [
        ['附件1', 'annex-1', 6, 30],
        ['附件2', 'annex-2', 0, 0],
      ],
    );
    expect(s.annexes[0]?.articles[0]?.anchor).toBe('annex-1-art-1');
    expect(s.annexes[0]?.chapters[0]?.anchor).toBe('annex-1-ch-1');
  });

  test('the 附件说明 and the 落款 end the main text and keep their lines', () => {
    const s = real('bianji/canji-jiuye-tiaoli-xuexi-tongzhi.md');
    expect(s.attachmentNote?.split('\n')).toHaveLength(2);
    expect(s.roles.filter((r) => r.role === 'closing')).toHaveLength(1);
  });

  test.each([
    ['yijian/cujin-jiuye-gongzuo-ruogan-yijian.md', 1],
    ['tongzhi/shiye-danwei-kaohe-guiding-tongzhi.md', 1],
    ['bianji/canji-jiuye-tiaoli-xuexi-tongzhi.md', 1],
    ['tiaoli/shandong-rencai-fazhan-cujin-tiaoli.md', 0],
    ['jiedu/shiye-danwei-kaohe-guiding-dajizhewen.md', 0],
  ])('%s: the 主送机关 is the first paragraph when it is a line of addressees (%i)', (file, n) => {
    const s = real(file);
    expect(s.roles.filter((r) => r.role === 'addressee')).toHaveLength(n);
    if (n) expect(s.roles[0]?.role).toBe('addressee');
  });

  test('a first paragraph that is a sentence, a question or an article is no 主送机关', () => {
    for (const body of [
      '为了促进就业，制定本办法：',
      '问：主要内容有哪些：',
      '第一条　各单位：',
      '各乡镇：\n县直各部门：',
    ])
      expect(structureOf(body).roles[0]?.role, body).not.toBe('addressee');
    expect(structureOf('各乡镇党委，县直各部门：\n\n现将有关事项通知如下。').roles[0]?.role).toBe(
      'addressee',
    );
  });

  test('items restart under a second 款 of the same article', () => {
    const s = real('tiaoli/guangzhou-qingnian-chuangxin-chuangye-cujin-tiaoli.md');
    const fourth = s.articles.find((a) => a.number === 4);
    expect(fourth?.clauses[1]?.items.at(-1)?.anchor).toBe('art-4-2-6');
    expect(fourth?.clauses[2]?.items[1]?.anchor).toBe('art-4-3-2');
  });

  test('a document with parts: items restart in every part', () => {
    const s = real('guiding/gaodeng-jiaoyu-guanli-zhize-zanxing-guiding.md');
    expect(s.parts[3]?.items.find((i) => i.number === 5)).toMatchObject({
      anchor: 'part-4-5',
      citation: '四（五）',
    });
  });

  test('sections inside a chapter', () => {
    const s = structureOf(
      '## 第三章　保障\n\n### 第一节　住房\n\n第十条　甲\n\n### 第二节　医疗\n\n第十一条　乙',
    );
    expect(s.chapters[0]?.sections.map((x) => x.anchor)).toEqual(['ch-3-sec-1', 'ch-3-sec-2']);
    expect(s.articles.map((a) => [a.anchor, a.chapter, a.section])).toEqual([
      ['art-10', 3, 1],
      ['art-11', 3, 2],
    ]);
  });
});

describe('readDocumentStructure: properties over any body', () => {
  const numeral = fc.integer({ min: 1, max: 120 }).map(toChineseNumeral);
  const line = fc.oneof(
    numeral.map((n) => `第${n}条\u3000条文内容`),
    numeral.map((n) => `## 第${n}章\u3000章名`),
    numeral.map((n) => `### 第${n}节\u3000节名`),
    numeral.map((n) => `（${n}）项的内容；`),
    numeral.map((n) => `${n}、部分标题`),
    fc.constantFrom(
      '附件1',
      '## 附录',
      '附件：1．申报表',
      '澄溪县人民政府\n2024年3月1日',
      '一段正文。',
      '依照第二条办理。',
    ),
    fc.constantFrom('    第三条　缩进', '\u3000\u3000第四条　全角缩进', '第五条　甲\n第六条　乙'),
  );
  const bodies = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n\n'));

  test('any body yields unique anchors', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const anchors = anchorsOf(structureOf(body));
        expect(new Set(anchors).size).toBe(anchors.length);
      }),
    );
  });

  test('each article’s text stays inside its own article', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const s = structureOf(body);
        for (const scope of [s, ...s.annexes])
          for (const article of scope.articles) {
            // Its text begins with its own label, and no other article starts a line of it.
            expect(article.text.startsWith(article.label)).toBe(true);
            for (const other of article.text.split('\n').slice(1))
              expect(divisionOf(other)?.kind === 'article').toBe(false);
          }
      }),
    );
  });
});
