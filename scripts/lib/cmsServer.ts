import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import express from 'express';
import sirv from 'sirv';
import { stringify } from 'yaml';
import { buildCmsConfig, type CmsConfig, type CmsField } from '../../src/cms/decapConfig.ts';
import type { IsoDate } from '../../src/lib/shared/isoDate.ts';
import { collectionEntryFiles, entryFileOf, proxyEntries } from './cmsEntryFiles.ts';
import { validateTree } from './validateTree.ts';

/**
 * The server of `npm run cms`: the web editor (Decap CMS, from node_modules) under /admin/, its
 * file proxy on the working copy's content tree (decap-server's local file system mode), and the
 * project's validator as POST /api/validate. It listens on this machine only and needs no account
 * and no network.
 */

const require = createRequire(import.meta.url);

/** The editor's own folder in the repository: index.html, the project's scripts and styles. */
export const ADMIN_DIR = resolve(import.meta.dirname, '../../admin');

/** Files from node_modules the editor loads, by the folder they are served under (below /admin/vendor/). */
export const VENDOR_DIRS: Readonly<Record<string, string>> = {
  decap: dirname(require.resolve('decap-cms/dist/decap-cms.js')),
  yaml: join(dirname(require.resolve('yaml/package.json')), 'browser', 'dist'),
};

/** Single files from node_modules, by the name they are served under (below /admin/vendor/). */
export const VENDOR_FILES: Readonly<Record<string, string>> = {
  'pinyin-pro.js': join(dirname(require.resolve('pinyin-pro/package.json')), 'dist', 'index.js'),
};

/**
 * The editor's content security policy: Decap CMS compiles its configuration schema with
 * `new Function` (ajv) and injects its styles at run time, so /admin/ needs 'unsafe-eval' and
 * inline styles; the public site keeps its own strict policy and never contains the editor.
 */
export const ADMIN_CSP = adminCsp();

/**
 * The editor's content security policy, allowing it to reach more origins: the office's git
 * server when the editor is served from another address than the server's API.
 * @example adminCsp(['https://git.example.gov.cn']) // "…; connect-src 'self' blob: https://git.example.gov.cn; …"
 */
