import type { HastPluginDefinition } from 'satteri';
import { divisionAnchor, parseDivisionHeading } from '../lib/policy/policyArticles.ts';

/** Options of the article anchors plugin. */
export interface ArticleAnchorsOptions {
  /**
   * Whether a document gets a small "引用" link at the end of each article, pointing
   * to the article's own anchor (a permalink without JavaScript; the policy page's
   * script turns it into copy-to-clipboard). Policies yes, other collections no.
   */
  citeLinks?: (fileURL: URL | undefined) => boolean;
}

/**
 * A Markdown (hast) plugin that gives each paragraph or heading beginning with
 * 第X条 the id `art-<n>`, and each beginning with 第X章 the id `ch-<n>`, as the
 * content spec requires. The first occurrence of a number wins, so an anchor
 * is never duplicated. An article paragraph also gets `data-pagefind-title`
 * (第十二条), so that search results can link to the article that matched.
 */
export function articleAnchors(options: ArticleAnchorsOptions = {}): () => HastPluginDefinition {
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
          // An article is a paragraph, not a heading: naming it makes it a search sub-result that links to the article.
          if (division.kind === 'article' && node.tagName === 'p')
            ctx.setProperty(node, 'dataPagefindTitle', division.label);
          if (division.kind === 'article' && options.citeLinks?.(ctx.fileURL)) {
            ctx.appendChild(node, [
              { type: 'text', value: ' ' },
              {
                type: 'element',
                tagName: 'a',
                properties: {
                  className: ['article-cite'],
                  href: `#${id}`,
                  ariaLabel: `引用${division.label}`,
                  dataPagefindIgnore: '',
                },
                children: [{ type: 'text', value: '引用' }],
              },
            ]);
          }
        },
      },
    };
  };
}
