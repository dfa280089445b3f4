/**
 * npm run cms:config [-- --check]
 * Writes admin/config.yml, the web editor's configuration for the office's git server, from the
 * schemas (src/cms/decapConfig.ts). With --check, exits 1 when the committed file is out of date.
 * (`npm run cms` serves the same configuration for the local working copy; it is never stale.)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { GIT_SERVER_BACKEND, buildCmsConfig } from '../src/cms/decapConfig.ts';

const CONFIG_FILE = 'admin/config.yml';
const args = process.argv.slice(2);
if (args.some((a) => a !== '--check')) {
  console.error(`cms:config: 不认识的参数 ${args.join(' ')}。用法：npm run cms:config [-- --check]`);
  process.exit(2);
}

const header = `# 内容编辑器（Decap CMS）的配置，由 npm run cms:config 根据 src/schemas/ 生成，请勿手工修改。
# 字段、中文名称、说明、取值表和格式规则都来自字段定义；改字段请改 schema 后重新生成。
# backend 一节是单位自己的 Gitea/Forgejo 服务器，部署时按 DEPLOY.md 修改 src/cms/decapConfig.ts 中的 GIT_SERVER_BACKEND。
`;
const config = header + stringify(buildCmsConfig({ contentRoot: 'content', backend: { ...GIT_SERVER_BACKEND } }), { lineWidth: 0 });

if (args.includes('--check')) {
  const current = existsSync(CONFIG_FILE) ? readFileSync(CONFIG_FILE, 'utf8') : '';
  if (current !== config) {
    console.error(`cms:config: ${CONFIG_FILE} 与 schema 不一致，请运行 npm run cms:config 重新生成。`);
    process.exit(1);
  }
  console.log(`cms:config: ${CONFIG_FILE} 与 schema 一致。`);
} else {
  writeFileSync(CONFIG_FILE, config);
  console.log(`cms:config: 已写入 ${CONFIG_FILE}`);
}
