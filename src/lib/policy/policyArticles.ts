import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from '../shared/chineseNumerals.ts';

/**
 * The structure of a policy body: chapters (第X章) and articles (第X条), found the
 * same way for anchors, the table of contents, clause checks and the revision diff.
 */

const ARTICLE_START = new RegExp(`^第([${CHINESE_NUMERAL_CHARS}]+)条`);
const CHAPTER_START = new RegExp(`^第([${CHINESE_NUMERAL_CHARS}]+)章`);

/** A numbered division that begins a paragraph or heading. */
export interface DivisionHeading {
  kind: 'article' | 'chapter';
  /** The number, e.g. 12 for 第十二条. */
  number: number;
  /** The label as written, e.g. `第十二条`. */
  label: string;
}

/**
 * Reads the article or chapter number that a paragraph or heading text begins with.
 * @example parseDivisionHeading('第十二条\u3000申请人应当……') // { kind: 'article', number: 12, label: '第十二条' }
 * @example parseDivisionHeading('依照第十二条') // null
 */
export function parseDivisionHeading(text: string): DivisionHeading | null {
  const trimmed = text.trimStart();
  for (const [kind, pattern] of [
    ['article', ARTICLE_START],
    ['chapter', CHAPTER_START],
  ] as const) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const number = parseChineseNumeral(match[1]!);
    if (number === null) return null;
    return { kind, number, label: match[0] };
  }
  return null;
}

/**
 * The HTML id of an article or chapter.
 * @example divisionAnchor({ kind: 'article', number: 12, label: '第十二条' }) // 'art-12'
 */
export function divisionAnchor(division: Pick<DivisionHeading, 'kind' | 'number'>): string {
  return `${division.kind === 'article' ? 'art' : 'ch'}-${division.number}`;
}

/**
 * The anchor of a clause label such as `第五条`, or null when it is not one.
 * @example clauseAnchor('第五条') // 'art-5'
 */
export function clauseAnchor(clause: string): string | null {
  const division = parseDivisionHeading(clause);
  return division?.label === clause.trim() ? divisionAnchor(division) : null;
}

/** One article of a policy body, with its text (the paragraphs up to the next division). */
export interface PolicyArticle {
  number: number;
  label: string;
  anchor: string;
  /** The chapter the article stands in, if any. */
  chapter: number | null;
  /** Plain text of the article, its label included; paragraphs joined by newlines. */
  text: string;
  /** 1-based line of the body where the article begins. */
  line: number;
}

/** One chapter of a policy body. */
export interface PolicyChapter {
  number: number;
  label: string;
  anchor: string;
  /** The heading text, e.g. `第一章\u3000总则`. */
  title: string;
  line: number;
}

/** The chapters and articles of a policy body, in document order. */
export interface PolicyStructure {
  chapters: PolicyChapter[];
  articles: PolicyArticle[];
}

/** Strips the Markdown block and emphasis markers that may surround the text of a block. */
function blockText(block: string): { text: string; isHeading: boolean } {
  const isHeading = block.charCodeAt(0) === 35 /* # */ && /^#{1,6}\s/.test(block);
  let text = isHeading ? block.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '') : block;
  if (text.charCodeAt(0) === 62 /* > */) text = text.replace(/^>\s?/gm, '');
  // Only emphasis markers matter here (**第一条**); a literal * or _ in Chinese text is rare and harmless to drop.
  if (text.includes('*') || text.includes('_'))
    text = text.replace(/\*\*|__/g, '').replace(/^[*_](?=第)/, '');
  return { text: text.trim(), isHeading };
}

/**
 * Finds every chapter and article in a Markdown policy body.
 * @example parsePolicyStructure('## 第一章\u3000总则\n\n第一条\u3000为……').articles[0].anchor // 'art-1'
 */
export function parsePolicyStructure(body: string): PolicyStructure {
  const cached = structureCache.get(body);
  if (cached) return cached;
  const structure = parseStructure(body);
  if (structureCache.size > 256) structureCache.clear();
  structureCache.set(body, structure);
  return structure;
}

// Validate, the table of contents and the diff all ask for the same bodies.
const structureCache = new Map<string, PolicyStructure>();

function parseStructure(body: string): PolicyStructure {
  const chapters: PolicyChapter[] = [];
  const articles: PolicyArticle[] = [];
  const lines = body.split(/\r?\n/);
  let chapter: number | null = null;
  let current: PolicyArticle | null = null;
  let block: string[] = [];
  let blockLine = 0;

  const flush = () => {
    if (block.length === 0) return;
    const { text, isHeading } = blockText(block.join('\n'));
    const firstLine = blockLine;
    block = [];
    const division = parseDivisionHeading(text);
    if (division?.kind === 'chapter') {
      current = null;
      chapter = division.number;
      chapters.push({
        number: division.number,
        label: division.label,
        anchor: divisionAnchor(division),
        title: text,
        line: firstLine,
      });
      return;
    }
    if (division?.kind === 'article') {
      current = {
        number: division.number,
        label: division.label,
        anchor: divisionAnchor(division),
        chapter,
        text,
        line: firstLine,
      };
      articles.push(current);
      return;
    }
    if (isHeading) {
      current = null; // any other heading ends the article
      return;
    }
    if (current) current.text += `\n${text}`;
  };

  lines.forEach((line, index) => {
    if (line.trim() === '') {
      flush();
      return;
    }
    // A heading is a block of its own even without blank lines around it.
    if (/^#{1,6}\s/.test(line)) {
      flush();
      blockLine = index + 1;
      block.push(line);
      flush();
      return;
    }
    if (block.length === 0) blockLine = index + 1;
    block.push(line);
  });
  flush();
  return { chapters, articles };
}
