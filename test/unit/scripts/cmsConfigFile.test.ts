import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  backendFor,
  backendOfConfigFile,
  cmsConfigFileText,
  parseCmsConfigArgs,
} from '../../../scripts/lib/cmsConfigFile.ts';

const GITEA = [
  '--backend',
  'gitea',
  '--repo',
  'rencaiban/rencai',
  '--base-url',
  'https://git.example.gov.cn',
  '--app-id',
  'client-123',
];

describe('parseCmsConfigArgs', () => {
  test('reads --check and a Gitea server’s settings', () => {
    expect(parseCmsConfigArgs(['--check', ...GITEA])).toEqual({
      check: true,
      backend: {
        kind: 'gitea',
        repo: 'rencaiban/rencai',
        baseUrl: 'https://git.example.gov.cn',
        appId: 'client-123',
        branch: 'main',
      },
    });
  });

  test('keeps the existing backend when none is named', () => {
    expect(parseCmsConfigArgs([])).toEqual({ check: false });
  });

  test.each([
    [['--bogus'], '不认识的参数'],
    [['--backend', 'github'], '只能是 local、gitea 或 forgejo'],
    [['--repo', 'a/b'], '要和 --backend gitea 或 --backend forgejo 一起用'],
    [['--backend', 'local', '--repo', 'a/b'], '不需要'],
    [['--backend', 'forgejo', '--repo', 'a/b'], '--app-id'],
  ])('refuses %j with a Chinese message and the usage', (args, message) => {
    expect(() => parseCmsConfigArgs(args)).toThrow(message);
    expect(() => parseCmsConfigArgs(args)).toThrow('用法：');
  });
});

describe('cmsConfigFileText', () => {
  test('says in its header where the editor saves, and how to point it at the office’s server', () => {
    const text = cmsConfigFileText(backendFor(parseCmsConfigArgs(GITEA), undefined));
    expect(text).toContain(
      '# 编辑器保存到：单位的 Gitea 服务器 https://git.example.gov.cn 上的仓库 rencaiban/rencai（main 分支）。',
    );
    expect(parse(text)).toMatchObject({
      backend: {
        name: 'gitea',
        api_root: 'https://git.example.gov.cn/api/v1',
        app_id: 'client-123',
      },
      locale: 'zh_Hans',
    });
    expect(text).not.toMatch(/REPLACE|example\.gov\.cn\/api\/v1\/api/);
  });

  test('regenerating keeps the backend of the existing file; without a file the editor saves through npm run cms', () => {
    const gitea = cmsConfigFileText(backendFor(parseCmsConfigArgs(GITEA), undefined));
    expect(backendFor({ check: false }, gitea)).toEqual(backendOfConfigFile(gitea));
    expect(backendFor({ check: false }, undefined)).toEqual({
      name: 'proxy',
      proxy_url: 'http://localhost:4330/api/v1',
      branch: 'main',
    });
  });
});

describe('npm run cms:config', { timeout: 60_000 }, () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  /** Runs the command in a scratch copy of the repository's admin/ folder. */
  function run(args: string[], cwd: string) {
    return spawnSync(process.execPath, [resolve('scripts/cmsConfig.ts'), ...args], {
      cwd,
      encoding: 'utf8',
    });
  }

  test('points the editor at a Gitea server, keeps it on regeneration, and --check accepts the result', () => {
    dir = mkdtempSync(join(tmpdir(), 'rencai-cmsconfig-'));
    mkdirSync(join(dir, 'admin'));
    copyFileSync('admin/config.yml', join(dir, 'admin', 'config.yml'));
    expect(run(GITEA, dir).status).toBe(0);
    const written = readFileSync(join(dir, 'admin', 'config.yml'), 'utf8');
    expect(parse(written)).toMatchObject({ backend: { name: 'gitea', repo: 'rencaiban/rencai' } });
    expect(run([], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'admin', 'config.yml'), 'utf8')).toBe(written);
    const check = run(['--check'], dir);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('rencaiban/rencai');
    expect(run(['--backend', 'forgejo', '--repo', 'x'], dir).status).toBe(2);
  });

  test('--check fails, naming the fix, when the file was edited by hand', () => {
    dir = mkdtempSync(join(tmpdir(), 'rencai-cmsconfig-'));
    mkdirSync(join(dir, 'admin'));
    copyFileSync('admin/config.yml', join(dir, 'admin', 'config.yml'));
    spawnSync('sed', ['-i', 's/label: 标题/label: 題目/', join(dir, 'admin', 'config.yml')]);
    const check = run(['--check'], dir);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('请运行 npm run cms:config 重新生成');
  });
});
