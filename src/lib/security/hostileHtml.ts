/**
 * Detection of raw HTML in content that could run script in a reader's browser.
 * Validate rejects what this finds; the Markdown pipeline sanitises the rest.
 */

/** A piece of hostile markup found in a body. */
export interface HostileHtmlMatch {
  kind: 'script' | 'embed' | 'eventHandler' | 'scriptUrl';
  /** The offending text, shortened. */
  snippet: string;
  index: number;
}

const PATTERNS: { kind: HostileHtmlMatch['kind']; pattern: RegExp }[] = [
  { kind: 'script', pattern: /<\s*\/?\s*script\b[^>]*>?/gi },
  {
    kind: 'embed',
    pattern: /<\s*(?:iframe|object|embed|frame|frameset|applet|base|meta|link|form)\b[^>]*>?/gi,
  },
  // on*= inside a tag: <img onerror=...>, <a onclick = "...">
  { kind: 'eventHandler', pattern: /<[a-z][^>]*?[\s/"']on[a-z]+\s*=/gi },
  // javascript:, vbscript: and data:text/html in links, attributes or Markdown link targets,
  // also when an editor's tool has entity-encoded or spaced the scheme.
  {
    kind: 'scriptUrl',
    pattern: /(?:java|vb)\s*script\s*(?::|&#0*58;?|&colon;)|data\s*:\s*text\/html/gi,
  },
];

/**
 * Finds `<script>`, embedding elements, `on*=` attributes and script URLs in a Markdown body.
 * @example findHostileHtml('<img src=x onerror="alert(1)">')[0].kind // 'eventHandler'
 */
export function findHostileHtml(body: string): HostileHtmlMatch[] {
  const found: HostileHtmlMatch[] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const match of body.matchAll(pattern)) {
      found.push({ kind, snippet: match[0].slice(0, 60), index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** What each kind of hostile markup is, in Chinese. */
export const HOSTILE_HTML_MESSAGES: Readonly<Record<HostileHtmlMatch['kind'], string>> = {
  script: '正文中不允许出现 <script> 脚本标签',
  embed: '正文中不允许嵌入 iframe、object、embed、form 等外部内容标签',
  eventHandler: '正文的 HTML 标签中不允许出现 on* 事件属性（如 onclick、onerror）',
  scriptUrl: '正文中不允许出现 javascript: 等脚本链接',
};
