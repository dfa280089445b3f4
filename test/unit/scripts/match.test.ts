import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { MatchOutput } from '../../../src/lib/incentive/matchIncentives.ts';
import { stringContaining } from '../../support/matchers.ts';

const dir = mkdtempSync(join(tmpdir(), 'rencai-match-cli-'));

/** Runs scripts/match.ts on the fixture tree at a fixed date. */
function match(
  args: string[],
  { input, env = {} }: { input?: string; env?: Record<string, string> } = {},
) {
  const result = spawnSync(process.execPath, ['scripts/match.ts', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, CONTENT_DIR: 'test/fixtures/valid', SITE_AS_OF: '2026-11-21', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What match printed on success. */
const output = (stdout: string) => JSON.parse(stdout) as MatchOutput;

function profileFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('npm run match', () => {
  test('prints the specification output for a profile file', () => {
    const file = profileFile(
      'ok.json',
      JSON.stringify({
        education: '博士研究生',
        fullTime: true,
        age: 40,
        graduationYear: 2024,
        groups: ['高校毕业生'],
        tier: 'D',
        title: '中级',
        employer: '企业',
      }),
    );
    const { status, stdout, stderr } = match([file]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const printed = output(stdout);
    expect(Object.keys(printed)).toEqual(['asOf', 'eligible', 'unknown', 'ineligible', 'total']);
    expect(printed.asOf).toBe('2026-11-21');
    // The fixture's 人才公寓 cites a repealed policy: not offered, so in none of the lists.
    const all = [...printed.eligible, ...printed.unknown, ...printed.ineligible]
      .map((i) => i.slug)
      .sort();
    expect(all).toEqual(['boshi-anjia', 'goufang-butie', 'shenghuo-butie', 'zufang-butie']);
    expect(printed.eligible).toEqual([
      { slug: 'boshi-anjia', title: '博士研究生安家补贴', min: 200000, max: 200000 },
      { slug: 'goufang-butie', title: '人才购房补贴', min: 50000, max: 100000 },
      { slug: 'zufang-butie', title: '人才租房补贴', min: 12000, max: 24000 },
    ]);
    expect(printed.ineligible).toEqual([
      { slug: 'shenghuo-butie', reason: '要求同时属于高校毕业生和返乡人才，您不属于返乡人才' },
    ]);
    // 租房 is exclusive with 购房 (declared on the 租房 side): only the larger counts.
    expect(printed.total).toEqual({ min: 250000, max: 300000, unpriced: 0 });
  });

  test('names the missing profile keys', () => {
    const printed = output(match(['-'], { input: '{ "age": null }' }).stdout);
    expect(printed.unknown.find((u) => u.slug === 'boshi-anjia')?.missing).toEqual([
      'education',
      'fullTime',
      'age',
    ]);
  });

  test.each([
    ['bad JSON', '{ "age": 28, }', /bad JSON\.json: JSON 格式错误/],
    ['an unknown key', '{ "degree": "本科" }', /an unknown key\.json: degree: 不认识的字段/],
    [
      'a bad value',
      '{ "age": "二十八" }',
      /a bad value\.json: age: 应为 1 到 120 之间的整数，现为 「二十八」/,
    ],
    ['a list', '[]', /a list\.json: \(根\): 应为 JSON 对象/],
  ])(
    'refuses %s with a Chinese message naming the file and field, exit 2',
    (name, text, message) => {
      const { status, stdout, stderr } = match([profileFile(`${name}.json`, text)]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    },
  );

  test('reports a missing file and a missing argument', () => {
    expect(match([join(dir, 'none.json')])).toMatchObject({
      status: 2,
      stderr: stringContaining('none.json: 文件不存在'),
    });
    expect(match([])).toMatchObject({
      status: 2,
      stderr: stringContaining('用法：npm run match -- <profile.json>'),
    });
  });

  test('honours SITE_AS_OF, and refuses a bad one', () => {
    const file = profileFile(
      'grad.json',
      '{ "graduationYear": 2024, "groups": ["高校毕业生", "返乡人才"], "employer": "企业" }',
    );
    expect(output(match([file]).stdout).eligible.map((e) => e.slug)).toContain('shenghuo-butie');
    expect(
      output(match([file], { env: { SITE_AS_OF: '2028-01-01' } }).stdout).ineligible.map(
        (e) => e.slug,
      ),
    ).toContain('shenghuo-butie');
    expect(match([file], { env: { SITE_AS_OF: '2026-02-30' } })).toMatchObject({
      status: 2,
      stderr: stringContaining('SITE_AS_OF'),
    });
  });

  test('refuses to answer from content with errors, exit 1', () => {
    const file = profileFile('empty.json', '{}');
    expect(match([file], { env: { CONTENT_DIR: join(dir, 'no-such-tree') } })).toMatchObject({
      status: 1,
      stdout: '',
    });
  });
});
