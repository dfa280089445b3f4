import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from '../shared/chineseNumerals.ts';
import type { BlockKind, DocumentBlock } from './documentBlocks.ts';

/**
 * The one structure reader of a government document (CONTENT-SPEC, "the structure of real
 * documents"): preamble; chapters (第X章) and sections (第X节); articles (第X条) with their 款
 * and 项; in a document without articles, parts (一、) and items (（一）); annexes (附件, 附件1,
 * 附录) with the same structure inside, their anchors prefixed; the 附件说明 and the closing
 * (落款, 成文日期). Anchors, the table of contents, clause checks, citations, the 修订对照 and
 * search results all read what this returns.
 *
 * It reads a sequence of top-level blocks: those of the Markdown source (documentBlocks.ts)
 * when validating or listing, and those of the rendered page (src/markdown/documentAnchors.ts)
 * when giving elements their ids. The same blocks give the same anchors.
 */

/** What a block is in the document. */
export type BlockRoleName =
  | 'preamble'
  | 'addressee'
  | 'chapter'
  | 'section'
  | 'article'
  | 'clause'
  | 'item'
  | 'part'
  | 'annex'
  | 'attachment-note'
  | 'closing'
  | 'text';

/** The role of one block, and the anchors its element gets. */
export interface BlockRole {
  role: BlockRoleName;
  /** The element's id, or null (none, or taken by an earlier block). */
  anchor: string | null;
  /** A second anchor at the start of the element: the first 款 of an article (`art-5-1`). */
  innerAnchor: string | null;
  /** How the block is cited, e.g. `第五条`, `第五条第二款第（三）项`, `三（二）`, `附件1`. */
  citation: string | null;
}

/** A 项 of a 款, or an item (（一）) of a part. */
export interface PolicyItem {
  number: number;
  /** As written at the start of the paragraph, e.g. `（三）`. */
  label: string;
  anchor: string;
  /** How it is cited, e.g. `第五条第二款第（三）项` or `三（二）`. */
  citation: string;
  text: string;
  line: number;
}

/** A 款 of an article (its first paragraph is the first 款). */
export interface PolicyClause {
  number: number;
  anchor: string;
  citation: string;
  text: string;
  line: number;
  items: PolicyItem[];
}

/** One article (第X条), with its text: its paragraphs and items, joined by newlines. */
export interface PolicyArticle {
  number: number;
  /** The label as written, e.g. `第十二条`. */
  label: string;
  anchor: string;
  /** The chapter and section the article stands in, if any. */
  chapter: number | null;
  section: number | null;
  text: string;
  /** 1-based line of the body where the article begins. */
  line: number;
  clauses: PolicyClause[];
}

/** One section (第X节) of a chapter. */
export interface PolicySection {
  number: number;
  label: string;
  anchor: string;
  title: string;
  line: number;
}

/** One chapter (第X章). */
export interface PolicyChapter {
  number: number;
  label: string;
  anchor: string;
  /** The heading text, e.g. `第一章　总则`. */
  title: string;
  line: number;
  sections: PolicySection[];
}

/** One part (一、) of a document without articles. */
export interface PolicyPart {
  number: number;
  /** As written, e.g. `三、`. */
  label: string;
  anchor: string;
  citation: string;
  /** The first line of the part's heading or paragraph. */
  title: string;
  text: string;
  line: number;
  items: PolicyItem[];
}

/** The divisions of the main text, or of one annex. */
export interface DocumentScope {
  chapters: PolicyChapter[];
  articles: PolicyArticle[];
  parts: PolicyPart[];
  /** Items (（一）) that stand before any part. */
  items: PolicyItem[];
  /** Articles whose number came before in the same scope: they get no anchor. */
  repeated: { number: number; label: string; line: number }[];
}

/** One annex (附件, 附件1, 附录) with its own inner structure. */
export interface PolicyAnnex extends DocumentScope {
  number: number;
  /** As written, e.g. `附件1` or `附录`. */
  label: string;
  anchor: string;
  /** The annex's heading, or its first line after the label. */
  title: string;
  line: number;
}