export function adminCsp(connectTo: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    ["connect-src 'self' blob:", ...connectTo].join(' '),
    "media-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Options of the editor's server. */
export interface CmsServerOptions {
  /** The content tree the editor reads and writes. */
  contentDir: string;
  /** As-of date for the validator. */
  asOf: IsoDate;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Address to listen on: this machine only, unless told otherwise. */
  host?: string;
}

/** A running editor server. */
export interface CmsServer {
  /** The address to open in a browser, e.g. `http://localhost:4330/admin/`. */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** One problem of the saved file, as the editor shows it. */
export interface EditorProblem {
  line: number;
  field: string;
  /** The field's Chinese label in the editor, e.g. `发文字号`. */
  label: string;
  rule: string;
  message: string;
  severity: 'error' | 'warning';
}

/** What POST /api/validate answers for a saved file. */
export interface ValidateResponse {
  /** The file, relative to the content tree. */
  file: string;
  problems: EditorProblem[];
  /** Errors in other files, which also stop publishing. */
  otherErrors: number;
  otherFiles: string[];
}

/** The editor's configuration for a content tree served by this server. */
export function localCmsConfig(origin: string): CmsConfig {
  return buildCmsConfig({
    contentRoot: '',
    backend: { name: 'proxy', proxy_url: `${origin}/api/v1`, branch: 'main' },
    localBackendUrl: `${origin}/api/v1`,
  });
}

/** The Chinese label of a field path such as `attachments[0].file`, from the editor's configuration. */
export function labelOf(config: CmsConfig, file: string, field: string): string {
  const collection = config.collections.find((c) =>
    c.folder ? file.startsWith(`${c.folder}/`) : c.files?.some((f) => f.file === file),
  );
  let fields: CmsField[] = collection?.fields ?? collection?.files?.[0]?.fields ?? [];
  const labels: string[] = [];
  for (const key of field.replace(/\[\d+\]/g, '').split('.')) {
    const found = fields.find((f) => f.name === key);
    if (!found) break;
    labels.push(found.label);
    fields = found.fields ?? found.field?.fields ?? [];
  }
  return labels.length ? labels.join(' › ') : field === 'body' ? '正文' : field;
}

/** Runs the project's validator on the content tree and answers for one file (relative to it). */
export function validateSavedFile(
  contentDir: string,
  asOf: IsoDate,
  file: string,
  config: CmsConfig,
): ValidateResponse {
  const root = resolve(contentDir);
  const { problems } = validateTree(root, asOf);
  const relativeToRoot = (shown: string) => relative(root, resolve(shown)).split(sep).join('/');
  // Messages name other files as validate prints them (from the working directory); the editor
  // names files from the content tree, as its own lists do.
  const shownRoot = relative(process.cwd(), root).split(sep).join('/');
  const inEditorTerms = (message: string) =>
    shownRoot ? message.split(`${shownRoot}/`).join('') : message;
  const own: EditorProblem[] = [];
  const others = new Map<string, number>();
  for (const problem of problems) {
    const problemFile = relativeToRoot(problem.file);
    if (problemFile === file) {
      own.push({
        line: problem.line,
        field: problem.field,
        label: labelOf(config, file, problem.field),
        rule: problem.rule,
        message: inEditorTerms(problem.message),
        severity: problem.severity,
      });
    } else if (problem.severity === 'error') {
      others.set(problemFile, (others.get(problemFile) ?? 0) + 1);
    }
  }
  return {
    file,
    problems: own,
    otherErrors: [...others.values()].reduce((a, b) => a + b, 0),
    otherFiles: [...others.keys()],
  };
}

/** Whether a request names this machine (a page on another site cannot drive the editor through DNS tricks). */
export function isLocalHost(hostHeader: string | undefined): boolean {
  const host = (hostHeader ?? '').replace(/:\d+$/, '');
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/**
 * Whether a request to the file proxy or the validator comes from the editor's own page: a
 * browser names the page's origin in `Origin`, so another site, or another program's page on
 * this machine (another port), cannot write files. Requests without `Origin` (not from a
 * browser page) are accepted: they already had to reach this machine's loopback address.
 */
export function isOwnOrigin(
  originHeader: string | undefined,
  hostHeader: string | undefined,
): boolean {
  return originHeader === undefined || originHeader === `http://${hostHeader ?? ''}`;
}

/** Starts the editor's server on a content tree. */
export async function startCmsServer(options: CmsServerOptions): Promise<CmsServer> {
  const contentDir = resolve(options.contentDir);
  if (!existsSync(join(contentDir, 'site.yaml'))) {
    throw new Error(
      `找不到内容目录 ${contentDir}（其中应有 site.yaml）。请在项目文件夹中运行，或用 CONTENT_DIR 指定内容目录。`,
    );
  }
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    if (!isLocalHost(req.headers.host)) {
      res.status(403).type('text/plain; charset=utf-8').send('编辑器只接受本机访问（localhost）。');
      return;
    }
    next();
  });
  app.use('/api', (req, res, next) => {
    if (!isOwnOrigin(req.headers.origin, req.headers.host)) {
      res.status(403).type('text/plain; charset=utf-8').send('只接受编辑器本身页面的请求。');
      return;
    }
    next();
  });
  // The editor's page uses relative addresses: /admin must be /admin/.
  app.use((req, res, next) => (req.path === '/admin' ? res.redirect(301, '/admin/') : next()));
  app.use('/admin', (_req, res, next) => {
    res.setHeader('Content-Security-Policy', ADMIN_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-cache');
    next();
  });

  // The file the editor wrote last, so that the validation after saving a new entry (whose path
  // the editor does not report) knows which file to answer for.
  let lastSaved = '';
  app.use('/api/v1', (req, res, next) => {
    res.on('finish', () => {
      const body = req.body as
        | {
            action?: string;
            params?: {
              dataFiles?: { path: string; newPath?: string }[];
              entry?: { path: string; newPath?: string };
            };
          }
        | undefined;
      if (body?.action !== 'persistEntry' || res.statusCode >= 400) return;
      const file = body.params?.dataFiles?.[0] ?? body.params?.entry;
      if (file) lastSaved = file.newPath ?? file.path;
    });
    next();
  });

  // Entries as the project finds them: at any depth, .md and .mdx (see cmsEntryFiles.ts). The
  // body is parsed here already; decap-server's own parser then leaves it as it is.
  app.use('/api', express.json({ limit: '50mb' }));
  app.post('/api/v1', (req, res, next) => {
    const body = req.body as
      { action?: string; params?: { folder?: unknown; path?: unknown } } | undefined;
    if (body?.action === 'entriesByFolder' && typeof body.params?.folder === 'string') {
      const files = collectionEntryFiles(contentDir, body.params.folder);
      if (files) {
        res.json(proxyEntries(contentDir, files));
        return;
      }
    }
    // Rewritten before decap-server checks that the path stays inside the content tree.
    if (body?.action === 'getEntry' && typeof body.params?.path === 'string')
      body.params.path = entryFileOf(contentDir, body.params.path);
    next();
  });

  // decap-server's local file system mode, confined to the content tree. It reads the folder
  // from GIT_REPO_DIRECTORY once, while it is being registered.
  const { registerLocalFs } = require('decap-server/dist/middlewares.js') as {
    registerLocalFs: (app: express.Express, options: { logLevel: string }) => Promise<void>;
  };
  const previous = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = contentDir;
  try {
    await registerLocalFs(app, { logLevel: 'error' });
  } finally {
    if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = previous;
  }

  const origin = (req: express.Request) => `http://${req.headers.host}`;
  app.get('/admin/config.yml', (req, res) => {
    res.type('text/yaml; charset=utf-8').send(stringify(localCmsConfig(origin(req))));
  });
  app.post('/api/validate', (req, res) => {
    const asked = req.body as { path?: unknown } | undefined;
    const file = (typeof asked?.path === 'string' && asked.path ? asked.path : lastSaved).replace(
      /\\/g,
      '/',
    );
    if (!file || isAbsolute(file) || /^[A-Za-z]:/.test(file) || file.split('/').includes('..')) {
      res.status(400).json({
        error: '请求中的文件路径（path）应是内容目录中已保存的文件，例如 policies/2026/xxx/xxx.md',
      });
      return;
    }
    if (!existsSync(join(contentDir, file))) {
      res.status(404).json({ error: `内容目录中没有 ${file}` });
      return;
    }
    res.json(validateSavedFile(contentDir, options.asOf, file, localCmsConfig(origin(req))));
  });
  for (const [name, dir] of Object.entries(VENDOR_DIRS))
    app.use(`/admin/vendor/${name}`, sirv(dir, { dev: true }));
  for (const [name, file] of Object.entries(VENDOR_FILES))
    app.get(`/admin/vendor/${name}`, (_req, res) => res.type('text/javascript').sendFile(file));
  app.use('/admin', sirv(ADMIN_DIR, { dev: true, extensions: ['html'] }));
  app.get('/', (_req, res) => res.redirect('/admin/'));

  const server = await new Promise<Server>((done, fail) => {
    const listening = app.listen(options.port, options.host ?? '127.0.0.1', () => done(listening));
    listening.once('error', fail);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/admin/`,
    port,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
