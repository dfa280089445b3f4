import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  alignTexts,
  bodyParagraphs,
  diffPolicyBodies,
  diffWordsOf,
  segmentWords,
  type DiffEntry,
} from '../../../../src/lib/policy/policyDiff.ts';
import { toChineseNumeral } from '../../../../src/lib/shared/chineseNumerals.ts';

/** A body of numbered articles: `articles(['甲', '乙'])` is 第一条\u3000甲 and 第二条\u3000乙. */
const articles = (texts: readonly string[]) =>
  texts.map((text, i) => `第${toChineseNumeral(i + 1)}条\u3000${text}`).join('\n\n');

const summary = (entry: DiffEntry) =>
  `${entry.kind}:${'old' in entry ? entry.old.label : '-'}→${'new' in entry ? entry.new.label : '-'}`;

const bodyOf = (path: string) => readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

describe('segmentWords', () => {
  test('keeps numbers and words whole', () => {
    expect(segmentWords('每月1500元')).toEqual(['每月', '1500', '元']);
  });
});

describe('diffWordsOf', () => {
  test('marks a changed number as one removal and one addition', () => {
    expect(diffWordsOf('每月1500元', '每月2000元')).toEqual([
      { kind: 'equal', text: '每月' },
      { kind: 'removed', text: '1500' },
      { kind: 'added', text: '2000' },
      { kind: 'equal', text: '元' },
    ]);
  });

  test('returns one equal segment for identical texts', () => {
    expect(diffWordsOf('本办法自发布之日起施行。', '本办法自发布之日起施行。')).toEqual([
      { kind: 'equal', text: '本办法自发布之日起施行。' },
    ]);
  });

  test('rebuilds both texts exactly from its segments', () => {
    const before =
      '返乡人才取得硕士学位的，一次性给予安家补贴2万元；取得博士学位的，一次性给予安家补贴10万元。';
    const after =
      '返乡人才取得硕士学位的，一次性给予安家补贴3万元；取得博士学位的，按照有关规定执行。';
    const segments = diffWordsOf(before, after);
    expect(
      segments
        .filter((s) => s.kind !== 'added')
        .map((s) => s.text)
        .join(''),
    ).toBe(before);
    expect(
      segments
        .filter((s) => s.kind !== 'removed')
        .map((s) => s.text)
        .join(''),
    ).toBe(after);
  });

  test('folds a one-character common island into the surrounding change', () => {
    const segments = diffWordsOf('甲乙的丙丁', '戊己的庚辛');
    expect(segments.some((s) => s.kind === 'equal' && s.text === '的')).toBe(false);
  });
});

describe('alignTexts', () => {
  test('pairs identical texts wherever they stand', () => {
    expect(
      alignTexts(
        ['县人才服务中心提供一站式服务。', '本办法由县委人才办负责解释。'],
        ['本办法由县委人才办负责解释。', '县人才服务中心提供一站式服务。'],
      ).pairs,
    ).toEqual([
      [1, 0, true],
      [0, 1, true],
    ]);
  });

  test('pairs a reworded text with the most similar one, not the one with the same position', () => {
    const before = [
      '返乡高校毕业生按月发放生活补贴，硕士研究生每人每月1500元。',
      '子女入学由县教育局统筹安排。',
    ];
    const after = [
      '返乡人才可优先申请入住县人才公寓。',
      '返乡高校毕业生按月发放生活补贴，硕士研究生每人每月2000元。',
      '子女入学由县教育局统筹安排。',
    ];
    expect(alignTexts(before, after).pairs).toEqual([
      [0, 1, false],
      [1, 2, true],
    ]);
  });

  test('leaves unrelated texts unpaired', () => {
    expect(
      alignTexts(
        ['每两年评选一次优秀返乡人才，每人奖励1万元。'],
        ['建立县级领导干部联系服务返乡人才制度。'],
      ).pairs,
    ).toEqual([]);
  });

  test('pairs identical duplicates in order', () => {
    expect(alignTexts(['同上。', '同上。'], ['同上。', '同上。']).pairs).toEqual([
      [0, 0, true],
      [1, 1, true],
    ]);
  });
});

describe('bodyParagraphs', () => {
  test('makes each heading, paragraph, list item and table row one unit', () => {
    const body = [
      '## 一、说明',
      '',
      '第一段',
      '接续的一行。',
      '',
      '1. 甲',
      '2. **乙**',
      '',
      '| 领域 | 岗位 |',
      '|---|---|',
      '| 新材料 | 研发 |',
    ].join('\n');
    expect(bodyParagraphs(body)).toEqual([
      '一、说明',
      '第一段接续的一行。',
      '甲',
      '乙',
      '领域 | 岗位',
      '新材料 | 研发',
    ]);
  });
});

