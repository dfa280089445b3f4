/**
 * npm run bench [-- --skip-big]
 * The performance benchmark of issue 8, in one run on this machine:
 *  1. generates a 10,000-entry tree (6,000 policies, 2,000 incentives, 2,000 talents sharing 200 photos);
 *  2. times validate on it;
 *  3. times a cold full build (caches cleared) and its peak memory, beside a bare Astro +
 *     Pagefind build of the same Markdown (scripts/bench/baseline), and prints the ratio;
 *  4. times a warm rebuild (Astro's content and image caches kept);
 *  5. prints bytes per page type (HTML, CSS, JS, raw and gzip) and the layout shift of the
 *     policy and talent pages, measured in Chromium on the sample site.
 * Targets: build ≤ 1.3 × baseline; warm ≤ 0.5 × cold; a policy page ≤ 30 KB gzip; no layout shift.
 * Timings on a shared machine are noisy: compare the ratios within one run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_SIZE, generateContentTree } from './generateContentTree.ts';
import { formatMegabytes, measure, type Measurement } from './lib/measure.ts';
import { measurePageScripts, POLICY_PAGE_SCRIPTS, unexpectedScripts } from '../lib/pageScripts.ts';
import { launchChromium } from '../../test/support/browser.ts';
import { startStaticServer } from '../../test/support/staticServer.ts';

const AS_OF = '2026-11-21';
const out = resolve('bench-output');
const tree = join(out, 'tree-10k');
const skipBig = process.argv.includes('--skip-big');
const node = process.execPath;
const astroBin = resolve('node_modules/astro/bin/astro.mjs');
const lines: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};
const seconds = (m: Measurement) => `${m.seconds.toFixed(1)} s`;
const check = (m: Measurement, what: string) => {
  if (m.exitCode !== 0) {
    console.error(m.output.split('\n').slice(-30).join('\n'));
    throw new Error(`${what} 失败（退出码 ${m.exitCode}）`);
  }
};
const clearCaches = (root: string) => {
  for (const dir of ['node_modules/.astro', '.astro'])
    rmSync(join(root, dir), { recursive: true, force: true });
};

if (!skipBig) {
  say(
    `# 10,000 条内容（${BENCH_SIZE.policies} 政策、${BENCH_SIZE.incentives} 激励、${BENCH_SIZE.talents} 人才共用 ${BENCH_SIZE.photos} 张照片）`,
  );
  generateContentTree(tree, BENCH_SIZE);
  const env = {
    ...process.env,
    CONTENT_DIR: tree,
    SITE_AS_OF: AS_OF,
    ASTRO_TELEMETRY_DISABLED: '1',
  };

  const validate = await measure(node, ['scripts/validate.ts'], env);
  check(validate, 'validate');
  say(`validate：${seconds(validate)}（目标 < 3 s）`);

  // Rencai: the real build command (validate, Astro, Pagefind, checks, atomic swap).
  clearCaches('.');
  const cold = await measure(node, ['scripts/build.ts'], { ...env, OUT_DIR: join(out, 'site') });
  check(cold, 'Rencai 冷构建');
  const warm = await measure(node, ['scripts/build.ts'], { ...env, OUT_DIR: join(out, 'site') });
  check(warm, 'Rencai 热构建');

  // Baseline: bare Astro over the same Markdown, then Pagefind, with the same as-of environment.
  clearCaches('scripts/bench/baseline');
  const baselineOut = join(out, 'baseline');
  const baseline = await measure(
    node,
    [
      '--input-type=module',
      '-e',
      `
    import { spawnSync } from 'node:child_process';
    import * as pagefind from 'pagefind';
    const r = spawnSync(process.execPath, [${JSON.stringify(astroBin)}, 'build', '--root', 'scripts/bench/baseline', '--outDir', ${JSON.stringify(baselineOut)}], { stdio: 'inherit', env: process.env });
    if (r.status !== 0) process.exit(r.status ?? 1);
    const { index, errors } = await pagefind.createIndex({});
    if (errors.length) { console.error(errors); process.exit(1); }
    const added = await index.addDirectory({ path: ${JSON.stringify(baselineOut)} });
    if (added.errors.length) { console.error(added.errors); process.exit(1); }
    await index.writeFiles({ outputPath: ${JSON.stringify(join(baselineOut, 'pagefind'))} });
    await pagefind.close();
  `,
    ],
    env,
  );
  check(baseline, '基线构建');

  // Where the time goes: the build prints each phase, Astro its page and image totals.
  const breakdown = (m: Measurement) => {
    for (const line of m.output.split('\n')) {
      if (
        /^build: .+ \d+\.\d s$|page\(s\) built in|搜索索引|generating optimized images|✓ Completed in/.test(
          line,
        )
      )
        say(`  ${line.replace(/^\d\d:\d\d:\d\d /, '')}`);
    }
  };
  say(`Rencai 完整构建（冷）：${seconds(cold)}，内存峰值 ${formatMegabytes(cold.peakRssBytes)}`);
  breakdown(cold);
  say(
    `基线 Astro + Pagefind（冷）：${seconds(baseline)}，内存峰值 ${formatMegabytes(baseline.peakRssBytes)}`,
  );
  for (const line of baseline.output.split('\n'))
    if (line.includes('page(s) built in')) say(`  ${line.replace(/^\d\d:\d\d:\d\d /, '')}`);
  say(`比值 Rencai / 基线：${(cold.seconds / baseline.seconds).toFixed(2)}（目标 ≤ 1.3）`);
  say(
    `Rencai 热构建：${seconds(warm)}，为冷构建的 ${(warm.seconds / cold.seconds).toFixed(2)} 倍（目标 ≤ 0.5），内存峰值 ${formatMegabytes(warm.peakRssBytes)}`,
  );
  breakdown(warm);
}

// Bytes per page type and layout shift, on the sample site at the test date, built now from this code.
const sample = join(out, 'sample');
const built = spawnSync(node, ['scripts/build.ts'], {
  env: { ...process.env, SITE_AS_OF: AS_OF, OUT_DIR: sample },
  stdio: 'ignore',
});
if (built.status !== 0) throw new Error('示例网站构建失败');
const pageTypes = [
  ['首页', ''],
  ['政策', 'policies/gaocengci-rencai-yinjin-banfa/'],
  ['政策列表', 'policies/'],
  ['激励事项', 'incentives/fanxiang-shuoshi-shenghuo-butie/'],
  ['政策计算器', 'finder/'],
  ['人才风采', 'talents/he-yanqiu/'],
  ['数据统计', 'stats/'],
  ['搜索', 'search/'],
] as const;
const { server, url } = await startStaticServer(sample);
const browser = await launchChromium();
say('');
say('# 每类页面的字节数（示例网站；gzip 为 gzip -9 后的大小）');
say('| 页面 | HTML | CSS | JS | 合计 gzip | 布局偏移 CLS |');
say('|---|---|---|---|---|---|');
try {
  for (const [label, path] of pageTypes) {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const sizes: Record<'html' | 'css' | 'js', [raw: number, gzip: number]> = {
      html: [0, 0],
      css: [0, 0],
      js: [0, 0],
    };
    page.on('response', (response) => {
      const u = new URL(response.url());
      const file = join(sample, decodeURIComponent(u.pathname).replace(/\/$/, '/index.html'));
      if (!existsSync(file) || !statSync(file).isFile()) return;
      const bytes = readFileSync(file);
      const kind = file.endsWith('.html')
        ? 'html'
        : file.endsWith('.css')
          ? 'css'
          : /\.(m?js|wasm)$/.test(file) || u.pathname.includes('/pagefind/')
            ? 'js'
            : null;
      if (!kind) return;
      sizes[kind][0] += bytes.length;
      sizes[kind][1] += gzipSync(bytes, { level: 9 }).length;
    });
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[])
          if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL(path, url).href, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const total = sizes.html[1] + sizes.css[1] + sizes.js[1];
    say(
      `| ${label} | ${kb(sizes.html[0])}（${kb(sizes.html[1])}） | ${kb(sizes.css[0])}（${kb(sizes.css[1])}） | ${kb(sizes.js[0])}（${kb(sizes.js[1])}） | ${kb(total)}${label === '政策' ? `（目标 ≤ 30 KB：${total <= 30 * 1024 ? '达到' : '未达到'}）` : ''} | ${cls.toFixed(3)} |`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
// The policy page's scripts against issue 8's "no JavaScript except the search box" (see POLICY_PAGE_SCRIPTS).
const policyPath = `/${pageTypes.find(([label]) => label === '政策')![1]}`;
const policyScripts = measurePageScripts(sample, policyPath);
const extraScripts = unexpectedScripts(sample, policyScripts, POLICY_PAGE_SCRIPTS);
say('');
say(
  `政策页面加载的脚本：${policyScripts.files.map((f) => `${relative(sample, f.file)}（${f.raw} B）`).join('、') || '无'}。除搜索框和适老化开关外不运行脚本（目标）：${extraScripts.length ? `未达到（另有 ${extraScripts.join('、')}）` : '达到'}`,
);
