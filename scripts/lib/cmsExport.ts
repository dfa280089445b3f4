import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ADMIN_DIR, VENDOR_DIRS, VENDOR_FILES, adminCsp } from './cmsServer.ts';
import { CMS_CONFIG_FILE, backendOfConfigFile } from './cmsConfigFile.ts';

/**
 * The editor as static files, for the office's own web server (the clerk opens it in a
 * browser and saves into the Gitea or Forgejo repository): the project's admin/ folder with
 * admin/config.yml, and the files it loads from node_modules. Never part of the public site.
 */

/** Files of Decap CMS's build the editor loads: the script, its chunks and WebAssembly, the licence. */
function isDecapFile(name: string): boolean {
  return (
    /^(\d+\.)?decap-cms\.js$/.test(name) ||
    name.endsWith('.wasm') ||
    name === 'decap-cms.js.LICENSE.txt'
  );
}

/** What an export wrote. */
export interface EditorExport {
  dir: string;
  files: number;
  /** The Content-Security-Policy header the web server must send with the editor's files. */
  csp: string;
  /** The git server's API origin the editor talks to, when the configuration names one. */
  gitOrigin?: string;
}

/** The origin of the git server's API named in a configuration's backend block. */
export function gitServerOrigin(backend: Record<string, unknown> | undefined): string | undefined {
  const root = backend?.api_root ?? backend?.base_url;
  return typeof root === 'string' && /^https?:\/\//.test(root) ? new URL(root).origin : undefined;
}

/**
 * Writes the editor into `outDir` (replaced whole: staged beside it, then renamed), with the
 * configuration of `configText` (admin/config.yml).
 */
export function exportEditor(
  outDir: string,
  configText = readFileSync(CMS_CONFIG_FILE, 'utf8'),
): EditorExport {
  const dir = resolve(outDir);
  const staging = join(dirname(dir), `.${basename(dir)}.staging`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'vendor'), { recursive: true });
  let files = 0;
  for (const name of readdirSync(ADMIN_DIR)) {
    if (name === 'config.yml') continue;
    copyFileSync(join(ADMIN_DIR, name), join(staging, name));
    files++;
  }
  writeFileSync(join(staging, 'config.yml'), configText);
  files++;
  for (const [name, source] of Object.entries(VENDOR_DIRS)) {
    const target = join(staging, 'vendor', name);
    if (name === 'decap') {
      mkdirSync(target, { recursive: true });
      for (const file of readdirSync(source).filter(isDecapFile)) {
        copyFileSync(join(source, file), join(target, file));
        files++;
      }
    } else {
      cpSync(source, target, { recursive: true, filter: (path) => !path.endsWith('.map') });
      files += readdirSync(target, { recursive: true }).length;
    }
  }
  for (const [name, source] of Object.entries(VENDOR_FILES)) {
    copyFileSync(source, join(staging, 'vendor', name));
    files++;
  }
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  const gitOrigin = gitServerOrigin(backendOfConfigFile(configText));
  return {
    dir,
    files,
    csp: adminCsp(gitOrigin ? [gitOrigin] : []),
    ...(gitOrigin ? { gitOrigin } : {}),
  };
}
