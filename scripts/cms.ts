/**
 * npm run cms
 * Starts the web editor on the working copy's content tree (CONTENT_DIR, default content/) and
 * prints the address to open. No account, no network: everything is served from this machine.
 * CMS_PORT picks the port (default 4330).
 */
import { commandSettings } from './lib/commandSettings.ts';
import { startCmsServer } from './lib/cmsServer.ts';
import { CMS_DEFAULT_PORT } from '../src/cms/editorBackend.ts';
const unknown = process.argv.slice(2);
if (unknown.length) {
  console.error(
    `cms: 不认识的参数 ${unknown.join(' ')}。用法：npm run cms（端口用 CMS_PORT 指定）`,
  );
  process.exit(2);
}
const { asOf, contentDir } = commandSettings();
const port = process.env.CMS_PORT ? Number(process.env.CMS_PORT) : CMS_DEFAULT_PORT;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`cms: CMS_PORT「${process.env.CMS_PORT}」不是有效端口号，例如 4330`);
  process.exit(2);
}

try {
  const cms = await startCmsServer({ contentDir, asOf, port });
  console.log(`内容编辑器已启动，编辑的是 ${contentDir}/ 中的内容。`);
  console.log(`请用浏览器（Edge、Chrome 或 Firefox）打开：${cms.url}`);
  console.log('用完后关闭这个窗口，或按 Ctrl+C 停止编辑器。');
  const stop = () => void cms.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    console.error(
      `cms: 端口 ${port} 已被占用。可能编辑器已经在运行：请直接打开 http://localhost:${port}/admin/ ，或用 CMS_PORT=4331 npm run cms 换一个端口。`,
    );
  } else {
    console.error(`cms: ${(error as Error).message}`);
  }
  process.exit(1);
}
