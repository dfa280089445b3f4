import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SEARCH_BUNDLE_DIR, writeSearchIndex } from './searchIndex.ts';

/**
 * Builds the full-text search index after the site is built, through Pagefind's Node API
 * (the extended binary, which segments Chinese). Only pages whose layout marks `<main>`
 * with `data-pagefind-body` are indexed. Any indexing error fails the build, so a site
 * is never published with a missing or partial index.
 */
export function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'rencai:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro's cache folder is per content tree and code version (astro.config.mjs).
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await writeSearchIndex(fileURLToPath(dir), cacheDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `已为 ${report.pageCount} 个页面${report.fromCache ? '取用缓存的' : '建立'}搜索索引（/${SEARCH_BUNDLE_DIR}/，${report.files.length} 个文件，${seconds} s）`,
        );
      },
    },
  };
}
