import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { validateTree } from '../../../../scripts/lib/validateTree.ts';
import { copyTree, type TreeCopy } from '../../../support/contentTrees.ts';
import { stringContaining } from '../../../support/matchers.ts';

const AS_OF = '2026-11-21';
let tree: TreeCopy | null = null;
afterEach(() => {
  tree?.cleanup();
  tree = null;
});

/** Copies the valid fixture, applies one fault (none when not given), validates. */
function validateWith(fault?: (t: TreeCopy) => void) {
  tree = copyTree();
  fault?.(tree);
  return { tree, problems: validateTree(tree.dir, AS_OF).problems };
}

describe('validate on the valid fixture', () => {
  test('finds no problem', () => {
    const { problems } = validateWith();
    expect(problems).toEqual([]);
  });
});

interface Fault {
  name: string;
  file: string;
  apply: (t: TreeCopy) => void;
  /** The field reported, and the text of the line the report must point at (or a line number). */
  field: string;
  line: string | number;
  rule: string;
  /** A word the Chinese message must contain. */
  says: string;
}

const P = 'policies/sub/yinjin-banfa.md';
const I = 'incentives/boshi-anjia.md';
const T = 'talents/wang-lan/index.md';
const Y = 'indicators/2024.yaml';

/** An MDX 解读 of the fixture's policy with the given body. */
const MDX = (body: string) =>
  `---\ntitle: 解读\nkind: 解读\nissuer: 测试县人力资源和社会保障局\ntopic: 人才引进\npublishedOn: 2024-03-05\ninterprets: yinjin-banfa\nsummary: 用 MDX 写的解读。\n---\n\n${body}\n`;

