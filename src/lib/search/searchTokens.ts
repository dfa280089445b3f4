import {
  CHINESE_NUMERAL_CHARS,
  parseChineseNumeral,
  toChineseNumeral,
} from '../shared/chineseNumerals.ts';

/**
 * Search tokens for what Pagefind cannot match reliably in Chinese text: document numbers
 * (发文字号), amounts of money, and the articles and annexes a query names (see below). Pagefind splits `〔2024〕12号` into
 * `2024`, `12`, `号` and `20万元` into `20`, `万`, `元`, and it matches every query word
 * as a prefix, so `〔2024〕1号` also finds 〔2024〕12号 and `20万元` finds every page with
 * 2000元, 2024 and 万元. The build writes one ASCII token per document number and per
 * amount into each page's hidden keywords (src/lib/search/searchKeywords.ts), and the search page
 * turns the same phrases in a query into the same tokens (src/lib/search/searchQuery.ts).
 *
 * A token is lower-case ASCII letters and digits only, so both Pagefind's indexer and the
 * browser's word segmenter keep it as one word, and it ends in letters, so that no token
 * is a prefix of another (`wh2024n1h` never matches `wh2024n12h`).
 */

const OPEN = '〔\\[［(（【';
const CLOSE = '〕\\]］)）】';

// <机关代字>〔2024〕12号, also with [ ] ( ) 【 】 or no brackets but 年: 2024年12号, 2024年第12号.
const DOC_NUMBER = new RegExp(
  `([\\u4e00-\\u9fff]{1,16}?)?\\s*(?:[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]\\s*年?|((?:19|20)\\d{2})\\s*年)\\s*第?\\s*(\\d{1,4})\\s*号`,
  'gu',
);

// The numbers 条例 and 规章 are promulgated under (CONTENT-SPEC 2026-12): <机关>公告（第11号）,
// <机关>公告第11号 (通告 alike), <机关>令第619号, <机关>令（第619号）. They carry no year.
const PROMULGATION_NUMBER = new RegExp(
  `([\\u4e00-\\u9fff]{1,24}?)?(公告|通告|令)\\s*[(（]?\\s*第\\s*(\\d{1,5})\\s*号\\s*[)）]?`,
  'gu',
);
const PROMULGATION_KINDS = { 公告: 'gonggao', 通告: 'tonggao', 令: 'ling' } as const;

/** A document number found in text. */
export interface DocNumberMatch {
  /** The 机关代字 before the year, or the 机关 before 公告/令, when written (e.g. 澄委组发, 国务院). */
  issuerCode: string | null;
  /** The year in 〔〕; null for a 公告 or 令 number, which has none. */
  year: number | null;
  number: number;
  /** The search token of the number (docNumberToken or promulgationToken). */
  token: string;
  /** Where the match starts and ends in the text. */
  start: number;
  end: number;
}

