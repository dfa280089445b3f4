import type { APIRoute } from 'astro';
import { getSite } from '../queries/content.ts';
import { absoluteUrl, routes } from '../lib/site/routes.ts';

/** /robots.txt: everything may be crawled; the sitemap's absolute URL. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap(), site.url)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
};
