import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The sites the build and browser tests assert on, built once per test run by
 * test/support/buildTestSites.ts (npm run test:sites).
 */

/** The as-of date every test build uses, so statuses and embargoes are fixed. */
export const TEST_AS_OF = '2026-11-21';

/** Where the test builds are written. */
export const TEST_OUTPUT = resolve('.test-output');

/** Each test site: its content tree and build settings. */
export const TEST_SITES = {
  /** The bundled sample content, as the README's build publishes it. */
  sample: { contentDir: 'content', base: '/' },
  /** The same content under a sub-path, as a site hosted at https://host/rencai/. */
  sampleBase: { contentDir: 'content', base: '/rencai/' },
  /** The small fixture tree, whose expectations are computed by hand. */
  fixture: { contentDir: 'test/fixtures/valid', base: '/' },
  /** Real, public government documents (test/fixtures/real/SOURCES.md gives each source). */
  real: { contentDir: 'test/fixtures/real', base: '/' },
} as const;

/** Name of a test site. */
export type TestSiteName = keyof typeof TEST_SITES;

/** The output folder of a test site; fails with a hint when it has not been built. */
export function testSiteDir(name: TestSiteName): string {
  const dir = join(TEST_OUTPUT, name);
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `测试站点 ${name} 尚未构建：请先运行 npm run test:sites（npm test 会自动运行）`,
    );
  }
  return dir;
}

/** Reads a file of a built test site as text. */
export function readSiteFile(name: TestSiteName, path: string): string {
  return readFileSync(join(testSiteDir(name), path.replace(/^\//, '')), 'utf8');
}
