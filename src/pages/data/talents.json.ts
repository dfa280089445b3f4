import type { APIRoute } from 'astro';
import { openDataJson } from '../../lib/shared/openData.ts';
import { siteAsOf } from '../../queries/content.ts';
import { getTalentDataRecords } from '../../queries/talents.ts';

/** /data/talents.json: every published talent, newest first; photo is the metadata-free full-size JPEG. */
export const GET: APIRoute = async () => {
  const talents = await getTalentDataRecords();
  return new Response(openDataJson({ asOf: siteAsOf, count: talents.length, talents }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
