/**
 * npm run check:links [-- <dir>]
 * Checks every internal link, anchor and asset of a built site (default dist/), using
 * the site's origin from site.yaml and BASE_PATH. The build runs the same check.
 */
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { resolveBasePath, resolveContentDir } from '../src/lib/shared/buildSettings.ts';
import { checkLinks } from './lib/linkChecker.ts';

const dir = resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
const site = parseYaml(
  readFileSync(resolve(resolveContentDir(process.env.CONTENT_DIR), 'site.yaml'), 'utf8'),
  { schema: 'core' },
) as { url: string };
const base = resolveBasePath(process.env.BASE_PATH);
const broken = checkLinks(dir, site.url, base);
for (const b of broken) console.error(`${b.page}: ${b.link} — ${b.problem}`);
console.log(
  `check:links: ${dir}（base ${base}）${broken.length ? `${broken.length} 个失效链接` : '全部链接有效'}`,
);
process.exit(broken.length ? 1 : 0);
