import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyTree } from '../support/contentTrees.ts';
import { hashTree } from '../support/hashTree.ts';

/**
 * Astro's incremental build (experimental.incrementalBuild, keyed by src/queries/renderCacheKey.ts):
 * a rebuild with nothing changed reuses every page, and a rebuild after any content change or at
 * another as-of date never publishes a stale page. "Stale" is judged against a fresh build of the
 * same tree in another folder (its own cache), which must be byte-identical.
 */

const outRoot = mkdtempSync(join(tmpdir(), 'rencai-incremental-'));
const tree = copyTree();
const fresh = copyTree();
afterAll(() => {
  tree.cleanup();
  fresh.cleanup();
  rmSync(outRoot, { recursive: true, force: true });
});

function build(contentDir: string, out: string, asOf = '2026-11-21') {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: join(outRoot, out),
      SITE_AS_OF: asOf,
      BASE_PATH: '/',
    },
  });
  expect(result.status, result.stderr).toBe(0);
  return { dir: join(outRoot, out), restored: (result.stdout.match(/\(restored\)/g) ?? []).length };
}

describe('incremental rebuilds', () => {
  test('reuse every keyed page when nothing changed, byte for byte', () => {
    const first = build(tree.dir, 'first');
    const second = build(tree.dir, 'second');
    expect(first.restored).toBe(0);
    // Every page of the dynamic routes: 6 policies, 5 incentives, the talents, facet pages …
    expect(second.restored).toBeGreaterThan(20);
    expect(hashTree(second.dir)).toEqual(hashTree(first.dir));
  });

  test('after a content change, render again: the changed title appears on the pages of other entries too', () => {
    const edit = (t: typeof tree) =>
      t.edit('policies/gongyu-banfa.md', /^title: .*$/m, 'title: 测试县人才公寓管理办法（修订稿）');
    edit(tree);
    edit(fresh);
    const rebuilt = build(tree.dir, 'edited');
    expect(rebuilt.restored).toBe(0);
    expect(readFileSync(join(rebuilt.dir, 'incentives/gongyu/index.html'), 'utf8')).toContain(
      '测试县人才公寓管理办法（修订稿）',
    );
    expect(hashTree(rebuilt.dir)).toEqual(hashTree(build(fresh.dir, 'fresh').dir));
  });

  test('at another as-of date, render again: statuses move with the date', () => {
    const later = build(tree.dir, 'later', '2031-01-01');
    expect(later.restored).toBe(0);
    expect(hashTree(later.dir)).toEqual(
      hashTree(build(fresh.dir, 'fresh-later', '2031-01-01').dir),
    );
  });
});
