import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyTree } from '../../support/contentTrees.ts';
import {
  DOC_NUMBER_VARIANTS,
  HANDBOOK_MISTAKES,
  type HandbookMistake,
} from '../../support/handbookMistakes.ts';
import { TEST_AS_OF } from '../../support/testSites.ts';

/**
 * The editors' handbook (docs/编辑手册.md): linked from the README, its screenshots present and
 * small, and each of the ten common mistakes quoting exactly what the validator says today.
 */

const HANDBOOK = 'docs/编辑手册.md';
const text = readFileSync(HANDBOOK, 'utf8');

/** The lines of the code blocks in the handbook's section for a mistake. */
function quotedLines(heading: string): string[] {
  const start = text.indexOf(`### ${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const rest = text.slice(start + 4);
  const end = rest.search(/\n#{2,3} /);
  const section = end === -1 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.trim().split('\n'));
}

/** What `npm run validate` prints for content/ with a mistake made in it. */
function validateWith(...mistakes: HandbookMistake[]): string[] {
  const outputs: string[] = [];
  for (const mistake of mistakes) {
    const tree = copyTree('content');
    try {
      mistake.make(tree);
      const result = spawnSync(process.execPath, [resolve('scripts/validate.ts')], {
        cwd: dirname(tree.dir),
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: 'content', SITE_AS_OF: TEST_AS_OF },
      });
      expect(result.status, mistake.heading).toBe(1);
      outputs.push(...(result.stdout + result.stderr).split('\n'));
    } finally {
      tree.cleanup();
    }
  }
  return outputs;
}

describe('docs/编辑手册.md', () => {
  test('is linked from the README', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('](docs/编辑手册.md)');
  });

  test('shows every screenshot in docs/images, each a 1280×800 PNG of at most 300 KB', () => {
    const shown = [...text.matchAll(/!\[[^\]]+\]\((images\/[^)]+)\)/g)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThanOrEqual(10);
    expect(
      readdirSync('docs/images')
        .map((f) => `images/${f}`)
        .sort(),
    ).toEqual([...new Set(shown)].sort());
    for (const image of shown) {
      const file = join('docs', image);
      const header = readFileSync(file).subarray(0, 24);
      expect(header.subarray(1, 4).toString(), image).toBe('PNG');
      expect([header.readUInt32BE(16), header.readUInt32BE(20)], image).toEqual([1280, 800]);
      expect(statSync(file).size, image).toBeLessThanOrEqual(300 * 1024);
    }
  });

  test('lists ten common mistakes', () => {
    expect(HANDBOOK_MISTAKES).toHaveLength(10);
    for (const mistake of HANDBOOK_MISTAKES)
      expect(quotedLines(mistake.heading).length, mistake.heading).toBeGreaterThan(0);
  });

  // The handbook quotes main's validator (messages for YAML syntax, file encoding and lookalike
  // characters in Chinese, src/lib/content/textEncoding.ts); a branch made before it has other
  // messages, and these checks run once it has that validator.
  describe.runIf(existsSync('src/lib/content/textEncoding.ts'))(
    'quotes the validator exactly',
    () => {
      test.each(HANDBOOK_MISTAKES.map((m) => [m.heading, m] as const))(
        '%s',
        { timeout: 60_000 },
        (heading, mistake) => {
          const output = validateWith(
            mistake,
            ...(heading.startsWith('4.') ? DOC_NUMBER_VARIANTS : []),
          );
          for (const line of quotedLines(heading)) expect(output, heading).toContain(line);
        },
      );
    },
  );
});
