/**
 * npm run cms:config [-- --check] [-- --backend local|gitea|forgejo --repo … --base-url … --app-id … --branch …]
 * Writes admin/config.yml, the web editor's configuration when it is served by the office's
 * own server, from the schemas (src/cms/decapConfig.ts). Where the editor saves comes from
 * --backend and its settings, or stays what the existing file says (the local editor when
 * there is none). With --check, exits 1 when the file is not what the schemas generate.
 * (`npm run cms` serves its own configuration for the local working copy; it is never stale.)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  CMS_CONFIG_FILE,
  backendFor,
  cmsConfigFileText,
  parseCmsConfigArgs,
  type CmsConfigRequest,
} from './lib/cmsConfigFile.ts';
import { describeBackend } from '../src/cms/editorBackend.ts';

let request: CmsConfigRequest;
try {
  request = parseCmsConfigArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const existing = existsSync(CMS_CONFIG_FILE) ? readFileSync(CMS_CONFIG_FILE, 'utf8') : undefined;
const backend = backendFor(request, existing);
const config = cmsConfigFileText(backend);

if (request.check) {
  if (existing !== config) {
    console.error(
      `cms:config: ${CMS_CONFIG_FILE} 与字段定义不一致，请运行 npm run cms:config 重新生成。`,
    );
    process.exit(1);
  }
  console.log(
    `cms:config: ${CMS_CONFIG_FILE} 与字段定义一致（保存到${describeBackend(backend)}）。`,
  );
} else {
  writeFileSync(CMS_CONFIG_FILE, config);
  console.log(`cms:config: 已写入 ${CMS_CONFIG_FILE}，编辑器保存到${describeBackend(backend)}。`);
}
