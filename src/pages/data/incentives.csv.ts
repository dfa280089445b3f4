import type { APIRoute } from 'astro';
import { getIncentives, getPolicies, getSite } from '../../queries/content.ts';
import {
  INCENTIVE_CSV_COLUMNS,
  incentiveCsvRow,
  incentiveDataRecord,
} from '../../lib/incentive/incentiveData.ts';
import { toCsv } from '../../lib/shared/csv.ts';
import { absoluteUrl } from '../../lib/site/routes.ts';

/** /data/incentives.csv: the same table as incentives.json, UTF-8 with BOM. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const policies = new Map((await getPolicies()).map((p) => [p.slug, p]));
  const records = (await getIncentives()).map((i) =>
    incentiveDataRecord(i, policies.get(i.data.policy)!, (path) => absoluteUrl(path, site.url)),
  );
  return new Response(toCsv(INCENTIVE_CSV_COLUMNS, records.map(incentiveCsvRow)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
