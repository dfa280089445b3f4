import { describe, expect, test } from 'vitest';
import {
  clauseAnchor,
  parseDivisionHeading,
  parsePolicyStructure,
} from '../../../../src/lib/policy/policyArticles.ts';

describe('parseDivisionHeading', () => {
  test.each([
    ['第一条　为了……', { kind: 'article', number: 1, label: '第一条' }],
    ['第十二条 申请', { kind: 'article', number: 12, label: '第十二条' }],
    ['第一百零二条', { kind: 'article', number: 102, label: '第一百零二条' }],
    ['第三章　保障措施', { kind: 'chapter', number: 3, label: '第三章' }],
  ])('%s', (text, expected) => {
    expect(parseDivisionHeading(text)).toEqual(expected);
  });

  test.each(['依照第十二条', '一、总体要求', '第X条', '第条'])('ignores %s', (text) => {
    expect(parseDivisionHeading(text)).toBeNull();
  });
});

describe('clauseAnchor', () => {
  test('maps a clause label to its anchor', () => {
    expect(clauseAnchor('第五条')).toBe('art-5');
    expect(clauseAnchor('第二十一条')).toBe('art-21');
  });

  test('rejects text that is more than a clause label', () => {
    expect(clauseAnchor('第五条第二款')).toBeNull();
  });
});

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
    expect(structure.articles[0]!.text).toBe(
      '第一条　为了引进人才，\n制定本办法。\n（一）第一项；',
    );
  });

  test('ends an article at any other heading', () => {
    expect(structure.articles[2]!.text).toBe('第三条　本办法自发布之日起施行。');
  });
});
