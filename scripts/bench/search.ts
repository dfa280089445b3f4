/**
 * npm run bench:search [-- sample|large]
 * What full-text search costs, for the sample site and for a generated 10,000-entry site
 * (6,000 policies, 2,000 incentives, 2,000 talents; scripts/bench/generateContentTree.ts):
 *   - index size: the /pagefind/ bundle, and its index chunks, fragments and filters;
 *   - first query: bytes of /pagefind/ files Chromium downloads from opening /search/?q=…
 *     until the results are shown (nothing cached);
 *   - indexing: wall time and peak memory of the indexing step alone (Pagefind's Node API and
 *     its pagefind_extended process, sampled four times a second), with and without the
 *     hidden search fields of src/lib/search/searchKeywords.ts, on the same HTML.
 *
 * Sites are built once into bench-output/search/ and reused; BENCH_REBUILD=1 builds them
 * again (the 10,000-entry site takes several minutes on two cores), and a build also prints
 * its own time and peak memory. Indexing is stopped if it ever holds more than
 * BENCH_MEMORY_LIMIT_GB (default 16) of this machine's memory, a build 4 GB more.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { launchChromium } from '../../test/support/browser.ts';
import { startStaticServer } from '../../test/support/staticServer.ts';
import { openSearch } from '../../test/support/searchPage.ts';
import { BENCH_SIZE, generateContentTree } from './generateContentTree.ts';
import { formatMegabytes, measure, type Measurement } from './lib/measure.ts';

const AS_OF = '2026-11-21';
const root = resolve(process.env.BENCH_DIR ?? 'bench-output/search');
const rebuild = process.env.BENCH_REBUILD === '1';
const memoryLimit = Number(process.env.BENCH_MEMORY_LIMIT_GB ?? 16) * 1024 ** 3;
// The whole build (Astro's renderer and the indexer in one process tree) may use a little more.
const buildMemoryLimit = memoryLimit + 4 * 1024 ** 3;
const only = process.argv[2];

/** Queries whose first search is measured: a common phrase, a document number, a name. */
const FIRST_QUERIES = ['安家补贴', '澄委组发〔2024〕6号', '陶景川'];

interface SiteSpec {
  name: string;
  label: string;
  contentDir: () => string;
}

const SITES: SiteSpec[] = [
  { name: 'sample', label: '示例站点', contentDir: () => 'content' },
  {
    name: 'large',
    label: '10,000 条生成站点',
    contentDir: () => {
      const tree = join(root, 'tree-10k');
      if (rebuild || !existsSync(join(tree, 'site.yaml'))) generateContentTree(tree, BENCH_SIZE);
      return tree;
    },
  },
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const size = (dir: string, pattern = '**/*') =>
  globSync(pattern, { cwd: dir, onlyFiles: true }).reduce(
    (sum, f) => sum + statSync(join(dir, f)).size,
    0,
  );

async function build(site: SiteSpec): Promise<string> {
  const out = join(root, `site-${site.name}`);
  if (!rebuild && existsSync(join(out, 'pagefind', 'pagefind-entry.json'))) return out;
  console.log(`bench:search: 构建${site.label}（${out}）…`);
  const env = {
    ...process.env,
    CONTENT_DIR: site.contentDir(),
    SITE_AS_OF: AS_OF,
    BASE_PATH: '/',
    OUT_DIR: out,
  };
  const run = await measure(process.execPath, ['scripts/build.ts'], env, {
    killAboveBytes: buildMemoryLimit,
  });
  if (run.killed)
    throw new Error(`构建${site.label}的内存超过 ${formatMegabytes(buildMemoryLimit)}，已中止`);
  if (run.exitCode !== 0)
    throw new Error(`构建${site.label}失败：\n${run.output.split('\n').slice(-20).join('\n')}`);
  console.log(
    `bench:search: 完整构建（含建立索引）${run.seconds.toFixed(0)} s，峰值内存 ${formatMegabytes(run.peakRssBytes)}`,
  );
  return out;
}

async function index(
  siteDir: string,
  withoutFields: boolean,
): Promise<Measurement & { bundleDir: string; indexSeconds: number }> {
  const args = [
    'scripts/bench/indexSite.ts',
    siteDir,
    ...(withoutFields ? ['--without-search-fields'] : []),
  ];
  const run = await measure(process.execPath, args, process.env, { killAboveBytes: memoryLimit });
  if (run.killed) throw new Error(`建立索引的内存超过 ${formatMegabytes(memoryLimit)}，已中止`);
  if (run.exitCode !== 0) throw new Error(`建立索引失败：\n${run.output}`);
  // The indexer's own clock: the process also copies the site first when fields are stripped.
  const line = JSON.parse(run.output.trim().split('\n').at(-1)!) as {
    siteDir: string;
    seconds: number;
  };
  return { ...run, bundleDir: join(line.siteDir, 'pagefind'), indexSeconds: line.seconds };
}

async function firstQueryBytes(
  siteDir: string,
  query: string,
): Promise<{ bytes: number; files: number; ms: number }> {
  const { server, url } = await startStaticServer(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/'))
        sizes.push(
          response.body().then(
            (b) => b.length,
            () => 0,
          ),
        );
    });
    const started = performance.now();
    await openSearch(page, url, { q: query });
    const ms = performance.now() - started;
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return { bytes, files: sizes.length, ms };
  } finally {
    await browser.close();
    server.close();
  }
}

const rows: string[] = [];
for (const site of SITES) {
  if (only && only !== site.name) continue;
  const siteDir = await build(site);
  const entry = JSON.parse(
    readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
  ) as { languages: Record<string, { page_count: number }> };
  const pages = entry.languages['zh-cn']!.page_count;
  console.log(`\n## ${site.label}：${pages} 个页面进入索引`);
  for (const withoutFields of [true, false]) {
    const run = await index(siteDir, withoutFields);
    const bundle = run.bundleDir;
    const label = withoutFields ? '不含隐藏检索字段（改进前）' : '含隐藏检索字段（现状）';
    console.log(`  ${label}`);
    console.log(
      `    索引总大小 ${formatMegabytes(size(bundle))}（index ${formatMegabytes(size(bundle, 'index/**'))}，fragment ${formatMegabytes(size(bundle, 'fragment/**'))}，filter ${kb(size(bundle, 'filter/**'))}，${globSync('**/*', { cwd: bundle, onlyFiles: true }).length} 个文件）`,
    );
    console.log(
      `    建立索引 ${run.indexSeconds.toFixed(1)} s，峰值内存 ${formatMegabytes(run.peakRssBytes)}`,
    );
    for (const query of FIRST_QUERIES) {
      const first = await firstQueryBytes(join(bundle, '..'), query);
      console.log(
        `    首次检索“${query}”：下载 ${kb(first.bytes)}（${first.files} 个 /pagefind/ 文件），${first.ms.toFixed(0)} ms`,
      );
    }
    rows.push(
      `${site.label}｜${label}｜${formatMegabytes(size(bundle))}｜${run.indexSeconds.toFixed(1)} s｜${formatMegabytes(run.peakRssBytes)}`,
    );
  }
}
console.log(`\n站点｜索引｜大小｜建立索引｜峰值内存\n${rows.join('\n')}`);
