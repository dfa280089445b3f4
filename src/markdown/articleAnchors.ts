import type { HastPluginDefinition } from 'satteri';
import { divisionAnchor, parseDivisionHeading } from '../lib/policyArticles.ts';

/**
 * A Markdown (hast) plugin that gives each paragraph or heading beginning with
 * 第X条 the id `art-<n>`, and each beginning with 第X章 the id `ch-<n>`, as the
 * content spec requires. The first occurrence of a number wins, so an anchor
 * is never duplicated.
 */
export function articleAnchors(): () => HastPluginDefinition {
  return () => {
    const used = new Set<string>();
    return {
      name: 'rencai-article-anchors',
      element: {
        filter: ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const division = parseDivisionHeading(ctx.textContent(node));
          if (!division) return;
          const id = divisionAnchor(division);
          if (used.has(id)) return;
          used.add(id);
          ctx.setProperty(node, 'id', id);
          ctx.setProperty(node, 'className', [division.kind === 'article' ? 'article' : 'chapter']);
        },
      },
    };
  };
}
