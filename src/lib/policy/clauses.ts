import {
  CHINESE_NUMERAL_CHARS,
  parseChineseNumeral,
  toChineseNumeral,
} from '../shared/chineseNumerals.ts';
import type { PolicyArticle, PolicyItem, PolicyStructure } from './documentStructure.ts';
import { parsePolicyStructure } from './policyArticles.ts';

/**
 * The `clause` an incentive (or a PolicyLink) cites, in the forms of the content
 * specification: an article `第五条`, a 款 `第五条第二款`, a 项 `第五条第二款第（三）项`; in a
 * document without articles a part `三`, an item of a part `三（二）`, or an item label that
 * occurs once in the document `（十三）`. Resolving a clause against a document's structure
 * gives its exact anchor, or says what the document has instead.
 */

/** A clause, read. */
export type Clause =
  | { form: 'article'; article: number; clause: number | null; item: number | null }
  | { form: 'part'; part: number; item: number | null }
  | { form: 'item'; item: number };

const N = `([${CHINESE_NUMERAL_CHARS}]+)`;
const ARTICLE = new RegExp(`^第${N}条(?:第${N}款)?(?:第[（(]${N}[）)]项)?$`);
const PART = new RegExp(`^${N}(?:[（(]${N}[）)])?$`);
const ITEM = new RegExp(`^[（(]${N}[）)]$`);

const numeral = (text: string | undefined): number | null =>
  text === undefined ? null : parseChineseNumeral(text);

/**
 * Reads a clause label; null when it is in none of the forms.
 * @example parseClause('第十八条第一款') // { form: 'article', article: 18, clause: 1, item: null }
 * @example parseClause('三（二）') // { form: 'part', part: 3, item: 2 }
 * @example parseClause('（十三）') // { form: 'item', item: 13 }
 */
export function parseClause(label: string): Clause | null {
  const text = label.trim();
  const article = ARTICLE.exec(text);
  if (article) {
    const number = numeral(article[1]);
    if (number === null) return null;
    const item = numeral(article[3]);
    // 第五条第（三）项 cites an item of the article's only 款.
    const clause = numeral(article[2]) ?? (item !== null ? 1 : null);
    return { form: 'article', article: number, clause, item };
  }
  const part = PART.exec(text);
  if (part) {
    const number = numeral(part[1]);
    return number === null ? null : { form: 'part', part: number, item: numeral(part[2]) };
  }
  const item = ITEM.exec(text);
  const number = item ? numeral(item[1]) : null;
  return number === null ? null : { form: 'item', item: number };
}

/** Where a clause points, or what is wrong with it. */
export type ClauseTarget =
  { ok: true; anchor: string; citation: string } | { ok: false; message: string };

/** How an article's 款 read in a list of what exists: `第五条（3款）`. */
function describeArticle(article: PolicyArticle): string {
  return article.clauses.length > 1
    ? `${article.label}（${article.clauses.length}款）`
    : article.label;
}

function listOf(labels: readonly string[], max = 8): string {
  return labels.length > max
    ? `${labels.slice(0, max - 3).join('、')} …… ${labels.slice(-2).join('、')}（共 ${labels.length} 项）`
    : labels.join('、');
}

/** What a document offers to cite, for an error message. */
export function describeCitable(structure: PolicyStructure): string {
  if (structure.articles.length)
    return `该文件的条款为：${listOf(structure.articles.map(describeArticle))}`;
  if (structure.parts.length)
    return `该文件没有“第X条”，按部分引用：${listOf(structure.parts.map((p) => `${p.citation}${p.items.length ? `（${p.items.length}项）` : ''}`))}`;
  if (structure.items.length)
    return `该文件没有“第X条”，可引用的项为：${listOf(structure.items.map((i) => i.citation))}`;
  return '该文件正文中没有“第X条”“一、”“（一）”形式的条款';
}

const itemList = (items: readonly PolicyItem[]) =>
  items.length ? `，其中的项为 ${items.map((i) => i.label).join('')}` : '，没有分项';

function resolveArticle(
  structure: PolicyStructure,
  clause: Extract<Clause, { form: 'article' }>,
  label: string,
): ClauseTarget {
  const article = structure.articles.find((a) => a.number === clause.article);
  if (!article) return { ok: false, message: `没有${label}：${describeCitable(structure)}` };
  if (clause.clause === null) return { ok: true, anchor: article.anchor, citation: article.label };
  const k = article.clauses[clause.clause - 1];
  if (!k)
    return {
      ok: false,
      message: `${article.label}只有 ${article.clauses.length} 款，没有第${toChineseNumeral(clause.clause)}款`,
    };
  if (clause.item === null) return { ok: true, anchor: k.anchor, citation: k.citation };
  const item = k.items.find((i) => i.number === clause.item);
  if (!item)
    return {
      ok: false,
      message: `${k.citation}没有第（${toChineseNumeral(clause.item)}）项${itemList(k.items)}`,
    };
  return { ok: true, anchor: item.anchor, citation: item.citation };
}

/** Every item of the main text, in parts or before them. */
const allItems = (structure: PolicyStructure): PolicyItem[] => [
  ...structure.items,
  ...structure.parts.flatMap((p) => p.items),
];

/**
 * Where a clause label points in a document: its anchor, or a message (in Chinese) that says
 * what is missing and what exists, 款 counts included.
 * @example resolveClause(parsePolicyStructure('第一条　甲\n\n乙'), '第一条第二款') // { ok: true, anchor: 'art-1-2', citation: '第一条第二款' }
 */
export function resolveClause(structure: PolicyStructure, label: string): ClauseTarget {
  const clause = parseClause(label);
  if (!clause)
    return {
      ok: false,
      message: `“${label}”不是条款的写法：应为 第五条、第五条第二款、第五条第二款第（三）项，或没有“第X条”的文件中的 三、三（二）、（十三）`,
    };
  if (clause.form === 'article') return resolveArticle(structure, clause, label.trim());
  if (clause.form === 'part') {
    const part = structure.parts.find((p) => p.number === clause.part);
    if (!part)
      return {
        ok: false,
        message: `没有“${toChineseNumeral(clause.part)}、”部分：${describeCitable(structure)}`,
      };
    if (clause.item === null) return { ok: true, anchor: part.anchor, citation: part.citation };
    const item = part.items.find((i) => i.number === clause.item);
    if (!item)
      return {
        ok: false,
        message: `“${part.label}”部分没有（${toChineseNumeral(clause.item)}）项${itemList(part.items)}`,
      };
    return { ok: true, anchor: item.anchor, citation: item.citation };
  }
  const found = allItems(structure).filter((i) => i.number === clause.item);
  if (found.length === 1 && found[0])
    return { ok: true, anchor: found[0].anchor, citation: found[0].citation };
  if (found.length > 1)
    return {
      ok: false,
      message: `${label.trim()}在文件中出现 ${found.length} 次（${found.map((i) => i.citation).join('、')}），请写明所在部分，例如 ${found[0]?.citation ?? ''}`,
    };
  return { ok: false, message: `没有${label.trim()}项：${describeCitable(structure)}` };
}

/**
 * The anchor a clause points to in a policy body, or null when it points nowhere (validate
 * reports those).
 * @example clauseAnchorIn('第一条　甲\n\n乙', '第一条第二款') // 'art-1-2'
 */
export function clauseAnchorIn(body: string, clause: string): string | null {
  const target = resolveClause(parsePolicyStructure(body), clause);
  return target.ok ? target.anchor : null;
}
