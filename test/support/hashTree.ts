import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';

/** Every file of a folder with the SHA-256 of its bytes, for byte-identical comparisons. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of globSync('**/*', { cwd: dir, onlyFiles: true, dot: true }).sort()) {
    out[file] = createHash('sha256')
      .update(readFileSync(`${dir}/${file}`))
      .digest('hex');
  }
  return out;
}
