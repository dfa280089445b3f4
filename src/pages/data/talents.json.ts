import type { APIRoute } from 'astro';
import { siteAsOf } from '../../queries/content.ts';
import { getTalentDataRecords } from '../../queries/talents.ts';

/** /data/talents.json: every published talent, newest first; photo is the metadata-free full-size JPEG. */
export const GET: APIRoute = async () => {
  const talents = await getTalentDataRecords();
  return new Response(
    `${JSON.stringify({ asOf: siteAsOf, count: talents.length, talents }, null, 2)}\n`,
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
