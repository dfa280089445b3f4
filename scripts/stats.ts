/**
 * npm run stats [-- --json]
 * Prints the figures of the statistics page (/stats/) for the content tree (CONTENT_DIR,
 * default content/) at SITE_AS_OF (default today, Asia/Shanghai): the same tables, computed
 * by the same module. `--json` prints what /data/stats.json holds.
 * Exit code 1 when the content has errors (run npm run validate to see them).
 */
import { resolveContentDir, resolveSiteAsOf } from '../src/lib/buildSettings.ts';
import { buildContentModel } from '../src/lib/contentModel.ts';
import { computeStats } from '../src/lib/stats.ts';
import { STATS_SECTIONS } from '../src/lib/statsTables.ts';
import { formatStatsReport } from '../src/lib/statsReport.ts';
import { validateTree } from './lib/validateTree.ts';

const json = process.argv.includes('--json');
const unknown = process.argv.slice(2).filter((a) => a !== '--json');
if (unknown.length) {
  console.error(`stats: 不认识的参数 ${unknown.join(' ')}。用法：npm run stats [-- --json]`);
  process.exit(2);
}

let asOf: string;
try {
  asOf = resolveSiteAsOf(process.env.SITE_AS_OF);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const contentDir = resolveContentDir(process.env.CONTENT_DIR);
const { problems, input } = validateTree(contentDir, asOf);
const errors = problems.filter((p) => p.severity === 'error').length;
if (errors) {
  console.error(`stats: ${contentDir} 有 ${errors} 个内容错误，统计不可靠。请先运行 npm run validate 查看并修正。`);
  process.exit(1);
}

const stats = computeStats(buildContentModel(input, asOf));
if (json) {
  process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
} else {
  process.stdout.write(formatStatsReport(stats, { contentDir, sections: STATS_SECTIONS }));
}