const faults: Fault[] = [
  // Schema rules, each reported at the line of its key.
  {
    name: 'a misspelled key',
    file: P,
    apply: (t) => t.edit(P, 'publishedOn:', 'publishedon:'),
    field: 'publishedon',
    line: 'publishedon:',
    rule: 'unknown-field',
    says: 'publishedOn',
  },
  {
    name: 'a missing required field',
    file: P,
    apply: (t) => t.edit(P, /^summary:.*\n/m, ''),
    field: 'summary',
    line: 1,
    rule: 'required',
    says: '缺少必填字段',
  },
  {
    name: 'a date that does not exist',
    file: P,
    apply: (t) => t.edit(P, 'publishedOn: 2024-03-01', 'publishedOn: 2024-02-30'),
    field: 'publishedOn',
    line: 'publishedOn:',
    rule: 'date',
    says: '不存在',
  },
  {
    name: 'a month 13',
    file: P,
    apply: (t) => t.edit(P, 'publishedOn: 2024-03-01', 'publishedOn: 2023-13-45'),
    field: 'publishedOn',
    line: 'publishedOn:',
    rule: 'date',
    says: '2023-13-45',
  },
  {
    name: 'a value outside the vocabulary',
    file: P,
    apply: (t) => t.edit(P, 'topic: 人才引进', 'topic: 人才'),
    field: 'topic',
    line: 'topic:',
    rule: 'vocabulary',
    says: '人才引进',
  },
  {
    name: 'a malformed 发文字号',
    file: P,
    apply: (t) => t.edit(P, '测人社发〔2024〕5号', '测人社发[2024]5号'),
    field: 'docNumber',
    line: 'docNumber:',
    rule: 'doc-number',
    says: '六角括号',
  },
  {
    name: 'effectiveOn before writtenOn',
    file: P,
    apply: (t) => t.edit(P, 'effectiveOn: 2024-04-01', 'effectiveOn: 2024-02-01'),
    field: 'effectiveOn',
    line: 'effectiveOn:',
    rule: 'date-order',
    says: '成文日期',
  },
  {
    name: 'expiresOn before effectiveOn',
    file: P,
    apply: (t) =>
      t.edit(P, 'effectiveOn: 2024-04-01', 'effectiveOn: 2024-04-01\nexpiresOn: 2024-03-31'),
    field: 'expiresOn',
    line: 'expiresOn:',
    rule: 'date-order',
    says: '施行日期',
  },
  {
    name: 'a 解读 without interprets',
    file: 'policies/yinjin-banfa-jiedu.md',
    apply: (t) => t.edit('policies/yinjin-banfa-jiedu.md', /^interprets:.*\n/m, ''),
    field: 'interprets',
    line: 1,
    rule: 'interprets',
    says: 'interprets',
  },
  {
    name: 'amount min above max',
    file: I,
    apply: (t) => t.edit(I, 'min: 200000, max: 200000', 'min: 300000, max: 200000'),
    field: 'amount.min',
    line: 'amount:',
    rule: 'amount',
    says: '大于',
  },
  {
    name: 'a monthly amount without times',
    file: 'incentives/shenghuo-butie.md',
    apply: (t) => t.edit('incentives/shenghuo-butie.md', ', times: 36', ''),
    field: 'amount.times',
    line: 'amount:',
    rule: 'amount',
    says: 'times',
  },
  {
    name: 'an unknown eligibility criterion',
    file: I,
    apply: (t) => t.edit(I, 'maxAge: 45', 'maxage: 45'),
    field: 'eligibility.maxage',
    line: 'maxage:',
    rule: 'unknown-field',
    says: 'maxAge',
  },
  {
    name: 'a talent without consent',
    file: T,
    apply: (t) => t.edit(T, 'consent: true', 'consent: false'),
    field: 'consent',
    line: 'consent:',
    rule: 'vocabulary',
    says: '同意',
  },
  {
    name: 'indicators above the total',
    file: Y,
    apply: (t) => t.edit(Y, 'total: 1000', 'total: 900'),
    field: 'byTeam',
    line: 'byTeam:',
    rule: 'indicator-sum',
    says: '超过人才总量',
  },
  {
    name: 'a YAML syntax error',
    file: P,
    apply: (t) =>
      t.edit(P, 'title: 测试县人才引进办法', 'title: 测试县人才引进办法\n  bad: [unclosed'),
    field: '(YAML)',
    line: 3,
    rule: 'yaml-syntax',
    says: 'YAML',
  },
  // Rules between entries.
  {
    name: 'a slug that is not kebab-case',
    file: 'incentives/Boshi_Anjia.md',
    apply: (t) => t.rename(I, 'incentives/Boshi_Anjia.md'),
    field: '(文件名)',
    line: 1,
    rule: 'slug-form',
    says: '小写字母',
  },
  {
    name: 'a slug used twice in a collection',
    file: 'policies/sub/gongyu-banfa.md',
    apply: (t) =>
      t.write(
        'policies/sub/gongyu-banfa.md',
        t
          .read('policies/gongyu-banfa.md')
          .replace('title: 测试县人才公寓管理暂行办法', 'title: 另一份办法'),
      ),
    field: '(文件名)',
    line: 1,
    rule: 'slug-unique',
    says: 'policies/gongyu-banfa.md',
  },
  {
    name: 'a 发文字号 used twice',
    file: 'policies/jiuye-xize.md',
    apply: (t) => t.edit('policies/jiuye-xize.md', '测人社发〔2026〕9号', '测人社发〔2024〕5号'),
    field: 'docNumber',
    line: 'docNumber:',
    rule: 'doc-number-unique',
    says: '重复',
  },
  {
    name: 'an 索引号 used twice',
    file: 'policies/yinjin-banfa-2021.md',
    apply: (t) => t.edit('policies/yinjin-banfa-2021.md', 'TEST-2021-00003', 'TEST-2024-00005'),
    field: 'indexNo',
    line: 'indexNo:',
    rule: 'index-no-unique',
    says: '重复',
  },
  {
    name: 'supersedes naming no policy',
    file: P,
    apply: (t) => t.edit(P, 'supersedes: [yinjin-banfa-2021]', 'supersedes: [yinjin-banfa-2020]'),
    field: 'supersedes[0]',
    line: 'supersedes:',
    rule: 'reference',
    says: 'yinjin-banfa-2020',
  },
  {
    name: 'a supersedes cycle',
    file: 'policies/yinjin-banfa-2021.md',
    apply: (t) =>
      t.edit(
        'policies/yinjin-banfa-2021.md',
        'topic: 人才引进',
        'topic: 人才引进\nsupersedes: [yinjin-banfa]',
      ),
    field: 'supersedes',
    line: 'supersedes:',
    rule: 'supersedes-cycle',
    says: '循环',
  },
  {
    name: 'interprets naming no policy',
    file: 'policies/yinjin-banfa-jiedu.md',
    apply: (t) =>
      t.edit(
        'policies/yinjin-banfa-jiedu.md',
        'interprets: yinjin-banfa',
        'interprets: yinjin-banfa-2030',
      ),
    field: 'interprets',
    line: 'interprets:',
    rule: 'reference',
    says: 'yinjin-banfa-2030',
  },
  {
    name: 'an incentive citing no policy',
    file: I,
    apply: (t) => t.edit(I, 'policy: yinjin-banfa', 'policy: rencai-banfa'),
    field: 'policy',
    line: 'policy:',
    rule: 'reference',
    says: 'rencai-banfa',
  },
  {
    name: 'a cited clause missing from the policy body',
    file: I,
    apply: (t) => t.edit(I, 'clause: 第二条', 'clause: 第九条'),
    field: 'clause',
    line: 'clause:',
    rule: 'clause',
    says: '第九条',
  },
  {
    name: 'exclusiveWith naming no incentive',
    file: 'incentives/zufang-butie.md',
    apply: (t) =>
      t.edit(
        'incentives/zufang-butie.md',
        'exclusiveWith: [goufang-butie]',
        'exclusiveWith: [goufang]',
      ),
    field: 'exclusiveWith[0]',
    line: 'exclusiveWith:',
    rule: 'reference',
    says: 'goufang',
  },
  {
    name: 'a missing attachment file',
    file: P,
    apply: (t) => t.remove('policies/sub/shenbao-biao.pdf'),
    field: 'attachments[0].file',
    line: 'file: ./shenbao-biao.pdf',
    rule: 'file-missing',
    says: 'shenbao-biao.pdf',
  },
  {
    name: 'a missing photo',
    file: T,
    apply: (t) => t.remove('talents/wang-lan/photo.jpg'),
    field: 'photo',
    line: 'photo:',
    rule: 'file-missing',
    says: 'photo.jpg',
  },
  {
    name: 'an indicators year that differs from the file name',
    file: Y,
    apply: (t) => t.edit(Y, 'year: 2024', 'year: 2023'),
    field: 'year',
    line: 'year:',
    rule: 'indicator-year',
    says: '2024.yaml',
  },
  {
    name: 'a talent outside its folder',
    file: 'talents/zhang-san.md',
    apply: (t) => t.write('talents/zhang-san.md', t.read(T)),
    field: '(文件位置)',
    line: 1,
    rule: 'file-layout',
    says: 'talents/<slug>/index.md',
  },
  // Privacy, in every field and body.
  {
    name: 'a resident ID in a body',
    file: T,
    apply: (t) => t.edit(T, '王岚博士毕业后', '王岚（身份证号 11010519491231002X）博士毕业后'),
    field: 'body',
    line: '11010519491231002X',
    rule: 'privacy-resident-id',
    says: '身份证',
  },
  {
    name: 'a resident ID in a frontmatter field',
    file: T,
    apply: (t) =>
      t.edit(
        T,
        'organization: 测试县新材料公司',
        'organization: 测试县新材料公司 11010519491231002X',
      ),
    field: 'organization',
    line: 'organization:',
    rule: 'privacy-resident-id',
    says: '身份证',
  },
  {
    name: 'a personal mobile number in a field',
    file: I,
    apply: (t) => t.edit(I, 'phone: 0838-6201234', 'phone: 138-0013-8000'),
    field: 'apply.phone',
    line: 'phone: 138',
    rule: 'privacy-mobile',
    says: 'officialPhones',
  },
  {
    name: 'a personal mobile number in a body',
    file: P,
    apply: (t) =>
      t.edit(
        P,
        '第一条　为引进人才，制定本办法。',
        '第一条　为引进人才，制定本办法。联系人手机13800138000。',
      ),
    field: 'body',
    line: '13800138000',
    rule: 'privacy-mobile',
    says: '手机',
  },
  {
    name: 'a personal mobile number in site.yaml',
    file: 'site.yaml',
    apply: (t) => t.edit('site.yaml', 'phone: 0838-6201234', 'phone: "13800138000"'),
    field: 'contact.phone',
    line: 'phone:',
    rule: 'privacy-mobile',
    says: '手机',
  },
  // MDX is code: only the content components, naming entries that exist and are published.
  {
    name: 'an import in MDX',
    file: 'policies/mdx-jiedu.mdx',
    apply: (t) => t.write('policies/mdx-jiedu.mdx', MDX("import X from './x.js'")),
    field: 'body',
    line: 'import X',
    rule: 'mdx-esm',
    says: 'import',
  },
  {
    name: 'an expression in MDX',
    file: 'policies/mdx-jiedu.mdx',
    apply: (t) => t.write('policies/mdx-jiedu.mdx', MDX('补贴 {200000 * 2} 元')),
    field: 'body',
    line: '补贴 {',
    rule: 'mdx-expression',
    says: '{…}',
  },
  {
    name: 'an unknown component in MDX',
    file: 'policies/mdx-jiedu.mdx',
    apply: (t) => t.write('policies/mdx-jiedu.mdx', MDX('<Chart />')),
    field: 'body',
    line: '<Chart',
    rule: 'mdx-component',
    says: 'Callout',
  },
  {
    name: 'a PolicyLink to no policy',
    file: 'policies/mdx-jiedu.mdx',
    apply: (t) => t.write('policies/mdx-jiedu.mdx', MDX('<PolicyLink slug="no-such-banfa" />')),
    field: 'body',
    line: '<PolicyLink',
    rule: 'reference',
    says: 'no-such-banfa',
  },
  {
    name: 'a PolicyLink to a draft from a published page',
    file: 'policies/mdx-jiedu.mdx',
    apply: (t) => {
      t.edit('policies/gongyu-banfa.md', 'summary:', 'draft: true\nsummary:');
      t.write('policies/mdx-jiedu.mdx', MDX('<PolicyLink slug="gongyu-banfa" />'));
    },
    field: 'body',
    line: '<PolicyLink',
    rule: 'reference',
    says: '尚未发布',
  },
  {
    name: 'a PolicyLink to a clause the policy lacks',
    file: 'policies/mdx-jiedu.mdx',
    apply: (t) =>
      t.write('policies/mdx-jiedu.mdx', MDX('<PolicyLink slug="yinjin-banfa" clause="第九条" />')),
    field: 'body',
    line: '<PolicyLink',
    rule: 'clause',
    says: '第九条',
  },
  {
    name: 'broken MDX syntax',
    file: 'policies/mdx-jiedu.mdx',
    apply: (t) => t.write('policies/mdx-jiedu.mdx', MDX('<Callout type="提示">\n未闭合')),
    field: 'body',
    line: '<Callout',
    rule: 'mdx-syntax',
    says: 'MDX 语法错误',
  },
  // Hostile HTML in bodies.
  {
    name: 'a script tag',
    file: P,
    apply: (t) => t.edit(P, '## 第二章　保障', '<script>alert(1)</script>\n\n## 第二章　保障'),
    field: 'body',
    line: '<script>',
    rule: 'hostile-html',
    says: 'script',
  },
  {
    name: 'an on* attribute',
    file: T,
    apply: (t) => t.edit(T, '王岚博士毕业后', '<img src="x" onerror="alert(1)">王岚博士毕业后'),
    field: 'body',
    line: 'onerror',
    rule: 'hostile-html',
    says: 'on*',
  },
  {
    name: 'a javascript: link',
    file: I,
    apply: (t) =>
      t.edit(I, '补贴一次性发放。', '补贴一次性发放，[点此申请](javascript:alert(1))。'),
    field: 'body',
    line: 'javascript:',
    rule: 'hostile-html',
    says: 'javascript:',
  },
];

