import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { copyTree, type TreeCopy } from '../support/contentTrees.ts';
import { hashTree } from '../support/hashTree.ts';

let tree: TreeCopy | null = null;
let outDir = '';
afterEach(() => {
  tree?.cleanup();
  tree = null;
  if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
});

/** An output folder that already holds a published site. */
function previousSite(): string {
  outDir = join(mkdtempSync(join(tmpdir(), 'rencai-out-')), 'dist');
  mkdirSync(join(outDir, 'policies'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>上一次发布的网站</title>');
  writeFileSync(join(outDir, 'policies', 'index.html'), '旧的政策列表');
  return outDir;
}

const build = (contentDir: string, out: string) =>
  spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: out,
      SITE_AS_OF: '2026-11-21',
      BASE_PATH: '/',
    },
  });

describe('npm run build is atomic', () => {
  test.each([
    [
      'a validation error',
      (t: TreeCopy) => t.edit('incentives/boshi-anjia.md', 'clause: 第二条', 'clause: 第九条'),
      'incentives/boshi-anjia.md:4: clause',
    ],
    [
      'a talent without consent',
      (t: TreeCopy) => t.edit('talents/wang-lan/index.md', 'consent: true', 'consent: false'),
      'talents/wang-lan/index.md:6: consent',
    ],
    [
      'a mobile number in a story',
      (t: TreeCopy) =>
        t.edit('talents/wang-lan/index.md', '王岚博士毕业后', '王岚（手机 13800138000）博士毕业后'),
      'body: 疑似个人手机号码',
    ],
  ])(
    'leaves the previous dist/ byte-identical after %s, naming file and field',
    (_, fault, expected) => {
      tree = copyTree();
      fault(tree);
      const out = previousSite();
      const before = hashTree(out);
      const result = build(tree.dir, out);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(expected);
      expect(result.stderr).toContain('保持不变');
      expect(hashTree(out)).toEqual(before);
      expect(existsSync(join(out, '..', '.dist-staging'))).toBe(false);
    },
  );

  test('leaves the previous dist/ byte-identical when Astro itself fails', () => {
    tree = copyTree();
    // The content is valid (the photo exists), but the file is not an image: only the Astro build finds this.
    tree.write('talents/wang-lan/photo.jpg', '这不是一张图片');
    const out = previousSite();
    const before = hashTree(out);
    const result = build(tree.dir, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Astro 构建失败');
    expect(hashTree(out)).toEqual(before);
  });

  test('replaces the whole previous site when the build succeeds', () => {
    const out = previousSite();
    writeFileSync(join(out, 'stale.html'), '不该留下的旧页面');
    const result = build('test/fixtures/valid', out);
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('测试县人才工作网');
  });
});
