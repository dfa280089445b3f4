import type { HastPluginDefinition } from 'satteri';

/**
 * A Markdown (hast) plugin that treats raw HTML in content as hostile: elements
 * that can run or embed code are removed with their content, unknown elements are
 * unwrapped, and only harmless attributes survive (no on*, no style, no class,
 * no script URLs). Validate rejects the worst cases first; this is the net below it.
 */

const REMOVE = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'link',
  'meta',
  'base',
  'template',
  'svg',
  'math',
  'noscript',
  'audio',
  'video',
  'source',
  'track',
  'canvas',
  'portal',
  'dialog',
  'slot',
]);

const ALLOW = new Set([
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'del',
  'ins',
  'sub',
  'sup',
  'small',
  'mark',
  'span',
  'div',
  'section',
  'blockquote',
  'q',
  'cite',
  'abbr',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'time',
  'ruby',
  'rt',
  'rp',
]);

const ALLOWED_ATTRIBUTES = new Set([
  'href',
  'src',
  'alt',
  'title',
  'id',
  'colSpan',
  'rowSpan',
  'scope',
  'headers',
  'lang',
  'dir',
  'width',
  'height',
  'dateTime',
  'cite',
  'start',
  'reversed',
  'open',
  'abbr',
  'span',
  'loading',
  'decoding',
]);
// Footnotes and task lists that the Markdown renderer itself produces.
const ALLOWED_DATA = /^(?:dataFootnote\w*|ariaDescribedBy|ariaLabel|ariaHidden|className)$/;
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

/** Whether an attribute value is a URL a reader's browser may follow or load safely. */
export function isSafeUrl(value: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: strip them before checking.
  // eslint-disable-next-line no-control-regex -- the control characters are what it removes
  return SAFE_URL.test(value.replace(/[\u0000-\u0020\u007f]+/g, ''));
}

/** The sanitising plugin. */
export function sanitizeHtml(): HastPluginDefinition {
  return {
    name: 'rencai-sanitize-html',
    element: {
      filter: [],
      visit(node, ctx) {
        const tag = node.tagName.toLowerCase();
        if (REMOVE.has(tag)) {
          ctx.removeNode(node);
          return;
        }
        if (!ALLOW.has(tag)) {
          ctx.replaceNode(node, [...node.children]);
          return;
        }
        for (const [key, value] of Object.entries(node.properties ?? {})) {
          const isClassFromMarkdown =
            key === 'className' &&
            Array.isArray(value) &&
            value.every((c) =>
              /^(?:footnotes?|sr-only|data-footnote-backref|contains-task-list|task-list-item|language-[\w-]+)$/.test(
                String(c),
              ),
            );
          const keep =
            (ALLOWED_ATTRIBUTES.has(key) ||
              (ALLOWED_DATA.test(key) && key !== 'className') ||
              isClassFromMarkdown) &&
            !/^on/i.test(key);
          if (!keep) ctx.setProperty(node, key, undefined);
          else if (
            (key === 'href' || key === 'src' || key === 'cite') &&
            typeof value === 'string' &&
            !isSafeUrl(value)
          )
            ctx.setProperty(node, key, undefined);
        }
      },
    },
  };
}
