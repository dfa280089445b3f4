import { diffArrays } from 'diff';
import { parsePolicyStructure } from './policyArticles.ts';

/**
 * 修订对照: compares two versions of a policy article by article. Articles are
 * paired by content, not by number, because a revision that inserts an article
 * renumbers every article after it: identical texts are paired first wherever they
 * stand (unchanged, possibly renumbered), then the rest are aligned in document
 * order by word similarity (changed); what is left is added or removed. Changed
 * text is marked word by word. A body without articles (a 目录, a 通知) is
 * compared paragraph by paragraph, list item by list item, table row by table row.
 */

/** One article (or paragraph) of one version. */
export interface DiffUnit {
  /** `第十二条` in article mode; empty for paragraphs. */
  label: string;
  /** The anchor of the article on the version's page, e.g. `art-12`; null for paragraphs. */
  anchor: string | null;
  /** Text without the label; paragraphs of one article joined by newlines. */
  text: string;
}

/** A run of text that both versions share, or that only one of them has. */
export interface DiffSegment {
  kind: 'equal' | 'added' | 'removed';
  text: string;
}

/** One row of the comparison, in the order of the new version (removed units where they stood). */
export type DiffEntry =
  | { kind: 'unchanged'; old: DiffUnit; new: DiffUnit; renumbered: boolean }
  | { kind: 'changed'; old: DiffUnit; new: DiffUnit; renumbered: boolean; segments: DiffSegment[] }
  | { kind: 'added'; new: DiffUnit }
  | { kind: 'removed'; old: DiffUnit };

/** The comparison of two versions. */
export interface PolicyDiff {
  /** `articles` when both versions have 第X条 articles, else `paragraphs`. */
  mode: 'articles' | 'paragraphs';
  entries: DiffEntry[];
  counts: {
    unchanged: number;
    renumbered: number;
    changed: number;
    added: number;
    removed: number;
  };
}

/** Pairs below this word similarity are not the same article. Unrelated articles of one policy score about 0.1–0.2. */
export const SAME_ARTICLE_THRESHOLD = 0.2;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Splits Chinese text into words (and the punctuation between them), with the Unicode word segmenter.
 * @example segmentWords('每月1500元') // ['每月', '1500', '元']
 */
