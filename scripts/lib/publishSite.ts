import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Publishing a built site into the folder a web server serves (nginx on the same machine):
 * the new version is copied beside the live one and then renamed into its place, so readers
 * never see a half-copied site; the version it replaces is kept for `--rollback`. A branch
 * other than main is published as a preview under `<target>/preview/<branch>/`.
 */

/** Files every complete build of this project has (build.ts writes dist/ only when all checks pass). */
export const BUILD_MARKERS = ['index.html', '404.html', '_headers'] as const;

/** Where previews of other branches live inside the live site's folder. */
export const PREVIEW_DIR = 'preview';

/**
 * The folder name of a branch's preview: lowercase ASCII letters, digits and hyphens.
 * @example previewName('feature/新政策-2026') // 'feature-2026'
 */
export function previewName(branch: string): string {
  const name = branch
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  if (!name)
    throw new Error(
      `publish: 分支名「${branch}」中没有可用作预览网址的字母或数字，请换一个分支名（例如 yulan-2026）。`,
    );
  return name;
}

/**
 * The BASE_PATH a preview of `branch` is built with.
 * @example previewBasePath('editor') // '/preview/editor/'
 */
export function previewBasePath(branch: string): string {
  return `/${PREVIEW_DIR}/${previewName(branch)}/`;
}

/** The newest file under `dir` (by modification time), skipping nothing. */
function newestFile(dir: string): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(file);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  }
  return newest;
}

/**
 * Why `dist` must not be published, in Chinese; empty when it may. A dist/ that is missing,
 * incomplete, or older than a file of the content tree (the last build failed, or was not run
 * after the content changed) is refused.
 */
export function buildProblems(dist: string, contentDir: string): string[] {
  if (!existsSync(dist) || !statSync(dist).isDirectory()) {
    return [`找不到构建结果 ${dist}/：请先运行 npm run build（构建失败时不会生成它）。`];
  }
  const missing = BUILD_MARKERS.filter((name) => !existsSync(join(dist, name)));
  if (missing.length)
    return [
      `${dist}/ 不是完整的构建结果（缺少 ${missing.join('、')}）：请重新运行 npm run build。`,
    ];
  if (!existsSync(contentDir)) return [];
  const built = statSync(join(dist, 'index.html')).mtimeMs;
  const newest = newestFile(contentDir);
  if (newest && newest.mtimeMs > built) {
    return [
      `${newest.file} 比 ${dist}/ 新：最近一次构建失败了，或内容改过后还没有构建。请先运行 npm run build，成功后再发布。`,
    ];
  }
  return [];
}

/** Refuses a target that would replace something other than a site folder. */
function checkTarget(target: string, dist: string): void {
  const here = process.cwd();
  const inside = (child: string, parent: string) => {
    const rel = relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
  };
  if (
    dirname(target) === target ||
    inside(here, target) ||
    inside(target, dist) ||
    inside(dist, target)
  ) {
    throw new Error(
      `publish: 不能发布到 ${target}：它是根目录、项目文件夹或其上级，或与 ${dist}/ 互相包含。请指定 Web 服务器的网站文件夹，例如 /srv/rencai/site。`,
    );
  }
  if (existsSync(target) && !lstatSync(target).isDirectory()) {
    throw new Error(`publish: ${target} 已存在但不是文件夹。`);
  }
}

/**
 * Copies a built site: folders and regular files only. Anything else (a symbolic link, a pipe)
 * is not part of a build and stops the copy; returns the number of files copied.
 */
function copySite(from: string, to: string): number {
  mkdirSync(to);
  let files = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) files += copySite(source, join(to, entry.name));
    else if (entry.isFile()) {
      copyFileSync(source, join(to, entry.name));
      files++;
    } else
      throw new Error(
        `publish: ${source} 不是普通文件或文件夹，构建结果中不应有它；发布已停止，网站保持不变。`,
      );
  }
  return files;
}

/** Milliseconds to wait for another publish to the same target to finish. */
const LOCK_WAIT_MS = 10 * 60_000;

