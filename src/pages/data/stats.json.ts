import type { APIRoute } from 'astro';
import { getSiteStats } from '../../queries/statsQuery.ts';

/** /data/stats.json: every statistic of /stats/, counts over published entries at the as-of date. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getSiteStats(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
