import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { exportEditor, gitServerOrigin } from '../../../scripts/lib/cmsExport.ts';
import { ADMIN_CSP, adminCsp } from '../../../scripts/lib/cmsServer.ts';
import {
  backendFor,
  cmsConfigFileText,
  parseCmsConfigArgs,
} from '../../../scripts/lib/cmsConfigFile.ts';

const parent = mkdtempSync(join(tmpdir(), 'rencai-export-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const giteaConfig = cmsConfigFileText(
  backendFor(
    parseCmsConfigArgs([
      '--backend',
      'gitea',
      '--repo',
      'rencaiban/rencai',
      '--base-url',
      'https://git.example.gov.cn',
      '--app-id',
      'client-123',
    ]),
    undefined,
  ),
);

describe('exportEditor', () => {
  test('writes the editor’s page, scripts, configuration and the files it loads from node_modules', () => {
    const out = join(parent, 'editor');
    const result = exportEditor(out, giteaConfig);
    expect(readFileSync(join(out, 'config.yml'), 'utf8')).toBe(giteaConfig);
    for (const file of [
      'index.html',
      'rencai-cms.js',
      'entryFormat.js',
      'manual-init.js',
      'rencai-cms.css',
      'preview.css',
      'vendor/pinyin-pro.js',
      'vendor/yaml/index.js',
      'vendor/decap/decap-cms.js',
    ]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    // Every file the page names is there, by a relative address (the editor may live under any path).
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    for (const [, address] of page.matchAll(/(?:src|href)="([^"]+)"/g)) {
      expect(address, 'relative address').not.toMatch(/^\/|^https?:/);
      expect(existsSync(join(out, address!)), address).toBe(true);
    }
    expect(readdirSync(join(out, 'vendor', 'decap')).some((f) => f.endsWith('.map'))).toBe(false);
    expect(result.gitOrigin).toBe('https://git.example.gov.cn');
    expect(result.csp).toContain("connect-src 'self' blob: https://git.example.gov.cn;");
  });

  test('replaces an earlier export whole, leaving no staging folder', () => {
    const out = join(parent, 'again');
    exportEditor(out, giteaConfig);
    writeFileSync(join(out, 'stale.txt'), 'from an earlier version');
    exportEditor(out, giteaConfig);
    expect(existsSync(join(out, 'stale.txt'))).toBe(false);
    expect(readdirSync(parent).filter((name) => name.includes('staging'))).toEqual([]);
  });

  test('with the local configuration, needs no other origin than its own', () => {
    const result = exportEditor(
      join(parent, 'local'),
      cmsConfigFileText(backendFor({ check: false }, undefined)),
    );
    expect(result.gitOrigin).toBeUndefined();
    expect(result.csp).toBe(ADMIN_CSP);
  });
});

describe('DEPLOY.md', () => {
  test('quotes exactly the header cms:export prints for an editor of https://git.example.gov.cn', () => {
    const csp = exportEditor(join(parent, 'deploy'), giteaConfig).csp;
    expect(csp).toBe(adminCsp(['https://git.example.gov.cn']));
    expect(readFileSync('DEPLOY.md', 'utf8')).toContain(
      `add_header Content-Security-Policy "${csp}" always;`,
    );
  });

  test('registers the runner with the label the workflow runs on, and names its PUBLISH_TARGET variable', () => {
    const deploy = readFileSync('DEPLOY.md', 'utf8');
    const workflow = readFileSync('.forgejo/workflows/publish.yml', 'utf8');
    expect(workflow).toContain('runs-on: rencai-publish');
    expect(deploy).toContain('--labels rencai-publish:host');
    expect(workflow).toContain('PUBLISH_TARGET: ${{ vars.PUBLISH_TARGET }}');
    expect(deploy).toContain('新建变量 `PUBLISH_TARGET`');
  });
});

describe('gitServerOrigin', () => {
  test.each([
    [
      { name: 'gitea', api_root: 'https://git.example.gov.cn/api/v1' },
      'https://git.example.gov.cn',
    ],
    [{ name: 'forgejo', api_root: 'http://10.0.0.5:3000/api/v1' }, 'http://10.0.0.5:3000'],
    [{ name: 'proxy', proxy_url: 'http://localhost:4330/api/v1' }, undefined],
    [undefined, undefined],
  ])('of %o is %s', (backend, origin) => {
    expect(gitServerOrigin(backend)).toBe(origin);
  });
});
