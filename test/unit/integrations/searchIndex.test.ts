import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  indexGlob,
  pagesMarkedForIndex,
  writeSearchIndex,
} from '../../../src/integrations/searchIndex.ts';

// Runs the real Pagefind binary on tiny sites: a second or so per test.

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'rencai-search-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

const page = (path: string, body: string, { lang = 'zh-CN', indexed = true } = {}) => {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(
    join(site, path, 'index.html'),
    `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>导航</nav><main${indexed ? ' data-pagefind-body' : ''}><h1>${body}</h1><p>${body}的正文。</p></main></body></html>`,
  );
};

describe('pagesMarkedForIndex', () => {
  test('lists the pages whose content is marked for the index, sorted', () => {
    page('b', '乙');
    page('a', '甲');
    page('list', '列表', { indexed: false });
    expect(pagesMarkedForIndex(site)).toEqual(['a/index.html', 'b/index.html']);
  });
});

describe('writeSearchIndex', () => {
  test('indexes the marked pages into /pagefind/ without Pagefind’s own UIs', async () => {
    page('policies/a', '人才公寓管理办法');
    page('talents/b', '陶景川');
    page('policies', '政策列表', { indexed: false });
    const report = await writeSearchIndex(site);
    expect(report).toMatchObject({ pageCount: 2, expectedPages: 2, languages: ['zh-cn'] });
    const bundle = readdirSync(join(site, 'pagefind'));
    expect(bundle).toEqual(
      expect.arrayContaining([
        'pagefind.js',
        'pagefind-worker.js',
        'pagefind-entry.json',
        'fragment',
        'index',
      ]),
    );
    expect(bundle.filter((f) => /ui|highlight/.test(f))).toEqual([]);
    expect(readdirSync(join(site, 'pagefind', 'fragment'))).toHaveLength(2);
  });

  test('replaces an index left from an earlier run', async () => {
    page('a', '甲');
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'stale.txt'), 'old');
    await writeSearchIndex(site);
    expect(existsSync(join(site, 'pagefind', 'stale.txt'))).toBe(false);
  });

  test('fails when a page is not in Chinese, naming the lang attribute', async () => {
    page('a', '甲');
    page('en', 'English page', { lang: 'en' });
    await expect(writeSearchIndex(site)).rejects.toThrow(/lang/);
  });

  test('fails when no page is marked, instead of indexing whole pages with their navigation', async () => {
    page('a', '甲', { indexed: false });
    await expect(writeSearchIndex(site)).rejects.toThrow(/data-pagefind-body/);
  });
});

describe('writeSearchIndex with a cache', () => {
  test('reuses the cached bundle when the indexed pages are the same bytes, and rebuilds it when one changes', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'rencai-search-cache-'));
    try {
      page('a', '人才公寓管理办法');
      page('b', '陶景川');
      const first = await writeSearchIndex(site, cache);
      const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
      const bundle = files(join(site, 'pagefind'));
      expect(first.fromCache).toBe(false);

      const second = await writeSearchIndex(site, cache);
      expect(second.fromCache).toBe(true);
      expect(files(join(site, 'pagefind'))).toEqual(bundle);

      page('b', '陶景川和他的玉雕');
      const third = await writeSearchIndex(site, cache);
      expect(third.fromCache).toBe(false);
      expect(readdirSync(cache).filter((d) => d.startsWith('pagefind-'))).toHaveLength(1);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('indexGlob', () => {
  test('reaches every section that holds marked pages, one folder deep', () => {
    expect(
      indexGlob(['talents/b/index.html', 'policies/a/index.html', 'policies/c/index.html']),
    ).toBe('{policies,talents}/*/index.html');
  });

  test('indexes everything when a marked page sits elsewhere', () => {
    expect(indexGlob(['policies/a/index.html', 'policies/a/diff/index.html'])).toBeUndefined();
    expect(indexGlob(['index.html'])).toBeUndefined();
    expect(indexGlob([])).toBeUndefined();
  });
});
