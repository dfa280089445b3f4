import { describe, expect, test } from 'vitest';
import type { PolicyDiff } from '../../src/lib/policy/policyDiff.ts';
import { builtPagePaths, readPage, textOf } from '../support/builtSite.ts';

/**
 * The 修订对照 pages of the sample: one per policy that supersedes another, with the
 * articles paired by content (a renumbered article is unchanged, not changed) and
 * the changed words marked.
 */

const SITE = 'sample';
const diffPage = (slug: string) => readPage(SITE, `/policies/${slug}/diff/`);
const entries = (slug: string) =>
  diffPage(slug)
    .querySelectorAll('.diff-entry')
    .map((li) => ({
      kind: li.getAttribute('data-kind'),
      title: textOf(li.querySelector('h3, summary')),
      element: li,
    }));

describe('修订对照 pages', () => {
  test('exist exactly for the policies that supersede another', () => {
    expect(
      builtPagePaths(SITE)
        .filter((p) => p.endsWith('/diff/'))
        .sort(),
    ).toEqual([
      '/policies/chengcai-huigui-shishi-yijian/diff/',
      '/policies/jixu-jinque-rencai-mulu-2027/diff/',
      '/policies/rencai-gongyu-guanli-banfa/diff/',
    ]);
  });

  test('name both versions with links', () => {
    const links = diffPage('chengcai-huigui-shishi-yijian')
      .querySelectorAll('.diff__versions dd > a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/policies/chengcai-huigui-shishi-yijian-2021/',
      '/policies/chengcai-huigui-shishi-yijian/',
    ]);
  });
});

describe('修订对照 of the 2024 澄才回归 revision', () => {
  const slug = 'chengcai-huigui-shishi-yijian';

  test('counts 6 changed, 2 added, 1 removed and 12 unchanged articles', () => {
    const summary = diffPage(slug).querySelector('.diff__summary');
    expect(JSON.parse(summary!.getAttribute('data-counts')!)).toEqual({
      unchanged: 12,
      renumbered: 3,
      changed: 6,
      added: 2,
      removed: 1,
    });
    expect(textOf(summary)).toBe(
      '逐条对照： 修改 6 条，新增 2 条，删除 1 条，未改动 12 条（其中 3 条仅序号调整）。',
    );
  });

  test('lists every article in the new order, removed ones where they stood', () => {
    expect(entries(slug).map((e) => `${e.kind} ${e.title}`)).toEqual([
      'unchanged 未改动第一条',
      'unchanged 未改动第二条',
      'changed 修改第三条',
      'unchanged 未改动第四条',
      'changed 修改第五条',
      'changed 修改第六条',
      'changed 修改第七条',
      'unchanged 未改动第八条',
      'unchanged 未改动第九条',
      'unchanged 未改动第十条',
      'unchanged 未改动第十一条',
      'removed 删除原第十二条',
      'changed 修改第十二条（原第十三条）',
      'added 新增第十三条',
      'unchanged 未改动第十四条',
      'unchanged 未改动第十五条',
      'added 新增第十六条',
      'unchanged 未改动第十七条（原第十六条）',
      'unchanged 未改动第十八条（原第十七条）',
      'unchanged 未改动第十九条（原第十八条）',
      'changed 修改第二十条（原第十九条）',
    ]);
  });

  test('marks the changed words inside a changed article', () => {
    const article5 = entries(slug).find((e) => e.title === '修改第五条')!.element;
    expect(article5.querySelectorAll('del').map(textOf)).toEqual(['1', '1500', '800', '24']);
    expect(article5.querySelectorAll('ins').map(textOf)).toEqual(['2', '2000', '1000', '36']);
    // Each side reads as the full article text of its version.
    expect(textOf(article5.querySelector('.diff-entry__side--new .diff-entry__text'))).toBe(
      '35周岁以下的全日制本科、硕士研究生学历返乡高校毕业生，毕业5年内到县内企业、社会组织就业或者自主创业，签订2年以上劳动合同并按规定缴纳社会保险的，按月发放生活补贴：硕士研究生每人每月2000元，本科每人每月1000元，最长发放36个月。',
    );
  });

  test('links each side to the article on its version page', () => {
    const renumbered = entries(slug).find((e) => e.title === '修改第十二条（原第十三条）')!.element;
    expect(
      renumbered.querySelectorAll('.diff-entry__role a').map((a) => a.getAttribute('href')),
    ).toEqual([
      '/policies/chengcai-huigui-shishi-yijian-2021/#art-13',
      '/policies/chengcai-huigui-shishi-yijian/#art-12',
    ]);
  });

  test('folds unchanged articles and shows removed and added ones whole', () => {
    const all = entries(slug);
    expect(
      all
        .filter((e) => e.kind === 'unchanged')
        .every((e) => e.element.querySelector('details') !== null),
    ).toBe(true);
    expect(
      textOf(all.find((e) => e.kind === 'removed')!.element.querySelector('.diff-entry__text')),
    ).toBe('每两年评选一次“澄溪优秀返乡人才”，每次不超过20名，每人给予奖励1万元，并颁发荣誉证书。');
    expect(
      all.find((e) => e.kind === 'added')!.element.querySelector('.diff-entry__side--old'),
    ).toBeNull();
  });

  test('gives every row a unique id', () => {
    const ids = diffPage(slug)
      .querySelectorAll('.diff-entry')
      .map((li) => li.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('修订对照 of documents without articles', () => {
  test('compares the 目录 paragraph by paragraph and row by row', () => {
    const summary = diffPage('jixu-jinque-rencai-mulu-2027').querySelector('.diff__summary');
    expect(textOf(summary)).toMatch(/^本文件未分条，按段落、列表项和表格行对照：/);
    const counts = JSON.parse(summary!.getAttribute('data-counts')!) as PolicyDiff['counts'];
    expect(counts.added).toBeGreaterThan(0);
    expect(counts.removed).toBeGreaterThan(0);
    const removedRows = entries('jixu-jinque-rencai-mulu-2027')
      .filter((e) => e.kind === 'removed')
      .map((e) => textOf(e.element.querySelector('.diff-entry__text')));
    expect(removedRows).toContain(
      '新材料 | 安全环保管理 | 安全工程、环境工程 | 本科且中级职称 | 企业',
    );
  });
});
