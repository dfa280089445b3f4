import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { parsePolicyStructure } from '../../../../src/lib/policy/policyArticles.ts';
import {
  hasToc,
  policyToc,
  snippet,
  tocSummary,
  type TocEntry,
} from '../../../../src/lib/policy/policyToc.ts';

const REAL = 'test/fixtures/real/policies';
const real = (file: string) =>
  parsePolicyStructure(matter(readFileSync(`${REAL}/${file}`, 'utf8')).content);
const anchors = (entries: TocEntry[]): string[] =>
  entries.flatMap((e) => [e.anchor, ...anchors(e.children)]);

describe('snippet', () => {
  test('gives the first line after the label, cut with …', () => {
    expect(snippet('第十二条　申请人应当在规定时间内提交材料。', '第十二条', 8)).toBe(
      '申请人应当在规定…',
    );
    expect(snippet('第一条　甲\n乙', '第一条')).toBe('甲');
  });
});

describe('policyToc', () => {
  test('nests the 60 articles of the 条例 under its 6 chapters', () => {
    const toc = policyToc(real('tiaoli/shandong-rencai-fazhan-cujin-tiaoli.md'));
    expect(toc.map((e) => e.anchor)).toEqual(['ch-1', 'ch-2', 'ch-3', 'ch-4', 'ch-5', 'ch-6']);
    expect(toc.flatMap((c) => c.children).map((a) => a.anchor)).toEqual(
      Array.from({ length: 60 }, (_, i) => `art-${i + 1}`),
    );
    expect(toc[0]).toMatchObject({ label: '第一章', text: '总则' });
  });

  test('nests articles under their sections within a chapter', () => {
    const toc = policyToc(
      parsePolicyStructure(
        '## 第一章　总则\n\n第一条　甲\n\n## 第二章　引进\n\n### 第一节　对象\n\n第二条　乙\n\n### 第二节　程序\n\n第三条　丙',
      ),
    );
    expect(toc[1]!.children.map((s) => [s.anchor, s.children.map((a) => a.anchor)])).toEqual([
      ['ch-2-sec-1', ['art-2']],
      ['ch-2-sec-2', ['art-3']],
    ]);
  });

  test('lists the parts of the 意见 with their items', () => {
    const toc = policyToc(real('yijian/cujin-jiuye-gongzuo-ruogan-yijian.md'));
    expect(toc.map((e) => e.anchor)).toEqual(['part-1', 'part-2', 'part-3', 'part-4', 'part-5']);
    expect(toc[1]!.children.map((i) => i.anchor)).toEqual(['part-2-3', 'part-2-4', 'part-2-5']);
    expect(toc[1]!.children[2]).toMatchObject({ label: '（五）', kind: 'item' });
  });

  test('puts annexes last, with their own chapters and articles at prefixed anchors', () => {
    const toc = policyToc(real('bianji/canji-jiuye-tiaoli-xuexi-tongzhi.md'));
    const annexes = toc.filter((e) => e.kind === 'annex');
    expect(annexes.map((a) => [a.anchor, a.label])).toEqual([
      ['annex-1', '附件1'],
      ['annex-2', '附件2'],
    ]);
    expect(annexes[0]!.children[0]).toMatchObject({ anchor: 'annex-1-ch-1', kind: 'chapter' });
    expect(anchors(annexes[0]!.children)).toContain('annex-1-art-30');
    expect(toc.filter((e) => e.kind === 'part').map((e) => e.anchor)).toEqual(['part-1', 'part-2']);
  });

  test('lists the parts of an annex of a document with articles (附录)', () => {
    const toc = policyToc(real('guiding/nvzhigong-laodong-baohu-tebie-guiding.md'));
    const annex = toc.at(-1)!;
    expect(annex).toMatchObject({ anchor: 'annex-1', label: '附录', kind: 'annex' });
    expect(annex.children.map((p) => p.anchor)).toEqual([
      'annex-1-part-1',
      'annex-1-part-2',
      'annex-1-part-3',
      'annex-1-part-4',
    ]);
    expect(toc.filter((e) => e.kind === 'article')).toHaveLength(16);
  });

  test('links only to anchors the structure reader gives the page', () => {
    for (const file of [
      'tiaoli/shandong-rencai-fazhan-cujin-tiaoli.md',
      'bianji/canji-jiuye-tiaoli-xuexi-tongzhi.md',
      'tongzhi/shiye-danwei-kaohe-guiding-tongzhi.md',
      'guiding/zhongcai-weiyuanhui-zhongcai-shoufei-banfa.md',
    ]) {
      const structure = real(file);
      const ids = new Set(structure.roles.map((r) => r.anchor).filter(Boolean));
      for (const anchor of anchors(policyToc(structure))) expect(ids, file).toContain(anchor);
    }
  });
});

describe('tocSummary and hasToc', () => {
  test.each([
    ['tiaoli/shandong-rencai-fazhan-cujin-tiaoli.md', '目录（6 章 60 条）'],
    ['yijian/cujin-jiuye-gongzuo-ruogan-yijian.md', '目录（5 个部分）'],
    ['bianji/canji-jiuye-tiaoli-xuexi-tongzhi.md', '目录（2 个部分，附件 2 个）'],
    ['guiding/nvzhigong-laodong-baohu-tebie-guiding.md', '目录（16 条，附件 1 个）'],
  ])('%s → %s', (file, summary) => {
    expect(tocSummary(real(file))).toBe(summary);
    expect(hasToc(real(file))).toBe(true);
  });

  test('a notice whose two annexes hold articles has contents', () => {
    expect(
      hasToc(
        parsePolicyStructure(
          '通知正文。\n\n## 附件1\n\n第一条　甲\n\n第二条　乙\n\n## 附件2\n\n表',
        ),
      ),
    ).toBe(true);
  });

  test('a document of two articles and no annex needs no contents', () => {
    const structure = parsePolicyStructure('第一条　甲\n\n第二条　乙');
    expect(hasToc(structure)).toBe(false);
    expect(tocSummary(parsePolicyStructure('只有一段。'))).toBeNull();
  });
});
