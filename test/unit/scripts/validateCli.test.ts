import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, test } from 'vitest';
import { copyTree, VALID_FIXTURE, type TreeCopy } from '../../support/contentTrees.ts';
import { stringContaining } from '../../support/matchers.ts';

const run = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/validate.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

let tree: TreeCopy | null = null;
afterEach(() => {
  tree?.cleanup();
  tree = null;
});

describe('npm run validate', () => {
  test('exits 0 on a valid tree and says so', () => {
    const result = run({ CONTENT_DIR: VALID_FIXTURE, SITE_AS_OF: '2026-11-21' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 个错误');
  });

  test('says in its summary how many entries are held back as drafts or not yet due', () => {
    tree = copyTree();
    tree.edit('policies/gongyu-banfa.md', 'summary:', 'draft: true\nsummary:');
    const result = run({ CONTENT_DIR: tree.dir, SITE_AS_OF: '2026-10-01' });
    expect(result.status).toBe(0);
    // jiuye-xize is published on 2026-11-01, after this as-of date.
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(
      /个有效条目（其中 1 篇草稿、1 篇未到发布日期(、\d+ 篇因引用未发布条目而随之暂缓)?，暂不发布），0 个错误/,
    );
  });

  test('exits 1 and prints <file>:<line>: <field>: <message> for every error', () => {
    tree = copyTree();
    tree.edit('policies/sub/yinjin-banfa.md', 'topic: 人才引进', 'topic: 人才');
    tree.edit('incentives/boshi-anjia.md', 'clause: 第二条', 'clause: 第九条');
    const result = run({ CONTENT_DIR: tree.dir, SITE_AS_OF: '2026-11-21' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(
      `${tree.shown('policies/sub/yinjin-banfa.md')}:${tree.lineOf('policies/sub/yinjin-banfa.md', 'topic:')}: topic: 主题分类：应为以下之一：人才引进、人才培养、人才评价、人才激励、人才服务保障、综合`,
    );
    expect(
      lines.some((l) => l.startsWith(`${tree!.shown('incentives/boshi-anjia.md')}:4: clause: `)),
    ).toBe(true);
    expect(lines.at(-1)).toContain('2 个错误');
  });

  test('prints the problems as JSON with --json', () => {
    tree = copyTree();
    tree.edit('talents/wang-lan/index.md', 'consent: true', 'consent: false');
    const result = run({ CONTENT_DIR: tree.dir, SITE_AS_OF: '2026-11-21' }, '--json');
    expect(result.status).toBe(1);
    const problems = JSON.parse(result.stdout) as unknown[];
    expect(problems).toEqual([
      {
        file: tree.shown('talents/wang-lan/index.md'),
        line: tree.lineOf('talents/wang-lan/index.md', 'consent:'),
        field: 'consent',
        rule: 'vocabulary',
        message: stringContaining('同意'),
        severity: 'error',
      },
    ]);
  });

  test('reads SITE_AS_OF for embargo and publication warnings', () => {
    tree = copyTree();
    // The incentive's policy is published only from 2026-12-01: at 2026-11-21 it is held back, a warning.
    tree.edit('policies/sub/yinjin-banfa.md', 'publishedOn: 2024-03-01', 'publishedOn: 2026-12-01');
    tree.edit('policies/sub/yinjin-banfa.md', 'effectiveOn: 2024-04-01', 'effectiveOn: 2026-12-01');
    const early = run({ CONTENT_DIR: tree.dir, SITE_AS_OF: '2026-11-21' }, '--json');
    const later = run({ CONTENT_DIR: tree.dir, SITE_AS_OF: '2026-12-01' }, '--json');
    expect(early.status).toBe(0);
    expect(
      (JSON.parse(early.stdout) as { rule: string }[]).filter((p) => p.rule === 'held-back').length,
    ).toBeGreaterThan(0);
    expect(JSON.parse(later.stdout)).toEqual([]);
  });

  test('rejects a malformed SITE_AS_OF with exit code 2', () => {
    const result = run({ CONTENT_DIR: VALID_FIXTURE, SITE_AS_OF: '2026-02-30' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('SITE_AS_OF');
  });

  test('says when CONTENT_DIR does not exist', () => {
    const result = run({ CONTENT_DIR: 'no/such/tree', SITE_AS_OF: '2026-11-21' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('内容目录不存在');
  });
});
