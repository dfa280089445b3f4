import { describe, expect, test } from 'vitest';
import {
  clauseAnchorIn,
  describeCitable,
  parseClause,
  resolveClause,
} from '../../../../src/lib/policy/clauses.ts';
import { parsePolicyStructure } from '../../../../src/lib/policy/policyArticles.ts';

const ARTICLES = [
  '第一条　为了……，制定本条例。',
  '第五条　县级以上人民政府应当……',
  '设区的市人民政府可以……',
  '有下列情形之一的，可以给予补贴：',
  '（一）博士研究生；',
  '（二）硕士研究生；',
  '（三）高级技师。',
].join('\n\n');

const PARTS = [
  '## 一、总体要求',
  '（一）指导思想。',
  '（二）基本原则。',
  '## 二、主要任务',
  '（一）完善机制。',
  '（二）健全制度。',
  '（十三）加强保障。',
].join('\n\n');

describe('parseClause', () => {
  test.each([
    ['第五条', { form: 'article', article: 5, clause: null, item: null }],
    ['第五条第二款', { form: 'article', article: 5, clause: 2, item: null }],
    ['第五条第三款第（三）项', { form: 'article', article: 5, clause: 3, item: 3 }],
    ['第五条第(三)项', { form: 'article', article: 5, clause: 1, item: 3 }],
    ['三', { form: 'part', part: 3, item: null }],
    ['三（二）', { form: 'part', part: 3, item: 2 }],
    ['（十三）', { form: 'item', item: 13 }],
  ])('reads %s', (label, clause) => {
    expect(parseClause(label)).toEqual(clause);
  });

  test.each(['第五款', '第五条第二', '5', '第5条', '三、'])('refuses %s', (label) => {
    expect(parseClause(label)).toBeNull();
  });
});

describe('resolveClause', () => {
  const articles = parsePolicyStructure(ARTICLES);
  const parts = parsePolicyStructure(PARTS);

  test.each([
    [articles, '第五条', 'art-5'],
    [articles, '第五条第一款', 'art-5-1'],
    [articles, '第五条第三款', 'art-5-3'],
    [articles, '第五条第三款第（三）项', 'art-5-3-3'],
    [parts, '二', 'part-2'],
    [parts, '二（二）', 'part-2-2'],
    [parts, '（十三）', 'part-2-13'],
  ])('%#: %s points at its exact anchor', (structure, label, anchor) => {
    expect(resolveClause(structure, label)).toMatchObject({ ok: true, anchor });
  });

  test('lists what exists, 款 counts included, for a missing article', () => {
    expect(resolveClause(articles, '第九条')).toEqual({
      ok: false,
      message: '没有第九条：该文件的条款为：第一条、第五条（3款）',
    });
  });

  test('says how many 款 an article has', () => {
    expect(resolveClause(articles, '第五条第四款')).toEqual({
      ok: false,
      message: '第五条只有 3 款，没有第四款',
    });
  });

  test('lists the 项 of a 款 that lacks the one cited', () => {
    expect(resolveClause(articles, '第五条第三款第（五）项')).toMatchObject({
      ok: false,
      message: '第五条第三款没有第（五）项，其中的项为 （一）（二）（三）',
    });
  });

  test('asks for the part of an item label that occurs more than once', () => {
    expect(resolveClause(parts, '（一）')).toEqual({
      ok: false,
      message: '（一）在文件中出现 2 次（一（一）、二（一）），请写明所在部分，例如 一（一）',
    });
  });

  test('explains the forms when the label is none of them', () => {
    expect(resolveClause(articles, '第五款')).toMatchObject({ ok: false });
  });
});

describe('describeCitable', () => {
  test('describes a document with parts by its parts', () => {
    expect(describeCitable(parsePolicyStructure(PARTS))).toBe(
      '该文件没有“第X条”，按部分引用：一（2项）、二（3项）',
    );
  });
});

describe('clauseAnchorIn', () => {
  test('finds the anchor in a body, or null', () => {
    expect(clauseAnchorIn(ARTICLES, '第五条第二款')).toBe('art-5-2');
    expect(clauseAnchorIn(ARTICLES, '第六条')).toBeNull();
  });
});
