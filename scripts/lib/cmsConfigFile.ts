import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { buildCmsConfig } from '../../src/cms/decapConfig.ts';
import {
  decapBackend,
  describeBackend,
  gitServerBackend,
  type EditorBackend,
} from '../../src/cms/editorBackend.ts';

/**
 * `admin/config.yml`, the configuration of the editor when it is served from a server rather
 * than by `npm run cms`: its text, and the command line of `npm run cms:config` that writes it.
 */

/** Where the configuration file lives in the repository. */
export const CMS_CONFIG_FILE = 'admin/config.yml';

/** How `npm run cms:config` is used, shown with every argument error. */
export const CMS_CONFIG_USAGE = `用法：
  npm run cms:config                         重新生成 admin/config.yml（保留其中原有的保存位置）
  npm run cms:config -- --check              检查 admin/config.yml 是否与字段定义一致
  npm run cms:config -- --backend local      编辑器保存到本机的 npm run cms（默认）
  npm run cms:config -- --backend gitea --repo rencaiban/rencai --base-url https://git.example.gov.cn --app-id <客户端ID> [--branch main]
  npm run cms:config -- --backend forgejo …  同上，服务器是 Forgejo`;

/** What the command line asks for. */
export interface CmsConfigRequest {
  check: boolean;
  /** Undefined: keep the backend of the existing file (or the local one when there is none). */
  backend?: EditorBackend;
}

/**
 * Reads the arguments of `npm run cms:config`; throws an Error whose message lists every
 * problem in Chinese, followed by the usage.
 * @example parseCmsConfigArgs(['--backend', 'local']) // { check: false, backend: { kind: 'local' } }
 */
export function parseCmsConfigArgs(args: string[]): CmsConfigRequest {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        check: { type: 'boolean', default: false },
        backend: { type: 'string' },
        repo: { type: 'string' },
        'base-url': { type: 'string' },
        'app-id': { type: 'string' },
        branch: { type: 'string' },
      },
    }));
  } catch {
    throw new Error(`cms:config: 不认识的参数 ${args.join(' ')}。\n${CMS_CONFIG_USAGE}`);
  }
  const server = {
    repo: values.repo,
    baseUrl: values['base-url'],
    appId: values['app-id'],
    branch: values.branch,
  };
  const hasServerSettings = Object.values(server).some((v) => v !== undefined);
  if (values.backend === undefined) {
    if (hasServerSettings)
      throw new Error(
        `cms:config: --repo、--base-url、--app-id、--branch 要和 --backend gitea 或 --backend forgejo 一起用。\n${CMS_CONFIG_USAGE}`,
      );
    return { check: values.check };
  }
  if (values.backend === 'local') {
    if (hasServerSettings)
      throw new Error(
        `cms:config: --backend local 不需要 --repo、--base-url、--app-id、--branch。\n${CMS_CONFIG_USAGE}`,
      );
    return { check: values.check, backend: { kind: 'local' } };
  }
  if (values.backend !== 'gitea' && values.backend !== 'forgejo') {
    throw new Error(
      `cms:config: --backend 只能是 local、gitea 或 forgejo，不是「${values.backend}」。\n${CMS_CONFIG_USAGE}`,
    );
  }
  const { backend, problems } = gitServerBackend(values.backend, server);
  if (!backend)
    throw new Error(
      `cms:config:\n${problems.map((p) => `  ${p}`).join('\n')}\n${CMS_CONFIG_USAGE}`,
    );
  return { check: values.check, backend };
}

/** The `backend` block of an existing configuration file, if it has one. */
export function backendOfConfigFile(text: string): Record<string, unknown> | undefined {
  const parsed = parse(text) as { backend?: unknown } | null;
  const backend = parsed?.backend;
  return backend && typeof backend === 'object' && !Array.isArray(backend)
    ? (backend as Record<string, unknown>)
    : undefined;
}

/**
 * The text of `admin/config.yml` for a backend block: a header saying where the editor saves
 * and how to change it, then the configuration generated from the schemas.
 */
export function cmsConfigFileText(backend: Record<string, unknown>): string {
  const header = `# 内容编辑器（Decap CMS）的配置，由 npm run cms:config 根据 src/schemas/ 生成，请勿手工修改。
# 字段、中文名称、说明、取值表和格式规则都来自字段定义；改了字段定义后运行 npm run cms:config（保存位置不变）。
# 编辑器保存到：${describeBackend(backend)}。
# 改为单位的 Git 服务器：npm run cms:config -- --backend gitea（或 forgejo） --repo 所有者/仓库 --base-url https://服务器地址 --app-id 客户端ID（见 DEPLOY.md）。
`;
  return header + stringify(buildCmsConfig({ contentRoot: 'content', backend }), { lineWidth: 0 });
}

/** The backend block a request leads to: the one asked for, else the existing file's, else the local one. */
export function backendFor(
  request: CmsConfigRequest,
  existingText: string | undefined,
): Record<string, unknown> {
  if (request.backend) return decapBackend(request.backend);
  return (
    (existingText === undefined ? undefined : backendOfConfigFile(existingText)) ??
    decapBackend({ kind: 'local' })
  );
}
