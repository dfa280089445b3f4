import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptParts } from '../../../../src/lib/search/searchExcerpt.ts';

describe('decodeEntities', () => {
  test.each([
    ['&lt;script&gt;', '<script>'],
    ['A &amp; B', 'A & B'],
    ['&quot;引号&quot; &#39;', '"引号" \''],
    ['&#x6CD5;&#27861;', '法法'],
    ['&unknown; &#0; &#x110000;', '&unknown; &#0; &#x110000;'],
  ])('decodes %s', (html, text) => {
    expect(decodeEntities(html)).toBe(text);
  });
});

describe('excerptParts', () => {
  test('reads <mark> as highlighted runs and the rest as text', () => {
    expect(excerptParts('申请<mark>人才公寓</mark>的条件')).toEqual([
      { text: '申请', marked: false },
      { text: '人才公寓', marked: true },
      { text: '的条件', marked: false },
    ]);
  });

  test('keeps any other tag as literal text, never as markup', () => {
    const parts = excerptParts(
      '<img src=x onerror=alert(1)><mark><b>补贴</b></mark><script>alert(1)</script>',
    );
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: '<b>补贴</b>', marked: true },
      { text: '<script>alert(1)</script>', marked: false },
    ]);
  });

  test('decodes escaped text once, so escaped tags stay visible as text', () => {
    expect(excerptParts('&lt;mark&gt;不是高亮&lt;/mark&gt;')).toEqual([
      { text: '<mark>不是高亮</mark>', marked: false },
    ]);
  });

  test('drops zero-width spaces, empty runs and merges neighbours', () => {
    expect(excerptParts('人才\u200b公寓<mark></mark><mark>安家</mark><mark>补贴</mark>')).toEqual([
      { text: '人才公寓', marked: false },
      { text: '安家补贴', marked: true },
    ]);
  });

  test('tolerates unbalanced marks', () => {
    expect(excerptParts('</mark>甲<mark>乙')).toEqual([
      { text: '甲', marked: false },
      { text: '乙', marked: true },
    ]);
  });
});