describe('validate reports one fault per case with file, line and field', () => {
  test.each(faults)('$name', ({ file, apply, field, line, rule, says }) => {
    const { tree: t, problems } = validateWith(apply);
    const expectedLine = typeof line === 'number' ? line : t.lineOf(file, line);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: t.shown(file),
        line: expectedLine,
        field,
        rule,
        message: stringContaining(says),
      }),
    );
  });
});

describe('validate reports every problem at once', () => {
  test('collects faults from several files in one run', () => {
    const { problems } = validateWith((t) => {
      t.edit(P, 'topic: 人才引进', 'topic: 人才');
      t.edit(I, 'clause: 第二条', 'clause: 第九条');
      t.edit(T, 'consent: true', 'consent: false');
    });
    expect(new Set(problems.map((p) => p.rule))).toEqual(new Set(['vocabulary', 'clause']));
    expect(problems.filter((p) => p.severity === 'error')).toHaveLength(3);
  });

  test('sorts problems by file and line', () => {
    const { problems } = validateWith((t) => {
      t.edit(P, 'topic: 人才引进', 'topic: 人才');
      t.edit(P, 'publishedOn: 2024-03-01', 'publishedOn: 2024-02-30');
    });
    expect(problems.map((p) => p.field)).toEqual(['topic', 'publishedOn']);
  });
});

