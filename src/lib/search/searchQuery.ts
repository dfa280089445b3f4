import { amountToken, findAmounts, findDivisionRefs, findDocNumbers } from './searchTokens.ts';

/**
 * What the search page sends to Pagefind for what a reader typed. Readers type questions
 * (人才公寓怎么申请), full-width digits and brackets copied from documents, document numbers
 * in any brackets, amounts with units, and articles (条例第五十二条, 第52条); Pagefind requires
 * every query word to match, so a question word or a differently written number empties the
 * result list.
 */

/** Words that carry no search meaning in a question; a page need not contain them. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  '怎么',
  '怎样',
  '怎么样',
  '如何',
  '哪里',
  '哪儿',
  '在哪',
  '在哪里',
  '在哪儿',
  '哪些',
  '哪个',
  '什么',
  '多少',
  '几',
  '多久',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '么',
  '的',
  '了',
  '是',
  '有',
  '有没有',
  '是否',
  '能否',
  '能不能',
  '可不可以',
  '可以',
  '能',
  '请问',
  '我',
  '我想',
  '我要',
  '想',
  '要',
  '问',
  '一下',
  '需要',
  '该',
  '应该',
  '去',
  '办',
  '给',
  '在',
  '到',
  '从',
  '对',
]);

/** The longest query the page sends; longer input is cut (Pagefind gains nothing from essays). */
export const MAX_QUERY_LENGTH = 60;

/** One Pagefind query to try. */
export interface SearchAttempt {
  query: string;
  /** True for the reader's plain words after a document number or amount found nothing. */
  loose: boolean;
  /**
   * True when the query looks a document up by its number: the reader wants that document,
   * in force or not, so its results are not reordered by status.
   */
  lookup: boolean;
}

/** What a search token in a query stands for. */
export type QueryTokenKind = 'docNumber' | 'amount' | 'division';

/** A query ready for Pagefind: the searches to try in order until one finds something. */
export interface PreparedQuery {
  /** The reader's query, tidied, for display and for the address bar. */
  text: string;
  /** Pagefind queries, most precise first; the page runs the next when one finds nothing. */
  attempts: SearchAttempt[];
  /** What the tokens of the precise attempts stand for (none when there are none). */
  tokenKinds: QueryTokenKind[];
}

/**
 * Full-width letters, digits and brackets to their usual forms, spaces collapsed, length capped.
 * @example tidyQuery('  澄委组发［２０２４］６号 ') // '澄委组发[2024]6号'
 */
export function tidyQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

type Segmenter = (text: string) => { segment: string }[];

const defaultSegmenter: Segmenter = (text) => [
  ...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text),
];

const PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;

/**
 * A query without its question words and punctuation: the words the browser's segmenter
 * finds, joined again where they were adjacent and separated by a space where something was
 * dropped. A query of nothing but question words is kept as it was.
 * @example dropQuestionWords('人才公寓怎么申请？') // '人才公寓 申请'
 */
export function dropQuestionWords(text: string, segment: Segmenter = defaultSegmenter): string {
  let out = '';
  let dropped = false;
  for (const { segment: word } of segment(text)) {
    if (QUESTION_WORDS.has(word) || PUNCTUATION.test(word)) {
      dropped = true;
      continue;
    }
    out += dropped && out ? ` ${word}` : word;
    dropped = false;
  }
  return out.trim() || text;
}

/** A text without some ranges of it, the gaps closed with a space. */
function cut(text: string, ranges: readonly { start: number; end: number }[]): string {
  let rest = text;
  for (const range of [...ranges].sort((a, b) => b.start - a.start))
    rest = `${rest.slice(0, range.start)} ${rest.slice(range.end)}`;
  return rest.replace(/\s+/gu, ' ').trim();
}

/**
 * The Pagefind queries for what a reader typed. An article or annex it names becomes its
 * token (the words around it, often the document's name, stay). A document number becomes its
 * token, first with the 机关代字 the reader typed, then alone; an amount adds its token to the
 * words that say it. The last attempt is always the reader's words without question words
 * (loose when tokens came before it), so a token never makes a query find less than its words alone.
 * @example prepareQuery('澄委组发［２０２４］６号').attempts.map((a) => a.query) // ['澄委组发 wh2024n6h', 'wh2024n6h', '澄委组发 2024 6号']
 * @example prepareQuery('20万元').attempts.map((a) => a.query) // ['20万元 200000yuan', '20万元']
 * @example prepareQuery('条例第五十二条').attempts.map((a) => a.query) // ['条例 tiao52t', '条例第五十二条']
 * @example prepareQuery('人才公寓怎么申请').attempts // [{ query: '人才公寓 申请', loose: false, lookup: false }]
 */
export function prepareQuery(raw: string, segment: Segmenter = defaultSegmenter): PreparedQuery {
  const text = tidyQuery(raw);
  if (!text) return { text, attempts: [], tokenKinds: [] };
  const plain = dropQuestionWords(text, segment);
  const divisions = findDivisionRefs(text);
  const divisionTokens = [...new Set(divisions.map((d) => d.token))];
  // The words that are not an article or annex: the document's name, other words, numbers.
  const words = divisions.length ? cut(text, divisions) : text;
  const plainWords = words ? dropQuestionWords(words, segment) : '';
  const precise: string[] = [];
  const tokenKinds: QueryTokenKind[] = [];

  const docs = findDocNumbers(words);
  if (docs.length) {
    const rest = cut(words, docs);
    const others = rest ? dropQuestionWords(rest, segment) : '';
    const tokens = docs.map((d) => d.token);
    const codes = docs.flatMap((d) => (d.issuerCode ? [d.issuerCode] : []));
    precise.push([others, ...codes, ...tokens, ...divisionTokens].filter(Boolean).join(' '));
    precise.push([others, ...tokens, ...divisionTokens].filter(Boolean).join(' '));
    tokenKinds.push('docNumber');
  } else {
    const amounts = findAmounts(words);
    if (amounts.length) {
      precise.push(
        [plainWords, ...new Set(amounts.map((a) => amountToken(a.yuan))), ...divisionTokens]
          .filter(Boolean)
          .join(' '),
      );
      tokenKinds.push('amount');
    } else if (divisionTokens.length) {
      precise.push([plainWords, ...divisionTokens].filter(Boolean).join(' '));
    }
  }
  if (divisionTokens.length) tokenKinds.push('division');
  const attempts = [...new Set(precise)].map((query) => ({
    query,
    loose: false,
    lookup: docs.length > 0,
  }));
  if (!precise.includes(plain))
    attempts.push({ query: plain, loose: attempts.length > 0, lookup: false });
  return { text, attempts, tokenKinds };
}
