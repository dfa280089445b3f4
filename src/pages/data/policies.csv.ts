import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/shared/csv.ts';
import { POLICY_CSV_COLUMNS, policyCsvRow } from '../../lib/policy/policyData.ts';
import { policyDataRecords } from '../../queries/policyDataQuery.ts';

/** /data/policies.csv: the same table as policies.json, UTF-8 with BOM. */
export const GET: APIRoute = async () => {
  const records = await policyDataRecords();
  return new Response(
    toCsv(
      POLICY_CSV_COLUMNS.map(([, header]) => header),
      records.map(policyCsvRow),
    ),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
};
