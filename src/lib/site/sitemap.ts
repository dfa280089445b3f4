/**
 * sitemap.xml (sitemaps.org protocol 0.9) from the list of built pages.
 */

/** The protocol's limit of URLs in one sitemap file. */
export const SITEMAP_URL_LIMIT = 50_000;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * A sitemap listing absolute URLs, sorted and without duplicates, so two builds give the same file.
 * @example renderSitemap(['https://rc.example.gov.cn/']) // '<?xml version="1.0" encoding="UTF-8"?>\n<urlset …><url><loc>https://rc.example.gov.cn/</loc></url></urlset>\n'
 */
export function renderSitemap(urls: readonly string[]): string {
  const unique = [...new Set(urls)].sort();
  if (unique.length > SITEMAP_URL_LIMIT)
    throw new Error(`站点地图最多 ${SITEMAP_URL_LIMIT} 个网址，本站有 ${unique.length} 个`);
  const body = unique.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/**
 * Whether a built path is an HTML page that belongs in the sitemap: not an error
 * page and not a file endpoint (feeds, data, attachments).
 * @example isSitemapPage('policies/a/') // true
 * @example isSitemapPage('policies/rss.xml') // false
 */
export function isSitemapPage(pathname: string): boolean {
  const path = pathname.replace(/^\/+/, '');
  if (/^(404|500)(\/|\.html)?$/.test(path)) return false;
  const last = path.split('/').filter(Boolean).pop() ?? '';
  return !/\.[A-Za-z0-9]+$/.test(last);
}
