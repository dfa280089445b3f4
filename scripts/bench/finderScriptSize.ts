/**
 * npm run bench:finder [-- <site-dir>]
 * Prints what the 政策计算器 weighs on a built site (default dist/; BASE_PATH as built), raw
 * and gzipped: its scripts against their 25 KB gzip budget, its page against 30 KB, and the
 * data file its script fetches (/finder/data.json, which grows with the incentives offered:
 * per incentive too). Exit 1 when the scripts or the page are over budget.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveBasePath } from '../../src/lib/shared/buildSettings.ts';
import { routes } from '../../src/lib/site/routes.ts';
import {
  FINDER_PAGE_BUDGET_GZIP,
  FINDER_SCRIPT_BUDGET_GZIP,
  measureFile,
  measurePageScripts,
} from '../lib/pageScripts.ts';

const siteDir = process.argv[2] ?? 'dist';
const base = resolveBasePath(process.env.BASE_PATH);
let scripts, page, data;
try {
  scripts = measurePageScripts(siteDir, routes.finder(), base);
  page = measureFile(join(siteDir, routes.finder(), 'index.html'));
  data = measureFile(join(siteDir, routes.finderData()));
} catch (error) {
  console.error(`bench:finder: ${(error as Error).message}`);
  process.exit(2);
}
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
for (const f of scripts.files)
  console.log(`  ${relative(process.cwd(), f.file)}  ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
const within = scripts.gzip <= FINDER_SCRIPT_BUDGET_GZIP;
console.log(
  `bench:finder: ${scripts.files.length} 个脚本，共 ${kb(scripts.raw)}（gzip ${kb(scripts.gzip)}），预算 gzip ${kb(FINDER_SCRIPT_BUDGET_GZIP)}，${within ? `余 ${kb(FINDER_SCRIPT_BUDGET_GZIP - scripts.gzip)}` : '超出预算'}`,
);
const pageWithin = page.gzip <= FINDER_PAGE_BUDGET_GZIP;
console.log(
  `bench:finder: 页面 ${kb(page.raw)}（gzip ${kb(page.gzip)}），预算 gzip ${kb(FINDER_PAGE_BUDGET_GZIP)}，${pageWithin ? `余 ${kb(FINDER_PAGE_BUDGET_GZIP - page.gzip)}` : '超出预算'}`,
);
const count = (JSON.parse(readFileSync(data.file, 'utf8')) as { incentives: unknown[] }).incentives
  .length;
console.log(
  `bench:finder: 数据 ${relative(process.cwd(), data.file)} ${kb(data.raw)}（gzip ${kb(data.gzip)}），${count} 项事项，每项约 ${count ? kb(data.gzip / count) : '0 KB'} gzip（脚本加载后取一次）`,
);
process.exit(within && pageWithin ? 0 : 1);