describe('publication warnings', () => {
  test('warns when an entry refers to a draft and is held back with it', () => {
    const { tree: t, problems } = validateWith((tr) =>
      tr.edit(P, 'summary:', 'draft: true\nsummary:'),
    );
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: t.shown(I),
        field: 'policy',
        rule: 'held-back',
        line: t.lineOf(I, 'policy:'),
      }),
    );
    // The 解读 of the held-back policy is held back too.
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: t.shown('policies/yinjin-banfa-jiedu.md'),
        field: 'interprets',
        rule: 'held-back',
      }),
    );
  });

  test('does not warn about an embargoed entry that refers to nothing', () => {
    const { problems } = validateWith((t) =>
      t.edit('policies/jiuye-xize.md', 'publishedOn: 2026-11-01', 'publishedOn: 2026-12-01'),
    );
    expect(problems).toEqual([]);
  });
});

/**
 * The team's bad-input suite (test/fixtures/clerk-mistakes/): each of a clerk's commonest
 * slips, laid over the valid fixture, gets exactly one error that names the real cause first.
 */
const MISTAKES = 'test/fixtures/clerk-mistakes';

interface Mistake {
  name: string;
  /** Files of the valid tree the mistake takes away. */
  remove?: string[];
  file: string;
  line: number;
  field: string;
  rule: string;
  /** What the message must begin with, or contain. */
  says: RegExp;
}

