import type { APIRoute } from 'astro';
import { getTalentDataRecords } from '../../queries/talents.ts';
import { talentsCsv } from '../../lib/talent/talentData.ts';

/** /data/talents.csv: the same records as talents.json, one row each, UTF-8 with BOM. */
export const GET: APIRoute = async () => {
  return new Response(talentsCsv(await getTalentDataRecords()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
