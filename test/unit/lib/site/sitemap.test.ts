import { describe, expect, test } from 'vitest';
import { isSitemapPage, renderSitemap } from '../../../../src/lib/site/sitemap.ts';

describe('renderSitemap', () => {
  test('lists each URL once, sorted, in the sitemaps.org namespace', () => {
    expect(renderSitemap(['https://x/b/', 'https://x/a/', 'https://x/b/'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>https://x/a/</loc></url>\n<url><loc>https://x/b/</loc></url>\n</urlset>\n',
    );
  });

  test('escapes XML special characters', () => {
    expect(renderSitemap(['https://x/?a=1&b=2'])).toContain('<loc>https://x/?a=1&amp;b=2</loc>');
  });

  test('refuses more URLs than one sitemap may hold', () => {
    expect(() =>
      renderSitemap(Array.from({ length: 50_001 }, (_, i) => `https://x/${i}/`)),
    ).toThrow(/50000/);
  });
});

describe('isSitemapPage', () => {
  test.each([
    ['', true],
    ['/', true],
    ['policies/', true],
    ['/policies/a/diff/', true],
    ['404', false],
    ['404.html', false],
    ['policies/rss.xml', false],
    ['data/policies.csv', false],
    ['policies/a/files/biaozhun.pdf', false],
  ])('%s → %s', (path, expected) => {
    expect(isSitemapPage(path)).toBe(expected);
  });
});
