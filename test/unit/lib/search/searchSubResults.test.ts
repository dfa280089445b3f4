import { describe, expect, test } from 'vitest';
import {
  contentWords,
  queryTerms,
  rankSubResults,
  shownSubResults,
  startsSubResult,
  subResultEnd,
  wholeTermsIn,
  type PagefindAnchor,
  type PagefindSubResult,
} from '../../../../src/lib/search/searchSubResults.ts';

/** A page as Pagefind returns it: a heading, then articles with their tokens, each a sub-result. */
const page = {
  words: contentWords(
    [
      '条例. ',
      '第一章 ',
      '总则. ',
      'tiao1t',
      '. ',
      '第一',
      '条 ',
      '人才',
      '工作. ',
      'tiao51t',
      '. ',
      '第五',
      '十一',
      '条 ',
      '人才',
      '服务',
      '公寓. ',
      'tiao52t',
      '. ',
      '第五',
      '十二',
      '条 ',
      '租赁',
      '人才',
      '公寓. ',
    ].join('\u200b'),
  ),
  anchors: [
    { element: 'h2', id: 'ch-1', text: '第一章 总则', location: 1 },
    { element: 'p', id: 'art-1', text: '第一条 人才工作', title: '第一条', location: 3 },
    { element: 'span', id: 'art-1-1', text: '', location: 5 },
    { element: 'p', id: 'art-51', text: '…', title: '第五十一条', location: 9 },
    { element: 'p', id: 'art-52', text: '…', title: '第五十二条', location: 17 },
  ] satisfies PagefindAnchor[],
};

/** A sub-result for an anchor, with Pagefind's scores of its matched words. */
const sub = (id: string, ...scores: number[]): PagefindSubResult => ({
  title: id,
  url: `/p/#${id}`,
  excerpt: '',
  anchor: page.anchors.find((a) => a.id === id)!,
  weighted_locations: scores.map((balanced_score, i) => ({
    weight: 1,
    balanced_score,
    location: i,
  })),
});

const order = (subs: PagefindSubResult[], terms: string[]) =>
  rankSubResults(subs, page.anchors, page.words, terms).map((r) => r.sub.anchor!.id);

describe('contentWords', () => {
  test('splits Pagefind’s content at its zero-width spaces, keeping what each word is shown with', () => {
    expect(contentWords('人才\u200b公寓\u200b。 ')).toEqual(['人才', '公寓', '。 ']);
  });

  test('splits content without them at spaces, as Pagefind counts words', () => {
    expect(contentWords('talent  flats here')).toEqual(['talent  ', 'flats ', 'here']);
  });
});

describe('queryTerms', () => {
  test('are the words sent to Pagefind, lower-case and each once', () => {
    expect(queryTerms('人才公寓  申请 人才公寓 ABC')).toEqual(['人才公寓', '申请', 'abc']);
    expect(queryTerms(null)).toEqual([]);
  });
});

describe('sub-result bounds', () => {
  test('start at headings with text and at elements with a title, by Pagefind’s rule', () => {
    expect(page.anchors.filter(startsSubResult).map((a) => a.id)).toEqual([
      'ch-1',
      'art-1',
      'art-51',
      'art-52',
    ]);
    expect(startsSubResult({ element: 'h3', id: 'x', text: ' ', location: 0 })).toBe(false);
  });

  test('end where the next one starts, not at an anchor inside (a 款), or at the end', () => {
    expect(subResultEnd(page.anchors, 3, page.words.length)).toBe(9);
    expect(subResultEnd(page.anchors, 17, page.words.length)).toBe(page.words.length);
    expect(subResultEnd(page.anchors, 0, page.words.length)).toBe(1);
  });
});

describe('wholeTermsIn', () => {
  test('finds a term across Pagefind’s word boundaries, and a token only as a word of its own', () => {
    expect(wholeTermsIn(['租赁', '人才', '公寓'], ['人才公寓', '申请'])).toEqual(['人才公寓']);
    expect(wholeTermsIn(['tiao152t', '. '], ['tiao52t'])).toEqual([]);
    expect(wholeTermsIn(['tiao52t', '. '], ['tiao52t'])).toEqual(['tiao52t']);
  });
});

describe('rankSubResults', () => {
  test('puts the article whose text holds the whole term first, whatever Pagefind scored', () => {
    const subs = [sub('art-1', 900), sub('art-51', 500, 500), sub('art-52', 100, 100)];
    expect(order(subs, ['人才公寓'])).toEqual(['art-52', 'art-51', 'art-1']);
  });

  test('puts the article the query names by its token first, before any with more terms', () => {
    const subs = [sub('art-1', 900), sub('art-51', 900), sub('art-52', 1)];
    expect(order(subs, ['条例', 'tiao52t'])).toEqual(['art-52', 'art-1', 'art-51']);
    expect(order(subs, ['人才', 'tiao52t'])[0]).toBe('art-52');
  });

  test('orders sub-results with as many whole terms by Pagefind’s scores, then as on the page', () => {
    expect(order([sub('art-1', 10), sub('art-51', 30), sub('art-52', 20)], ['人才'])).toEqual([
      'art-51',
      'art-52',
      'art-1',
    ]);
    expect(order([sub('art-1', 10), sub('art-51', 10), sub('art-52', 10)], ['人才'])).toEqual([
      'art-1',
      'art-51',
      'art-52',
    ]);
  });

  test('gives each sub-result its own words, up to the next one', () => {
    const [first] = rankSubResults([sub('art-51', 1)], page.anchors, page.words, ['公寓']);
    expect(first).toMatchObject({ start: 9, end: 17, named: false, wholeTerms: 1, score: 1 });
  });
});

describe('shownSubResults', () => {
  const subs = [sub('ch-1', 50), sub('art-1', 40), sub('art-51', 30), sub('art-52', 20)];
  const shown = (terms: string[]) =>
    shownSubResults(rankSubResults(subs, page.anchors, page.words, terms)).map(
      (r) => r.sub.anchor!.id,
    );

  test('shows only the article the query names', () => {
    expect(shown(['人才', 'tiao52t'])).toEqual(['art-52']);
  });

  test('shows only those where a term stands whole, when some do', () => {
    expect(shown(['人才公寓'])).toEqual(['art-52']);
    expect(shown(['公寓'])).toEqual(['art-51', 'art-52']);
  });

  test('shows the best three by Pagefind’s scores when no term stands whole anywhere', () => {
    expect(shown(['住房'])).toEqual(['ch-1', 'art-1', 'art-51']);
  });
});
