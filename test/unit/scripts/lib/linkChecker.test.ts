import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  checkLinks,
  checkLinksCached,
  REMEMBERED_SITES,
} from '../../../../scripts/lib/linkChecker.ts';
import { stringContaining } from '../../../support/matchers.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'rencai-links-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const ORIGIN = 'https://rc.example.gov.cn';

describe('checkLinks', () => {
  test('accepts links, anchors, assets, srcsets and feed URLs that resolve', () => {
    const d = site({
      'index.html':
        '<link rel="stylesheet" href="/_astro/a.css"><a href="/policies/a/#art-2">x</a><img src="/_astro/p.jpg" srcset="/_astro/p.jpg 1x"><a href="https://www.gov.cn/">ext</a><meta property="og:url" content="https://rc.example.gov.cn/">',
      '_astro/a.css': 'body{}',
      '_astro/p.jpg': 'x',
      'policies/a/index.html':
        '<p id="art-2">第二条</p><a href="#art-2">本条</a><a href="../../">首页</a>',
      'policies/rss.xml':
        '<rss><channel><link>https://rc.example.gov.cn/</link><item><link>https://rc.example.gov.cn/policies/a/</link></item></channel></rss>',
    });
    expect(checkLinks(d, ORIGIN, '/')).toEqual([]);
  });

  test('reports a missing page, a missing anchor, a missing asset and a dead feed item', () => {
    const d = site({
      'index.html':
        '<a href="/talents/">x</a><a href="/policies/a/#art-9">y</a><img src="/_astro/gone.jpg">',
      'policies/a/index.html': '<p id="art-2">第二条</p>',
      'policies/rss.xml':
        '<rss><item><link>https://rc.example.gov.cn/policies/b/</link></item></rss>',
    });
    expect(checkLinks(d, ORIGIN, '/')).toEqual([
      {
        page: 'index.html',
        link: '/talents/',
        problem: stringContaining('talents/index.html'),
      },
      {
        page: 'index.html',
        link: '/policies/a/#art-9',
        problem: stringContaining('#art-9'),
      },
      {
        page: 'index.html',
        link: '/_astro/gone.jpg',
        problem: stringContaining('目标不存在'),
      },
      {
        page: 'policies/rss.xml',
        link: 'https://rc.example.gov.cn/policies/b/',
        problem: stringContaining('目标不存在'),
      },
    ]);
  });

  test('reports root links that miss the sub-path base', () => {
    const d = site({ 'index.html': '<a href="/policies/">x</a><a href="/rencai/">home</a>' });
    expect(checkLinks(d, ORIGIN, '/rencai/')).toEqual([
      { page: 'index.html', link: '/policies/', problem: stringContaining('/rencai/') },
    ]);
  });

  test('reports script URLs', () => {
    const d = site({ 'index.html': '<a href="javascript:alert(1)">x</a>' });
    expect(checkLinks(d, ORIGIN, '/')).toMatchObject([{ problem: '不安全的脚本链接' }]);
  });
});

describe('checkLinksCached', () => {
  test('skips the walk when the site is the same bytes as the last one that passed, never caching a failure', () => {
    const d = site({ 'index.html': '<a href="/a/">a</a>', 'a/index.html': '<p>a</p>' });
    const cacheFile = join(d, '..', `${d.split('/').pop()}.digest`);
    try {
      expect(checkLinksCached(d, ORIGIN, '/', cacheFile)).toEqual({ broken: [], fromCache: false });
      expect(checkLinksCached(d, ORIGIN, '/', cacheFile)).toEqual({ broken: [], fromCache: true });
      writeFileSync(join(d, 'index.html'), '<a href="/b/">b</a>');
      expect(checkLinksCached(d, ORIGIN, '/', cacheFile)).toMatchObject({
        broken: [{ link: '/b/' }],
        fromCache: false,
      });
      expect(checkLinksCached(d, ORIGIN, '/', cacheFile).fromCache).toBe(false);
    } finally {
      rmSync(cacheFile, { force: true });
    }
  });

  test('remembers several passing sites, so building another one in between costs no new walk', () => {
    const d = site({ 'index.html': '<a href="/a/">a</a>', 'a/index.html': '<p>a</p>' });
    const cacheFile = join(d, '..', `${d.split('/').pop()}.digest`);
    try {
      expect(checkLinksCached(d, ORIGIN, '/', cacheFile).fromCache).toBe(false);
      // Other sites pass in between: the same pages under other origins.
      for (let i = 1; i < REMEMBERED_SITES; i++)
        expect(
          checkLinksCached(d, `https://other-${i}.example.gov.cn`, '/', cacheFile).fromCache,
        ).toBe(false);
      expect(checkLinksCached(d, ORIGIN, '/', cacheFile).fromCache).toBe(true);
      // One more new site pushes out the least recently used one, not the one just reused.
      expect(
        checkLinksCached(d, 'https://other-new.example.gov.cn', '/', cacheFile).fromCache,
      ).toBe(false);
      expect(checkLinksCached(d, ORIGIN, '/', cacheFile).fromCache).toBe(true);
      expect(checkLinksCached(d, 'https://other-1.example.gov.cn', '/', cacheFile).fromCache).toBe(
        false,
      );
    } finally {
      rmSync(cacheFile, { force: true });
    }
  });
});
