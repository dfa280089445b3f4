/**
 * Where the web editor saves: `npm run cms` on this computer (the default), or the office's
 * own Gitea or Forgejo server, whose Actions then validate, build and publish the site.
 */

/** The port `npm run cms` listens on unless CMS_PORT says otherwise. */
export const CMS_DEFAULT_PORT = 4330;

/** The editor saving through `npm run cms` on the clerk's computer. */
export interface LocalBackend {
  kind: 'local';
}

/** The editor saving into a repository on the office's Gitea or Forgejo server. */
export interface GitServerBackend {
  kind: 'gitea' | 'forgejo';
  /** `owner/name` of the repository, e.g. `rencaiban/rencai`. */
  repo: string;
  /** The server's address, e.g. `https://git.example.gov.cn`. */
  baseUrl: string;
  /** Client ID of the OAuth2 application created on the server for the editor. */
  appId: string;
  /** The branch the editor commits to; a push to `main` publishes the site. */
  branch: string;
}

/** Where the editor saves. */
export type EditorBackend = LocalBackend | GitServerBackend;

/** The settings a clerk's editor needs to reach the office's git server, as given on the command line. */
export interface GitServerSettings {
  repo?: string | undefined;
  baseUrl?: string | undefined;
  appId?: string | undefined;
  branch?: string | undefined;
}

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const BASE_URL = /^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/;
const BRANCH = /^[A-Za-z0-9._/-]+$/;

/**
 * Checks the settings of a Gitea or Forgejo backend; every problem at once, in Chinese.
 * @example gitServerBackend('gitea', { repo: 'rencaiban/rencai', baseUrl: 'https://git.example.gov.cn/', appId: 'abc' })
 * // { backend: { kind: 'gitea', repo: 'rencaiban/rencai', baseUrl: 'https://git.example.gov.cn', appId: 'abc', branch: 'main' }, problems: [] }
 */
export function gitServerBackend(
  kind: GitServerBackend['kind'],
  settings: GitServerSettings,
): { backend?: GitServerBackend; problems: string[] } {
  const problems: string[] = [];
  const repo = settings.repo?.trim() ?? '';
  const baseUrl = (settings.baseUrl?.trim() ?? '').replace(/\/+$/, '');
  const appId = settings.appId?.trim() ?? '';
  const branch = settings.branch?.trim() || 'main';
  if (!REPO.test(repo)) problems.push('--repo 应为“所有者/仓库名”，例如 --repo rencaiban/rencai');
  if (!BASE_URL.test(baseUrl))
    problems.push('--base-url 应为服务器地址，例如 --base-url https://git.example.gov.cn');
  if (!appId)
    problems.push('--app-id 应为服务器上为编辑器创建的 OAuth2 应用的客户端 ID（见 DEPLOY.md）');
  if (!BRANCH.test(branch))
    problems.push(`--branch「${branch}」不是有效的分支名，例如 --branch main`);
  return problems.length
    ? { problems }
    : { backend: { kind, repo, baseUrl, appId, branch }, problems };
}

/**
 * The `backend` block of Decap CMS's configuration for an editor backend.
 * @example decapBackend({ kind: 'local' }) // { name: 'proxy', proxy_url: 'http://localhost:4330/api/v1', branch: 'main' }
 */
export function decapBackend(backend: EditorBackend): Record<string, string> {
  if (backend.kind === 'local') {
    return {
      name: 'proxy',
      proxy_url: `http://localhost:${CMS_DEFAULT_PORT}/api/v1`,
      branch: 'main',
    };
  }
  const common = {
    repo: backend.repo,
    branch: backend.branch,
    api_root: `${backend.baseUrl}/api/v1`,
    app_id: backend.appId,
  };
  // Decap's Forgejo backend derives the server's address from api_root; its Gitea backend needs base_url.
  return backend.kind === 'gitea'
    ? { name: 'gitea', ...common, base_url: backend.baseUrl }
    : { name: 'forgejo', ...common };
}

/**
 * Says in Chinese where an editor configured with this `backend` block saves.
 * @example describeBackend({ name: 'gitea', repo: 'rencaiban/rencai', branch: 'main', base_url: 'https://git.example.gov.cn' })
 * // '单位的 Gitea 服务器 https://git.example.gov.cn 上的仓库 rencaiban/rencai（main 分支）'
 */
export function describeBackend(block: Record<string, unknown>): string {
  const text = (key: string) => (typeof block[key] === 'string' ? block[key] : '');
  if (block.name === 'gitea' || block.name === 'forgejo') {
    const server = text('base_url') || text('api_root').replace(/\/api\/[^/]+\/?$/, '');
    const name = block.name === 'gitea' ? 'Gitea' : 'Forgejo';
    return `单位的 ${name} 服务器 ${server} 上的仓库 ${text('repo')}（${text('branch') || 'main'} 分支）`;
  }
  return '本机的 npm run cms（内容目录 content/）';
}