/** The structure of a whole document. */
export interface PolicyStructure extends DocumentScope {
  annexes: PolicyAnnex[];
  /** The role of each block read, in order. */
  roles: BlockRole[];
  /** The 附件说明, as written (lines joined by newlines), or null. */
  attachmentNote: string | null;
}

const N = `[${CHINESE_NUMERAL_CHARS}]+`;
const DIVISION = new RegExp(`^第(${N})([章节条])`);
const PART = /^([一二三四五六七八九十百]+)、/;
const ITEM = /^[（(]([一二三四五六七八九十百]+)[）)]/;
const ANNEX_LABEL = /^(附件|附录)[ \t\u3000]*([0-9０-９]+|[一二三四五六七八九十]+)?/;
const ANNEX_ONLY =
  /^(附件|附录)[ \t\u3000]*([0-9０-９]+|[一二三四五六七八九十]+)?[ \t\u3000]*[：:]?$/;
const DATE_LINE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$/;

/**
 * The numbered division a text begins with: chapter, section or article, and its number.
 * @example divisionOf('第十二条　申请人应当……') // { kind: 'article', number: 12, label: '第十二条' }
 * @example divisionOf('依照第十二条') // null
 */
export function divisionOf(
  text: string,
): { kind: 'chapter' | 'section' | 'article'; number: number; label: string } | null {
  const match = DIVISION.exec(text.trimStart());
  if (!match) return null;
  const number = parseChineseNumeral(match[1] ?? '');
  if (number === null) return null;
  const kind = match[2] === '章' ? 'chapter' : match[2] === '节' ? 'section' : 'article';
  return { kind, number, label: match[0] };
}

/**
 * The item label (（三） or (三)) a text begins with, and its number.
 * @example itemOf('（三）具有博士学位的；') // { number: 3, label: '（三）' }
 */
export function itemOf(text: string): { number: number; label: string } | null {
  const match = ITEM.exec(text);
  const number = match ? parseChineseNumeral(match[1] ?? '') : null;
  return match && number !== null ? { number, label: match[0] } : null;
}

/**
 * The part label (三、) a text begins with, and its number.
 * @example partOf('三、任职基本条件') // { number: 3, label: '三、' }
 */
export function partOf(text: string): { number: number; label: string } | null {
  const match = PART.exec(text);
  const number = match ? parseChineseNumeral(match[1] ?? '') : null;
  return match && number !== null ? { number, label: match[0] } : null;
}

/** An annex label a heading begins with, or a paragraph consists of; null when the block is not one. */
function annexOf(block: DocumentBlock): { label: string; number: number | null } | null {
  const text = block.text;
  const match = block.kind === 'heading' ? ANNEX_LABEL.exec(text) : ANNEX_ONLY.exec(text);
  if (!match || block.kind === 'other') return null;
  // A heading that merely begins with the word (附件说明, 附录表) is not an annex.
  const rest = text.slice(match[0].length);
  if (block.kind === 'heading' && rest && !/^[ \t\u3000：:、.．]/.test(rest)) return null;
  const digits = match[2]?.replace(/[０-９]/g, (d) =>
    String.fromCharCode(d.charCodeAt(0) - 0xfee0),
  );
  const number = digits
    ? /^\d+$/.test(digits)
      ? Number(digits)
      : parseChineseNumeral(digits)
    : null;
  return { label: `${match[1] ?? ''}${match[2] ?? ''}`, number };
}

/** Whether a paragraph is a 落款 or 成文日期: its last line a date, the lines before it short names. */
function isClosing(block: DocumentBlock, next: DocumentBlock | undefined): boolean {
  if (block.kind !== 'paragraph') return false;
  const lines = block.text.split('\n').map((l) => l.trim());
  const last = lines.at(-1) ?? '';
  const isName = (l: string) => l.length > 0 && l.length <= 40 && !/[。，；！？：]/.test(l);
  if (DATE_LINE.test(last)) return lines.slice(0, -1).every(isName);
  // An issuer on its own paragraph, its date in the next one.
  return (
    lines.every(isName) &&
    next?.kind === 'paragraph' &&
    DATE_LINE.test(next.text.trim()) &&
    !divisionOf(block.text) &&
    !partOf(block.text)
  );
}

const firstLine = (text: string) => text.split('\n')[0] ?? '';