/** Runs `work` while holding `<target>.lock` (a folder: creating it is atomic). */
async function withLock<T>(target: string, work: () => T, waitMs = LOCK_WAIT_MS): Promise<T> {
  const lock = `${target}.lock`;
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - started > waitMs) {
        throw new Error(
          `publish: 另一次发布正在进行（${lock} 存在）。若确认没有发布在运行（例如上次中途断电），删除这个文件夹后重试。`,
          { cause: error },
        );
      }
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
  try {
    return work();
  } finally {
    rmdirSync(lock);
  }
}

/** Options of one publication. */
export interface PublishOptions {
  /** The built site (dist/). */
  dist: string;
  /** The folder the web server serves the live site from, e.g. /srv/rencai/site. */
  target: string;
  /** The content tree dist/ was built from, to refuse a stale build. */
  contentDir: string;
  /** A branch other than main: publish under `<target>/preview/<name>/` instead. */
  previewBranch?: string | undefined;
  /** How long to wait for another publication to the same target. */
  lockWaitMs?: number;
}

/** What a publication did. */
export interface Publication {
  /** The folder now serving the new version. */
  published: string;
  /** Where the version it replaced was kept (live site only). */
  previous?: string;
  files: number;
}

/**
 * Moves `from` into the place of `to` in two renames on one disk; the old `to` goes to `keep`
 * (replacing an older kept version) or is deleted when `keep` is undefined.
 */
function swapInto(from: string, to: string, keep: string | undefined): void {
  const old = keep ?? `${to}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  const hadOld = existsSync(to);
  if (hadOld) renameSync(to, old);
  renameSync(from, to);
  if (hadOld && !keep) rmSync(old, { recursive: true, force: true });
}

/** Publishes dist/ into the live folder, or a branch preview below it. */
export async function publishSite(options: PublishOptions): Promise<Publication> {
  const dist = resolve(options.dist);
  const target = resolve(options.target);
  const problems = buildProblems(options.dist, options.contentDir);
  if (problems.length) throw new Error(`publish: ${problems.join('\n')}\n网站保持不变。`);
  checkTarget(target, dist);
  const preview =
    options.previewBranch === undefined ? undefined : previewName(options.previewBranch);
  const destination = preview ? join(target, PREVIEW_DIR, preview) : target;
  mkdirSync(dirname(destination), { recursive: true });
  return withLock(
    target,
    () => {
      // Staged beside the destination (one disk, so the final step is a rename); a failed copy
      // removes it and leaves the site as it was.
      const staging = join(
        dirname(destination),
        `.${basename(destination)}.staging-${process.pid}`,
      );
      rmSync(staging, { recursive: true, force: true });
      try {
        const files = copySite(dist, staging);
        if (preview) {
          swapInto(staging, destination, undefined);
          return { published: destination, files };
        }
        // Previews of other branches live inside the live folder: they move into the new version.
        const previews = join(target, PREVIEW_DIR);
        if (existsSync(previews) && !existsSync(join(staging, PREVIEW_DIR)))
          renameSync(previews, join(staging, PREVIEW_DIR));
        const previous = `${target}.previous`;
        swapInto(staging, target, previous);
        return { published: target, previous, files };
      } finally {
        rmSync(staging, { recursive: true, force: true });
      }
    },
    options.lockWaitMs,
  );
}

/** Puts the previous version of the live site back (and keeps the current one as previous). */
export async function rollbackSite(targetPath: string, lockWaitMs?: number): Promise<Publication> {
  const target = resolve(targetPath);
  const previous = `${target}.previous`;
  if (!existsSync(previous))
    throw new Error(`publish: 没有可以换回的上一版（${previous} 不存在）。`);
  return withLock(
    target,
    () => {
      const current = `${target}.rollback-${process.pid}`;
      renameSync(target, current);
      renameSync(previous, target);
      const previews = join(current, PREVIEW_DIR);
      if (existsSync(previews) && !existsSync(join(target, PREVIEW_DIR)))
        renameSync(previews, join(target, PREVIEW_DIR));
      renameSync(current, previous);
      return {
        published: target,
        previous,
        files: readdirSync(target, { recursive: true }).length,
      };
    },
    lockWaitMs,
  );
}
