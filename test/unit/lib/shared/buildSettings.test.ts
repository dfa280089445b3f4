import { describe, expect, test } from 'vitest';
import {
  resolveBasePath,
  resolveContentDir,
  resolveSiteAsOf,
} from '../../../../src/lib/shared/buildSettings.ts';

describe('resolveSiteAsOf', () => {
  test('uses SITE_AS_OF when set', () => {
    expect(resolveSiteAsOf('2026-11-21')).toBe('2026-11-21');
  });

  test('defaults to today in Asia/Shanghai', () => {
    expect(resolveSiteAsOf(undefined, new Date('2026-11-20T17:00:00Z'))).toBe('2026-11-21');
    expect(resolveSiteAsOf('  ', new Date('2026-11-20T10:00:00Z'))).toBe('2026-11-20');
  });

  test('rejects a date that does not exist, naming the variable', () => {
    expect(() => resolveSiteAsOf('2026-02-30')).toThrow(/SITE_AS_OF.*2026-02-30/);
  });
});

describe('resolveContentDir', () => {
  test('defaults to content and drops a trailing slash', () => {
    expect(resolveContentDir(undefined)).toBe('content');
    expect(resolveContentDir('test/fixtures/valid/')).toBe('test/fixtures/valid');
  });
});

describe('resolveBasePath', () => {
  test('defaults to / and keeps a sub-path as given', () => {
    expect(resolveBasePath(undefined)).toBe('/');
    expect(resolveBasePath('  ')).toBe('/');
    expect(resolveBasePath(' /rencai/ ')).toBe('/rencai/');
  });
});
