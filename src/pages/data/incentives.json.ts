import type { APIRoute } from 'astro';
import { openDataJson } from '../../lib/shared/openData.ts';
import { getIncentives, getPolicies, getSite } from '../../queries/content.ts';
import { incentiveDataRecord } from '../../lib/incentive/incentiveData.ts';
import { absoluteUrl } from '../../lib/site/routes.ts';

/** /data/incentives.json: every published incentive, offered or not, in slug order. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const policies = new Map((await getPolicies()).map((p) => [p.slug, p]));
  const records = (await getIncentives()).map((i) =>
    incentiveDataRecord(i, policies.get(i.data.policy)!, (path) => absoluteUrl(path, site.url)),
  );
  return new Response(openDataJson(records), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
