import type { APIRoute } from 'astro';
import { openDataJson } from '../../lib/shared/openData.ts';
import { siteAsOf } from '../../queries/content.ts';
import { policyDataRecords } from '../../queries/policyDataQuery.ts';
import type { PolicyDataFile } from '../../lib/policy/policyData.ts';

/** /data/policies.json: every published policy and 解读 with its computed status. */
export const GET: APIRoute = async () => {
  const records = await policyDataRecords();
  const file: PolicyDataFile = { asOf: siteAsOf, count: records.length, policies: records };
  return new Response(openDataJson(file), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
