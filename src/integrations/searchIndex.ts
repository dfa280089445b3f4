import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { close, createIndex } from 'pagefind';

/**
 * Node helpers that turn a built site into its Pagefind search index: used by the
 * pagefind integration after the Astro build and by the search benchmark, which indexes
 * a large site's HTML on its own.
 */

/** The folder under the site root that holds the index (the spec's `/pagefind/`). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The only language the site is written in; every indexed page says `lang="zh-CN"`. */
export const SEARCH_LANGUAGE = 'zh-cn';

// What the browser needs from the bundle. Pagefind also writes its ready-made UIs
// (pagefind-ui.js, the component and modular UIs, highlight.js); the site has its own
// search page, so those are not published.
const BUNDLE_KEEP =
  /^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|index|fragment|filter)$/;

/** What indexing a site produced. */
export interface SearchIndexReport {
  /** Pages Pagefind indexed. */
  pageCount: number;
  /** Built pages that carry `data-pagefind-body` and so must be in the index. */
  expectedPages: number;
  /** Files of the written bundle, relative to it, sorted. */
  files: string[];
  /** Languages of the index, from pagefind-entry.json. */
  languages: string[];
}

/** The built pages whose main content is marked for the index. */
export function pagesMarkedForIndex(siteDir: string): string[] {
  return markedPages(siteDir).pages;
}

/**
 * The marked pages, and a digest of what the index is made from (their paths and bytes).
 * Pagefind's version needs no place in it: the cache folder is per lock file (astro.config.mjs).
 */
function markedPages(siteDir: string): { pages: string[]; digest: string } {
  const hash = createHash('sha256');
  const pages: string[] = [];
  for (const file of globSync('**/*.html', {
    cwd: siteDir,
    onlyFiles: true,
    ignore: [`${SEARCH_BUNDLE_DIR}/**`],
  }).sort()) {
    const html = readFileSync(join(siteDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    pages.push(file);
    hash.update(`${file}\n`).update(html);
  }
  return { pages, digest: hash.digest('hex').slice(0, 24) };
}

/**
 * A glob that reaches every marked page and few others, when the marked pages all sit one
 * folder deep in a section (`policies/<slug>/index.html`); undefined otherwise (index everything).
 * The page count check after indexing catches a page the glob would miss.
 * @example indexGlob(['policies/a/index.html', 'talents/b/index.html'])?.startsWith('{policies,talents}/') // true
 */
export function indexGlob(markedPages: readonly string[]): string | undefined {
  const sections = new Set<string>();
  for (const page of markedPages) {
    const match = /^([\w-]+)\/[^/]+\/index\.html$/.exec(page);
    if (!match) return undefined;
    sections.add(match[1]!);
  }
  return sections.size ? `{${[...sections].sort().join(',')}}/*/index.html` : undefined;
}

/** Removes the parts of a written bundle that the site does not use (Pagefind's own UIs). */
export function pruneSearchBundle(bundleDir: string): void {
  for (const entry of readdirSync(bundleDir)) {
    if (!BUNDLE_KEEP.test(entry)) rmSync(join(bundleDir, entry), { recursive: true, force: true });
  }
}

/**
 * Indexes every page of a built site that marks its content with `data-pagefind-body`
 * and writes the bundle to `<siteDir>/pagefind/`. Throws, with Pagefind's own messages,
 * when Pagefind reports an error, when a marked page is missing from the index, or when
 * a page is in a language other than Chinese: a build must never publish a half index.
 */
export async function writeSearchIndex(
  siteDir: string,
  cacheDir?: string,
): Promise<SearchIndexReport & { fromCache: boolean }> {
  const { pages: expected, digest } = markedPages(siteDir);
  const bundleDir = join(siteDir, SEARCH_BUNDLE_DIR);
  rmSync(bundleDir, { recursive: true, force: true });
  // Pagefind's output is a deterministic function of the indexed pages: when they are the same
  // bytes as last time (a rebuild without content changes), the cached bundle is that output.
  const cached = cacheDir ? join(cacheDir, `pagefind-${digest}`) : null;
  if (cached && existsSync(join(cached, 'pagefind-entry.json'))) {
    cpSync(cached, bundleDir, { recursive: true });
    return { ...checkBundle(bundleDir, expected.length), fromCache: true };
  }
  try {
    const { index, errors } = await createIndex({ keepIndexUrl: false, writePlayground: false });
    if (errors.length || !index)
      throw new Error(`无法启动 Pagefind：${errors.join('；') || '未返回索引'}`);
    // Read only the folders that hold marked pages: Pagefind otherwise parses every list and
    // facet page too, only to skip them (on a 10,000-entry site: 50 s instead of 30 s).
    const added = await index.addDirectory({
      path: siteDir,
      ...(indexGlob(expected) ? { glob: indexGlob(expected)! } : {}),
    });
    if (added.errors.length) throw new Error(`Pagefind 建立索引时出错：${added.errors.join('；')}`);
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length)
      throw new Error(`Pagefind 写入索引时出错：${written.errors.join('；')}`);
  } finally {
    await close();
  }
  pruneSearchBundle(bundleDir);
  const report = checkBundle(bundleDir, expected.length);
  if (cacheDir && cached) {
    // Keep only the newest bundle; write it beside and rename, so a half copy is never reused.
    for (const old of existsSync(cacheDir) ? readdirSync(cacheDir) : [])
      if (old.startsWith('pagefind-'))
        rmSync(join(cacheDir, old), { recursive: true, force: true });
    cpSync(bundleDir, `${cached}.tmp`, { recursive: true });
    renameSync(`${cached}.tmp`, cached);
  }
  return { ...report, fromCache: false };
}

/** Checks a written bundle: Chinese only, and every marked page indexed. */
function checkBundle(bundleDir: string, expectedPages: number): SearchIndexReport {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.keys(entry.languages).sort();
  if (languages.join() !== SEARCH_LANGUAGE) {
    throw new Error(
      `搜索索引的语言应只有 ${SEARCH_LANGUAGE}，实际为 ${languages.join('、') || '无'}：请检查页面的 lang 属性`,
    );
  }
  const pageCount = entry.languages[SEARCH_LANGUAGE]!.page_count;
  if (pageCount !== expectedPages) {
    throw new Error(
      `Pagefind 索引了 ${pageCount} 个页面，而构建输出中有 ${expectedPages} 个页面标记了 data-pagefind-body`,
    );
  }
  const files = globSync('**/*', { cwd: bundleDir, onlyFiles: true }).sort();
  return { pageCount, expectedPages, files, languages };
}
