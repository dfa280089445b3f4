/**
 * npm run cms:export -- <folder>
 * Writes the web editor as static files into <folder>, with admin/config.yml (see
 * npm run cms:config), for the office's own web server; prints the header it must send.
 */
import { exportEditor } from './lib/cmsExport.ts';

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith('-')) {
  console.error(
    '用法：npm run cms:export -- <文件夹>，例如 npm run cms:export -- /srv/rencai-editor',
  );
  process.exit(2);
}
const result = exportEditor(args[0]!);
console.log(`cms:export: 已把编辑器写入 ${result.dir}（${result.files} 个文件）。`);
if (!result.gitOrigin) {
  console.log(
    'cms:export: 注意：admin/config.yml 中没有单位 Git 服务器的设置，请先运行 npm run cms:config -- --backend gitea …（见 DEPLOY.md）。',
  );
}
console.log(`Web 服务器对这个文件夹要发送的响应头：\nContent-Security-Policy: ${result.csp}`);
