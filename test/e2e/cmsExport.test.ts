import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startStaticServer } from '../support/staticServer.ts';
import { exportEditor } from '../../scripts/lib/cmsExport.ts';
import {
  backendFor,
  cmsConfigFileText,
  parseCmsConfigArgs,
} from '../../scripts/lib/cmsConfigFile.ts';

/**
 * The editor exported for the office's web server (npm run cms:config -- --backend gitea …,
 * then npm run cms:export), served under a sub-path with the header cms:export prints: it
 * starts in Chinese and sends the clerk to the office's Gitea or Forgejo to log in (OAuth2 with
 * PKCE, the application's client ID, and this page as the return address). A stand-in server
 * on this machine plays the git server; no request leaves the machine.
 */

let browser: Browser;
let gitServer: Server;
let gitOrigin = '';
const gitRequests: string[] = [];
const folders: string[] = [];
const editors: Server[] = [];

beforeAll(async () => {
  gitServer = createServer((request, response) => {
    gitRequests.push(request.url ?? '');
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<p>stand-in git server</p>');
  });
  await new Promise<void>((done) => gitServer.listen(0, '127.0.0.1', done));
  const address = gitServer.address();
  gitOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  gitServer?.close();
  for (const editor of editors) editor.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Exports the editor for a git server and serves it at /rencai-editor/ with the header cms:export asks for. */
async function serveEditor(kind: 'gitea' | 'forgejo'): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'rencai-editor-'));
  folders.push(folder);
  const args = [
    '--backend',
    kind,
    '--repo',
    'rencaiban/rencai',
    '--base-url',
    gitOrigin,
    '--app-id',
    `client-${kind}`,
  ];
  const { csp } = exportEditor(
    join(folder, 'editor'),
    cmsConfigFileText(backendFor(parseCmsConfigArgs(args), undefined)),
  );
  const { server, url } = await startStaticServer(join(folder, 'editor'), '/rencai-editor/', {
    'content-security-policy': csp,
  });
  editors.push(server);
  return url;
}

describe('the exported editor for the office’s git server', () => {
  test.each([
    ['gitea', '使用 Gitea 登录'],
    ['forgejo', '使用 Forgejo 登录'],
  ] as const)(
    'with %s, offers “%s” and sends the clerk to the server’s OAuth2 login with PKCE',
    async (kind, button) => {
      const url = await serveEditor(kind);
      const page = await browser.newPage({ locale: 'zh-CN' });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused/.test(message.text()))
          errors.push(message.text());
      });
      await page.goto(url);
      await page.getByRole('button', { name: button }).click();
      await page.waitForURL((address) => address.href.startsWith(gitOrigin));
      const login = new URL(page.url());
      expect(login.pathname).toBe('/login/oauth/authorize');
      expect(login.searchParams.get('client_id')).toBe(`client-${kind}`);
      expect(login.searchParams.get('redirect_uri')).toBe(url);
      expect(login.searchParams.get('code_challenge_method')).toBe('S256');
      expect(gitRequests.some((r) => r.startsWith('/login/oauth/authorize'))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
