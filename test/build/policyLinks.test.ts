import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtFiles, pageFile, readPage } from '../support/builtSite.ts';
import { readSiteFile, testSiteDir, TEST_SITES, type TestSiteName } from '../support/testSites.ts';

/**
 * Every link and anchor on the policy pages resolves, at the root and under a
 * sub-path base (/rencai/), and every URL that leaves the site is absolute.
 */

/** Sections built by other issues; their pages do not exist in this branch's output yet. */
const OTHER_SECTIONS = /^\/(incentives|finder|talents|stats|press|search)\//;

function brokenLinks(site: TestSiteName): string[] {
  const base = TEST_SITES[site].base;
  const root = testSiteDir(site);
  const pages = builtFiles(site).filter((f) => f.endsWith('.html') && (f.startsWith('policies/') || f === 'index.html'));
  const problems: string[] = [];
  for (const file of pages) {
    const html = readPage(site, file);
    for (const element of html.querySelectorAll('a[href], link[href], script[src]')) {
      const raw = element.getAttribute('href') ?? element.getAttribute('src')!;
      if (/^(https?:|mailto:|tel:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${base}${file.replace(/index\.html$/, '')}`);
      if (!url.pathname.startsWith(base)) {
        problems.push(`${file}: ${raw} is outside the base ${base}`);
        continue;
      }
      const path = `/${url.pathname.slice(base.length)}`;
      if (OTHER_SECTIONS.test(path)) continue;
      const target = join(root, decodeURIComponent(pageFile(path)));
      if (!existsSync(target) || !statSync(target).isFile()) {
        problems.push(`${file}: ${raw} does not exist`);
        continue;
      }
      if (url.hash && target.endsWith('.html') && !readPage(site, pageFile(path)).querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`)) {
        problems.push(`${file}: ${raw} has no such anchor`);
      }
    }
  }
  return problems;
}

describe('links on the policy pages', () => {
  test.each(['sample', 'sampleBase'] as const)('all resolve on the %s site', (site) => {
    expect(brokenLinks(site)).toEqual([]);
  });
});

describe('the site under /rencai/', () => {
  const SITE = 'sampleBase';
  const ORIGIN = 'https://rc.chengxi.example.gov.cn/rencai';

  test('feeds, data, sitemap and robots.txt use absolute URLs with the base', () => {
    expect(readSiteFile(SITE, 'policies/rss.xml')).toContain(`<link>${ORIGIN}/policies/chengcai-huigui-shishi-yijian/</link>`);
    const data = JSON.parse(readSiteFile(SITE, 'data/policies.json'));
    expect(data.policies.every((p: { url: string }) => p.url.startsWith(`${ORIGIN}/policies/`))).toBe(true);
    expect(readSiteFile(SITE, 'sitemap.xml')).toContain(`<loc>${ORIGIN}/policies/</loc>`);
    expect(readSiteFile(SITE, 'robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  test('citations and printed URLs include the base', () => {
    const page = readPage(SITE, '/policies/gaocengci-rencai-yinjin-banfa/');
    expect(page.querySelector('.citation')?.getAttribute('data-cite-url')).toBe(`${ORIGIN}/policies/gaocengci-rencai-yinjin-banfa/`);
    expect(page.querySelector('.attachments a')?.getAttribute('data-print-url')).toBe(`${ORIGIN}/policies/gaocengci-rencai-yinjin-banfa/files/gaocengci-rencai-fenlei-rending-biaozhun.pdf`);
    expect(page.querySelector('.attachments a')?.getAttribute('href')).toBe('/rencai/policies/gaocengci-rencai-yinjin-banfa/files/gaocengci-rencai-fenlei-rending-biaozhun.pdf');
  });
});
