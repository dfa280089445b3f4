import { describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import type { PolicyDataFile } from '../../src/lib/policy/policyData.ts';
import { builtPagePaths, parseCsv } from '../support/builtSite.ts';
import { readPolicySources } from '../support/contentSources.ts';
import { readSiteFile } from '../support/testSites.ts';

/**
 * /policies/rss.xml, /data/policies.json, /data/policies.csv, /sitemap.xml and
 * /robots.txt of the sample site at the test as-of date.
 */

const SITE = 'sample';
const ORIGIN = 'https://rc.chengxi.example.gov.cn';
const STATUS_BY_SLUG: Record<string, string> = {
  'jixu-jinque-rencai-mulu-2027': '尚未施行',
  'xincailiao-chanyeyuan-rencai-jiju-xingdong-fangan': '已失效',
  'chengcai-huigui-shishi-yijian-2021': '已修订',
  'rencai-gongyu-guanli-zanxing-banfa': '已废止',
};
const statusOf = (slug: string) => STATUS_BY_SLUG[slug] ?? '现行有效';

/** The frontmatter of the sample's published policies, read directly, newest first. */
const published = readPolicySources()
  .filter(({ data }) => !data.draft && data.publishedOn <= '2026-11-21')
  .sort((a, b) =>
    a.data.publishedOn === b.data.publishedOn
      ? a.slug < b.slug
        ? -1
        : 1
      : a.data.publishedOn > b.data.publishedOn
        ? -1
        : 1,
  );

/** An RSS 2.0 item as fast-xml-parser reads it (attributes prefixed with `@_`). */
interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  category: string[];
}

/** The RSS 2.0 document as fast-xml-parser reads it. */
interface RssFeed {
  rss: {
    '@_version': string;
    channel: {
      title: string;
      link: string;
      description: string;
      language: string;
      lastBuildDate: string;
      'atom:link': { '@_href': string };
      item: RssItem[];
    };
  };
}

describe('/policies/rss.xml', () => {
  const xml = readSiteFile(SITE, 'policies/rss.xml');
  const feed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'item' || name === 'category',
  }).parse(xml) as RssFeed;
  const channel = feed.rss.channel;

  // Well-formedness is checked by the browser's XML parser in test/e2e/policies.test.ts.
  test('is RSS 2.0', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(feed.rss['@_version']).toBe('2.0');
  });

  test('describes the channel, dated by the newest document rather than the clock', () => {
    expect(channel.title).toBe('澄溪县人才工作网 - 政策文件');
    expect(channel.link).toBe(`${ORIGIN}/policies/`);
    expect(channel.description).toBeTruthy();
    expect(channel.language).toBe('zh-cn');
    expect(channel.lastBuildDate).toBe('Wed, 11 Nov 2026 16:00:00 GMT');
    expect(channel['atom:link']['@_href']).toBe(`${ORIGIN}/policies/rss.xml`);
  });

  test('has one item per published document, 解读 included, newest first', () => {
    expect(channel.item.map((item) => item.link)).toEqual(
      published.map((p) => `${ORIGIN}/policies/${p.slug}/`),
    );
  });

  test.each(published.map((p) => p.slug))(
    'item %s has guid, RFC 822 date and its status',
    (slug) => {
      const item = channel.item.find((i) => i.link === `${ORIGIN}/policies/${slug}/`)!;
      const source = published.find((p) => p.slug === slug)!.data;
      expect(item.title).toBe(source.title);
      expect(item.guid['#text']).toBe(item.link);
      expect(item.guid['@_isPermaLink']).toBe('true');
      expect(item.pubDate).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} 16:00:00 GMT$/,
      );
      expect(new Date(item.pubDate).toISOString()).toBe(
        new Date(`${source.publishedOn}T00:00:00+08:00`).toISOString(),
      );
      expect(item.description.startsWith(`【${statusOf(slug)}】`)).toBe(true);
      expect(item.description.endsWith(source.summary)).toBe(true);
      expect(item.category).toEqual([source.topic, source.kind]);
    },
  );
});

