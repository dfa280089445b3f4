import { pinyin } from 'pinyin-pro';
import { describe, expect, test } from 'vitest';
import { pinyinSlug, slugOfPath } from '../../../admin/pinyinSlug.js';
import { SLUG_PATTERN } from '../../../src/schemas/index.ts';

describe('pinyinSlug', () => {
  test.each([
    ['澄溪县人才公寓管理办法', 'cheng-xi-xian-ren-cai-gong-yu-guan-li-ban-fa'],
    [
      '关于做好2026年度人才补贴申报工作的通知',
      'guan-yu-zuo-hao-2026-nian-du-ren-cai-bu-tie-shen-bao-gong-zuo-de-tong-zhi',
    ],
    ['《澄溪县“十五五”人才发展规划》', 'cheng-xi-xian-shi-wu-wu-ren-cai-fa-zhan-gui-hua'],
  ])('suggests a valid slug for %s', (title, slug) => {
    const suggested = pinyinSlug(title, pinyin);
    expect(slug.startsWith(suggested)).toBe(true);
    expect(suggested.length).toBeLessThanOrEqual(60);
    expect(SLUG_PATTERN.test(suggested)).toBe(true);
  });
  test('is empty when nothing can be spelled', () => expect(pinyinSlug('《》', pinyin)).toBe(''));
});

describe('slugOfPath', () => {
  test('is the folder of a talent and the file name of other entries', () => {
    expect(slugOfPath('talents/long-siyuan/index.md')).toBe('long-siyuan');
    expect(slugOfPath('policies/2024/a-b/a-b.md')).toBe('a-b');
  });
});
