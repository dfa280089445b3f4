import { divisionTokenLabel, isDivisionToken } from './searchTokens.ts';

/**
 * Pagefind's excerpts are HTML: the page text with `<`, `>` and `&` escaped, and the matched
 * words wrapped in `<mark>`. The search page never inserts them as HTML: it reads only the
 * exact tags `<mark>` and `</mark>` as markup and turns everything else into text, so an
 * excerpt cannot add an element, an attribute or a script, whatever the indexed page said.
 *
 * Pagefind marks every word that matches a query word as a prefix, and the browser splits a
 * Chinese compound into short words: 八级工 into 八级 and 工, 双师型 into 双, 师 and 型, so
 * Pagefind's excerpts highlight every 工, 师 and 型 on the page and are cut around them. Where
 * the query's terms stand whole in the text, the page builds the excerpt itself, around them
 * and highlighting them whole (wholeTermExcerpt); elsewhere it drops the highlights that are
 * only a one-character piece of a compound (preferWholeTerms).
 */

/** How many of a page's words an excerpt shows (the search page sets Pagefind's excerptLength to it). */
export const EXCERPT_WORDS = 36;

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Text with HTML character references decoded (named ones Pagefind writes, and numeric ones).
 * @example decodeEntities('&lt;b&gt; &amp; &#27861;') // '<b> & 法'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// A token as Pagefind writes it into the text: `tiao52t` and the full stop it adds after the attribute.
const TOKEN_IN_EXCERPT =
  /(?:<mark>)?(?<![\p{L}\p{N}])(?:tiao\d+t|fujian\d+f)(?![\p{L}\p{N}])(?:<\/mark>)?\.?\s?/gu;

/**
 * An excerpt as text runs: `<mark>…</mark>` becomes a marked run, any other tag-like text
 * stays literal text. Zero-width spaces and article tokens are removed, adjacent runs of the
 * same kind merged and empty runs dropped.
 * @example excerptParts('申请<mark>人才公寓</mark>的条件') // [{ text: '申请', marked: false }, { text: '人才公寓', marked: true }, { text: '的条件', marked: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  // Article and annex tokens are indexed text that the page never shows (searchTokens.ts).
  const shown = excerpt.replace(TOKEN_IN_EXCERPT, '');
  for (const piece of shown.split(/(<mark>|<\/mark>)/u)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      // Pagefind separates the words it segmented with zero-width spaces; readers need not copy them.
      const text = decodeEntities(piece).replaceAll('\u200b', '');
      if (!text) continue;
      const last = parts.at(-1);
      if (last?.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** Text runs from a text and the ranges of it to highlight, merged, without empty runs. */
function partsOf(text: string, ranges: readonly [number, number][]): ExcerptPart[] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const [from, to] of ranges) for (let i = from; i < to; i++) marked[i] = true;
  const parts: ExcerptPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts.at(-1);
    const mark = marked[i] ?? false;
    if (last?.marked === mark) last.text += text[i];
    else parts.push({ text: text[i]!, marked: mark });
  }
  return parts;
}

/** Every place a term stands in a text, as [start, end) ranges. */
function rangesOf(text: string, term: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!term) return ranges;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length))
    ranges.push([at, at + term.length]);
  return ranges;
}

/** How a word of the page's content is shown: decoded, and nothing for a token and its full stop. */
function shownWords(words: readonly string[]): string[] {
  const shown = words.map((word) => decodeEntities(word).replaceAll('\u200b', ''));
  words.forEach((word, i) => {
    if (!isDivisionToken(word.trim())) return;
    shown[i] = '';
    if (/^\.\s*$/u.test(shown[i + 1] ?? '')) shown[i + 1] = '';
  });
  return shown;
}

/** Words the excerpt starts before the first term it is built around. */
const EXCERPT_LEAD = 4;

/**
 * An excerpt of some of a page's words (from `start` up to `end`) built around the query's
 * terms where they stand whole: the run of `length` words that holds the article the query
 * names, then the most different terms, then the most places, from a few words before the
 * first of them, with each term highlighted whole. An article token (`tiao52t`) counts where
 * it stands and highlights the article's label. Null when no term stands whole in the words.
 * @example wholeTermExcerpt(['申请', '人才', '公寓'], 0, 3, ['人才公寓']) // [{ text: '申请', marked: false }, { text: '人才公寓', marked: true }]
 */
