/**
 * npm run build
 * Validates the content, builds the site into a staging folder, checks the output,
 * and only then replaces dist/ in one rename. When anything fails, an existing dist/
 * is left exactly as it was.
 *
 * Settings: CONTENT_DIR (default content), SITE_AS_OF (default today, Asia/Shanghai),
 * BASE_PATH (default /), OUT_DIR (default dist).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { commandSettings } from './lib/commandSettings.ts';
import { resolveBasePath } from '../src/lib/shared/buildSettings.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { validateTree } from './lib/validateTree.ts';
import { scanDistForImageMetadata, scanDistForPersonalData } from './lib/scanDist.ts';
import { publishedFigures } from '../src/lib/security/publishedFigures.ts';
import { checkLinksCached } from './lib/linkChecker.ts';

const fail = (message: string, staging?: string): never => {
  if (staging) rmSync(staging, { recursive: true, force: true });
  console.error(`\nbuild: ${message}`);
  console.error(`build: 构建未完成，${outDir} 保持不变。`);
  process.exit(1);
};

const { asOf, contentDir } = commandSettings();
const started = performance.now();
let phaseStarted = started;
/** Prints how long the phase that just ended took, so a slow build shows where its time goes. */
const phase = (name: string) => {
  const now = performance.now();
  console.log(`build: ${name} ${((now - phaseStarted) / 1000).toFixed(1)} s`);
  phaseStarted = now;
};
const outDir = resolve(process.env.OUT_DIR?.trim() || 'dist');

// 1. Validate: nothing is built from content with errors.
const { problems, site, input } = validateTree(contentDir, asOf);
for (const p of problems) (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
if (errors) fail(`内容校验发现 ${errors} 个错误，请先修正（npm run validate 可单独检查）。`);
console.log(`build: 内容校验通过（${contentDir}，截至 ${asOf}）`);
phase('内容校验');

/**
 * The environment for Astro: the caller's, without what a test runner adds. Vitest copies
 * Vite's mode variables into process.env (DEV=1, MODE=test, BASE_URL, …); Astro reads DEV and
 * then marks every image as in development, so the same content would give other bytes.
 */
function builderEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'NODE_ENV']) delete env[name];
  return env;
}

// 2. Build into a staging folder beside the output, so the final step is a rename on one disk.
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);
rmSync(staging, { recursive: true, force: true });
const astroBin = join(
  dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin',
  'astro.mjs',
);
// Astro's caches are kept per content tree and code version (cacheDir in astro.config.mjs),
// so a warm rebuild reuses them and a build of another tree never sees them.
const astro = spawnSync(process.execPath, [astroBin, 'build', '--outDir', staging], {
  stdio: 'inherit',
  env: {
    ...builderEnv(),
    SITE_AS_OF: asOf,
    CONTENT_DIR: contentDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  },
});
if (astro.status !== 0) fail(`Astro 构建失败（退出码 ${astro.status ?? astro.signal}）。`, staging);
phase('Astro 构建（含图片、站点地图、搜索索引）');

// 3. Check the output before anyone can see it.
const leaks = scanDistForPersonalData(
  staging,
  site?.officialPhones ?? [],
  publishedFigures(input, asOf),
);
for (const leak of leaks)
  console.error(
    `${leak.file}: 输出中出现疑似${leak.kind === 'residentId' ? '身份证号码' : '个人手机号码'} ${leak.masked}`,
  );
if (leaks.length) fail('构建输出含个人信息，已拒绝发布。', staging);
phase('个人信息扫描');
const tagged = await scanDistForImageMetadata(staging);
for (const image of tagged)
  console.error(
    `${image.file}: 图片仍含元数据（${image.kinds.join('、')}），可能泄露拍摄地点等信息`,
  );
if (tagged.length) fail('构建输出中有图片未去除元数据，已拒绝发布。', staging);
phase('图片元数据检查');
const base = resolveBasePath(process.env.BASE_PATH);
const { broken, fromCache } = site
  ? checkLinksCached(staging, site.url, base, resolve('node_modules/.astro/link-check.digest'))
  : { broken: [], fromCache: false };
for (const b of broken) console.error(`${b.page}: ${b.link} — ${b.problem}`);
if (broken.length) fail(`构建输出中有 ${broken.length} 个失效的站内链接或锚点。`, staging);
phase(fromCache ? '站内链接检查（与上次通过检查的输出相同）' : '站内链接检查');

// 4. Swap in one step.
const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(
  `build: 已发布到 ${outDir}（共 ${((performance.now() - started) / 1000).toFixed(1)} s）`,
);
