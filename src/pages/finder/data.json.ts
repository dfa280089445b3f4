import type { APIRoute } from 'astro';
import { getFinderData } from '../../queries/incentivePages.ts';

/**
 * /finder/data.json: what the 政策计算器's script matches against (the offered incentives, with
 * the words and links its results show), fetched once by src/client/finder.ts, so that the page
 * itself stays small however many incentives a site offers. Compact JSON: it is read by a
 * script, not by people (the open data in /data/ is the readable copy).
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getFinderData()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
