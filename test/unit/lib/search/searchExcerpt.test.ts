import { describe, expect, test } from 'vitest';
import {
  decodeEntities,
  excerptParts,
  preferWholeTerms,
  wholeTermExcerpt,
  type ExcerptPart,
} from '../../../../src/lib/search/searchExcerpt.ts';

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

describe('excerptParts and article tokens', () => {
  test('drops the article and annex tokens Pagefind indexed, and the full stop it added', () => {
    expect(excerptParts('服务。 <mark>tiao52t</mark>. 第五十二条 县级')).toEqual([
      { text: '服务。 第五十二条 县级', marked: false },
    ]);
    expect(excerptParts('fujian1f. 附件1 申报表')).toEqual([
      { text: '附件1 申报表', marked: false },
    ]);
  });

  test('keeps words that only look like a token inside other text', () => {
    expect(excerptParts('x52tiao 52tiaox')).toEqual([{ text: 'x52tiao 52tiaox', marked: false }]);
  });
});

/** Text runs written compactly: marked runs in [brackets]. */
const show = (parts: readonly ExcerptPart[] | null) =>
  parts?.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('') ?? null;

// Words as Pagefind's Chinese segmenter splits them, here on 八级工 and 双师型.
const words =
  '推行\u200b八级\u200b工\u200b制度\u200b，\u200b工\u200b资\u200b与\u200b双\u200b师\u200b型\u200b教师'.split(
    '\u200b',
  );

describe('wholeTermExcerpt', () => {
  test('highlights a compound term whole, and not the pieces of it elsewhere', () => {
    expect(show(wholeTermExcerpt(words, 0, words.length, ['八级工']))).toBe(
      '推行[八级工]制度，工资与双师型教师',
    );
    expect(show(wholeTermExcerpt(words, 0, words.length, ['双师型']))).toBe('工资与[双师型]教师');
  });

  test('is null when no term stands whole in the words', () => {
    expect(wholeTermExcerpt(words, 0, words.length, ['八级技工'])).toBeNull();
    expect(wholeTermExcerpt(words, 4, words.length, ['八级工'])).toBeNull();
  });

  test('starts a few words before the run with the most different terms', () => {
    const long = [...Array.from({ length: 40 }, (_, i) => `字${i}`), '人才', '公寓', '申请'];
    expect(show(wholeTermExcerpt(long, 0, long.length, ['人才公寓', '申请'], 8))).toBe(
      '字36字37字38字39[人才公寓申请]',
    );
    expect(
      show(wholeTermExcerpt(['人才', '甲', '人才', '公寓'], 0, 4, ['人才公寓', '人才'], 36)),
    ).toBe('[人才]甲[人才公寓]');
  });

  test('finds an article by its token, hides the token and highlights the article’s label', () => {
    const article = ['服务。 ', 'tiao52t', '. ', '第五', '十二', '条 ', '租赁', '人才', '公寓'];
    expect(show(wholeTermExcerpt(article, 0, article.length, ['tiao52t']))).toBe(
      '[第五十二条] 租赁人才公寓',
    );
    expect(show(wholeTermExcerpt(article, 0, article.length, ['fujian1f']))).toBeNull();
  });

  test('prefers the run with the article the query names to one with more of its other words', () => {
    const page = [
      '本',
      '条例',
      '条例',
      '条例',
      '甲',
      '乙',
      'tiao52t',
      '. ',
      '第五',
      '十二',
      '条 ',
      '丙',
    ];
    expect(show(wholeTermExcerpt(page, 0, page.length, ['条例', 'tiao52t'], 6))).toBe(
      '[第五十二条] 丙',
    );
  });

  test('decodes the text once and never reads it as markup', () => {
    expect(show(wholeTermExcerpt(['&lt;b&gt;', '补贴'], 0, 2, ['补贴']))).toBe('<b>[补贴]');
  });
});

describe('preferWholeTerms', () => {
  const marked = (text: string): ExcerptPart => ({ text, marked: true });
  const plain = (text: string): ExcerptPart => ({ text, marked: false });

  test('drops highlights that are only a one-character piece of a compound term', () => {
    expect(show(preferWholeTerms([plain('依法'), marked('工'), plain('作')], ['八级工']))).toBe(
      '依法工作',
    );
    expect(
      show(preferWholeTerms([plain('企业'), marked('新型'), plain('学徒制')], ['双师型'])),
    ).toBe('企业新型学徒制');
  });

  test('keeps longer pieces, whole terms, and words of other terms', () => {
    expect(show(preferWholeTerms([marked('八级'), plain('技师')], ['八级工']))).toBe('[八级]技师');
    expect(show(preferWholeTerms([marked('教师')], ['双师型', '教师']))).toBe('[教师]');
    expect(show(preferWholeTerms([marked('补贴')], ['补贴']))).toBe('[补贴]');
    expect(show(preferWholeTerms([marked('工')], ['工']))).toBe('[工]');
    expect(show(preferWholeTerms([marked('补贴'), plain('标准')], ['补贴款']))).toBe('[补贴]标准');
  });

  test('drops highlights that hold no term at all, such as a word beside the one that matched', () => {
    expect(
      show(preferWholeTerms([plain('急需紧'), marked('缺人'), plain('才')], ['人才公寓'])),
    ).toBe('急需紧缺人才');
    expect(show(preferWholeTerms([marked('人才'), plain('培养')], ['人才公寓']))).toBe(
      '[人才]培养',
    );
  });
});