const mistakes: Mistake[] = [
  {
    name: 'tab-indent',
    file: P,
    line: 5,
    field: '(YAML)',
    rule: 'yaml-syntax',
    says: /^YAML 格式错误：这一行用 Tab 键缩进了，YAML 只能用空格缩进/,
  },
  {
    name: 'unclosed-frontmatter',
    file: P,
    line: 1,
    field: '(frontmatter)',
    rule: 'frontmatter-unclosed',
    says: /^frontmatter 没有结束：第 1 行的 --- 之后找不到单独一行的 ---/,
  },
  {
    name: 'gbk-encoding',
    file: P,
    line: 2,
    field: '(文件编码)',
    rule: 'encoding',
    says: /^文件不是 UTF-8 编码，看起来是 GBK.*另存为.*UTF-8/,
  },
  {
    name: 'lookalike-brackets',
    file: P,
    line: 7,
    field: 'docNumber',
    rule: 'doc-number',
    says: /年份括号是小写六角括号“﹝﹞”.*应为六角括号“〔〕”，即 测人社发〔2024〕5号/,
  },
  {
    name: 'fullwidth-digits',
    file: P,
    line: 7,
    field: 'docNumber',
    rule: 'doc-number',
    says: /“２０２４”是全角数字，应为半角数字“2024”/,
  },
  {
    name: 'misspelled-slug',
    file: I,
    line: 3,
    field: 'policy',
    rule: 'reference',
    says: /^找不到依据文件“yinjin-bnafa”.*是否应为“yinjin-banfa”？$/,
  },
  {
    name: 'photo-case',
    remove: ['talents/wang-lan/photo.jpg'],
    file: T,
    line: 3,
    field: 'photo',
    rule: 'file-missing',
    says: /只差大小写的“photo\.JPG”/,
  },
  {
    name: 'chinese-file-name',
    file: 'policies/人才公寓管理办法.md',
    line: 1,
    field: '(文件名)',
    rule: 'slug-form',
    says: /建议改为拼音“rencai-gongyu-guanli-banfa”/,
  },
  {
    name: 'fullwidth-mobile',
    file: I,
    line: 18,
    field: 'body',
    rule: 'privacy-mobile',
    says: /^疑似个人手机号码 １３９\*+５６７８/,
  },
  {
    name: 'fullwidth-resident-id',
    file: I,
    line: 15,
    field: 'summary',
    rule: 'privacy-resident-id',
    says: /^疑似居民身份证号码/,
  },
];

describe('a clerk’s commonest slips get exactly one error, naming the real cause', () => {
  test.each(mistakes)('$name', ({ name, remove, file, line, field, rule, says }) => {
    const { tree: t, problems } = validateWith((tr) => {
      for (const gone of remove ?? []) tr.remove(gone);
      cpSync(join(MISTAKES, name), tr.dir, { recursive: true });
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: t.shown(file), line, field, rule, severity: 'error' }),
    ]);
    expect(problems[0]?.message).toMatch(says);
  });

  test('every folder of the suite has its case here', () => {
    expect(
      readdirSync(MISTAKES, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort(),
    ).toEqual(mistakes.map((m) => m.name).sort());
  });
});
