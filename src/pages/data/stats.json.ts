import type { APIRoute } from 'astro';
import { openDataJson } from '../../lib/shared/openData.ts';
import { getSiteStats } from '../../queries/statsQuery.ts';

/** /data/stats.json: every statistic of /stats/, counts over published entries at the as-of date. */
export const GET: APIRoute = async () =>
  new Response(openDataJson(await getSiteStats()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
