import type { HastPluginDefinition } from 'satteri';
import type { Element } from 'hast';
import {
  cleanBlockText,
  type BlockKind,
  type DocumentBlock,
} from '../lib/policy/documentBlocks.ts';
import { readDocumentStructure, type BlockRole } from '../lib/policy/documentStructure.ts';
import { divisionTokens } from '../lib/search/searchTokens.ts';

/** Options of the document anchors plugin. */
export interface DocumentAnchorsOptions {
  /** Whether a file is a document whose divisions get anchors (policies); default every file. */
  documents?: (fileURL: URL | undefined) => boolean;
  /**
   * Whether a document gets a small "引用" link at the end of each article, pointing to the
   * article's own anchor (a permalink without JavaScript). Policies yes, other collections no.
   */
  citeLinks?: (fileURL: URL | undefined) => boolean;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The class each role gives its element. */
const ROLE_CLASS: Partial<Record<BlockRole['role'], string>> = {
  chapter: 'chapter',
  section: 'section',
  article: 'article',
  clause: 'clause',
  item: 'item',
  part: 'part',
  annex: 'annex',
  'attachment-note': 'attachment-note',
  closing: 'closing',
  addressee: 'addressee',
};

/** A node of a rendered body, as far as its text goes. */
interface TextNode {
  type: string;
  value?: unknown;
  tagName?: string;
  children?: readonly TextNode[];
}

/** The text of a rendered element as the structure reader reads it: a <br> is a line break. */
function elementText(node: TextNode): string {
  if (node.type === 'text' && typeof node.value === 'string') return node.value.replace(/\n/g, '');
  if (node.type === 'element' && node.tagName === 'br') return '\n';
  return node.children?.map(elementText).join('') ?? '';
}

function blockOf(node: Element, line: number): DocumentBlock {
  const kind: BlockKind = HEADINGS.has(node.tagName)
    ? 'heading'
    : node.tagName === 'p'
      ? 'paragraph'
      : 'other';
  return { kind, text: cleanBlockText(elementText(node)), line };
}

/**
 * A Markdown (hast) plugin that gives every division of a document the anchor of the content
 * specification: chapters `#ch-n`, sections `#ch-n-sec-m`, articles `#art-n` with their 款
 * `#art-n-k` and 项 `#art-n-k-j`, parts `#part-p` and items `#part-p-j`, annexes `#annex-a`
 * with the same anchors inside prefixed (`#annex-a-art-n`). It reads the rendered top-level
 * blocks with the one structure reader (src/lib/policy/documentStructure.ts), which reads the
 * same blocks from the Markdown source, so an anchor found by validate is an anchor on the page.
 * Article, part and annex elements also get `data-pagefind-title`, so that each is a search
 * sub-result that links to it, and articles and annexes a hidden search token (`tiao52t`,
 * src/lib/search/searchTokens.ts), so that a query naming one finds exactly that one.
 */
export function documentAnchors(options: DocumentAnchorsOptions = {}): () => HastPluginDefinition {
  return () => ({
    name: 'rencai-document-anchors',
    before(root, ctx) {
      if (options.documents && !options.documents(ctx.fileURL)) return;
      const elements = root.children.filter((c): c is Element => c.type === 'element');
      const structure = readDocumentStructure(elements.map((node, i) => blockOf(node, i + 1)));
      const cite = options.citeLinks?.(ctx.fileURL) ?? false;
      // The label of the annex being read: its articles are named 附件1第五条 in search results,
      // so that they are not taken for the main text's 第五条.
      let annexLabel = '';
      elements.forEach((node, i) => {
        const role = structure.roles[i];
        if (!role) return;
        if (role.role === 'annex') annexLabel = role.citation ?? '';
        const className = ROLE_CLASS[role.role];
        if (role.anchor) ctx.setProperty(node, 'id', role.anchor);
        if (
          className &&
          (role.anchor ||
            role.role === 'closing' ||
            role.role === 'attachment-note' ||
            role.role === 'addressee')
        )
          ctx.setProperty(node, 'className', [className]);
        if (role.innerAnchor)
          ctx.prependChild(node, {
            type: 'element',
            tagName: 'span',
            properties: { id: role.innerAnchor },
            children: [],
          });
        const titled = role.role === 'article' || role.role === 'part' || role.role === 'annex';
        // A heading names its own search sub-result; a paragraph is named by its label.
        if (titled && role.anchor && role.citation && node.tagName === 'p')
          ctx.setProperty(
            node,
            'dataPagefindTitle',
            role.role === 'article' && role.anchor.startsWith('annex-')
              ? `${annexLabel}${role.citation}`
              : role.citation,
          );
        // Pagefind indexes the listed attribute as words at the start of the element, so the
        // token lands inside the division's own sub-result and is never shown on the page.
        const tokens = titled && role.anchor ? divisionTokens(role.anchor) : [];
        if (tokens.length) {
          ctx.setProperty(node, 'dataSearchTokens', tokens.join(' '));
          ctx.setProperty(node, 'dataPagefindIndexAttrs', 'data-search-tokens');
        }
        if (cite && role.role === 'article' && role.anchor && role.citation) {
          ctx.appendChild(node, [
            { type: 'text', value: ' ' },
            {
              type: 'element',
              tagName: 'a',
              properties: {
                className: ['article-cite'],
                href: `#${role.anchor}`,
                ariaLabel: `引用${role.citation}`,
                dataPagefindIgnore: '',
              },
              children: [{ type: 'text', value: '引用' }],
            },
          ]);
        }
      });
    },
  });
}
