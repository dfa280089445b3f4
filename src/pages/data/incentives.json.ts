import type { APIRoute } from 'astro';
import { openDataJson } from '../../lib/shared/openData.ts';
import { incentiveDataRecords } from '../../queries/incentiveDataQuery.ts';

/** /data/incentives.json: every published incentive, offered or not, in slug order. */
export const GET: APIRoute = async () => {
  const records = await incentiveDataRecords();
  return new Response(openDataJson(records), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
