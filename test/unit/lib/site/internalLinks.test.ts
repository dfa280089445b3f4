import { describe, expect, test } from 'vitest';
import { resolveLink, srcsetUrls } from '../../../../src/lib/site/internalLinks.ts';

const ORIGIN = 'https://rc.example.gov.cn';

describe('resolveLink', () => {
  test.each([
    ['/policies/', '/', 'policies/index.html', null],
    ['/policies/a/#art-5', '/', 'policies/a/index.html', 'art-5'],
    ['../a/', '/', 'policies/a/index.html', null],
    ['#ch-1', '/', 'policies/b/index.html', 'ch-1'],
    ['/data/policies.json', '/', 'data/policies.json', null],
    ['/search/?q=安家', '/', 'search/index.html', null],
    ['https://rc.example.gov.cn/policies/a/', '/', 'policies/a/index.html', null],
    ['/rencai/policies/a/', '/rencai/', 'policies/a/index.html', null],
    ['/rencai/', '/rencai/', 'index.html', null],
  ])('resolves %s (base %s) to %s', (link, base, file, fragment) => {
    const page = `${ORIGIN}${base}policies/b/`;
    expect(resolveLink(link, page, ORIGIN, base)).toEqual({ kind: 'internal', file, fragment });
  });

  test('flags a root link that misses the base', () => {
    expect(resolveLink('/policies/', `${ORIGIN}/rencai/`, ORIGIN, '/rencai/')).toEqual({
      kind: 'outside-base',
      path: '/policies/',
    });
  });

  test.each(['https://www.gov.cn/', 'mailto:a@b.cn', 'tel:08386201234'])(
    'leaves %s to the outside world',
    (link) => {
      expect(resolveLink(link, `${ORIGIN}/`, ORIGIN, '/').kind).toBe('external');
    },
  );

  test.each(['javascript:alert(1)', ' java\nscript:x', 'data:text/html,x'])(
    'flags %j as unsafe',
    (link) => {
      expect(resolveLink(link, `${ORIGIN}/`, ORIGIN, '/').kind).toBe('unsafe');
    },
  );
});

describe('srcsetUrls', () => {
  test('reads each candidate URL', () => {
    expect(srcsetUrls('/a.webp 360w, /b.webp 720w,/c.webp 2x')).toEqual([
      '/a.webp',
      '/b.webp',
      '/c.webp',
    ]);
  });
});
