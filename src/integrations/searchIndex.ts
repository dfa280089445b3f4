import { readdirSync, readFileSync, rmSync } from 'node:fs';
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
const BUNDLE_KEEP = /^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|index|fragment|filter)$/;

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
  return globSync('**/*.html', { cwd: siteDir, onlyFiles: true, ignore: [`${SEARCH_BUNDLE_DIR}/**`] })
    .filter((file) => readFileSync(join(siteDir, file), 'utf8').includes('data-pagefind-body'))
    .sort();
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
export async function writeSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const expected = pagesMarkedForIndex(siteDir);
  const bundleDir = join(siteDir, SEARCH_BUNDLE_DIR);
  rmSync(bundleDir, { recursive: true, force: true });
  try {
    const { index, errors } = await createIndex({ keepIndexUrl: false, writePlayground: false });
    if (errors.length || !index) throw new Error(`无法启动 Pagefind：${errors.join('；') || '未返回索引'}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind 建立索引时出错：${added.errors.join('；')}`);
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length) throw new Error(`Pagefind 写入索引时出错：${written.errors.join('；')}`);
  } finally {
    await close();
  }
  pruneSearchBundle(bundleDir);
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const languages = Object.keys(entry.languages).sort();
  if (languages.join() !== SEARCH_LANGUAGE) {
    throw new Error(`搜索索引的语言应只有 ${SEARCH_LANGUAGE}，实际为 ${languages.join('、') || '无'}：请检查页面的 lang 属性`);
  }
  const pageCount = entry.languages[SEARCH_LANGUAGE]!.page_count;
  if (pageCount !== expected.length) {
    throw new Error(`Pagefind 索引了 ${pageCount} 个页面，而构建输出中有 ${expected.length} 个页面标记了 data-pagefind-body`);
  }
  const files = globSync('**/*', { cwd: bundleDir, onlyFiles: true }).sort();
  return { pageCount, expectedPages: expected.length, files, languages };
}
