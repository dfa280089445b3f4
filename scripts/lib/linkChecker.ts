import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Parser } from 'htmlparser2';
import { globSync } from 'tinyglobby';
import { resolveLink, srcsetUrls } from '../../src/lib/site/internalLinks.ts';

/** A link in the built site that does not resolve. */
export interface BrokenLink {
  /** The page (or feed) the link is on, relative to the site root. */
  page: string;
  link: string;
  problem: string;
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  form: ['action'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  use: ['href'],
};
// Meta tags whose content is one of the site's own URLs.
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);

function pageUrlOf(file: string, origin: string, base: string): string {
  const path = file.replace(/(^|\/)index\.html$/, '$1');
  return new URL(`${base.endsWith('/') ? base : `${base}/`}${path}`, origin).href;
}

/**
 * Checks every internal link, anchor and asset of a built site: in HTML (href, src,
 * srcset, form actions, canonical and link-preview URLs) and in XML feeds and sitemaps
 * (their <link>, <loc> and <guid> URLs on the site). External links are not fetched.
 */
export function checkLinks(distDir: string, origin: string, base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  // One parse per page collects both its links and its ids (anchors), so no page is parsed twice.
  const pages = globSync('**/*.html', { cwd: distDir }).sort();
  const ids = new Map<string, Set<string>>();
  const linksOf = new Map<string, string[]>();
  for (const page of pages) {
    const found = new Set<string>();
    const links: string[] = [];
    const parser = new Parser({
      onopentag(name, attributes) {
        if (attributes.id) found.add(attributes.id);
        if (attributes.name) found.add(attributes.name);
        for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          if (attribute === 'srcset') links.push(...srcsetUrls(value));
          else links.push(value);
        }
        if (
          name === 'meta' &&
          URL_METAS.has(attributes.property ?? attributes.name ?? '') &&
          attributes.content
        )
          links.push(attributes.content);
      },
    });
    parser.end(readFileSync(join(distDir, page), 'utf8'));
    ids.set(page, found);
    linksOf.set(page, links);
  }
  const exists = (file: string) => {
    if (ids.has(file)) return true;
    const path = join(distDir, file);
    return existsSync(path) && statSync(path).isFile();
  };

  const check = (page: string, pageUrl: string, link: string) => {
    if (link === '') return;
    const target = resolveLink(link, pageUrl, origin, base);
    if (target.kind === 'external') return;
    if (target.kind === 'unsafe') {
      broken.push({ page, link, problem: '不安全的脚本链接' });
      return;
    }
    if (target.kind === 'outside-base') {
      broken.push({ page, link, problem: `链接指向网站路径 ${base} 之外` });
      return;
    }
    let file = target.file;
    if (!exists(file) && exists(`${file}/index.html`)) file = `${file}/index.html`;
    if (!exists(file)) {
      broken.push({ page, link, problem: `目标不存在（${file}）` });
      return;
    }
    if (target.fragment && file.endsWith('.html') && !ids.get(file)?.has(target.fragment)) {
      broken.push({ page, link, problem: `${file} 中没有锚点 #${target.fragment}` });
    }
  };

  for (const page of pages) {
    const pageUrl = pageUrlOf(page, origin, base);
    for (const link of linksOf.get(page)!) check(page, pageUrl, link);
  }

  for (const feed of globSync('**/*.xml', { cwd: distDir }).sort()) {
    const xml = readFileSync(join(distDir, feed), 'utf8');
    for (const match of xml.matchAll(/<(loc|link|guid)(?:\s[^>]*)?>([^<]+)<\/\1>/g)) {
      const url = match[2]!.trim().replace(/&amp;/g, '&');
      if (url.startsWith(origin)) check(feed, pageUrlOf('index.html', origin, base), url);
    }
  }
  return broken;
}

/** How many passing sites checkLinksCached remembers (e.g. the site, its sub-path build, a test tree). */
export const REMEMBERED_SITES = 8;

/**
 * checkLinks, remembering the sites that passed: the check depends only on the pages,
 * feeds, origin and base, so a rebuild that produced the same bytes need not walk them again.
 * `cacheFile` holds the digests of the last passing sites, most recently used last, one per line: building
 * another tree or under another base in between does not make the next rebuild check again.
 */
export function checkLinksCached(
  distDir: string,
  origin: string,
  base: string,
  cacheFile: string,
): { broken: BrokenLink[]; fromCache: boolean } {
  const hash = createHash('sha256').update(`${origin}\n${base}\n`);
  for (const file of globSync('**/*.{html,xml}', { cwd: distDir }).sort())
    hash.update(`${file}\n`).update(readFileSync(join(distDir, file)));
  // Files the pages link to but which are not pages (images, scripts, data): their names count too.
  for (const file of globSync('**/*', {
    cwd: distDir,
    onlyFiles: true,
    ignore: ['**/*.{html,xml}'],
  }).sort())
    hash.update(`${file}\n`);
  const digest = hash.digest('hex');
  const passed = existsSync(cacheFile)
    ? readFileSync(cacheFile, 'utf8')
        .split('\n')
        .filter((line) => /^[0-9a-f]{64}$/.test(line))
    : [];
  const remember = () => {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(
      cacheFile,
      [...passed.filter((d) => d !== digest), digest].slice(-REMEMBERED_SITES).join('\n') + '\n',
    );
  };
  if (passed.includes(digest)) {
    remember();
    return { broken: [], fromCache: true };
  }
  const broken = checkLinks(distDir, origin, base);
  if (broken.length === 0) remember();
  return { broken, fromCache: false };
}
