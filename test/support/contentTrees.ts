import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
  renameSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

/** The small valid tree that validate, build and stats tests start from. */
export const VALID_FIXTURE = 'test/fixtures/valid';

/** A temporary copy of a content tree, to apply one fault to. */
export interface TreeCopy {
  dir: string;
  /** Path of a file as validate shows it (relative to the working directory). */
  shown(file: string): string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces `search` in a file, failing if it is not there (so a fault is never silently not applied). */
  edit(file: string, search: string | RegExp, replacement: string): void;
  rename(from: string, to: string): void;
  remove(file: string): void;
  /** The 1-based line of the first line containing `needle`. */
  lineOf(file: string, needle: string): number;
  cleanup(): void;
}

/** Copies a content tree into a fresh temporary folder. */
export function copyTree(source = VALID_FIXTURE): TreeCopy {
  const dir = join(mkdtempSync(join(tmpdir(), 'rencai-tree-')), 'content');
  cpSync(source, dir, { recursive: true });
  const path = (file: string) => join(dir, file);
  const copy: TreeCopy = {
    dir,
    shown: (file) => relative(process.cwd(), path(file)).split(sep).join('/'),
    read: (file) => readFileSync(path(file), 'utf8'),
    write: (file, text) => {
      mkdirSync(dirname(path(file)), { recursive: true });
      writeFileSync(path(file), text);
    },
    edit: (file, search, replacement) => {
      const text = copy.read(file);
      const found = typeof search === 'string' ? text.includes(search) : search.test(text);
      if (!found) throw new Error(`${file} 中没有 ${String(search)}：测试的故障没有写进去`);
      copy.write(file, text.replace(search, replacement));
    },
    rename: (from, to) => {
      mkdirSync(dirname(path(to)), { recursive: true });
      renameSync(path(from), path(to));
    },
    remove: (file) => rmSync(path(file), { recursive: true, force: true }),
    lineOf: (file, needle) => {
      const index = copy
        .read(file)
        .split('\n')
        .findIndex((line) => line.includes(needle));
      if (index < 0) throw new Error(`${file} 中没有包含 ${needle} 的行`);
      return index + 1;
    },
    cleanup: () => rmSync(dirname(dir), { recursive: true, force: true }),
  };
  if (!existsSync(dir)) throw new Error(`复制 ${source} 失败`);
  return copy;
}
