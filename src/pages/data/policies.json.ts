import type { APIRoute } from 'astro';
import { openDataJson } from '../../lib/shared/openData.ts';
import { siteAsOf } from '../../queries/content.ts';
import { policyDataRecords } from '../../queries/policyDataQuery.ts';

/** /data/policies.json: every published policy and 解读 with its computed status. */
export const GET: APIRoute = async () => {
  const records = await policyDataRecords();
  return new Response(openDataJson({ asOf: siteAsOf, count: records.length, policies: records }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
