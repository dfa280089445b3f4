import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { validateTree } from '../../../scripts/lib/validateTree.ts';
import { copyTree, type TreeCopy } from '../../support/contentTrees.ts';

let tree: TreeCopy | null = null;
afterEach(() => {
  tree?.cleanup();
  tree = null;
});
const runNew = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: dir, SITE_AS_OF: '2026-11-21' },
  });

describe('npm run new', () => {
  test.each([
    ['policy', 'policies/rencai-gongyu-banfa.md'],
    ['incentive', 'incentives/rencai-gongyu-banfa.md'],
  ])('writes a %s draft with every field explained, which validates as written', (kind, file) => {
    tree = copyTree();
    const result = runNew(tree.dir, kind, 'rencai-gongyu-banfa');
    expect(result.status).toBe(0);
    const text = tree.read(file);
    expect(text).toContain('draft: true');
    expect(text).toMatch(/# 摘要（必填，文字）：/);
    expect(validateTree(tree.dir, '2026-11-21').problems).toEqual([]);
  });

  test('writes a talent folder and only asks for the photo', () => {
    tree = copyTree();
    expect(runNew(tree.dir, 'talent', 'li-ming').status).toBe(0);
    const problems = validateTree(tree.dir, '2026-11-21').problems;
    expect(problems).toEqual([
      expect.objectContaining({
        file: tree.shown('talents/li-ming/index.md'),
        field: 'photo',
        rule: 'file-missing',
      }),
    ]);
  });

  test('lists every schema field, optional ones commented out', () => {
    tree = copyTree();
    runNew(tree.dir, 'incentive', 'x-butie');
    const text = tree.read('incentives/x-butie.md');
    for (const key of [
      'title',
      'policy',
      'clause',
      'benefit',
      'amount',
      'eligibility',
      'exclusiveWith',
      'apply',
      'summary',
      'draft',
      'graduatedWithinYears',
      'materials',
    ]) {
      expect(text).toMatch(new RegExp(`^(# )?\\s*${key}:`, 'm'));
    }
  });

  test('never overwrites an existing entry', () => {
    tree = copyTree();
    const before = tree.read('incentives/boshi-anjia.md');
    const result = runNew(tree.dir, 'incentive', 'boshi-anjia');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('incentives/boshi-anjia.md');
    expect(tree.read('incentives/boshi-anjia.md')).toBe(before);
  });

  test.each([
    ['policy', 'Bad_Slug'],
    ['report', 'x'],
    ['policy', ''],
  ])('refuses %s %j with usage help', (kind, slug) => {
    tree = copyTree();
    const result = runNew(tree.dir, kind, slug);
    expect(result.status).toBe(2);
    expect(existsSync(join(tree.dir, 'policies', `${slug}.md`))).toBe(false);
  });
});
