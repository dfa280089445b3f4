import type { APIRoute } from 'astro';
import { INCENTIVE_CSV_COLUMNS, incentiveCsvRow } from '../../lib/incentive/incentiveData.ts';
import { toCsv } from '../../lib/shared/csv.ts';
import { incentiveDataRecords } from '../../queries/incentiveDataQuery.ts';

/** /data/incentives.csv: the same table as incentives.json, UTF-8 with BOM. */
export const GET: APIRoute = async () => {
  const records = await incentiveDataRecords();
  return new Response(toCsv(INCENTIVE_CSV_COLUMNS, records.map(incentiveCsvRow)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
