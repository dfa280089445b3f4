import { describe, expect, test } from 'vitest';
import { parsePolicyStructure } from '../../../../src/lib/policy/policyArticles.ts';

describe('parsePolicyStructure', () => {
  const body = [
    '## 第一章　总则',
    '',
    '第一条　为了引进人才，',
    '制定本办法。',
    '',
    '（一）第一项；',
    '',
    '**第二条**　本办法适用于全县。',
    '',
    '## 第二章　附则',
    '',
    '第三条　本办法自发布之日起施行。',
    '',
    '### 说明',
    '',
    '这段不属于任何条文。',
    '',
  ].join('\n');
  const structure = parsePolicyStructure(body);

  test('finds chapters with anchors and lines', () => {
    expect(structure.chapters.map((c) => [c.anchor, c.title, c.line])).toEqual([
      ['ch-1', '第一章　总则', 1],
      ['ch-2', '第二章　附则', 10],
    ]);
  });

  test('finds articles, their chapter and the paragraphs that belong to them', () => {
    expect(structure.articles.map((a) => [a.label, a.anchor, a.chapter, a.line])).toEqual([
      ['第一条', 'art-1', 1, 3],
      ['第二条', 'art-2', 1, 8],
      ['第三条', 'art-3', 2, 12],
    ]);
    expect(structure.articles[0]?.text).toBe(
      '第一条　为了引进人才，\n制定本办法。\n（一）第一项；',
    );
  });

  test('ends an article at any other heading', () => {
    expect(structure.articles[2]?.text).toBe('第三条　本办法自发布之日起施行。');
  });

  test('gives lines of the original body when pasted text is normalised', () => {
    const pasted = '　　第一条　甲\n第二条　乙\n\n    第三条　丙';
    expect(parsePolicyStructure(pasted).articles.map((a) => [a.anchor, a.line])).toEqual([
      ['art-1', 1],
      ['art-2', 2],
      ['art-3', 4],
    ]);
  });
});
