/**
 * npm run publish -- <target>                     publishes dist/ as the live site in <target>
 * npm run publish -- <target> --preview <branch>  publishes dist/ as <target>/preview/<branch>/
 * npm run publish -- <target> --rollback          puts the previous live version back
 * npm run publish -- --preview-base <branch>      prints the BASE_PATH to build that preview with
 *
 * The new version is copied beside <target> and renamed into place; the replaced one is kept as
 * <target>.previous. A missing, incomplete or stale dist/ (older than the content: the last
 * build failed) is refused and the site is left as it was. OUT_DIR and CONTENT_DIR as for build.
 */
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/lib/shared/buildSettings.ts';
import { previewBasePath, publishSite, rollbackSite } from './lib/publishSite.ts';

const USAGE = `用法：
  npm run publish -- <网站文件夹>                    把 dist/ 发布为正式网站，例如 npm run publish -- /srv/rencai/site
  npm run publish -- <网站文件夹> --preview <分支>   把 dist/ 发布为预览：<网站文件夹>/preview/<分支>/
  npm run publish -- <网站文件夹> --rollback         换回上一版正式网站
  npm run publish -- --preview-base <分支>           打印构建该分支预览时要用的 BASE_PATH`;

function usage(message: string): never {
  console.error(`publish: ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    strict: true,
    options: {
      preview: { type: 'string' },
      rollback: { type: 'boolean', default: false },
      'preview-base': { type: 'string' },
    },
  });
} catch {
  usage(`不认识的参数 ${process.argv.slice(2).join(' ')}。`);
}
const { values, positionals } = parsed;

try {
  if (values['preview-base'] !== undefined) {
    if (positionals.length || values.preview !== undefined || values.rollback)
      usage('--preview-base 只跟一个分支名。');
    process.stdout.write(`${previewBasePath(values['preview-base'])}\n`);
    process.exit(0);
  }
  const [target, ...extra] = positionals;
  if (!target?.trim())
    usage('请给出 Web 服务器的网站文件夹（工作流中来自仓库变量 PUBLISH_TARGET，见 DEPLOY.md）。');
  if (extra.length) usage(`多余的参数 ${extra.join(' ')}。`);
  if (values.rollback) {
    if (values.preview !== undefined) usage('--rollback 只用于正式网站。');
    const done = await rollbackSite(target);
    console.log(`publish: 已换回上一版：${done.published}（刚才的版本保存在 ${done.previous}）。`);
  } else {
    const done = await publishSite({
      dist: process.env.OUT_DIR?.trim() || 'dist',
      target,
      contentDir: resolveContentDir(process.env.CONTENT_DIR),
      previewBranch: values.preview,
    });
    console.log(
      values.preview === undefined
        ? `publish: 已发布 ${done.files} 个文件到 ${done.published}（上一版保存在 ${done.previous}，可用 --rollback 换回）。`
        : `publish: 已发布预览 ${done.files} 个文件到 ${done.published}。`,
    );
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
