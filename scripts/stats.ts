/**
 * npm run stats [-- --json]
 * Prints the figures of the statistics page (/stats/) for the content tree (CONTENT_DIR,
 * default content/) at SITE_AS_OF (default today, Asia/Shanghai): the same tables, computed
 * by the same module. `--json` prints what /data/stats.json holds.
 * Exit code 1 when the content has errors (run npm run validate to see them).
 */
import { openDataJson } from '../src/lib/shared/openData.ts';
import { computeStats } from '../src/lib/stats/stats.ts';
import { STATS_SECTIONS } from '../src/lib/stats/statsTables.ts';
import { formatStatsReport } from '../src/lib/stats/statsReport.ts';
import { commandSettings, publishedContent } from './lib/commandSettings.ts';

const json = process.argv.includes('--json');
const unknown = process.argv.slice(2).filter((a) => a !== '--json');
if (unknown.length) {
  console.error(`stats: 不认识的参数 ${unknown.join(' ')}。用法：npm run stats [-- --json]`);
  process.exit(2);
}

const settings = commandSettings();
const { contentDir } = settings;
const stats = computeStats(publishedContent('stats', settings).model);
if (json) {
  process.stdout.write(openDataJson(stats));
} else {
  process.stdout.write(formatStatsReport(stats, { contentDir, sections: STATS_SECTIONS }));
}
