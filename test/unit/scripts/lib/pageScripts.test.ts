import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  measurePageScripts,
  POLICY_PAGE_SCRIPTS,
  unexpectedScripts,
} from '../../../../scripts/lib/pageScripts.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'rencai-scripts-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const TOGGLE = '_astro/ElderModeToggle.astro_astro_type_script_index_0_lang.ClcPlb4D.js';

describe('scripts of a policy page', () => {
  test('the 适老化 switch alone is allowed', () => {
    const d = site({
      'p/index.html': `<script src="/before-paint.js"></script><script type="module" src="/${TOGGLE}"></script>`,
      'before-paint.js': 'x',
      [TOGGLE]: 'y',
    });
    expect(unexpectedScripts(d, measurePageScripts(d, '/p/'), POLICY_PAGE_SCRIPTS)).toEqual([]);
  });

  test('any other script, or a chunk the toggle imports, is reported by its path', () => {
    const d = site({
      'p/index.html': `<script src="/before-paint.js"></script><script type="module" src="/${TOGGLE}"></script><script type="module" src="/_astro/copy.A1.js"></script>`,
      'before-paint.js': 'x',
      [TOGGLE]: 'import"./shared.B2.js";',
      '_astro/shared.B2.js': 'z',
      '_astro/copy.A1.js': 'c',
    });
    expect(unexpectedScripts(d, measurePageScripts(d, '/p/'), POLICY_PAGE_SCRIPTS).sort()).toEqual([
      '_astro/copy.A1.js',
      '_astro/shared.B2.js',
    ]);
  });

  test('a before-paint.js outside the site root is not the switch', () => {
    const d = site({
      'p/index.html': '<script src="/p/before-paint.js"></script>',
      'p/before-paint.js': 'x',
    });
    expect(unexpectedScripts(d, measurePageScripts(d, '/p/'), POLICY_PAGE_SCRIPTS)).toEqual([
      'p/before-paint.js',
    ]);
  });
});
