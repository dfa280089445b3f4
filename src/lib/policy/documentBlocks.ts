import { markdownToMdast, type Features, type MdastNode } from 'satteri';
import { normalizeDocumentText } from './documentText.ts';

/**
 * A document body as the sequence of its top-level Markdown blocks, found by the same parser
 * (satteri) and the same features that render the page. The structure reader reads these
 * blocks; the Markdown plugin reads the rendered top-level elements, one for each block, so
 * both find the same divisions.
 */

/** The Markdown features the site renders with (astro.config.mjs passes these to satteri). */
export const MARKDOWN_FEATURES = {
  // Raw HTML is parsed into elements so that the sanitiser sees every tag and attribute.
  rawHtml: true,
  // Government text is published exactly as written: no "smart" quotes or dashes.
  smartPunctuation: false,
  gfm: { footnotes: { label: '注释', backLabel: '返回正文第 {reference} 处引用' } },
} as const satisfies Features;

/** What a top-level block is, as far as the document's structure is concerned. */
export type BlockKind = 'heading' | 'paragraph' | 'other';

/** One top-level block of a body. */
export interface DocumentBlock {
  kind: BlockKind;
  /** Its text, inline markup removed; a line break inside it is `\n`. */
  text: string;
  /** 1-based line of the original body where it begins. */
  line: number;
}

/**
 * A block's text as the structure reader compares it: lines trimmed, empty lines dropped.
 * @example cleanBlockText(' 附件：1．表 \n\n 2．单') // '附件：1．表\n2．单'
 */
export function cleanBlockText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** The plain text of an mdast node: text and code, with breaks as newlines. */
function textOf(node: MdastNode): string {
  if ('value' in node && typeof node.value === 'string')
    return node.type === 'html' || node.type === 'yaml' ? '' : node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node && Array.isArray(node.children))
    return (node.children as MdastNode[]).map(textOf).join('');
  return '';
}

/** Node types that render nothing where they stand (definitions, footnote bodies, frontmatter). */
const SILENT = new Set(['definition', 'footnoteDefinition', 'yaml', 'toml']);

/**
 * The top-level blocks of a body, after pasted indentation is normalised.
 * @example documentBlocks('## 第一章　总则\n\n第一条　甲').map((b) => b.kind) // ['heading', 'paragraph']
 */
export function documentBlocks(body: string): DocumentBlock[] {
  const { text, sourceLines } = normalizeDocumentText(body);
  const root = markdownToMdast(text, { features: MARKDOWN_FEATURES });
  const children = 'children' in root ? (root.children as MdastNode[]) : [];
  return children
    .filter((node) => !SILENT.has(node.type))
    .map((node) => {
      const normalizedLine = node.position?.start.line ?? 1;
      return {
        kind:
          node.type === 'heading' ? 'heading' : node.type === 'paragraph' ? 'paragraph' : 'other',
        text: cleanBlockText(textOf(node)),
        line: sourceLines[normalizedLine - 1] ?? normalizedLine,
      };
    });
}