/** The last addressee before the colon: a body, office or unit (党委, 部门, 局（委）, 管委会 …). */
const ADDRESSEE_END =
  /(?:党委|党组|政府|部门|单位|机构|部委|委员会|管委会|厅|局|委|办|院|室|会|部|处|司|团|公司|企业|学校|组织)(?:[（(][^）)]{1,10}[）)])?[：:]$/;

/**
 * Whether the first paragraph of a document is its 主送机关 (`各乡镇党委，县委各部门：`): one line
 * of addressees ending with a colon, no sentence in it. It is set flush left, not indented.
 */
function isAddressee(block: DocumentBlock): boolean {
  const text = block.text.trim();
  return (
    block.kind === 'paragraph' &&
    !text.includes('\n') &&
    text.length <= 200 &&
    ADDRESSEE_END.test(text) &&
    !/[。；？！?]/.test(text) &&
    !/^(问|答|附件|附录)/.test(text) &&
    !divisionOf(text) &&
    !partOf(text) &&
    !itemOf(text)
  );
}

/** Whether a scope (a run of blocks) contains any article. */
function hasArticles(blocks: readonly DocumentBlock[]): boolean {
  return blocks.some((b) => b.kind !== 'other' && divisionOf(b.text)?.kind === 'article');
}

/** Reads one scope: the main text, or one annex. */
class ScopeReader {
  readonly scope: DocumentScope = {
    chapters: [],
    articles: [],
    parts: [],
    items: [],
    repeated: [],
  };
  private chapter: PolicyChapter | null = null;
  private section: PolicySection | null = null;
  private article: PolicyArticle | null = null;
  private clause: PolicyClause | null = null;
  private part: PolicyPart | null = null;
  private ended = false;
  private seenDivision = false;
  private first = true;

  private readonly prefix: string;
  private readonly withArticles: boolean;
  private readonly main: boolean;
  private readonly used: Set<string>;

  /**
   * @param prefix what the scope's anchors begin with (`annex-2-` inside 附件2)
   * @param withArticles whether the scope has articles (parts and items count only without)
   * @param main whether this is the main text (only it has a 附件说明)
   * @param used the anchors taken so far on the page
   */
  constructor(prefix: string, withArticles: boolean, main: boolean, used: Set<string>) {
    this.prefix = prefix;
    this.withArticles = withArticles;
    this.main = main;
    this.used = used;
  }

  /** Claims an anchor; null when an earlier block has it. */
  private claim(id: string): string | null {
    if (this.used.has(id)) return null;
    this.used.add(id);
    return id;
  }

  private role(
    role: BlockRoleName,
    anchor: string | null = null,
    citation: string | null = null,
    innerAnchor: string | null = null,
  ): BlockRole {
    return { role, anchor, innerAnchor, citation };
  }

  read(block: DocumentBlock, next: DocumentBlock | undefined): BlockRole {
    const first = this.first;
    this.first = false;
    if (first && this.main && isAddressee(block)) return this.role('addressee');
    if (block.kind === 'other') {
      this.appendText(block.text);
      return this.role('text');
    }
    const division = divisionOf(block.text);
    if (division?.kind === 'chapter') return this.startChapter(block, division);
    if (division?.kind === 'section') return this.startSection(block, division);
    if (division?.kind === 'article' && this.withArticles)
      return this.startArticle(block, division);
    if (this.main && block.kind === 'paragraph' && /^附件[^：:\s]*[：:]\s*\S/.test(block.text)) {
      this.endDivisions();
      return this.role('attachment-note');
    }
    if (isClosing(block, next)) {
      this.endDivisions();
      return this.role('closing');
    }
    if (!this.withArticles) {
      const part = partOf(block.text);
      if (part) return this.startPart(block, part);
      const item = itemOf(block.text);
      if (item) return this.addPartItem(block, item);
    }
    if (block.kind === 'heading') {
      // Any other heading ends the article or part it follows.
      this.article = null;
      this.clause = null;
      if (!this.seenDivision) return this.role('preamble');
      return this.role('text');
    }
    if (this.article && !this.ended) return this.addClauseOrItem(this.article, block);
    if (this.part && !this.ended) {
      this.part.text += `\n${block.text}`;
      return this.role('text');
    }
    return this.role(this.seenDivision ? 'text' : 'preamble');
  }

