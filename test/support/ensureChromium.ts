/**
 * Makes sure Debian's Chromium is installed before the browser tests run. On a fresh
 * machine where we are root and apt-get exists, it installs the `chromium` package
 * (never a downloaded browser); otherwise it explains what to install and exits 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './browser.ts';

if (existsSync(CHROMIUM_PATH)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
  console.error(
    `浏览器测试需要 Debian 的 Chromium（${CHROMIUM_PATH}）：请运行 sudo apt-get install -y chromium，或用 CHROMIUM_PATH 指定位置。`,
  );
  process.exit(1);
}
console.log('ensureChromium: 正在用 apt-get 安装 Debian 的 chromium（仅首次）……');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`ensureChromium: apt-get ${args.join(' ')} 失败`);
    process.exit(1);
  }
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(`ensureChromium: 安装后仍找不到 ${CHROMIUM_PATH}`);
  process.exit(1);
}
