import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { TEST_AS_OF } from '../support/testSites.ts';

/**
 * Consent and privacy end to end: `npm run build` on a content tree with one fault
 * stops with a message naming the file and field, and leaves an existing output
 * folder exactly as it was.
 */

const TALENT = 'talents/wang-lan/index.md';
const work = mkdtempSync(join(tmpdir(), 'rencai-consent-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the valid fixture tree with the talent's index.md changed. */
function faultyTree(name: string, change: (source: string) => string): string {
  const dir = join(work, name, 'content');
  cpSync('test/fixtures/valid', dir, { recursive: true });
  const file = join(dir, TALENT);
  const changed = change(readFileSync(file, 'utf8'));
  writeFileSync(file, changed);
  return dir;
}

/** An output folder that already holds a published site (a marker stands in for it). */
function existingOutput(name: string): string {
  const dir = join(work, name, 'dist');
  mkdirSync(join(dir, 'talents'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>上一版</title>');
  writeFileSync(join(dir, 'talents', 'marker.txt'), 'published yesterday');
  return dir;
}

const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => {
      try {
        return [f, readFileSync(join(dir, f), 'utf8')];
      } catch {
        return [f, '(dir)'];
      }
    });

function build(contentDir: string, outDir: string) {
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      SITE_AS_OF: TEST_AS_OF,
      BASE_PATH: '/',
    },
  });
}

describe('npm run build with a fault in a talent story', () => {
  test.each([
    [
      'consent missing',
      (s: string) => s.replace(/^consent: true\n/m, ''),
      'consent',
      '必须为 true',
    ],
    [
      'consent false',
      (s: string) => s.replace(/^consent: true$/m, 'consent: false'),
      'consent',
      '必须为 true',
    ],
    [
      'a resident ID in the story',
      (s: string) => `${s}\n联系人身份证号 11010519491231002X。\n`,
      'body',
      '身份证号码',
    ],
    [
      'a personal mobile number in the story',
      (s: string) => `${s}\n欢迎来电 138 0013 8000 咨询。\n`,
      'body',
      '手机号码',
    ],
    [
      'a personal mobile number in the quote',
      (s: string) => s.replace(/^quote: .*$/m, 'quote: 有事请打 13800138000'),
      'quote',
      '手机号码',
    ],
  ])(
    '%s: exits 1 naming file and field, and leaves the existing output as it was',
    (name, change, field, message) => {
      const content = faultyTree(name, change);
      const out = existingOutput(name);
      const before = snapshot(out);
      const result = build(content, out);
      expect(result.status, result.stdout + result.stderr).toBe(1);
      const problemLine = result.stderr
        .split('\n')
        .find((line) => line.includes(`${TALENT}:`) && line.includes(`: ${field}: `));
      expect(problemLine, result.stderr).toBeDefined();
      expect(problemLine).toContain(message);
      expect(result.stderr).toContain('保持不变');
      // The personal number is masked in the message, never repeated whole.
      expect(result.stderr).not.toMatch(/11010519491231002X|138 ?0013 ?8000/);
      expect(snapshot(out)).toEqual(before);
    },
  );

  test('the unchanged fixture passes validation, so each failure above comes from its one fault', () => {
    const result = spawnSync(process.execPath, ['scripts/validate.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'test/fixtures/valid', SITE_AS_OF: TEST_AS_OF },
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
