import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { isSitemapPage, renderSitemap } from '../lib/site/sitemap.ts';

/**
 * Writes sitemap.xml after the build from the pages Astro actually built, so that
 * every page is listed, whoever added its route, and no feed or data file is.
 */
export function sitemapXml(): AstroIntegration {
  let origin = '';
  let base = '/';
  return {
    name: 'rencai-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('sitemap: astro.config 缺少 site（site.yaml 的 url）');
        origin = config.site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages }) => {
        const prefix = base.endsWith('/') ? base : `${base}/`;
        const urls = pages
          .map((p) => p.pathname)
          .filter(isSitemapPage)
          .map((pathname) => new URL(`${prefix}${pathname.replace(/^\/+/, '')}`, origin).href);
        await writeFile(new URL('sitemap.xml', dir), renderSitemap(urls));
      },
    },
  };
}
