import { describe, expect, test } from 'vitest';
import { decapBackend, describeBackend, gitServerBackend } from '../../../src/cms/editorBackend.ts';
import { stringContaining } from '../../support/matchers.ts';

const settings = {
  repo: 'rencaiban/rencai',
  baseUrl: 'https://git.example.gov.cn/',
  appId: 'b6f1c2d3-client',
};

describe('gitServerBackend', () => {
  test('accepts the office server’s settings, with main as the default branch', () => {
    expect(gitServerBackend('gitea', settings)).toEqual({
      backend: {
        kind: 'gitea',
        repo: 'rencaiban/rencai',
        baseUrl: 'https://git.example.gov.cn',
        appId: 'b6f1c2d3-client',
        branch: 'main',
      },
      problems: [],
    });
  });

  test('lists every problem at once, in Chinese', () => {
    const { backend, problems } = gitServerBackend('forgejo', {
      repo: 'rencai',
      baseUrl: 'git.example.gov.cn',
      branch: 'bad branch',
    });
    expect(backend).toBeUndefined();
    expect(problems).toEqual([
      stringContaining('--repo 应为“所有者/仓库名”'),
      stringContaining('--base-url 应为服务器地址'),
      stringContaining('--app-id'),
      stringContaining('--branch「bad branch」'),
    ]);
  });
});

describe('decapBackend', () => {
  test('points the editor at npm run cms by default', () => {
    expect(decapBackend({ kind: 'local' })).toEqual({
      name: 'proxy',
      proxy_url: 'http://localhost:4330/api/v1',
      branch: 'main',
    });
  });

  test('gives Decap’s Gitea backend its API root, address and OAuth application', () => {
    const { backend } = gitServerBackend('gitea', { ...settings, branch: 'editor' });
    expect(decapBackend(backend!)).toEqual({
      name: 'gitea',
      repo: 'rencaiban/rencai',
      branch: 'editor',
      api_root: 'https://git.example.gov.cn/api/v1',
      app_id: 'b6f1c2d3-client',
      base_url: 'https://git.example.gov.cn',
    });
  });

  test('gives Decap’s Forgejo backend its API root (from which it finds the server)', () => {
    const { backend } = gitServerBackend('forgejo', settings);
    expect(decapBackend(backend!)).toEqual({
      name: 'forgejo',
      repo: 'rencaiban/rencai',
      branch: 'main',
      api_root: 'https://git.example.gov.cn/api/v1',
      app_id: 'b6f1c2d3-client',
    });
  });
});

describe('describeBackend', () => {
  test.each([
    [{ name: 'proxy' }, '本机的 npm run cms（内容目录 content/）'],
    [
      { name: 'gitea', repo: 'a/b', branch: 'main', base_url: 'https://g.example' },
      '单位的 Gitea 服务器 https://g.example 上的仓库 a/b（main 分支）',
    ],
    [
      { name: 'forgejo', repo: 'a/b', api_root: 'https://f.example/api/v1' },
      '单位的 Forgejo 服务器 https://f.example 上的仓库 a/b（main 分支）',
    ],
  ])('says where %o saves', (block, text) => {
    expect(describeBackend(block)).toBe(text);
  });
});
