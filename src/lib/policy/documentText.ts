import { CHINESE_NUMERAL_CHARS } from '../shared/chineseNumerals.ts';

/**
 * The body of a document as the editor pasted it, made into the Markdown it means. Text
 * pasted from Word or a government web page carries indentation (ASCII spaces, U+3000, NBSP,
 * tabs) that Markdown would read as a code block, and puts 第X条 on the next line of the
 * previous article. The content specification says: indentation at the start of a line is
 * never a code block, and a line that begins with 第X条, 第X章 or 第X节 starts a new division.
 *
 * Both the renderer (src/markdown/documentText.ts) and the structure reader use this one
 * function, so that anchors found in the source are the anchors on the page.
 */

/** Indentation pasted from a document: spaces, full-width spaces, no-break spaces and tabs. */
const INDENT = /^[ \t\u3000\u00a0]+/;
/** A line that starts a division of its own. */
const DIVISION_LINE = new RegExp(`^第[${CHINESE_NUMERAL_CHARS}]+[条章节]`);
/** Markdown that opens a fenced code block (kept as written). */
const FENCE = /^(?:`{3,}|~{3,})/;
/** A nested list item: kept indented, since its indentation is Markdown. */
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]/;

/** A normalised body, with the line of the original each of its lines came from. */
export interface NormalizedText {
  text: string;
  /** For each 1-based line of `text` (index line − 1), the 1-based line of the original. */
  sourceLines: number[];
}

/**
 * Normalises pasted indentation and Word-paste division lines; lines are otherwise unchanged.
 * @example normalizeDocumentText('　　第一条　甲\n第二条　乙').text // '第一条　甲\n\n第二条　乙'
 * @example normalizeDocumentText('    第一条　甲').text // '第一条　甲'
 */
export function normalizeDocumentText(body: string): NormalizedText {
  const lines = body.split(/\r?\n/);
  const out: string[] = [];
  const sourceLines: number[] = [];
  let fence: string | null = null;
  let previousBlank = true;
  let inList = false;
  lines.forEach((line, i) => {
    const push = (text: string) => {
      out.push(text);
      sourceLines.push(i + 1);
    };
    if (fence !== null) {
      push(line);
      if (line.trimStart().startsWith(fence)) fence = null;
      return;
    }
    const stripped = line.replace(INDENT, '');
    const fenceOpen = FENCE.exec(stripped);
    if (fenceOpen && stripped.length === line.length) {
      fence = fenceOpen[0];
      push(line);
      previousBlank = false;
      return;
    }
    if (stripped === '') {
      push('');
      previousBlank = true;
      return;
    }
    // In a list, indentation before a list marker (or a continuation) is the list's own.
    if (LIST_ITEM.test(stripped)) inList = true;
    else if (previousBlank) inList = false;
    const keepIndent = inList && line !== stripped && /^ +/.test(line);
    if (!previousBlank && DIVISION_LINE.test(stripped)) {
      out.push('');
      sourceLines.push(i + 1);
    }
    push(keepIndent ? line : stripped);
    previousBlank = false;
  });
  return { text: out.join('\n'), sourceLines };
}
