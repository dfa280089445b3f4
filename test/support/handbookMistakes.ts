import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TreeCopy } from './contentTrees.ts';

/**
 * The ten most common mistakes of the editors' handbook (docs/编辑手册.md), each made on a copy
 * of the sample content; the handbook quotes what `npm run validate` says about each, and
 * test/unit/docs/handbook.test.ts checks that it still says exactly that.
 */

/** One common mistake: how it is made, on a copy of content/. */
export interface HandbookMistake {
  /** Its number and heading in the handbook. */
  heading: string;
  make(tree: TreeCopy): void;
}

const POLICY = 'policies/2023/rencai-fazhan-zhuanxiang-zijin-guanli-guiding.md';
const TALENT = 'talents/du-qinghe/index.md';
const INCENTIVE = 'incentives/gaocengci-rencai/gaocengci-rencai-jintie.md';

/** The mistakes, in the handbook's order. */
export const HANDBOOK_MISTAKES: readonly HandbookMistake[] = [
  {
    heading: '1. 用 Tab 键缩进',
    make: (t) => t.edit(POLICY, '  - 澄溪县财政局', '\t- 澄溪县财政局'),
  },
  {
    heading: '2. 少了结尾的 ---',
    make: (t) =>
      t.edit(
        POLICY,
        'tags: [专项资金, 资金管理, 绩效评价]\n---\n',
        'tags: [专项资金, 资金管理, 绩效评价]\n\n',
      ),
  },
  {
    heading: '3. 文件不是 UTF-8 编码（GBK）',
    // 「标题」 in GBK: the bytes a Windows editor writes when it saves as ANSI on a Chinese system.
    make: (t) =>
      writeFileSync(
        join(t.dir, POLICY),
        Buffer.concat([
          Buffer.from('---\ntitle: '),
          Buffer.from([0xb1, 0xea, 0xcc, 0xe2]),
          Buffer.from('\n---\n'),
        ]),
      ),
  },
  {
    heading: '4. 发文字号的括号或数字写错',
    make: (t) => t.edit(POLICY, '澄财发〔2023〕27号', '澄财发【2023】27号'),
  },
  {
    heading: '5. 引用的 slug 拼错',
    make: (t) =>
      t.edit(
        INCENTIVE,
        'policy: gaocengci-rencai-yinjin-banfa',
        'policy: gaocengci-rencai-yingjin-banfa',
      ),
  },
  {
    heading: '6. 照片文件名大小写不一致',
    make: (t) => t.edit(TALENT, 'photo: ./photo.jpg', 'photo: ./Photo.jpg'),
  },
  {
    heading: '7. 草稿和发布日期：过早发布或忘了发布',
    make: (t) =>
      t.edit(
        POLICY.replace(
          '2023/rencai-fazhan-zhuanxiang-zijin-guanli-guiding',
          '2024/gaocengci-rencai-yinjin-banfa/gaocengci-rencai-yinjin-banfa',
        ),
        /\n---\n/,
        '\ndraft: true\n---\n',
      ),
  },
  { heading: '8. 没有填写“本人同意公开”', make: (t) => t.edit(TALENT, 'consent: true\n', '') },
  {
    heading: '9. 日期不存在',
    make: (t) => t.edit(POLICY, 'writtenOn: 2023-04-12', 'writtenOn: 2023-02-30'),
  },
  {
    heading: '10. 依据条款在文件中不存在',
    make: (t) => t.edit(INCENTIVE, 'clause: 第十二条', 'clause: 第三十二条'),
  },
];

/** Variants of mistake 4 the handbook also quotes. */
export const DOC_NUMBER_VARIANTS: readonly HandbookMistake[] = [
  { heading: '4b', make: (t) => t.edit(POLICY, '澄财发〔2023〕27号', '澄财发﹝2023﹞27号') },
  { heading: '4c', make: (t) => t.edit(POLICY, '澄财发〔2023〕27号', '澄财发〔２０２３〕27号') },
];
