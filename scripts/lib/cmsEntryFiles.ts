import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { COLLECTION_LAYOUTS } from '../../src/schemas/registry.ts';

/**
 * The entries the local editor lists, found the way the validator and the build find them:
 * every `.md` and `.mdx` file of a collection at any depth (`policies/**`), not only the files
 * that Decap CMS's own listing reaches (one extension, as many folders as its `path` template).
 */

/** One entry as Decap's file proxy answers for it (decap-server's `entriesFromFiles`). */
export interface ProxyEntry {
  data: string;
  file: { path: string; id: string };
}

/** Whether `path` (absolute) lies inside `root` (absolute, real). */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * The entry files of the collection stored in `folder` (a path relative to the content tree,
 * e.g. `policies`), relative to the content tree with `/` separators and sorted; `undefined`
 * when `folder` is not a collection's folder. Symbolic links are not followed, and no file
 * outside the content tree is ever listed.
 * @example collectionEntryFiles('content', 'policies') // ['policies/2020/….md', 'policies/2024/….mdx', …]
 */
export function collectionEntryFiles(contentDir: string, folder: string): string[] | undefined {
  const layout = Object.values(COLLECTION_LAYOUTS).find((l) => l.dir === folder);
  if (!layout) return undefined;
  const root = realpathSync(resolve(contentDir));
  const dir = join(root, layout.dir);
  if (!existsSync(dir)) return [];
  return globSync(layout.pattern, { cwd: dir, onlyFiles: true, followSymbolicLinks: false })
    .map((file) => `${layout.dir}/${file.split(sep).join('/')}`)
    .filter((file) => isInside(root, realpathSync(join(root, file))))
    .sort();
}

/** Reads entry files (relative to the content tree) in the form Decap's file proxy answers with. */
export function proxyEntries(contentDir: string, files: string[]): ProxyEntry[] {
  const root = resolve(contentDir);
  return files.map((path) => {
    const content = readFileSync(join(root, path));
    return {
      data: content.toString('utf8'),
      file: { path, id: createHash('sha256').update(content).digest('hex') },
    };
  });
}

/**
 * The file Decap means when it asks for an entry by path. Decap builds the path from the
 * entry's slug and the collection's one extension, so an `.mdx` entry listed as
 * `policies/2024/jiedu.mdx` is asked for as `policies/2024/jiedu.mdx.md`: that path is answered
 * with the `.mdx` file. Any other path is returned unchanged.
 * @example entryFileOf('content', 'policies/2024/jiedu.mdx.md') // 'policies/2024/jiedu.mdx'
 */
export function entryFileOf(contentDir: string, path: string): string {
  const mdx = /^(.*\.mdx)\.md$/.exec(path)?.[1];
  if (
    !mdx ||
    existsSync(join(resolve(contentDir), path)) ||
    !existsSync(join(resolve(contentDir), mdx))
  )
    return path;
  return mdx;
}
