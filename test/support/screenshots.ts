/**
 * node test/support/screenshots.ts <site-dir> <out-dir> [path ...]
 * Serves a built site and saves full-page screenshots of the given paths at phone
 * (360 px) and desktop (1280 px) widths, for people to look at. Not a test.
 * Options via env: BASE (default /), PRINT=1 to also save print-emulation PDFs' first page as PNG.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startStaticServer } from './staticServer.ts';
import { launchChromium } from './browser.ts';

const [siteDir, outDir, ...paths] = process.argv.slice(2);
if (!siteDir || !outDir) {
  console.error('用法：node test/support/screenshots.ts <site-dir> <out-dir> [path ...]');
  process.exit(2);
}
const base = process.env.BASE ?? '/';
const { server, url } = await startStaticServer(resolve(siteDir), base);
const browser = await launchChromium();
mkdirSync(outDir, { recursive: true });
try {
  for (const path of paths.length ? paths : ['']) {
    for (const [label, width] of [
      ['phone', 360],
      ['desktop', 1280],
    ] as const) {
      const page = await browser.newPage({
        viewport: { width, height: 800 },
        deviceScaleFactor: 1,
      });
      await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[/?=&]+/g, '_').replace(/^_|_$/g, '') || 'home'}-${label}.png`;
      await page.screenshot({ path: join(outDir, name), fullPage: true });
      if (process.env.PRINT && label === 'desktop') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({
          path: join(outDir, name.replace('.png', '-print.png')),
          fullPage: true,
        });
      }
      await page.close();
      console.log(join(outDir, name));
    }
  }
} finally {
  await browser.close();
  server.close();
}
