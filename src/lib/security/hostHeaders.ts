/**
 * The `_headers` file format of static hosts (Cloudflare Pages, Netlify and others):
 * security headers on every path, long-lived caching for content-hashed assets.
 */

/** Path patterns, already prefixed with the site's base. */
export interface HeaderPaths {
  all: string;
  /** Content-hashed build assets: cache for a year, never revalidate. */
  assets: string;
  /** The search index: fragment files are content-named, the entry files are not. */
  search: string;
}

/**
 * Writes a `_headers` file.
 * @example hostHeadersFile({ 'X-Content-Type-Options': 'nosniff' }, { all: '/*', assets: '/_astro/*', search: '/pagefind/*' }).startsWith('/*\n  X-Content-Type-Options: nosniff') // true
 */
export function hostHeadersFile(headers: Record<string, string>, paths: HeaderPaths): string {
  const block = (path: string, entries: Record<string, string>) =>
    [path, ...Object.entries(entries).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return `${[
    block(paths.all, headers),
    block(paths.assets, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    block(paths.search, { 'Cache-Control': 'public, max-age=3600, must-revalidate' }),
  ].join('\n\n')}\n`;
}
