/**
 * npm run bench:finder [-- <site-dir>]
 * Prints what the 政策计算器's scripts weigh on a built site (default dist/; BASE_PATH as
 * built), raw and gzipped, against its 25 KB gzip budget. Exit 1 when over budget.
 */
import { relative } from 'node:path';
import { resolveBasePath } from '../../src/lib/shared/buildSettings.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { FINDER_SCRIPT_BUDGET_GZIP, measurePageScripts } from '../lib/pageScripts.ts';

const siteDir = process.argv[2] ?? 'dist';
const base = resolveBasePath(process.env.BASE_PATH);
let scripts;
try {
  scripts = measurePageScripts(siteDir, routes.finder(), base);
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
process.exit(within ? 0 : 1);
