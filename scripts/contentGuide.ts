/**
 * npm run guide [-- --check]
 * Writes CONTENT-GUIDE.md, the editors' guide to every field, from the schemas'
 * descriptions. With --check, exits 1 when the committed guide is out of date.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { describeFields } from '../src/schemas/describe.ts';
import {
  BENEFITS,
  EDUCATION_LEVELS,
  EMPLOYER_TYPES,
  GROUPS,
  HONOR_LEVELS,
  POLICY_KINDS,
  POLICY_TOPICS,
  TEAMS,
  TIER_LABELS,
  TITLES,
  incentiveSchema,
  indicatorsSchema,
  photoPathSchema,
  policySchema,
  siteSchema,
  talentSchema,
} from '../src/schemas/index.ts';
import { renderContentGuide } from '../src/lib/content/contentGuide.ts';
import { CONTENT_COMPONENTS } from '../src/lib/content/contentComponents.ts';

const GUIDE_FILE = 'CONTENT-GUIDE.md';

const preamble = `# 内容编写指南（编辑用）

> 本文件由 \`npm run guide\` 根据 \`src/schemas/\` 中的字段定义自动生成，请勿手工修改；字段说明有误时请修改 schema 后重新生成。

## 写作流程

1. 新建条目：\`npm run new -- policy <slug>\`（或 \`incentive\`、\`talent\`）。生成的文件列出全部字段和说明，默认为草稿（\`draft: true\`）。
2. 按说明填写。选填字段去掉行首的 \`#\` 即可启用。日期写作 \`YYYY-MM-DD\`，金额以元为单位写整数。
3. 运行 \`npm run validate\` 检查。每个问题一行：\`文件:行号: 字段: 说明\`。有错误时不会发布。
4. 删除 \`draft: true\` 一行，运行 \`npm run build\` 发布。

## 几条规则

- **slug**（网址中的名称）就是文件名（人才风采是文件夹名），只能用小写字母、数字和连字符，通常写拼音，例如 \`gaocengci-rencai-yinjin-banfa\`。子文件夹只为整理方便，不进入网址。
- **字段名必须拼写正确**：拼错或多出的字段会被报错，不会被悄悄忽略。
- **状态由系统计算**，不要手写：施行日期未到为“尚未施行”；到了废止日期为“已废止”；被已施行的新文件替代（新文件写 \`supersedes\`）为“已修订”；过了有效期为“已失效”；其余为“现行有效”。政策解读的状态随所解读的文件。
- **条文**：以“第X条”开头的段落（X 用汉字数字）自动成为可引用的条款，锚点为 \`#art-X\`；“第X章”标题的锚点为 \`#ch-X\`。每条之间空一行。
- **激励事项**只在依据文件“现行有效”时对外受理；其余时间页面保留并标明已停止受理。
- **隐私**：任何字段和正文中都不得出现居民身份证号码或个人手机号码；官方服务号码须列入 \`site.yaml\` 的 \`officialPhones\`。人才风采必须有 \`consent: true\`（本人书面同意公开），照片发布时自动去除 EXIF/GPS 信息。
- **不要在正文中写 HTML 脚本**：\`<script>\`、\`onclick=\` 之类的属性和 \`javascript:\` 链接会被拒绝，其余 HTML 会被清理。
- **定时公开**：发布日期晚于今天的条目到期才发布；引用了未发布条目的条目会随之暂缓发布（validate 给出警告）。

## 在正文中使用内容组件（.mdx）

把文件扩展名改为 \`.mdx\`，正文中就可以使用下列组件（无需 import）。MDX 会被当作代码处理，因此除这些组件外，正文中不能有 \`import\`/\`export\`、\`{…}\` 表达式或 HTML 标签；属性只能写成 \`名称="文字"\`。

${Object.entries(CONTENT_COMPONENTS)
  .map(
    ([name, c]) =>
      `- \`<${name}${Object.entries(c.attributes)
        .filter(([, a]) => a.required)
        .map(([k]) => ` ${k}="…"`)
        .join(
          '',
        )}${c.hasContent ? '>…</' + name + '>' : ' />'}\`：${c.description}。属性：${Object.entries(
        c.attributes,
      )
        .map(
          ([k, a]) =>
            `\`${k}\`（${a.required ? '必填' : '选填'}，${a.description}${a.values ? `，取值 ${a.values.join('、')}` : ''}）`,
        )
        .join('；')}`,
  )
  .join('\n')}

## 取值表

- 文种：${POLICY_KINDS.join('、')}
- 主题分类：${POLICY_TOPICS.join('、')}
- 适用对象 / 群体：${GROUPS.join('、')}
- 人才队伍：${TEAMS.join('、')}
- 人才层次：${Object.entries(TIER_LABELS)
  .map(([k, v]) => `${k} ${v}`)
  .join('、')}
- 学历：${EDUCATION_LEVELS.join('、')}
- 职称：${TITLES.join('、')}
- 用人类型：${EMPLOYER_TYPES.join('、')}
- 激励类型：${BENEFITS.join('、')}
- 荣誉级别：${HONOR_LEVELS.join('、')}
`;

const guide = renderContentGuide(
  [
    {
      title: '网站信息（site.yaml）',
      location: 'content/site.yaml',
      intro: '网站的名称、主办单位和联系方式，全站只有一个。',
      fields: describeFields(siteSchema),
    },
    {
      title: '政策文件与政策解读',
      location: 'content/policies/**/<slug>.md',
      intro:
        'frontmatter 之后是文件正文。解读也放在这里，文种写“解读”，并用 interprets 指向所解读的文件。',
      fields: describeFields(policySchema),
    },
    {
      title: '激励与补贴事项',
      location: 'content/incentives/**/<slug>.md',
      intro:
        '每项补贴或服务一个文件。正文可补充说明；申请条件写在 eligibility 中，政策计算器据此判断。',
      fields: describeFields(incentiveSchema),
    },
    {
      title: '人才风采',
      location: 'content/talents/<slug>/index.md',
      intro: '每人一个文件夹，照片放在同一文件夹。正文是人物故事。',
      fields: describeFields(talentSchema(photoPathSchema)),
    },
    {
      title: '年度人才工作统计',
      location: 'content/indicators/<年份>.yaml',
      intro: '每年一个 YAML 文件，文件名就是年份。',
      fields: describeFields(indicatorsSchema),
    },
  ],
  preamble,
);

if (process.argv.includes('--check')) {
  const current = existsSync(GUIDE_FILE) ? readFileSync(GUIDE_FILE, 'utf8') : '';
  if (current !== guide) {
    console.error(`guide: ${GUIDE_FILE} 与 schema 不一致，请运行 npm run guide 重新生成。`);
    process.exit(1);
  }
  console.log(`guide: ${GUIDE_FILE} 与 schema 一致。`);
} else {
  writeFileSync(GUIDE_FILE, guide);
  console.log(`guide: 已根据 schema 生成 ${GUIDE_FILE}`);
}
