import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { TEST_SITES, testSiteDir, type TestSiteName } from './testSites.ts';

/**
 * Reading built test sites the way a browser sees them: pages parsed as HTML, and any
 * URL a page links (relative, with the base, or absolute on the site's origin) mapped
 * back to the file in the site's folder.
 */

/** A built page, parsed. */
export function loadPage(site: TestSiteName, path: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(join(testSiteDir(site), path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : ''), 'utf8'));
}

/**
 * The file in the built site that a URL names, or null when the URL is not on the site
 * or names nothing. Absolute URLs must use `origin`; paths must carry the site's base.
 */
export function fileForUrl(site: TestSiteName, url: string, origin?: string): string | null {
  const base = TEST_SITES[site].base;
  let path = url;
  if (/^https?:\/\//.test(url)) {
    if (!origin || !url.startsWith(origin)) return null;
    path = url.slice(origin.length);
  }
  path = decodeURIComponent(path.split(/[?#]/)[0]!);
  if (!path.startsWith(base)) return null;
  const file = join(testSiteDir(site), path.slice(base.length));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}