export function segmentWords(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Word-weight vectors (tf·idf) for a set of texts; idf over the texts themselves, so words every article uses count little. */
function weightVectors(texts: readonly string[]): Map<string, number>[] {
  const words = texts.map((text) =>
    Array.from(segmenter.segment(text))
      .filter((s) => s.isWordLike)
      .map((s) => s.segment),
  );
  const documentFrequency = new Map<string, number>();
  for (const list of words)
    for (const word of new Set(list))
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  return words.map((list) => {
    const vector = new Map<string, number>();
    for (const word of list) vector.set(word, (vector.get(word) ?? 0) + 1);
    for (const [word, count] of vector)
      vector.set(word, count * Math.log(1 + texts.length / documentFrequency.get(word)!));
    return vector;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [word, weight] of a) {
    normA += weight * weight;
    dot += weight * (b.get(word) ?? 0);
  }
  for (const weight of b.values()) normB += weight * weight;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** A pairing of old unit indexes to new unit indexes. */
export interface Alignment {
  /** [oldIndex, newIndex, identical] for every pair, in new order. */
  pairs: [number, number, boolean][];
}

const normalise = (text: string) => text.replace(/\s+/g, '');

/**
 * Pairs the units of two versions: identical texts first (in any order, so a moved
 * article stays unchanged), then the rest in document order by the highest total
 * word similarity above SAME_ARTICLE_THRESHOLD.
 * @example alignTexts(['甲乙丙', '丁戊'], ['丁戊', '甲乙丙']).pairs // [[1, 0, true], [0, 1, true]]
 */
export function alignTexts(oldTexts: readonly string[], newTexts: readonly string[]): Alignment {
  const pairs: [number, number, boolean][] = [];
  const oldFree = new Set(oldTexts.keys());
  const newFree = new Set(newTexts.keys());

  // 1. Identical texts, the first free occurrence on each side.
  const oldByText = new Map<string, number[]>();
  oldTexts.forEach((text, i) =>
    oldByText.set(normalise(text), [...(oldByText.get(normalise(text)) ?? []), i]),
  );
  newTexts.forEach((text, j) => {
    const candidates = oldByText.get(normalise(text));
    const i = candidates?.shift();
    if (i === undefined) return;
    pairs.push([i, j, true]);
    oldFree.delete(i);
    newFree.delete(j);
  });

  // 2. The rest, in order: maximise Σ(similarity − threshold) over non-crossing pairs.
  const olds = [...oldFree];
  const news = [...newFree];
  if (olds.length && news.length) {
    const vectors = weightVectors([...oldTexts, ...newTexts]);
    const sim = olds.map((i) =>
      news.map((j) => cosine(vectors[i]!, vectors[oldTexts.length + j]!)),
    );
    const rows = olds.length + 1;
    const cols = news.length + 1;
    const score = new Float64Array(rows * cols);
    for (let a = 1; a < rows; a++) {
      for (let b = 1; b < cols; b++) {
        const gain = sim[a - 1]![b - 1]! - SAME_ARTICLE_THRESHOLD;
        score[a * cols + b] = Math.max(
          score[(a - 1) * cols + b]!,
          score[a * cols + b - 1]!,
          gain > 0 ? score[(a - 1) * cols + b - 1]! + gain : -Infinity,
        );
      }
    }
    for (let a = olds.length, b = news.length; a > 0 && b > 0;) {
      const here = score[a * cols + b]!;
      if (here === score[(a - 1) * cols + b]) a--;
      else if (here === score[a * cols + b - 1]) b--;
      else {
        pairs.push([olds[a - 1]!, news[b - 1]!, false]);
        a--;
        b--;
      }
    }
  }
  pairs.sort((p, q) => p[1] - q[1]);
  return { pairs };
}

/**
 * The word-level differences between two texts, with one-character islands of
 * common text inside a change folded into it, so that a change reads as one phrase.
 * @example diffWordsOf('每月1500元', '每月2000元') // [{ kind: 'equal', text: '每月' }, { kind: 'removed', text: '1500' }, { kind: 'added', text: '2000' }, { kind: 'equal', text: '元' }]
 */
export function diffWordsOf(oldText: string, newText: string): DiffSegment[] {
  const raw: DiffSegment[] = diffArrays(segmentWords(oldText), segmentWords(newText)).map(
    (change) => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'equal',
      text: change.value.join(''),
    }),
  );
  // Fold a one-character common island between two changes into both sides of the change.
  const folded: DiffSegment[] = [];
  raw.forEach((segment, i) => {
    const isIsland =
      segment.kind === 'equal' &&
      [...segment.text].length === 1 &&
      i > 0 &&
      i < raw.length - 1 &&
      raw[i - 1]!.kind !== 'equal' &&
      raw[i + 1]!.kind !== 'equal';
    if (isIsland)
      folded.push({ kind: 'removed', text: segment.text }, { kind: 'added', text: segment.text });
    else folded.push(segment);
  });
  // Regroup each run of changes as all its removals, then all its additions, merging neighbours.
  const out: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  for (const segment of folded) {
    if (segment.kind === 'removed') removed += segment.text;
    else if (segment.kind === 'added') added += segment.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.kind === 'equal') last.text += segment.text;
      else out.push({ ...segment });
    }
  }
  flush();
  return out.filter((s) => s.text !== '');
}

