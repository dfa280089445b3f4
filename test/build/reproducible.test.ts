import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyTree } from '../support/contentTrees.ts';
import { hashTree } from '../support/hashTree.ts';
import { TEST_AS_OF, TEST_SITES, testSiteDir } from '../support/testSites.ts';

const second = join(mkdtempSync(join(tmpdir(), 'rencai-repro-')), 'dist');
// A copy of the tree in another folder has its own (empty) Astro cache, so this build renders
// every page and image afresh instead of reusing the first build's (incremental build).
const tree = copyTree(TEST_SITES.sample.contentDir);
afterAll(() => {
  rmSync(join(second, '..'), { recursive: true, force: true });
  tree.cleanup();
});

describe('reproducible builds', () => {
  test('two builds of the same content at the same SITE_AS_OF are byte-identical, each from an empty cache', () => {
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: tree.dir,
        SITE_AS_OF: TEST_AS_OF,
        BASE_PATH: TEST_SITES.sample.base,
        OUT_DIR: second,
      },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('(restored)');
    const first = hashTree(testSiteDir('sample'));
    const again = hashTree(second);
    expect(Object.keys(again)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((file) => first[file] !== again[file]);
    expect(differing).toEqual([]);
  });
});