  private endDivisions(): void {
    this.ended = true;
    this.article = null;
    this.clause = null;
    this.part = null;
  }

  private appendText(text: string): void {
    if (!text) return;
    if (this.article && !this.ended) this.article.text += `\n${text}`;
    else if (this.part && !this.ended) this.part.text += `\n${text}`;
  }

  private startChapter(
    block: DocumentBlock,
    division: { number: number; label: string },
  ): BlockRole {
    this.seenDivision = true;
    this.ended = false;
    this.article = null;
    this.clause = null;
    this.section = null;
    const anchor = this.claim(`${this.prefix}ch-${division.number}`);
    this.chapter = {
      number: division.number,
      label: division.label,
      anchor: anchor ?? `${this.prefix}ch-${division.number}`,
      title: firstLine(block.text),
      line: block.line,
      sections: [],
    };
    if (anchor) this.scope.chapters.push(this.chapter);
    return this.role('chapter', anchor, division.label);
  }

  private startSection(
    block: DocumentBlock,
    division: { number: number; label: string },
  ): BlockRole {
    this.seenDivision = true;
    this.article = null;
    this.clause = null;
    const base = this.chapter ? `${this.prefix}ch-${this.chapter.number}-` : this.prefix;
    const anchor = this.claim(`${base}sec-${division.number}`);
    this.section = {
      number: division.number,
      label: division.label,
      anchor: anchor ?? `${base}sec-${division.number}`,
      title: firstLine(block.text),
      line: block.line,
    };
    if (anchor) this.chapter?.sections.push(this.section);
    return this.role('section', anchor, division.label);
  }

  private startArticle(
    block: DocumentBlock,
    division: { number: number; label: string },
  ): BlockRole {
    this.seenDivision = true;
    this.ended = false;
    const id = `${this.prefix}art-${division.number}`;
    const anchor = this.claim(id);
    if (!anchor) {
      // A repeated number: its text belongs to no citable article (validate warns).
      this.scope.repeated.push({
        number: division.number,
        label: division.label,
        line: block.line,
      });
      this.article = null;
      this.clause = null;
      return this.role('text');
    }
    const first: PolicyClause = {
      number: 1,
      anchor: `${id}-1`,
      citation: `${division.label}第一款`,
      text: block.text,
      line: block.line,
      items: [],
    };
    this.used.add(first.anchor);
    this.article = {
      number: division.number,
      label: division.label,
      anchor: id,
      chapter: this.chapter?.number ?? null,
      section: this.section?.number ?? null,
      text: block.text,
      line: block.line,
      clauses: [first],
    };
    this.clause = first;
    this.scope.articles.push(this.article);
    return this.role('article', anchor, division.label, first.anchor);
  }

  private addClauseOrItem(article: PolicyArticle, block: DocumentBlock): BlockRole {
    article.text += `\n${block.text}`;
    const item = itemOf(block.text);
    if (item && this.clause) {
      const clause = this.clause;
      const id = `${clause.anchor}-${item.number}`;
      const anchor = this.claim(id);
      const citation = `${article.label}${numeralClause(clause.number)}第${item.label.replace(/[()]/g, (p) => (p === '(' ? '（' : '）'))}项`;
      if (anchor)
        clause.items.push({
          number: item.number,
          label: item.label,
          anchor,
          citation,
          text: block.text,
          line: block.line,
        });
      clause.text += `\n${block.text}`;
      return this.role('item', anchor, citation);
    }
    const number = article.clauses.length + 1;
    const id = `${article.anchor}-${number}`;
    const anchor = this.claim(id);
    const clause: PolicyClause = {
      number,
      anchor: id,
      citation: `${article.label}${numeralClause(number)}`,
      text: block.text,
      line: block.line,
      items: [],
    };
    article.clauses.push(clause);
    this.clause = clause;
    return this.role('clause', anchor, clause.citation);
  }

