import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  buildProblems,
  previewBasePath,
  previewName,
  publishSite,
  rollbackSite,
} from '../../../scripts/lib/publishSite.ts';

/** A scratch folder with a content tree, a built site and a web server's folder. */
let dir = '';
let content = '';
let dist = '';
let target = '';

/** A complete build output whose home page says `version`, written after the content. */
function build(version: string, at = Date.now() / 1000): void {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(dist, 'policies', 'a'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), `<h1>${version}</h1>`);
  writeFileSync(join(dist, '404.html'), 'not found');
  writeFileSync(join(dist, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
  writeFileSync(join(dist, 'policies', 'a', 'index.html'), `<p>${version}</p>`);
  for (const file of ['index.html', '404.html', '_headers']) utimesSync(join(dist, file), at, at);
}
const live = (path = 'index.html') => readFileSync(join(target, path), 'utf8');
const publish = (previewBranch?: string) =>
  publishSite({ dist, target, contentDir: content, previewBranch });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rencai-publish-'));
  content = join(dir, 'content');
  dist = join(dir, 'dist');
  target = join(dir, 'www', 'site');
  mkdirSync(content);
  writeFileSync(join(content, 'site.yaml'), 'name: 测试\n');
  utimesSync(join(content, 'site.yaml'), Date.now() / 1000 - 60, Date.now() / 1000 - 60);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('publishSite', () => {
  test('publishes dist/ into the web server’s folder, creating it the first time', async () => {
    build('v1');
    const done = await publish();
    expect(done.published).toBe(resolve(target));
    expect(live()).toBe('<h1>v1</h1>');
    expect(live('policies/a/index.html')).toBe('<p>v1</p>');
  });

  test('replaces the live site whole, keeps the replaced version as <target>.previous, and leaves nothing half-done beside it', async () => {
    build('v1');
    await publish();
    writeFileSync(join(target, 'only-in-v1.html'), 'old');
    build('v2');
    const done = await publish();
    expect(live()).toBe('<h1>v2</h1>');
    expect(existsSync(join(target, 'only-in-v1.html'))).toBe(false);
    expect(readFileSync(join(`${target}`, '..', 'site.previous', 'index.html'), 'utf8')).toBe(
      '<h1>v1</h1>',
    );
    expect(done.previous).toBe(`${resolve(target)}.previous`);
    expect(readdirSync(join(dir, 'www')).sort()).toEqual(['site', 'site.previous']);
  });

  test('rolls back to the previous version, keeping the rolled-back one as previous', async () => {
    build('v1');
    await publish();
    build('v2');
    await publish();
    await rollbackSite(target);
    expect(live()).toBe('<h1>v1</h1>');
    expect(readFileSync(`${target}.previous/index.html`, 'utf8')).toBe('<h1>v2</h1>');
  });

  test('refuses a rollback when there is no previous version', async () => {
    build('v1');
    await publish();
    await expect(rollbackSite(target)).rejects.toThrow('没有可以换回的上一版');
  });

  test('publishes a branch under <target>/preview/<branch>/ and keeps previews when the live site is replaced', async () => {
    build('v1');
    await publish();
    build('preview of feature/new');
    const done = await publish('feature/new');
    expect(done.published).toBe(join(resolve(target), 'preview', 'feature-new'));
    expect(live('preview/feature-new/index.html')).toBe('<h1>preview of feature/new</h1>');
    expect(live()).toBe('<h1>v1</h1>');
    build('v2');
    await publish();
    expect(live()).toBe('<h1>v2</h1>');
    expect(live('preview/feature-new/index.html')).toBe('<h1>preview of feature/new</h1>');
    expect(readdirSync(join(target, 'preview'))).toEqual(['feature-new']);
  });

  test('a failed copy leaves the live site exactly as it was and removes the staging folder', async () => {
    build('v1');
    await publish();
    build('v2');
    // A named pipe is no file of a build: the copy stops after some files.
    expect(spawnSync('mkfifo', [join(dist, 'policies', 'pipe')]).status).toBe(0);
    await expect(publish()).rejects.toThrow('不是普通文件或文件夹');
    expect(live()).toBe('<h1>v1</h1>');
    expect(readdirSync(join(dir, 'www'))).toEqual(['site']);
  });

  test.each([
    ['dist/ is missing (the build failed in a fresh checkout)', () => undefined, '找不到构建结果'],
    [
      'dist/ is incomplete',
      () => {
        build('v2');
        rmSync(join(dist, '_headers'));
      },
      '缺少 _headers',
    ],
    [
      'the content changed after the last successful build (the latest build failed)',
      () => {
        build('v2', Date.now() / 1000 - 30);
        writeFileSync(join(content, 'site.yaml'), 'name: 改过\n');
      },
      '比',
    ],
  ])('refuses to publish when %s, leaving the site as it was', async (_case, prepare, message) => {
    build('v1', Date.now() / 1000);
    await publish();
    rmSync(dist, { recursive: true, force: true });
    prepare();
    await expect(publish()).rejects.toThrow(message);
    expect(live()).toBe('<h1>v1</h1>');
  });

  test.each([['/'], ['.'], ['..']])(
    'refuses the target %s (root, the project or above it)',
    async (bad) => {
      build('v1');
      await expect(publishSite({ dist, target: bad, contentDir: content })).rejects.toThrow(
        '不能发布到',
      );
    },
  );

  test('refuses a target inside dist/', async () => {
    build('v1');
    await expect(
      publishSite({ dist, target: join(dist, 'www'), contentDir: content }),
    ).rejects.toThrow('不能发布到');
  });

  test('waits for another publication to the same folder, and says what to do when it never ends', async () => {
    build('v1');
    mkdirSync(join(dir, 'www'), { recursive: true });
    mkdirSync(`${target}.lock`);
    await expect(
      publishSite({ dist, target, contentDir: content, lockWaitMs: 1500 }),
    ).rejects.toThrow('另一次发布正在进行');
    rmSync(`${target}.lock`, { recursive: true });
    await publish();
    expect(existsSync(`${target}.lock`)).toBe(false);
  });
});

describe('buildProblems', () => {
  test('accepts a complete build newer than the content', () => {
    build('v1');
    expect(buildProblems(dist, content)).toEqual([]);
  });
});

describe('previewName and previewBasePath', () => {
  test.each([
    ['editor', 'editor'],
    ['feature/New_Policy', 'feature-new-policy'],
    ['修订/2026-rencai', '2026-rencai'],
  ])('makes %s the folder %s', (branch, name) => {
    expect(previewName(branch)).toBe(name);
    expect(previewBasePath(branch)).toBe(`/preview/${name}/`);
  });

  test('refuses a branch name without letters or digits', () => {
    expect(() => previewName('新政策')).toThrow('分支名「新政策」');
  });
});

describe('npm run publish', { timeout: 60_000 }, () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [resolve('scripts/publish.ts'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, ...env },
    });

  test('publishes, prints where the previous version is kept, and rolls back', () => {
    build('v1');
    expect(run([target]).status).toBe(0);
    build('v2');
    const second = run([target]);
    expect(second.stdout).toContain('上一版保存在');
    expect(run([target, '--rollback']).status).toBe(0);
    expect(live()).toBe('<h1>v1</h1>');
  });

  test('prints the BASE_PATH of a branch preview and nothing else', () => {
    const result = run(['--preview-base', 'feature/xin']);
    expect(result.stdout).toBe('/preview/feature-xin/\n');
    expect(result.status).toBe(0);
  });

  test.each([[[]], [['a', 'b']], [['--bogus']], [['site', '--rollback', '--preview', 'x']]])(
    'refuses %j with the usage and exit code 2',
    (args) => {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('用法：');
    },
  );

  test('exits 1 with the reason when dist/ is missing', () => {
    const result = run([target]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('找不到构建结果');
  });
});
