import { describe, expect, test } from 'vitest';
import { absoluteUrl, routes, withBase } from '../../../src/lib/routes.ts';

describe('routes', () => {
  test('withBase adds a sub-path base exactly once', () => {
    expect(withBase('/policies/', '/')).toBe('/policies/');
    expect(withBase('/policies/', '/rencai/')).toBe('/rencai/policies/');
    expect(withBase('/policies/', '/rencai')).toBe('/rencai/policies/');
    expect(withBase('data/x.json', '/rencai/')).toBe('/rencai/data/x.json');
  });

  test('absoluteUrl joins origin, base and path', () => {
    expect(absoluteUrl(routes.policy('a'), 'https://rc.example.gov.cn', '/rencai/')).toBe('https://rc.example.gov.cn/rencai/policies/a/');
  });
});
