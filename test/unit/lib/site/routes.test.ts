import { describe, expect, test } from 'vitest';
import { absoluteUrl, routes, withBase } from '../../../../src/lib/site/routes.ts';

describe('routes', () => {
  test('withBase adds a sub-path base exactly once', () => {
    expect(withBase('/policies/', '/')).toBe('/policies/');
    expect(withBase('/policies/', '/rencai/')).toBe('/rencai/policies/');
    expect(withBase('/policies/', '/rencai')).toBe('/rencai/policies/');
    expect(withBase('data/x.json', '/rencai/')).toBe('/rencai/data/x.json');
  });

  test('absoluteUrl joins origin, base and path', () => {
    expect(absoluteUrl(routes.policy('a'), 'https://rc.example.gov.cn', '/rencai/')).toBe(
      'https://rc.example.gov.cn/rencai/policies/a/',
    );
  });
});

describe('policy list routes', () => {
  test('page 1 of a list is the list itself', () => {
    expect(routes.policiesPage(1)).toBe('/policies/');
    expect(routes.policiesPage(2)).toBe('/policies/page/2/');
    expect(routes.policyFacet('topic', 'yinjin')).toBe('/policies/topic/yinjin/');
    expect(routes.policyFacet('topic', 'yinjin', 3)).toBe('/policies/topic/yinjin/page/3/');
  });

  test('attachments live under the policy', () => {
    expect(routes.policyFile('a', 'b.pdf')).toBe('/policies/a/files/b.pdf');
  });
});
