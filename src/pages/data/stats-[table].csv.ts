import type { APIRoute, GetStaticPaths } from 'astro';
import { statsTableCsv, type StatsTable } from '../../lib/stats/statsTables.ts';
import { getStatsTables } from '../../queries/statsQuery.ts';

/** /data/stats-<table>.csv: one table of /stats/ with exact numbers (UTF-8 with BOM). */
export const getStaticPaths = (async () =>
  (await getStatsTables()).map((table) => ({
    params: { table: table.id },
    props: { table },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: StatsTable }> = ({ props }) =>
  new Response(statsTableCsv(props.table), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
