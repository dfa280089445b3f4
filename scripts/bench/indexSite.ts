/**
 * node scripts/bench/indexSite.ts <site-dir> [--without-search-fields]
 * Indexes a built site's HTML with Pagefind exactly as the build does (writeSearchIndex),
 * for bench:search to time and to sample its memory. With --without-search-fields it first
 * copies the site without the hidden search fields that src/lib/search/searchKeywords.ts adds
 * (titleTerms, keywords, related) and indexes the copy, to show what those fields cost.
 * Prints one line of JSON: { pageCount, seconds, siteDir }.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { writeSearchIndex } from '../../src/integrations/searchIndex.ts';

const [dir, flag] = process.argv.slice(2);
if (!dir) {
  console.error('用法：node scripts/bench/indexSite.ts <site-dir> [--without-search-fields]');
  process.exit(2);
}
let siteDir = resolve(dir);
if (flag === '--without-search-fields') {
  const copy = `${siteDir}-without-search-fields`;
  rmSync(copy, { recursive: true, force: true });
  // Pages, scripts and styles (the copy is also searched in a browser); not the old index nor photos.
  cpSync(siteDir, copy, {
    recursive: true,
    filter: (source) =>
      !source.startsWith(join(siteDir, 'pagefind')) &&
      !/\.(?:jpe?g|png|webp|avif|gif)$/i.test(source),
  });
  for (const file of globSync('**/*.html', { cwd: copy })) {
    const path = join(copy, file);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        /<span data-pagefind-meta="(?:titleTerms|keywords|related)"[^>]*>[^<]*<\/span>/g,
        '',
      ),
    );
  }
  siteDir = copy;
}
const started = performance.now();
const report = await writeSearchIndex(siteDir);
console.log(
  JSON.stringify({
    pageCount: report.pageCount,
    seconds: (performance.now() - started) / 1000,
    siteDir,
  }),
);
