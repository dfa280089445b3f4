import { computeStats, type SiteStats } from '../lib/stats/stats.ts';
import { statsTables, type StatsTable } from '../lib/stats/statsTables.ts';
import { getContentModel } from './content.ts';

/**
 * The statistics of this build, computed once from the published content model, for the
 * /stats/ page and the /data/stats* files.
 */

let stats: Promise<SiteStats> | null = null;

/** Every statistic at the build's as-of date (what /data/stats.json holds). */
export function getSiteStats(): Promise<SiteStats> {
  stats ??= getContentModel().then((model) => computeStats(model));
  return stats;
}

/** The tables of /stats/, one CSV each. */
export async function getStatsTables(): Promise<StatsTable[]> {
  return statsTables(await getSiteStats());
}
