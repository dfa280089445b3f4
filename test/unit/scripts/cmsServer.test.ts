import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ADMIN_CSP,
  startCmsServer,
  type CmsServer,
  type ValidateResponse,
} from '../../../scripts/lib/cmsServer.ts';
import { copyTree, type TreeCopy } from '../../support/contentTrees.ts';
import { TEST_AS_OF } from '../../support/testSites.ts';
import { arrayContaining, objectContaining, stringContaining } from '../../support/matchers.ts';

/**
 * The server of `npm run cms` over HTTP, without a browser: the validator endpoint, the file
 * proxy's confinement to the content tree, localhost only, and the editor's own CSP.
 */

let tree: TreeCopy;
let cms: CmsServer;
/** A file beside the content tree that no request may read or overwrite. */
let secretFile: string;
const SECRET = 'outside-the-content-tree-7f3a';

beforeAll(async () => {
  tree = copyTree();
  secretFile = join(dirname(tree.dir), 'secret.md');
  writeFileSync(secretFile, `---\ntitle: ${SECRET}\n---\n`);
  cms = await startCmsServer({ contentDir: tree.dir, asOf: TEST_AS_OF, port: 0 });
});
afterAll(async () => {
  await cms?.close();
  tree?.cleanup();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One HTTP request to the editor's server, with the headers a browser or another program would send. */
function send(
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: cms.port,
        method,
        path,
        headers: {
          host: `localhost:${cms.port}`,
          ...(body
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
            : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

/** A request to decap-server's file proxy, as the editor makes it. */
const proxy = (
  action: string,
  params: Record<string, unknown>,
  headers: Record<string, string> = {},
) => send('POST', '/api/v1', { body: { action, params: { branch: 'main', ...params } }, headers });

describe('POST /api/validate', () => {
  test('answers with the project validator’s Chinese problems of the saved file, with field labels and lines', async () => {
    tree.write(
      'policies/2026/cuowu/cuowu.md',
      [
        '---',
        'title: 测试县错误文号的通知',
        'kind: 通知',
        'issuer: [测试县人力资源和社会保障局]',
        'docNumber: 测人社发【2026】3号',
        'topic: 综合',
        'publishedOn: 2026-03-01',
        'summary: 用于检查错误的发文字号。',
        '---',
        '',
        '第一条　本通知自发布之日起施行。',
        '',
      ].join('\n'),
    );
    const answer = await send('POST', '/api/validate', {
      body: { path: 'policies/2026/cuowu/cuowu.md' },
    });
    expect(answer.status).toBe(200);
    const result = JSON.parse(answer.text) as ValidateResponse;
    expect(result.file).toBe('policies/2026/cuowu/cuowu.md');
    expect(result.problems).toEqual([
      objectContaining({
        field: 'docNumber',
        label: '发文字号',
        line: 5,
        severity: 'error',
        message: stringContaining('年份括号是方头括号“【】”，应为六角括号“〔〕”'),
      }),
    ]);
    expect(result.problems[0]!.message).toContain('【');
    expect(result.otherErrors).toBe(0);
  });

  test('answers with no problems for a valid file', async () => {
    const answer = await send('POST', '/api/validate', {
      body: { path: 'policies/gongyu-banfa.md' },
    });
    expect(JSON.parse(answer.text)).toMatchObject({
      file: 'policies/gongyu-banfa.md',
      problems: [],
    });
  });

  test.each([
    ['../secret.md'],
    ['/etc/passwd'],
    ['C:/Windows/win.ini'],
    ['policies/../../secret.md'],
  ])('refuses the path %s', async (path) => {
    const answer = await send('POST', '/api/validate', { body: { path } });
    expect(answer.status).toBe(400);
    expect(answer.text).not.toContain(SECRET);
  });

  test('says so when the file is not in the content tree', async () => {
    const answer = await send('POST', '/api/validate', { body: { path: 'policies/meiyou.md' } });
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.text)).toEqual({ error: '内容目录中没有 policies/meiyou.md' });
  });
});

describe('the file proxy (POST /api/v1)', () => {
  test('reads entries of the content tree', async () => {
    const answer = await proxy('getEntry', { path: 'policies/gongyu-banfa.md' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({
      file: { path: 'policies/gongyu-banfa.md' },
      data: stringContaining('人才公寓'),
    });
  });

  test('lists the entries of a collection at any depth, .md and .mdx alike, and reads an .mdx entry by the path Decap asks for', async () => {
    tree.write('policies/2024/a/b/c/shen-ceng.md', tree.read('policies/gongyu-banfa.md'));
    tree.write(
      'policies/2024/jiedu.mdx',
      tree.read('policies/gongyu-banfa.md').replace('人才公寓管理暂行办法', 'MDX 解读'),
    );
    const listed = JSON.parse(
      (await proxy('entriesByFolder', { folder: 'policies', extension: 'md', depth: 3 })).text,
    ) as { file: { path: string } }[];
    expect(listed.map((e) => e.file.path)).toEqual(
      arrayContaining([
        'policies/2024/a/b/c/shen-ceng.md',
        'policies/2024/jiedu.mdx',
        'policies/sub/yinjin-banfa.md',
      ]),
    );
    const mdx = JSON.parse(
      (await proxy('getEntry', { path: 'policies/2024/jiedu.mdx.md' })).text,
    ) as { data: string; file: { path: string } };
    expect(mdx.file.path).toBe('policies/2024/jiedu.mdx');
    expect(mdx.data).toContain('MDX 解读');
  });

  test.each([
    ['a parent folder', '../secret.md'],
    ['a parent folder inside a path', 'policies/../../secret.md'],
    ['an absolute path', '/etc/passwd'],
    ['an absolute path to the secret', '/SECRET'],
  ])('refuses to read %s', async (_case, path) => {
    const answer = await proxy('getEntry', { path: path === '/SECRET' ? secretFile : path });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.text).not.toContain(SECRET);
    expect(answer.text).not.toContain('root:');
  });

  test('never reads through an encoded parent folder (%2e%2e is a name, not ..)', async () => {
    const answer = await proxy('getEntry', { path: '%2e%2e/secret.md' });
    expect(answer.text).not.toContain(SECRET);
    const media = await proxy('getMediaFile', { path: '%2e%2e%2fsecret.md' });
    expect(media.text).not.toContain(SECRET);
  });

  test.each([['../'], ['/'], ['policies/../..']])(
    'refuses to list the folder %s',
    async (folder) => {
      const answer = await proxy('entriesByFolder', { folder, extension: 'md', depth: 5 });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.text).not.toContain(SECRET);
    },
  );

  test('refuses to write outside the content tree, for entries and for uploaded files', async () => {
    const entry = await proxy('persistEntry', {
      dataFiles: [{ slug: 'x', path: '../evil.md', raw: 'evil' }],
      assets: [],
      options: { commitMessage: 'x' },
    });
    expect(entry.status).toBeGreaterThanOrEqual(400);
    const media = await proxy('persistMedia', {
      asset: {
        path: '../evil.jpg',
        content: Buffer.from('evil').toString('base64'),
        encoding: 'base64',
      },
      options: { commitMessage: 'x' },
    });
    expect(media.status).toBeGreaterThanOrEqual(400);
    const absolute = await proxy('persistMedia', {
      asset: {
        path: join(dirname(tree.dir), 'evil.jpg'),
        content: Buffer.from('evil').toString('base64'),
        encoding: 'base64',
      },
      options: { commitMessage: 'x' },
    });
    expect(absolute.status).toBeGreaterThanOrEqual(400);
    expect(readdirSync(dirname(tree.dir)).sort()).toEqual(['content', 'secret.md']);
  });

  test('refuses requests from a page of another origin, also on this machine', async () => {
    for (const origin of ['http://localhost:9999', 'https://example.com', 'null']) {
      const answer = await proxy('getEntry', { path: 'policies/gongyu-banfa.md' }, { origin });
      expect(answer.status).toBe(403);
    }
    const own = await proxy(
      'getEntry',
      { path: 'policies/gongyu-banfa.md' },
      { origin: `http://localhost:${cms.port}` },
    );
    expect(own.status).toBe(200);
  });
});

describe('localhost only', () => {
  test.each([['rc.example.gov.cn'], ['evil.example:4330'], ['192.168.1.5:4330']])(
    'refuses a request for the host %s (DNS rebinding, another computer)',
    async (host) => {
      for (const [method, path] of [
        ['GET', '/admin/'],
        ['GET', '/admin/config.yml'],
        ['POST', '/api/v1'],
        ['POST', '/api/validate'],
      ] as const) {
        const answer = await send(method, path, {
          headers: { host },
          ...(method === 'POST' ? { body: { action: 'info' } } : {}),
        });
        expect(answer.status, `${method} ${path}`).toBe(403);
      }
    },
  );

  test('listens on the loopback address only', () => {
    const address = cms.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });
});

describe('/admin/', () => {
  test('carries the editor’s own CSP and is never cached', async () => {
    const answer = await send('GET', '/admin/');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toBe(ADMIN_CSP);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.text).toContain('vendor/decap/decap-cms.js');
  });

  test('sends /admin to /admin/, whose page uses relative addresses', async () => {
    const answer = await send('GET', '/admin');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/admin/');
  });

  test('serves the configuration for this content tree, saving through this server', async () => {
    const answer = await send('GET', '/admin/config.yml');
    expect(answer.text).toContain(`proxy_url: http://localhost:${cms.port}/api/v1`);
  });

  test.each([
    ['/admin/..%2f..%2fpackage.json'],
    ['/admin/%2e%2e/%2e%2e/package.json'],
    ['/admin/vendor/decap/..%2f..%2f..%2fpackage.json'],
  ])('does not serve files outside its folders: %s', async (path) => {
    const answer = await send('GET', path);
    expect(answer.text).not.toContain('"name": "rencai"');
    expect(answer.text).not.toContain('"name": "decap-cms"');
  });

  test('no file of the content tree was written by the refused requests', () => {
    expect(existsSync(join(tree.dir, '..', 'evil.md'))).toBe(false);
  });
});
