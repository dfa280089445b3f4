import type {
  DocumentScope,
  PolicyArticle,
  PolicyItem,
  PolicyPart,
  PolicyStructure,
} from './documentStructure.ts';

/**
 * 目录: the entries of a document's table of contents, read from the one structure reader, so
 * that every entry links to an anchor on the page. Chapters hold their sections and articles;
 * in a document without articles, parts hold their items; annexes come last, each holding its
 * own chapters, articles or parts, linked to their prefixed anchors (`#annex-1-art-8`).
 */

/** One entry of the table of contents. */
export interface TocEntry {
  /** The anchor it links to, without `#`. */
  anchor: string;
  /** The division's label as written, e.g. `第十二条`, `第一章`, `附件1`; empty for a part (its text starts with it). */
  label: string;
  /** The rest of its first line, shortened. */
  text: string;
  kind: 'chapter' | 'section' | 'article' | 'part' | 'item' | 'annex';
  children: TocEntry[];
}

/** How many characters of an article's or item's text the contents show after its label. */
export const TOC_SNIPPET = 18;
/** How many characters of a part's or chapter's first line the contents show. */
export const TOC_TITLE = 28;

/**
 * The first line of a text after its label, at most `max` characters (… when cut).
 * @example snippet('第十二条　申请人应当在规定时间内提交材料。', '第十二条', 8) // '申请人应当在规定…'
 */
export function snippet(text: string, label: string, max = TOC_SNIPPET): string {
  const rest = (text.startsWith(label) ? text.slice(label.length) : text)
    .replace(/^[\s\u3000]+/, '')
    .split('\n')[0]!
    .trim();
  return [...rest].length > max ? `${[...rest].slice(0, max).join('')}…` : rest;
}

const articleEntry = (a: PolicyArticle): TocEntry => ({
  anchor: a.anchor,
  label: a.label,
  text: snippet(a.text, a.label),
  kind: 'article',
  children: [],
});

const itemEntry = (i: PolicyItem): TocEntry => ({
  anchor: i.anchor,
  label: i.label,
  text: snippet(i.text, i.label),
  kind: 'item',
  children: [],
});

const partEntry = (p: PolicyPart): TocEntry => ({
  anchor: p.anchor,
  label: '',
  text: snippet(p.title, '', TOC_TITLE),
  kind: 'part',
  children: p.items.map(itemEntry),
});

/** The entries of one scope: the main text or one annex. */
function scopeEntries(scope: DocumentScope): TocEntry[] {
  if (scope.articles.length && scope.chapters.length) {
    const inChapter = (a: PolicyArticle, chapter: number, section: number | null) =>
      a.chapter === chapter && a.section === section;
    // Articles before the first chapter (rare) stand on their own.
    const before = scope.articles.filter((a) => a.chapter === null).map(articleEntry);
    return [
      ...before,
      ...scope.chapters.map((c) => ({
        anchor: c.anchor,
        label: c.label,
        text: snippet(c.title, c.label, TOC_TITLE),
        kind: 'chapter' as const,
        children: [
          ...scope.articles.filter((a) => inChapter(a, c.number, null)).map(articleEntry),
          ...c.sections.map((s) => ({
            anchor: s.anchor,
            label: s.label,
            text: snippet(s.title, s.label, TOC_TITLE),
            kind: 'section' as const,
            children: scope.articles
              .filter((a) => inChapter(a, c.number, s.number))
              .map(articleEntry),
          })),
        ],
      })),
    ];
  }
  if (scope.articles.length) return scope.articles.map(articleEntry);
  if (scope.parts.length) return [...scope.items.map(itemEntry), ...scope.parts.map(partEntry)];
  return scope.items.map(itemEntry);
}

/**
 * The table of contents of a document: its own divisions, then its annexes with theirs.
 * @example policyToc(parsePolicyStructure('第一条　甲\n\n第二条　乙')).map((e) => e.anchor) // ['art-1', 'art-2']
 */
export function policyToc(structure: PolicyStructure): TocEntry[] {
  return [
    ...scopeEntries(structure),
    ...structure.annexes.map((a) => ({
      anchor: a.anchor,
      label: a.label,
      text: snippet(a.title, '', TOC_TITLE),
      kind: 'annex' as const,
      children: scopeEntries(a),
    })),
  ];
}

/**
 * The summary of the contents: how many 章, 条, parts and annexes, e.g. `目录（6 章 60 条）`,
 * `目录（5 个部分）`, `目录（3 个部分，附件 2 个）`; null when there is no structure to list.
 * @example tocSummary(parsePolicyStructure('## 第一章　总则\n\n第一条　甲')) // '目录（1 章 1 条）'
 */
export function tocSummary(structure: PolicyStructure): string | null {
  const main = structure.articles.length
    ? `${structure.chapters.length ? `${structure.chapters.length} 章 ` : ''}${structure.articles.length} 条`
    : structure.parts.length
      ? `${structure.parts.length} 个部分`
      : '';
  const annexes = structure.annexes.length ? `附件 ${structure.annexes.length} 个` : '';
  const both = [main, annexes].filter(Boolean).join('，');
  return both ? `目录（${both}）` : null;
}

/**
 * Whether a structure is worth a table of contents: at least three entries to jump to (articles,
 * parts, items and annexes, those inside annexes included; chapters and sections only group them).
 * @example hasToc(parsePolicyStructure('第一条　甲\n\n第二条　乙')) // false
 */
export function hasToc(structure: PolicyStructure): boolean {
  const count = (entries: readonly TocEntry[]): number =>
    entries.reduce(
      (n, e) => n + (e.kind === 'chapter' || e.kind === 'section' ? 0 : 1) + count(e.children),
      0,
    );
  return count(policyToc(structure)) >= 3;
}