export function wholeTermExcerpt(
  words: readonly string[],
  start: number,
  end: number,
  terms: readonly string[],
  length = EXCERPT_WORDS,
): ExcerptPart[] | null {
  const own = words.slice(start, end);
  const shown = shownWords(own);
  const offsets: number[] = [];
  let text = '';
  for (const word of shown) {
    offsets.push(text.length);
    text += word;
  }
  const lower = text.toLowerCase().length === text.length ? text.toLowerCase() : text;
  const wordAt = (char: number) => {
    let i = 0;
    while (i + 1 < offsets.length && offsets[i + 1]! <= char) i++;
    return i;
  };
  // Where each term stands, by word; and what to highlight for it.
  const places: { word: number; term: number }[] = [];
  const marks: string[] = [];
  terms.forEach((term, t) => {
    if (isDivisionToken(term)) {
      own.forEach((word, i) => {
        if (word.trim().toLowerCase() === term) places.push({ word: i, term: t });
      });
      marks.push(divisionTokenLabel(term) ?? '');
    } else {
      for (const [from] of rangesOf(lower, term)) places.push({ word: wordAt(from), term: t });
      marks.push(term);
    }
  });
  if (!places.length) return null;

  // The article the query names comes first: its window is the one the reader asked for.
  const named = new Set(terms.flatMap((term, t) => (isDivisionToken(term) ? [t] : [])));
  const rank = (inside: readonly { term: number }[]) => [
    inside.some((p) => named.has(p.term)) ? 1 : 0,
    new Set(inside.map((p) => p.term)).size,
    inside.length,
  ];
  let best = { from: 0, rank: [-1, -1, -1] };
  for (const place of places) {
    // A named article's excerpt starts at its label; other terms a few words before.
    const from = Math.max(0, place.word - (named.has(place.term) ? 0 : EXCERPT_LEAD));
    const score = rank(places.filter((p) => p.word >= from && p.word < from + length));
    const differs = score.findIndex((v, i) => v !== best.rank[i]);
    const wins = differs >= 0 ? score[differs]! > best.rank[differs]! : from < best.from;
    if (wins) best = { from, rank: score };
  }
  const window = shown.slice(best.from, best.from + length).join('');
  const lowerWindow = window.toLowerCase().length === window.length ? window.toLowerCase() : window;
  // Starts at a word, not at the punctuation or space that ended the one before it.
  const trimmed = window.replace(/^[\s\p{P}]+/u, '');
  const cut = window.length - trimmed.length;
  const ranges = marks
    .flatMap((mark) => rangesOf(lowerWindow, mark))
    .map(([from, to]): [number, number] => [Math.max(0, from - cut), Math.max(0, to - cut)]);
  const parts = partsOf(trimmed.trimEnd(), ranges);
  return parts.length ? parts : null;
}

type Segmenter = (text: string) => Iterable<{ segment: string }>;

const defaultSegmenter: Segmenter = (text) =>
  new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text);

/**
 * Pagefind's highlights, keeping only those that hold one of the query's terms, a longer piece
 * of one (八级 of 八级工), or the start of one (补贴 for 补贴款). A one-character piece of a term
 * the browser splits into several words (工 of 八级工, 型 of 双师型) matches words that have
 * nothing to do with the term, and Pagefind's Chinese segmenter sometimes marks a word beside
 * the one that matched (缺人 for 人才 in 紧缺人才): neither stays highlighted.
 * @example preferWholeTerms([{ text: '工', marked: true }, { text: '作', marked: false }], ['八级工']) // [{ text: '工作', marked: false }]
 */
export function preferWholeTerms(
  parts: readonly ExcerptPart[],
  terms: readonly string[],
  segment: Segmenter = defaultSegmenter,
): ExcerptPart[] {
  const keep = new Set<string>();
  for (const term of terms) {
    keep.add(term);
    const words = [...segment(term)].map((s) => s.segment.trim()).filter(Boolean);
    if (words.length > 1 && /\p{Script=Han}/u.test(term))
      for (const word of words) if ([...word].length > 1) keep.add(word);
  }
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    const text = part.text.trim().toLowerCase();
    const related = [...keep].some(
      (word) => text.includes(word) || ([...text].length > 1 && word.startsWith(text)),
    );
    const marked = part.marked && related;
    const last = out.at(-1);
    if (last?.marked === marked) last.text += part.text;
    else out.push({ text: part.text, marked });
  }
  return out;
}
