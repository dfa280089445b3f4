import { symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  collectionEntryFiles,
  entryFileOf,
  proxyEntries,
} from '../../../scripts/lib/cmsEntryFiles.ts';
import { copyTree, type TreeCopy } from '../../support/contentTrees.ts';
import { stringMatching } from '../../support/matchers.ts';

let tree: TreeCopy;
beforeAll(() => {
  tree = copyTree();
  tree.write('policies/2024/a/b/c/d/shen-ceng.md', '---\ntitle: 深层\n---\n');
  tree.write('policies/2024/jiedu.mdx', '---\ntitle: MDX\n---\n');
  tree.write('talents/li-si/index.mdx', '---\nname: 李四\n---\n');
  tree.write('policies/2024/notes.txt', 'not an entry');
  writeFileSync(join(dirname(tree.dir), 'outside.md'), '---\ntitle: outside\n---\n');
  symlinkSync(join(dirname(tree.dir), 'outside.md'), join(tree.dir, 'policies', 'link.md'));
});
afterAll(() => tree.cleanup());

describe('collectionEntryFiles', () => {
  test('lists every .md and .mdx entry of a collection at any depth, as the validator does', () => {
    const files = collectionEntryFiles(tree.dir, 'policies')!;
    expect(files).toContain('policies/2024/a/b/c/d/shen-ceng.md');
    expect(files).toContain('policies/2024/jiedu.mdx');
    expect(files).toContain('policies/sub/yinjin-banfa.md');
    expect(files).not.toContain('policies/2024/notes.txt');
    expect(files).toEqual([...files].sort());
  });

  test('lists talents as <slug>/index.md or index.mdx only', () => {
    expect(collectionEntryFiles(tree.dir, 'talents')).toEqual([
      'talents/li-si/index.mdx',
      'talents/wang-lan/index.md',
    ]);
  });

  test('does not follow a symbolic link out of the content tree', () => {
    expect(collectionEntryFiles(tree.dir, 'policies')).not.toContain('policies/link.md');
  });

  test.each([['../'], ['policies/2024'], ['site.yaml'], ['uploads']])(
    'answers undefined for %s, which is no collection folder',
    (folder) => {
      expect(collectionEntryFiles(tree.dir, folder)).toBeUndefined();
    },
  );
});

describe('proxyEntries', () => {
  test('answers as decap-server does: the text and a content hash', () => {
    const [entry] = proxyEntries(tree.dir, ['policies/2024/jiedu.mdx']);
    expect(entry).toEqual({
      data: '---\ntitle: MDX\n---\n',
      file: { path: 'policies/2024/jiedu.mdx', id: stringMatching(/^[0-9a-f]{64}$/) },
    });
  });
});

describe('entryFileOf', () => {
  test('answers the .mdx file for the path Decap builds from its slug', () => {
    expect(entryFileOf(tree.dir, 'policies/2024/jiedu.mdx.md')).toBe('policies/2024/jiedu.mdx');
    expect(entryFileOf(tree.dir, 'talents/li-si/index.mdx.md')).toBe('talents/li-si/index.mdx');
  });

  test('leaves every other path as it is', () => {
    expect(entryFileOf(tree.dir, 'policies/gongyu-banfa.md')).toBe('policies/gongyu-banfa.md');
    expect(entryFileOf(tree.dir, 'policies/meiyou.mdx.md')).toBe('policies/meiyou.mdx.md');
    expect(entryFileOf(tree.dir, '../outside.mdx.md')).toBe('../outside.mdx.md');
  });
});
