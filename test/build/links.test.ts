import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/lib/linkChecker.ts';
import type { PolicyDataFile } from '../../src/lib/policy/policyData.ts';
import { readPage } from '../support/builtSite.ts';
import { readSiteFile, testSiteDir, TEST_SITES } from '../support/testSites.ts';

/** The origin a test site's site.yaml declares. */
const originOf = (site: keyof typeof TEST_SITES) =>
  (
    parseYaml(readFileSync(`${TEST_SITES[site].contentDir}/site.yaml`, 'utf8'), {
      schema: 'core',
    }) as { url: string }
  ).url;

/**
 * Every link and anchor resolves, at the root and under a sub-path base (/rencai/),
 * and every URL that leaves the site is absolute.
 */

describe('links across the whole built site', () => {
  test.each(['sample', 'sampleBase', 'fixture'] as const)(
    'all resolve on the %s site (the check the build runs)',
    (site) => {
      expect(checkLinks(testSiteDir(site), originOf(site), TEST_SITES[site].base)).toEqual([]);
    },
  );
});

describe('the site under /rencai/', () => {
  const SITE = 'sampleBase';
  const ORIGIN = 'https://rc.chengxi.example.gov.cn/rencai';

  test('feeds, data, sitemap and robots.txt use absolute URLs with the base', () => {
    expect(readSiteFile(SITE, 'policies/rss.xml')).toContain(
      `<link>${ORIGIN}/policies/chengcai-huigui-shishi-yijian/</link>`,
    );
    const data = JSON.parse(readSiteFile(SITE, 'data/policies.json')) as PolicyDataFile;
    expect(data.policies.every((p) => p.url.startsWith(`${ORIGIN}/policies/`))).toBe(true);
    expect(readSiteFile(SITE, 'sitemap.xml')).toContain(`<loc>${ORIGIN}/policies/</loc>`);
    expect(readSiteFile(SITE, 'robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  test('citations and printed URLs include the base', () => {
    const page = readPage(SITE, '/policies/gaocengci-rencai-yinjin-banfa/');
    expect(page.querySelector('.citation__text')?.textContent).toMatch(
      new RegExp(`，${ORIGIN}/policies/gaocengci-rencai-yinjin-banfa/$`),
    );
    expect(page.querySelector('.attachments a')?.getAttribute('data-print-url')).toBe(
      `${ORIGIN}/policies/gaocengci-rencai-yinjin-banfa/files/gaocengci-rencai-fenlei-rending-biaozhun.pdf`,
    );
    expect(page.querySelector('.attachments a')?.getAttribute('href')).toBe(
      '/rencai/policies/gaocengci-rencai-yinjin-banfa/files/gaocengci-rencai-fenlei-rending-biaozhun.pdf',
    );
  });
});