describe('/data/policies.json', () => {
  const data = JSON.parse(readSiteFile(SITE, 'data/policies.json')) as PolicyDataFile;

  test('carries the as-of date and every published document newest first', () => {
    expect(data.asOf).toBe('2026-11-21');
    expect(data.count).toBe(published.length);
    expect(data.policies.map((p) => p.slug)).toEqual(published.map((p) => p.slug));
  });

  test.each(published.map((p) => p.slug))(
    'record %s has its URL, fields and computed status',
    (slug) => {
      const record = data.policies.find((p) => p.slug === slug)!;
      const source = published.find((p) => p.slug === slug)!.data;
      expect(record.url).toBe(`${ORIGIN}/policies/${slug}/`);
      expect(record.status).toBe(statusOf(slug));
      expect(record.title).toBe(source.title);
      expect(record.issuer).toEqual(source.issuer);
      expect(record.docNumber).toBe(source.docNumber ?? null);
      expect(record.topic).toBe(source.topic);
      expect(record.effectiveOn).toBe(source.effectiveOn ?? source.publishedOn);
      expect(record.expiresOn).toBe(source.expiresOn ?? null);
      expect(record.interprets).toBe(source.interprets ?? null);
      expect(record.supersedes).toEqual(source.supersedes ?? []);
    },
  );

  test('records the date behind each status and the relations', () => {
    const bySlug = (slug: string) => data.policies.find((p) => p.slug === slug);
    expect(bySlug('chengcai-huigui-shishi-yijian-2021')).toMatchObject({
      status: '已修订',
      statusDate: '2024-07-01',
      supersededBy: ['chengcai-huigui-shishi-yijian'],
      currentVersion: 'chengcai-huigui-shishi-yijian',
    });
    expect(bySlug('rencai-gongyu-guanli-zanxing-banfa')).toMatchObject({
      status: '已废止',
      statusDate: '2025-06-30',
    });
    expect(bySlug('xincailiao-chanyeyuan-rencai-jiju-xingdong-fangan')).toMatchObject({
      status: '已失效',
      statusDate: '2025-12-31',
    });
    expect(bySlug('jixu-jinque-rencai-mulu-2027')).toMatchObject({
      status: '尚未施行',
      statusDate: '2027-01-01',
    });
    expect(bySlug('gaocengci-rencai-yinjin-banfa')).toMatchObject({
      statusDate: null,
      interpretations: ['gaocengci-rencai-yinjin-banfa-jiedu'],
    });
    expect(bySlug('gaocengci-rencai-yinjin-banfa')?.incentives).toHaveLength(9);
    expect(bySlug('gaocengci-rencai-yinjin-banfa')?.attachments).toEqual([
      {
        title: '附件：澄溪县高层次人才分类认定标准',
        url: `${ORIGIN}/policies/gaocengci-rencai-yinjin-banfa/files/gaocengci-rencai-fenlei-rending-biaozhun.pdf`,
        type: 'PDF',
        bytes: 3688,
      },
    ]);
  });

  test('gives every record the same keys', () => {
    const keys = Object.keys(data.policies[0]!).sort();
    for (const record of data.policies) expect(Object.keys(record).sort()).toEqual(keys);
  });
});

describe('/data/policies.csv', () => {
  const text = readSiteFile(SITE, 'data/policies.csv');
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const json = JSON.parse(readSiteFile(SITE, 'data/policies.json')) as PolicyDataFile;

  test('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  test('has a Chinese header and one row per record of the JSON, in the same order', () => {
    expect(rows[0]!.slice(0, 4)).toEqual(['标识', '网址', '标题', '文种']);
    expect(rows[0]).toContain('状态');
    expect(rows.slice(1).map((r) => r[0])).toEqual(json.policies.map((p) => p.slug));
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
  });

  test('holds the same values as the JSON', () => {
    const column = (name: string) => rows[0]!.indexOf(name);
    for (const [i, record] of json.policies.entries()) {
      const row = rows[i + 1]!;
      expect(row[column('状态')]).toBe(record.status);
      expect(row[column('网址')]).toBe(record.url);
      expect(row[column('发文机关')]).toBe(record.issuer.join('、'));
      expect(row[column('摘要')]).toBe(record.summary);
    }
  });
});

describe('/sitemap.xml and /robots.txt', () => {
  const xml = readSiteFile(SITE, 'sitemap.xml');
  const sitemap = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as {
    urlset: { url: { loc: string }[] };
  };
  const urls = sitemap.urlset.url.map((u) => u.loc);

  test('the sitemap lists every built page, and nothing else', () => {
    expect(urls).toEqual(
      builtPagePaths(SITE)
        .filter((p) => p !== '/404.html')
        .map((p) => `${ORIGIN}${p}`)
        .sort(),
    );
    expect(urls).toContain(`${ORIGIN}/policies/chengcai-huigui-shishi-yijian/diff/`);
    expect(urls.some((u) => /\.(xml|json|csv|pdf|xlsx|docx)$/.test(u))).toBe(false);
  });

  test('robots.txt points to the sitemap by absolute URL', () => {
    expect(readSiteFile(SITE, 'robots.txt')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`,
    );
  });
});
