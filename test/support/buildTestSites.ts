/**
 * npm run test:sites
 * Builds every test site (test/support/testSites.ts) with the real build command,
 * at the fixed test as-of date, so build and browser tests assert on real output.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { TEST_AS_OF, TEST_OUTPUT, TEST_SITES, type TestSiteName } from './testSites.ts';

const only = process.argv.slice(2) as TestSiteName[];
for (const [name, site] of Object.entries(TEST_SITES) as [
  TestSiteName,
  (typeof TEST_SITES)[TestSiteName],
][]) {
  if (only.length && !only.includes(name)) continue;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      CONTENT_DIR: site.contentDir,
      SITE_AS_OF: TEST_AS_OF,
      BASE_PATH: site.base,
      OUT_DIR: join(TEST_OUTPUT, name),
    },
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    console.error(`test:sites: 构建测试站点 ${name} 失败`);
    process.exit(1);
  }
  console.log(
    `test:sites: ${name}（${site.contentDir}，base ${site.base}）${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
