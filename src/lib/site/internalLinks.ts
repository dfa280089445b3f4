/**
 * Which file of a built site a link points at. The link checker resolves every
 * href, src and srcset with this, so a link is judged the way a static host serves it.
 */

/** What a link resolves to inside the built site. */
export type LinkTarget =
  | { kind: 'internal'; file: string; fragment: string | null }
  | { kind: 'external' }
  | { kind: 'outside-base'; path: string }
  | { kind: 'unsafe'; url: string };

/**
 * Resolves a link found on a page of the site.
 * `pageUrl` is the page's own absolute URL (origin + base + path); `base` is Astro's base.
 * @example resolveLink('../a/#art-5', 'https://rc.example.gov.cn/policies/b/', 'https://rc.example.gov.cn', '/') // { kind: 'internal', file: 'policies/a/index.html', fragment: 'art-5' }
 */
export function resolveLink(
  link: string,
  pageUrl: string,
  origin: string,
  base: string,
): LinkTarget {
  const trimmed = link.trim();
  // Browsers skip control characters inside a scheme (`java\tscript:`): drop them before checking.
  // eslint-disable-next-line no-control-regex -- the control characters are what it removes
  if (/^(?:javascript|vbscript|data):/i.test(trimmed.replace(/[\s\u0000-\u001f]+/g, '')))
    return { kind: 'unsafe', url: trimmed.slice(0, 60) };
  if (/^(?:mailto|tel|sms):/i.test(trimmed)) return { kind: 'external' };
  let url: URL;
  try {
    url = new URL(trimmed, pageUrl);
  } catch {
    return { kind: 'unsafe', url: trimmed.slice(0, 60) };
  }
  if (url.origin !== new URL(origin).origin) return { kind: 'external' };
  const basePath = base.endsWith('/') ? base : `${base}/`;
  const path = decodeURIComponent(url.pathname);
  if (!(`${path}/`.startsWith(basePath) || path.startsWith(basePath)))
    return { kind: 'outside-base', path };
  let file = path.slice(basePath.length - 1).replace(/^\//, '');
  if (file === '' || file.endsWith('/')) file += 'index.html';
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : null;
  return { kind: 'internal', file, fragment: fragment || null };
}

/**
 * The URLs of a srcset attribute.
 * @example srcsetUrls('/a.webp 360w, /b.webp 720w') // ['/a.webp', '/b.webp']
 */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}