  private startPart(block: DocumentBlock, part: { number: number; label: string }): BlockRole {
    this.seenDivision = true;
    this.ended = false;
    const id = `${this.prefix}part-${part.number}`;
    const anchor = this.claim(id);
    const citation = part.label.replace('、', '');
    this.part = {
      number: part.number,
      label: part.label,
      anchor: id,
      citation,
      title: firstLine(block.text),
      text: block.text,
      line: block.line,
      items: [],
    };
    if (anchor) this.scope.parts.push(this.part);
    return this.role('part', anchor, citation);
  }

  private addPartItem(block: DocumentBlock, item: { number: number; label: string }): BlockRole {
    this.seenDivision = true;
    const fullWidth = `（${item.label.slice(1, -1)}）`;
    const id = this.part
      ? `${this.part.anchor}-${item.number}`
      : `${this.prefix}item-${item.number}`;
    const anchor = this.claim(id);
    const citation = this.part ? `${this.part.citation}${fullWidth}` : fullWidth;
    const entry: PolicyItem = {
      number: item.number,
      label: item.label,
      anchor: id,
      citation,
      text: block.text,
      line: block.line,
    };
    if (anchor) (this.part ? this.part.items : this.scope.items).push(entry);
    if (this.part) this.part.text += `\n${block.text}`;
    return this.role('item', anchor, citation);
  }
}

/**
 * `第二款` for 2: how a 款 is cited.
 * @example numeralClause(2) // '第二款'
 */
function numeralClause(n: number): string {
  return `第${CLAUSE_NUMERALS[n] ?? String(n)}款`;
}
const CLAUSE_NUMERALS = [
  '',
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];

/**
 * Reads the structure of a document from its top-level blocks, in order.
 * @example readDocumentStructure([{ kind: 'paragraph', text: '第一条　甲', line: 1 }]).articles[0]?.anchor // 'art-1'
 */
export function readDocumentStructure(blocks: readonly DocumentBlock[]): PolicyStructure {
  const used = new Set<string>();
  const structure: PolicyStructure = {
    ...emptyScope(),
    annexes: [],
    roles: [],
    attachmentNote: null,
  };
  // Annexes split the document into scopes: the main text, then each annex.
  const starts = [0, ...blocks.flatMap((block, i) => (annexOf(block) ? [i] : []))];
  starts.forEach((start, s) => {
    const end = starts[s + 1] ?? blocks.length;
    const annexBlock = s > 0 ? blocks[start] : undefined;
    const own = blocks.slice(annexBlock ? start + 1 : start, end);
    const annex = annexBlock ? openAnnex(annexBlock, own, structure, used) : null;
    if (annex)
      structure.roles.push({
        role: 'annex',
        anchor: annex.anchor,
        innerAnchor: null,
        citation: annex.label,
      });
    const reader = new ScopeReader(annex ? `${annex.anchor}-` : '', hasArticles(own), !annex, used);
    own.forEach((block, i) => {
      const role = reader.read(block, own[i + 1]);
      if (role.role === 'attachment-note') structure.attachmentNote ??= block.text;
      structure.roles.push(role);
    });
    Object.assign(annex ?? structure, reader.scope);
  });
  return structure;
}

function emptyScope(): DocumentScope {
  return { chapters: [], articles: [], parts: [], items: [], repeated: [] };
}

/** Starts an annex: its number (as written, or the next free one), anchor and title. */
function openAnnex(
  block: DocumentBlock,
  own: readonly DocumentBlock[],
  structure: PolicyStructure,
  used: Set<string>,
): PolicyAnnex {
  const label = annexOf(block)?.label ?? block.text;
  let number = annexOf(block)?.number ?? structure.annexes.length + 1;
  while (used.has(`annex-${number}`)) number++;
  const anchor = `annex-${number}`;
  used.add(anchor);
  // The title: what follows the label in its own heading, or the annex's first line of text.
  const rest = block.text.slice(label.length).replace(/^[\s：:、.．]+/, '');
  const next = own.find((b) => b.kind !== 'other');
  const title = rest || (next && !divisionOf(next.text) ? next.text : '');
  const annex: PolicyAnnex = {
    ...emptyScope(),
    number,
    label,
    anchor,
    title: firstLine(title),
    line: block.line,
  };
  structure.annexes.push(annex);
  return annex;
}

/** The kinds of block the rendered page has, for the Markdown plugin. */
export type { BlockKind };
