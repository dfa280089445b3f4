import type { MdastPluginDefinition } from 'satteri';
import { normalizeDocumentText } from '../lib/policy/documentText.ts';

/**
 * A Markdown (mdast) plugin that publishes text as the editor wrote it (CONTENT-SPEC, "line
 * breaks and indentation"): indentation pasted from a document is never a code block, a line
 * that begins with 第X条, 第X章 or 第X节 starts a new division, and a single line break inside a
 * paragraph stays a line break (附件说明, 落款, lists pasted from Word). The structure reader
 * normalises the same text with the same function (src/lib/policy/documentText.ts).
 */
export function documentText(): () => MdastPluginDefinition {
  return () => ({
    name: 'rencai-document-text',
    before(root, ctx) {
      // MDX is code: its indentation and line breaks are the author's JSX, left alone.
      if (ctx.sourceFormat !== 'markdown') return;
      const { text } = normalizeDocumentText(ctx.source);
      if (text === ctx.source) return;
      // Parse the normalised text in place of the whole document.
      for (let i = root.children.length - 1; i >= 0; i--) ctx.removeChildAt(root, i);
      ctx.appendChild(root, { raw: text });
    },
    text(node, ctx) {
      if (ctx.sourceFormat !== 'markdown' || !node.value.includes('\n')) return;
      const parts = node.value.split('\n');
      ctx.replaceNode(
        node,
        parts.flatMap((value, i) => [
          ...(i ? [{ type: 'break' as const }] : []),
          ...(value ? [{ type: 'text' as const, value }] : []),
        ]),
      );
    },
  });
}
