/**
 * npm run new -- <policy|incentive|talent> <slug>
 * Writes a new draft entry into the content tree with every field present and
 * explained (from the schemas' descriptions). Never overwrites an existing entry.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describeFields } from '../src/schemas/describe.ts';
import {
  COLLECTION_LAYOUTS,
  SLUG_PATTERN,
  incentiveSchema,
  photoPathSchema,
  policySchema,
  talentSchema,
} from '../src/schemas/index.ts';
import { entryFrontmatter } from '../src/lib/content/entryTemplate.ts';
import { resolveContentDir, resolveSiteAsOf } from '../src/lib/shared/buildSettings.ts';
import { readContentTree } from './lib/readContentTree.ts';

const KINDS = {
  policy: { collection: 'policies', schema: policySchema },
  incentive: { collection: 'incentives', schema: incentiveSchema },
  talent: { collection: 'talents', schema: talentSchema(photoPathSchema) },
} as const;

const usage =
  '用法：npm run new -- <policy|incentive|talent> <slug>\n例如：npm run new -- policy rencai-gongyu-guanli-banfa';
const [kind, slug, ...rest] = process.argv.slice(2);
if (!kind || !slug || rest.length || !(kind in KINDS)) {
  console.error(usage);
  process.exit(2);
}
if (!SLUG_PATTERN.test(slug)) {
  console.error(
    `new: slug“${slug}”不合规：只能用小写字母、数字和连字符（通常是拼音），例如 gaocengci-rencai-banfa`,
  );
  process.exit(2);
}

const { collection, schema } = KINDS[kind as keyof typeof KINDS];
const contentDir = resolveContentDir(process.env.CONTENT_DIR);
const tree = readContentTree(contentDir);
const clash = tree.files.find((f) => f.collection === collection && f.slug === slug);
if (clash) {
  console.error(
    `new: ${COLLECTION_LAYOUTS[collection].label}中已有“${slug}”：${clash.file}。未创建新文件。`,
  );
  process.exit(1);
}

const today = resolveSiteAsOf(process.env.SITE_AS_OF);
// Refer to an existing policy where the template needs one, so the new entry validates as written.
const policies = tree.files.filter(
  (f) => f.collection === 'policies' && (f.data as { kind?: string } | null)?.kind !== '解读',
);
const someIncentive = tree.files.find((f) => f.collection === 'incentives');
const overrides: Record<string, unknown> = { draft: true, publishedOn: today };
const enabled = ['draft'];
if (policies[0])
  Object.assign(overrides, {
    policy: policies[0].slug,
    interprets: policies[0].slug,
    supersedes: [policies[0].slug],
  });
if (someIncentive) overrides.exclusiveWith = [someIncentive.slug];

const BODIES = {
  policy:
    '## 第一章　总则\n\n第一条　为……，根据……，结合我县实际，制定本办法。\n\n第二条　本办法适用于……\n\n## 第二章　附则\n\n第三条　本办法自发布之日起施行。\n',
  incentive: '在这里用平实的语言说明这项补贴或服务：谁能申请、能得到什么、怎么办理。\n',
  talent:
    '在这里写人物故事：他（她）做了什么、为什么回到家乡、取得了哪些成绩。引用政策时请写全称，例如《澄溪县高层次人才引进办法》。\n\n发布前请确认：本人已书面同意公开；正文中没有身份证号码和个人手机号码。\n',
} as const;

const target =
  kind === 'talent'
    ? join(contentDir, COLLECTION_LAYOUTS.talents.dir, slug, 'index.md')
    : join(contentDir, COLLECTION_LAYOUTS[collection].dir, `${slug}.md`);
if (existsSync(target)) {
  console.error(`new: ${target} 已存在，未覆盖。`);
  process.exit(1);
}
mkdirSync(join(target, '..'), { recursive: true });
writeFileSync(
  target,
  `${entryFrontmatter(describeFields(schema), { values: overrides, enabled })}\n${BODIES[kind as keyof typeof BODIES]}`,
  { flag: 'wx' },
);
console.log(`new: 已创建 ${relative(process.cwd(), target)}（草稿，draft: true）。`);
console.log(
  '下一步：修改示例值，去掉需要的选填字段前的 #，删除 draft 行后运行 npm run validate 检查。',
);
if (kind === 'talent')
  console.log(
    `别忘了把照片放进 ${relative(process.cwd(), join(target, '..'))}/ 并与 photo 字段同名。`,
  );
