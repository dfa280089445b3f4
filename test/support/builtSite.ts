import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { readSiteFile, TEST_SITES, testSiteDir, type TestSiteName } from './testSites.ts';

/**
 * Reading a built test site the way a browser would see it: pages by URL path,
 * parsed into a DOM that supports querySelector, and any URL a page links (relative,
 * with the base, or absolute on the site's origin) mapped back to the file it names.
 */

/** The HTML file of a page path, e.g. `/policies/` → `policies/index.html`. */
export function pageFile(path: string): string {
  const clean = path.replace(/^\/+/, '').replace(/[?#].*$/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** A built page, parsed. */
export function readPage(site: TestSiteName, path: string): HTMLElement {
  return parse(readSiteFile(site, pageFile(path)));
}

/** The text of an element with whitespace collapsed. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** One item of a breadcrumb trail: its text, its link (null for the current page), and whether it is marked current. */
export interface BreadcrumbItem {
  label: string;
  href: string | null;
  current: boolean;
}

/**
 * A page's breadcrumb trail as the shared Breadcrumbs component writes it: a navigation
 * landmark named 当前位置, left out of the search index, whose last item is the page itself.
 * Empty when the page has no such trail.
 */
export function breadcrumbTrail(page: HTMLElement): BreadcrumbItem[] {
  const nav = page.querySelector('nav.breadcrumbs[aria-label="当前位置"][data-pagefind-ignore]');
  return (nav?.querySelectorAll('ol > li') ?? []).map((li) => ({
    label: textOf(li),
    href: li.querySelector('a')?.getAttribute('href') ?? null,
    current: li.querySelector('[aria-current="page"]') !== null,
  }));
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

/** Every file of a built site, as paths relative to its root with forward slashes, sorted. */
export function builtFiles(site: TestSiteName): string[] {
  const root = testSiteDir(site);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The URL paths (without base) of every built HTML page, e.g. `/policies/a/`. */
export function builtPagePaths(site: TestSiteName): string[] {
  return builtFiles(site)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
}

/** Reads a built file as bytes. */
export function readSiteBytes(site: TestSiteName, path: string): Buffer {
  return readFileSync(join(testSiteDir(site), path.replace(/^\//, '')));
}

/**
 * Parses CSV (RFC 4180: quoted fields, doubled quotes, CRLF) into rows of cells.
 * A test helper, so that CSV assertions do not depend on the code under test.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