/**
 * Every document number in a text, in whatever brackets it is written: 发文字号 with a year,
 * and the 公告/通告/令 numbers that 条例 and 规章 are promulgated under. In text order.
 * @example findDocNumbers('澄委组发〔2024〕6号')[0] // { issuerCode: '澄委组发', year: 2024, number: 6, token: 'wh2024n6h', start: 0, end: 12 }
 * @example findDocNumbers('2025年第8号')[0].number // 8
 * @example findDocNumbers('中华人民共和国国务院令第619号')[0].token // 'ling619h'
 */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  for (const match of text.matchAll(DOC_NUMBER)) {
    const year = Number(match[2] ?? match[3]);
    const number = Number(match[4]);
    found.push({
      issuerCode: match[1] ?? null,
      year,
      number,
      token: docNumberToken(year, number),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  for (const match of text.matchAll(PROMULGATION_NUMBER)) {
    const kind = match[2] as keyof typeof PROMULGATION_KINDS;
    const number = Number(match[3]);
    found.push({
      issuerCode: match[1] ?? null,
      year: null,
      number,
      token: promulgationToken(kind, number),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The search token of a 公告, 通告 or 令 number: its kind in pinyin and its number, ending in a
 * letter so that no token is a prefix of another.
 * @example promulgationToken('公告', 11) // 'gonggao11h'
 * @example promulgationToken('令', 619) // 'ling619h'
 */
export function promulgationToken(kind: '公告' | '通告' | '令', number: number): string {
  return `${PROMULGATION_KINDS[kind]}${number}h`;
}

/**
 * The search token of a document number's year and serial number.
 * @example docNumberToken(2024, 12) // 'wh2024n12h'
 */
export function docNumberToken(year: number, number: number): string {
  return `wh${year}n${number}h`;
}

// 20万元, 1.5万元, 2000元, 1.2亿元, and ranges whose first end may omit the unit: 500—800元, 8万—50万元, 3—5万元.
const AMOUNT =
  /(\d+(?:\.\d+)?)\s*(万|亿)?\s*(?:元|(?=[—\-~～至到]\s*\d+(?:\.\d+)?\s*(?:万|亿)?\s*元))/gu;
const RANGE = /(\d+(?:\.\d+)?)\s*(万|亿)?\s*[—\-~～至到]\s*(\d+(?:\.\d+)?)\s*(万|亿)?\s*元/gu;
const UNIT = { 万: 10_000, 亿: 100_000_000 } as const;

const toYuan = (digits: string, unit: string | undefined) =>
  Math.round(Number(digits) * (unit ? UNIT[unit as keyof typeof UNIT] : 1));

/** An amount of money found in text. */
export interface AmountMatch {
  yuan: number;
  start: number;
  end: number;
}

/**
 * Every amount of money (元) in a text, in 元; a range gives both ends, and an end written
 * without its unit takes the other end's (500—800元 is 500 and 800 元; 3—5万元 is 3万 and 5万).
 * @example findAmounts('给予20万元安家补贴').map((a) => a.yuan) // [200000]
 * @example findAmounts('每月500—800元').map((a) => a.yuan) // [500, 800]
 */
export function findAmounts(text: string): AmountMatch[] {
  const found = new Map<number, AmountMatch>();
  for (const match of text.matchAll(RANGE)) {
    const unit = match[4] ?? undefined;
    const firstUnit = match[2] ?? unit;
    const start = match.index;
    found.set(start, { yuan: toYuan(match[1]!, firstUnit), start, end: start + match[0].length });
    const second = start + match[0].lastIndexOf(match[3]!);
    found.set(second, {
      yuan: toYuan(match[3]!, unit),
      start: second,
      end: start + match[0].length,
    });
  }
  for (const match of text.matchAll(AMOUNT)) {
    if (!found.has(match.index))
      found.set(match.index, {
        yuan: toYuan(match[1]!, match[2]),
        start: match.index,
        end: match.index + match[0].length,
      });
  }
  return [...found.values()].filter((a) => a.yuan > 0).sort((a, b) => a.start - b.start);
}

/**
 * The search token of an amount in 元.
 * @example amountToken(200000) // '200000yuan'
 */
export function amountToken(yuan: number): string {
  return `${yuan}yuan`;
}

/*
 * Articles and annexes. Readers name an article as 第五十二条, 五十二条, 第52条 or 52条, and
 * Pagefind can match none of them reliably: the browser splits 第五十二条 into 第五 and 十二条,
 * which also match 第五条 and 第二十二条, and 第52条 into 第, 52 and 条. The build gives each
 * article (and annex) of a policy one token beside its label, inside its own search sub-result
 * (src/markdown/documentAnchors.ts), and the search page turns the label in a query into the
 * same token, so a query that names an article finds exactly that article.
 *
 * These tokens begin with letters: when no indexed word begins with a query word, Pagefind
 * falls back to the longest indexed word that the query word begins with, so a token that
 * began with its number (52tiao) would find every 5 and 52 on the site when no document has
 * that article, instead of finding nothing and letting the search page try the reader's words.
 */

/**
 * The search token of an article number.
 * @example articleToken(52) // 'tiao52t'
 */
export function articleToken(number: number): string {
  return `tiao${number}t`;
}

/**
 * The search token of an annex number (附件1, 附录二).
 * @example annexToken(1) // 'fujian1f'
 */
export function annexToken(number: number): string {
  return `fujian${number}f`;
}

const DIVISION_TOKEN = /^(?:tiao(\d+)t|fujian(\d+)f)$/u;

/**
 * Whether a word is the search token of an article or annex.
 * @example isDivisionToken('tiao52t') // true
 * @example isDivisionToken('200000yuan') // false
 */
export function isDivisionToken(word: string): boolean {
  return DIVISION_TOKEN.test(word);
}

/**
 * How the text of a document writes the division a token stands for, for highlighting:
 * an article's label (第五十二条); null for an annex, whose label is written in several ways.
 * @example divisionTokenLabel('tiao52t') // '第五十二条'
 * @example divisionTokenLabel('fujian1f') // null
 */
export function divisionTokenLabel(token: string): string | null {
  const match = DIVISION_TOKEN.exec(token);
  if (!match?.[1]) return null;
  const number = Number(match[1]);
  return number > 0 && number < 10_000 ? `第${toChineseNumeral(number)}条` : null;
}

/**
 * The search tokens of the element with a division anchor of CONTENT-SPEC: an article,
 * in the main text or in an annex (`art-52`, `annex-1-art-5`), or an annex (`annex-2`).
 * Other anchors (chapters, 款, 项, parts, items) get none.
 * @example divisionTokens('annex-1-art-5') // ['tiao5t']
 * @example divisionTokens('annex-2') // ['fujian2f']
 * @example divisionTokens('art-5-2') // []
 */
export function divisionTokens(anchor: string): string[] {
  const article = /^(?:annex-\d+-)?art-(\d+)$/u.exec(anchor);
  if (article) return [articleToken(Number(article[1]))];
  const annex = /^annex-(\d+)$/u.exec(anchor);
  if (annex) return [annexToken(Number(annex[1]))];
  return [];
}

/** An article or annex named in a query. */
export interface DivisionRef {
  kind: 'article' | 'annex';
  number: number;
  /** The search token of the division. */
  token: string;
  /** Where the reference starts and ends in the text. */
  start: number;
  end: number;
}

const NUMERAL = `(?:\\d{1,4}|[${CHINESE_NUMERAL_CHARS}]{1,8})`;
// 第五十二条 (not 第一条件, 第三条例), and 五十二条 / 52条 where nothing but a document's name
// stands before it and nothing but 第…款 after it (so 一条龙 and 这两条 are not articles); a 款
// and 项 after it (第一款, 第（三）项) belong to the reference, since the text never writes them.
const ARTICLE_REF = new RegExp(
  `(?:第\\s*(${NUMERAL})\\s*条(?![例件])|(?<=^|[^\\p{Script=Han}\\d]|[例法定则案见知])(${NUMERAL})\\s*条(?=$|[^\\p{Script=Han}]|第))` +
    `(?:\\s*第\\s*${NUMERAL}\\s*款)?(?:\\s*第?\\s*[（(]\\s*${NUMERAL}\\s*[）)]\\s*项?)?`,
  'gu',
);
// 附件1, 附件一, 附录2 (an annex is 附件 or 附录, numbered or not: the bare word is no reference).
const ANNEX_REF = new RegExp(`附[件录]\\s*(${NUMERAL})`, 'gu');

const readNumeral = (text: string): number | null =>
  /^\d+$/u.test(text) ? Number(text) : parseChineseNumeral(text);

/**
 * Every article (第五十二条, 五十二条, 第52条) and numbered annex (附件1, 附件一) named in a text.
 * @example findDivisionRefs('条例第五十二条').map((r) => r.token) // ['tiao52t']
 * @example findDivisionRefs('附件2第3条').map((r) => r.token) // ['fujian2f', 'tiao3t']
 * @example findDivisionRefs('一条龙服务') // []
 */
export function findDivisionRefs(text: string): DivisionRef[] {
  const found: DivisionRef[] = [];
  for (const match of text.matchAll(ARTICLE_REF)) {
    const written = match[1] ?? match[2]!;
    // 两 counts things (这两条); articles are numbered 二.
    if (match[2] !== undefined && written.includes('两')) continue;
    const number = readNumeral(written);
    if (!number) continue;
    const start = match.index;
    found.push({
      kind: 'article',
      number,
      token: articleToken(number),
      start,
      end: start + match[0].length,
    });
  }
  for (const match of text.matchAll(ANNEX_REF)) {
    const number = readNumeral(match[1]!);
    if (!number) continue;
    found.push({
      kind: 'annex',
      number,
      token: annexToken(number),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