describe('diffPolicyBodies', () => {
  test('reads an inserted article as added and the articles after it as unchanged, renumbered', () => {
    const diff = diffPolicyBodies(
      articles(['为了引进人才，制定本办法。', '本办法由县委人才办负责解释。']),
      articles([
        '为了引进人才，制定本办法。',
        '县人才服务中心提供一站式服务。',
        '本办法由县委人才办负责解释。',
      ]),
    );
    expect(diff.mode).toBe('articles');
    expect(diff.entries.map(summary)).toEqual([
      'unchanged:第一条→第一条',
      'added:-→第二条',
      'unchanged:第二条→第三条',
    ]);
    expect(diff.entries[2]).toMatchObject({ kind: 'unchanged', renumbered: true });
    expect(diff.counts).toEqual({ unchanged: 2, renumbered: 1, changed: 0, added: 1, removed: 0 });
  });

  test('places a removed article where it stood in the old version', () => {
    const diff = diffPolicyBodies(
      articles([
        '为了引进人才，制定本办法。',
        '每两年评选一次优秀返乡人才。',
        '本办法由县委人才办负责解释。',
      ]),
      articles(['为了引进人才，制定本办法。', '本办法由县委人才办负责解释。']),
    );
    expect(diff.entries.map(summary)).toEqual([
      'unchanged:第一条→第一条',
      'removed:第二条→-',
      'unchanged:第三条→第二条',
    ]);
  });

  test('places a removed first article at the top', () => {
    const diff = diffPolicyBodies(
      articles(['每两年评选一次优秀返乡人才。', '本办法由县委人才办负责解释。']),
      articles(['本办法由县委人才办负责解释。']),
    );
    expect(diff.entries.map(summary)).toEqual(['removed:第一条→-', 'unchanged:第二条→第一条']);
  });

  test('marks changed text inside a changed article, without the labels', () => {
    const diff = diffPolicyBodies(
      articles(['硕士研究生每人每月1500元，最长发放24个月。']),
      articles(['硕士研究生每人每月2000元，最长发放36个月。']),
    );
    const [entry] = diff.entries;
    expect(entry).toMatchObject({
      kind: 'changed',
      renumbered: false,
      old: { label: '第一条', anchor: 'art-1' },
      new: { label: '第一条', anchor: 'art-1' },
    });
    expect(entry?.kind === 'changed' && entry.segments.filter((s) => s.kind !== 'equal')).toEqual([
      { kind: 'removed', text: '1500' },
      { kind: 'added', text: '2000' },
      { kind: 'removed', text: '24' },
      { kind: 'added', text: '36' },
    ]);
  });

  test('compares paragraphs when a version has no articles', () => {
    const diff = diffPolicyBodies(
      '## 一、目录\n\n| 新材料 | 研发 |\n| 茶产业 | 电商 |',
      '## 一、目录\n\n| 新材料 | 研发 |\n| 低空经济 | 无人机 |',
    );
    expect(diff.mode).toBe('paragraphs');
    expect(diff.counts).toMatchObject({ unchanged: 2, changed: 0, added: 1, removed: 1 });
  });

  test('finds 6 changed, 2 added, 1 removed and 12 unchanged articles in the sample 澄才回归 revision', () => {
    const diff = diffPolicyBodies(
      bodyOf('content/policies/2021/chengcai-huigui-shishi-yijian-2021.md'),
      bodyOf('content/policies/2024/chengcai-huigui-shishi-yijian.md'),
    );
    expect(diff.counts).toEqual({ unchanged: 12, renumbered: 3, changed: 6, added: 2, removed: 1 });
    expect(diff.entries.map(summary)).toEqual([
      'unchanged:第一条→第一条',
      'unchanged:第二条→第二条',
      'changed:第三条→第三条',
      'unchanged:第四条→第四条',
      'changed:第五条→第五条',
      'changed:第六条→第六条',
      'changed:第七条→第七条',
      'unchanged:第八条→第八条',
      'unchanged:第九条→第九条',
      'unchanged:第十条→第十条',
      'unchanged:第十一条→第十一条',
      'removed:第十二条→-',
      'changed:第十三条→第十二条',
      'added:-→第十三条',
      'unchanged:第十四条→第十四条',
      'unchanged:第十五条→第十五条',
      'added:-→第十六条',
      'unchanged:第十六条→第十七条',
      'unchanged:第十七条→第十八条',
      'unchanged:第十八条→第十九条',
      'changed:第十九条→第二十条',
    ]);
  });
});
