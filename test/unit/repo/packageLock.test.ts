import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  os?: string[];
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockPackage>;
};

/** Where npm would look up `name` for the package at `from` (its own node_modules, then upwards). */
function resolveFrom(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

describe('package-lock.json', () => {
  // `npm ci` refuses a lock that lacks an optional package the registry offers, and `npm install`
  // then adds it: the lock must name every platform's binaries, not only this machine's.
  test('lists every optional dependency of every package, for every platform', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!resolveFrom(path, name)) missing.push(`${path || '(root)'} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('holds binaries for Linux, macOS and Windows', () => {
    const platforms = new Set(Object.values(lock.packages).flatMap((entry) => entry.os ?? []));
    expect([...platforms]).toEqual(expect.arrayContaining(['linux', 'darwin', 'win32']));
  });
});