/** Strips the Markdown markers from one line of a paragraph, list or table. */
function plainLine(line: string): string {
  return line
    .replace(/^\s*>\s?/, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .trim();
}

/**
 * The paragraphs of a Markdown body as plain text: each heading, paragraph, list item
 * and table row is one unit (table cells joined by ` | `, the header rule skipped).
 * @example bodyParagraphs('## 一、目录\n\n1. 甲\n2. 乙') // ['一、目录', '甲', '乙']
 */
export function bodyParagraphs(body: string): string[] {
  const units: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const text = paragraph.join('').trim();
    if (text) units.push(text);
    paragraph = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === '') {
      flush();
    } else if (/^\s*\|/.test(line)) {
      flush();
      if (/^\s*\|[\s|:-]+\|?\s*$/.test(line)) continue; // |---|---|
      units.push(
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((cell) => plainLine(cell))
          .join(' | '),
      );
    } else if (/^#{1,6}\s|^\s*(?:[-*+]|\d+[.)])\s/.test(line)) {
      flush();
      paragraph.push(plainLine(line));
      flush();
    } else {
      paragraph.push(plainLine(line));
    }
  }
  flush();
  return units;
}

function articleUnits(body: string): DiffUnit[] {
  return parsePolicyStructure(body).articles.map((a) => ({
    label: a.label,
    anchor: a.anchor,
    text: a.text.slice(a.label.length).trim(),
  }));
}

/**
 * Compares the bodies of a superseded version and the version that replaced it.
 * @example diffPolicyBodies('第一条\u3000甲。\n\n第二条\u3000乙。', '第一条\u3000甲。\n\n第二条\u3000丙。\n\n第三条\u3000乙。').counts // { unchanged: 2, renumbered: 1, changed: 0, added: 1, removed: 0 }
 */
export function diffPolicyBodies(oldBody: string, newBody: string): PolicyDiff {
  let oldUnits = articleUnits(oldBody);
  let newUnits = articleUnits(newBody);
  const mode = oldUnits.length > 0 && newUnits.length > 0 ? 'articles' : 'paragraphs';
  if (mode === 'paragraphs') {
    const paragraphs = (body: string) =>
      bodyParagraphs(body).map((text) => ({ label: '', anchor: null, text }));
    oldUnits = paragraphs(oldBody);
    newUnits = paragraphs(newBody);
  }

  const { pairs } = alignTexts(
    oldUnits.map((u) => u.text),
    newUnits.map((u) => u.text),
  );
  const oldMatch = new Map(pairs.map(([i, j]) => [i, j]));
  const byNew = new Map(pairs.map(([i, j, identical]) => [j, { i, identical }]));

  // Each removed unit goes after the new position of the nearest earlier old unit that was kept.
  const removedAfter = new Map<number, number[]>();
  oldUnits.forEach((_, i) => {
    if (oldMatch.has(i)) return;
    let anchor = -1;
    for (let k = i - 1; k >= 0; k--) {
      if (oldMatch.has(k)) {
        anchor = oldMatch.get(k)!;
        break;
      }
    }
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), i]);
  });

  const entries: DiffEntry[] = [];
  const pushRemoved = (after: number) => {
    for (const i of removedAfter.get(after) ?? [])
      entries.push({ kind: 'removed', old: oldUnits[i]! });
  };
  pushRemoved(-1);
  newUnits.forEach((unit, j) => {
    const match = byNew.get(j);
    if (!match) entries.push({ kind: 'added', new: unit });
    else {
      const old = oldUnits[match.i]!;
      const renumbered = mode === 'articles' && old.label !== unit.label;
      if (match.identical) entries.push({ kind: 'unchanged', old, new: unit, renumbered });
      else
        entries.push({
          kind: 'changed',
          old,
          new: unit,
          renumbered,
          segments: diffWordsOf(old.text, unit.text),
        });
    }
    pushRemoved(j);
  });

  const counts = { unchanged: 0, renumbered: 0, changed: 0, added: 0, removed: 0 };
  for (const entry of entries) {
    counts[entry.kind]++;
    if (entry.kind === 'unchanged' && entry.renumbered) counts.renumbered++;
  }
  return { mode, entries, counts };
}
