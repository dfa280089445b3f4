import { describe, expect, test } from 'vitest';
import {
  amendedByLine,
  amendmentText,
  amendmentVerb,
  amendsLine,
} from '../../../../src/lib/policy/policyAmendments.ts';

describe('amendmentVerb', () => {
  test.each([
    ['关于高校毕业生灵活就业社保补贴的补充通知', '补充'],
    ['国务院关于高级专家退休问题的补充规定', '补充'],
    ['关于修改《某县人才引进办法》的决定', '修正'],
    ['《某条例》修正案', '修正'],
    ['某县人才办通知', '修正、补充'],
  ])('%s → %s', (title, verb) => {
    expect(amendmentVerb(title)).toBe(verb);
  });
});

describe('amendedByLine', () => {
  test('names every published amending document, linked, with its 发文字号', () => {
    expect(
      amendedByLine([
        { slug: 'b1', title: '某细则的补充通知', docNumber: '某发〔2025〕2号' },
        { slug: 'b2', title: '某细则的第二个补充通知' },
      ]),
    ).toEqual([
      '本文件已被',
      { slug: 'b1', text: '《某细则的补充通知》' },
      '（某发〔2025〕2号）',
      '、',
      { slug: 'b2', text: '《某细则的第二个补充通知》' },
      '补充。',
    ]);
  });

  test('says 修正、补充 when the amending documents do different things', () => {
    expect(
      amendmentText(
        amendedByLine([
          { slug: 'b1', title: '某细则的补充通知' },
          { slug: 'b2', title: '关于修改某细则的决定' },
        ]),
      ),
    ).toBe('本文件已被《某细则的补充通知》、《关于修改某细则的决定》修正、补充。');
  });

  test('is empty when nothing amends the document', () => {
    expect(amendedByLine([])).toEqual([]);
  });
});

describe('amendsLine', () => {
  test('names the amended documents and says they are not replaced', () => {
    expect(
      amendmentText(
        amendsLine({ title: '国务院关于高级专家退休问题的补充规定' }, [
          { slug: 'a', title: '国务院关于高级专家离休退休若干问题的暂行规定' },
        ]),
      ),
    ).toBe('本文件补充《国务院关于高级专家离休退休若干问题的暂行规定》，不替代原文件。');
  });

  test('is empty for a document that amends nothing', () => {
    expect(amendsLine({ title: '某办法' }, [])).toEqual([]);
  });
});
