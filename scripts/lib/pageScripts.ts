import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a built page's scripts weigh: the module scripts it loads and every chunk they
 * import statically, raw and gzipped (level 9, as a static host precompresses them).
 */

/** One script file and its size in bytes. */
export interface ScriptFile {
  file: string;
  raw: number;
  gzip: number;
}

/** The scripts a page loads at start, and their total. */
export interface PageScripts {
  files: ScriptFile[];
  raw: number;
  gzip: number;
}

/** The 政策计算器's budget: its script stays under 25 KB gzipped. */
export const FINDER_SCRIPT_BUDGET_GZIP = 25_000;

/**
 * The 政策计算器 page's own budget: its HTML stays under 30 KB gzipped, however many incentives
 * a site offers (their data is /finder/data.json, fetched by the script).
 */
export const FINDER_PAGE_BUDGET_GZIP = 30_000;

/**
 * What one file of a built site weighs, raw and gzipped (level 9).
 * @example measureFile('dist/finder/data.json') // { file: 'dist/finder/data.json', raw: 12345, gzip: 2345 }
 */
export function measureFile(file: string): ScriptFile {
  if (!existsSync(file)) throw new Error(`找不到文件 ${file}：请先构建站点`);
  const source = readFileSync(file);
  return { file, raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
}

/**
 * The only scripts a policy page may run, as paths in the built site. Issue 8's target is "no
 * JavaScript except the search box"; the header's search box is a plain form, and the one script
 * every page needs is the 适老化 switch (a reader's choice is remembered across pages): its
 * before-paint restore and its toggle.
 */
export const POLICY_PAGE_SCRIPTS = [
  /^before-paint\.js$/,
  /^_astro\/ElderModeToggle\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/,
];

/**
 * The scripts of a measured page that none of `allowed` matches, as paths in the built site.
 * @example unexpectedScripts('dist', { files: [{ file: 'dist/before-paint.js', raw: 1, gzip: 1 }], raw: 1, gzip: 1 }, POLICY_PAGE_SCRIPTS) // []
 */
export function unexpectedScripts(
  siteDir: string,
  scripts: PageScripts,
  allowed: RegExp[],
): string[] {
  return scripts.files
    .map((f) => relative(siteDir, f.file).split(sep).join('/'))
    .filter((path) => !allowed.some((pattern) => pattern.test(path)));
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g;
// Static imports in bundled output: `import{a as b}from"./x.js"`, `import"./x.js"`.
const STATIC_IMPORT = /\bimport\s*(?:[^"'()]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;

/**
 * Measures the scripts of a page of a built site, e.g. `measurePageScripts('dist', '/finder/')`.
 * `base` is the deployment base the site was built with.
 */
export function measurePageScripts(siteDir: string, pagePath: string, base = '/'): PageScripts {
  const htmlFile = join(
    siteDir,
    pagePath.replace(/^\//, ''),
    pagePath.endsWith('/') ? 'index.html' : '',
  );
  if (!existsSync(htmlFile)) throw new Error(`找不到页面 ${htmlFile}：请先构建站点`);
  const html = readFileSync(htmlFile, 'utf8');
  const toFile = (src: string) =>
    join(siteDir, src.startsWith(base) ? src.slice(base.length) : src.replace(/^\//, ''));
  const queue = [...html.matchAll(SCRIPT_SRC)].map((m) => toFile(m[1]!));
  const seen = new Set<string>();
  const files: ScriptFile[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file);
    files.push({ file, raw: source.length, gzip: gzipSync(source, { level: 9 }).length });
    for (const m of source.toString('utf8').matchAll(STATIC_IMPORT))
      queue.push(join(file, '..', m[1]!));
  }
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}
