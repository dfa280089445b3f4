import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { openDataJson } from '../../../src/lib/shared/openData.ts';
import { buildContentModel } from '../../../src/lib/content/contentModel.ts';
import { computeStats, type SiteStats } from '../../../src/lib/stats/stats.ts';
import { STATS_SECTIONS } from '../../../src/lib/stats/statsTables.ts';
import { formatStatsReport } from '../../../src/lib/stats/statsReport.ts';
import { validateTree } from '../../../scripts/lib/validateTree.ts';
import { TEST_AS_OF } from '../../support/testSites.ts';

const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['scripts/stats.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe('npm run stats', () => {
  test.each(['test/fixtures/valid', 'content'])(
    'prints the figures of the page for %s',
    (contentDir) => {
      const result = run([], { CONTENT_DIR: contentDir, SITE_AS_OF: TEST_AS_OF });
      const stats = computeStats(
        buildContentModel(validateTree(contentDir, TEST_AS_OF).input, TEST_AS_OF),
      );
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(
        formatStatsReport(stats, { contentDir, sections: STATS_SECTIONS }),
      );
    },
  );

  test('prints what stats.json holds with --json', () => {
    const result = run(['--json'], { CONTENT_DIR: 'test/fixtures/valid', SITE_AS_OF: TEST_AS_OF });
    const stats = computeStats(
      buildContentModel(validateTree('test/fixtures/valid', TEST_AS_OF).input, TEST_AS_OF),
    );
    expect(result.status).toBe(0);
    // The same serialisation as /data/stats.json: decimals to 4 places.
    expect(result.stdout).toBe(openDataJson(stats));
  });

  test('counts at SITE_AS_OF', () => {
    const before = JSON.parse(
      run(['--json'], { CONTENT_DIR: 'test/fixtures/valid', SITE_AS_OF: '2026-10-31' }).stdout,
    ) as SiteStats;
    // jiuye-xize is published on 2026-11-01.
    expect(before.policies.total).toBe(5);
    expect(before.asOf).toBe('2026-10-31');
  });

  test('refuses an unknown argument and a malformed date', () => {
    expect(
      run(['--csv'], { CONTENT_DIR: 'test/fixtures/valid', SITE_AS_OF: TEST_AS_OF }).status,
    ).toBe(2);
    const bad = run([], { CONTENT_DIR: 'test/fixtures/valid', SITE_AS_OF: '2026-02-30' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('SITE_AS_OF');
  });

  test('fails on a tree with errors', () => {
    const result = run([], { CONTENT_DIR: 'test/fixtures/does-not-exist', SITE_AS_OF: TEST_AS_OF });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run validate');
  });
});
