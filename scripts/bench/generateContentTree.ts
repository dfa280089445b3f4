/**
 * node scripts/bench/generateContentTree.ts <out-dir> [policies=6000] [incentives=2000] [talents=2000] [photos=200]
 * Generates a large, valid content tree for benchmarks from the sample content:
 * policy and story bodies are the sample's own, varied per entry, so that text,
 * articles, references and photos look like real content at scale.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readContentTree } from '../lib/readContentTree.ts';
import {
  POLICY_TOPICS,
  TEAMS,
  BENEFITS,
  GROUPS,
  EDUCATION_LEVELS,
} from '../../src/schemas/vocabularies.ts';
import { parsePolicyStructure } from '../../src/lib/policy/policyArticles.ts';

/** How many entries of each kind to generate. */
export interface TreeSize {
  policies: number;
  incentives: number;
  talents: number;
  photos: number;
}

/** The benchmark size of issue 8: 6,000 policies, 2,000 incentives, 2,000 talents sharing 200 photos. */
export const BENCH_SIZE: TreeSize = {
  policies: 6000,
  incentives: 2000,
  talents: 2000,
  photos: 200,
};

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '晓明华丽军平刚桂英芳秀兰玉珍建国志强海燕红霞文静雪梅春燕国庆丽娟永红建华德胜宇航子涵欣怡浩然梓萱一鸣思远若溪';

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const date = (i: number, startYear = 2016) =>
  `${startYear + (i % 10)}-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)}`;

/** Writes a generated tree into `outDir` (replacing it) and returns its size. */
export function generateContentTree(
  outDir: string,
  size: TreeSize = BENCH_SIZE,
  sampleDir = 'content',
): TreeSize {
  const sample = readContentTree(sampleDir);
  const bodies = sample.files
    .filter((f) => f.collection === 'policies' && parsePolicyStructure(f.body).articles.length >= 5)
    .map((f) => f.body);
  const stories = sample.files.filter((f) => f.collection === 'talents').map((f) => f.body);
  const photos = sample.files
    .filter((f) => f.collection === 'talents')
    .map((f) => join(f.absolutePath, '..', String((f.data as { photo: string }).photo)));
  if (!bodies.length || !stories.length || !photos.length)
    throw new Error(`${sampleDir} 中没有可用作模板的政策正文、人物故事或照片`);

  rmSync(outDir, { recursive: true, force: true });
  for (const dir of ['policies', 'incentives', 'talents', 'indicators', 'photos'])
    mkdirSync(join(outDir, dir), { recursive: true });
  copyFileSync(join(sampleDir, 'site.yaml'), join(outDir, 'site.yaml'));

  // Policies: every tenth supersedes the one before it, every twentieth is a 解读 of the one before.
  const articleCounts: number[] = [];
  for (let i = 0; i < size.policies; i++) {
    const slug = `zhengce-${pad(i, 5)}`;
    const body = pick(bodies, i).replace(/澄溪县/g, `澄溪县（第${i + 1}号）`);
    articleCounts.push(parsePolicyStructure(body).articles.length);
    const isInterpretation = i % 20 === 19;
    const published = date(i);
    const lines = [
      '---',
      `title: 澄溪县人才政策文件第${i + 1}号${isInterpretation ? '解读' : ''}`,
      `kind: ${isInterpretation ? '解读' : pick(['办法', '意见', '细则', '通知', '方案', '规定'], i)}`,
      `issuer: [中共澄溪县委组织部, 澄溪县人力资源和社会保障局]`,
      ...(isInterpretation
        ? [`interprets: zhengce-${pad(i - 1, 5)}`]
        : [
            `docNumber: 澄人社发〔${published.slice(0, 4)}〕${i + 1}号`,
            `indexNo: CXRC-BENCH-${pad(i, 6)}`,
          ]),
      `topic: ${pick(POLICY_TOPICS, i)}`,
      `audiences: [${pick(GROUPS, i)}, ${pick(GROUPS, i + 3)}]`,
      `writtenOn: ${published}`,
      `publishedOn: ${published}`,
      ...(i % 10 === 9 && !isInterpretation ? [`supersedes: [zhengce-${pad(i - 1, 5)}]`] : []),
      ...(i % 17 === 0 ? [`repealedOn: 2026-01-15`] : []),
      `summary: 第${i + 1}号政策文件，规定${pick(POLICY_TOPICS, i)}方面的支持措施和办理程序。`,
      `tags: [${pick(POLICY_TOPICS, i)}, 人才]`,
      '---',
      '',
      body,
    ];
    writeFileSync(join(outDir, 'policies', `${slug}.md`), lines.join('\n'));
  }

  for (let i = 0; i < size.incentives; i++) {
    const policyIndex = (i * 3) % size.policies;
    const policy = policyIndex % 20 === 19 ? policyIndex - 1 : policyIndex;
    const benefit = pick(BENEFITS, i);
    const service = ['人才公寓', '子女入学', '配偶就业', '医疗保健'].includes(benefit);
    const period = pick(['once', 'monthly', 'yearly'] as const, i);
    const lines = [
      '---',
      `title: 第${i + 1}项${benefit}`,
      `policy: zhengce-${pad(policy, 5)}`,
      ...(articleCounts[policy]! >= 2 ? ['clause: 第二条'] : []),
      `benefit: ${benefit}`,
      ...(service
        ? []
        : [
            `amount: { min: ${1000 * (1 + (i % 5))}, max: ${1000 * (1 + (i % 5)) + 1000 * (i % 7)}, period: ${period}${period === 'once' ? '' : `, times: ${12 * (1 + (i % 3))}`} }`,
          ]),
      'eligibility:',
      `  education: [${pick(EDUCATION_LEVELS, i)}, ${pick(EDUCATION_LEVELS, i + 1)}]`,
      `  maxAge: ${30 + (i % 25)}`,
      `  groups: [${pick(GROUPS, i)}]`,
      ...(i % 2 ? ['  fullTime: true'] : []),
      ...(i % 50 === 1 ? [`exclusiveWith: [jili-${pad(i - 1, 5)}]`] : []),
      `summary: 符合条件的人才可申请第${i + 1}项${benefit}。`,
      '---',
      '',
      `符合条件的人才可申请${benefit}，具体办法见依据文件。`,
    ];
    writeFileSync(join(outDir, 'incentives', `jili-${pad(i, 5)}.md`), lines.join('\n'));
  }

  // Talents share a pool of photos, each in its own folder as the layout requires (hard links would be fragile across disks).
  const pool = Array.from({ length: size.photos }, (_, i) => pick(photos, i));
  for (let i = 0; i < size.talents; i++) {
    const slug = `rencai-${pad(i, 5)}`;
    const dir = join(outDir, 'talents', slug);
    mkdirSync(dir);
    const photo = pick(pool, i);
    const photoName = `photo-${pad(i % size.photos, 3)}${extname(photo)}`;
    copyFileSync(photo, join(dir, photoName));
    const name = `${pick([...SURNAMES], i)}${pick([...GIVEN], i * 7)}${pick([...GIVEN], i * 13 + 1)}`;
    const lines = [
      '---',
      `name: ${name}`,
      `photo: ./${photoName}`,
      `photoAlt: ${name}在工作岗位上`,
      'consent: true',
      `team: ${pick(TEAMS, i)}`,
      `field: ${pick(['玉雕', '中医', '新材料', '茶叶', '乡村规划', '社会工作'], i)}`,
      `summary: ${name}扎根澄溪，在本职岗位上做出突出成绩。`,
      `publishedOn: ${date(i, 2020)}`,
      ...(i % 100 === 0 ? ['featured: true'] : []),
      '---',
      '',
      pick(stories, i),
    ];
    writeFileSync(join(dir, 'index.md'), lines.join('\n'));
  }

  for (const file of readdirSync(join(sampleDir, 'indicators')))
    copyFileSync(join(sampleDir, 'indicators', file), join(outDir, 'indicators', file));
  rmSync(join(outDir, 'photos'), { recursive: true });
  return size;
}

if (import.meta.main) {
  const [outDir, ...counts] = process.argv.slice(2);
  if (!outDir) {
    console.error(
      '用法：node scripts/bench/generateContentTree.ts <out-dir> [policies] [incentives] [talents] [photos]',
    );
    process.exit(2);
  }
  const [policies, incentives, talents, photos] = counts.map(Number);
  const size = generateContentTree(outDir, {
    policies: policies ?? BENCH_SIZE.policies,
    incentives: incentives ?? BENCH_SIZE.incentives,
    talents: talents ?? BENCH_SIZE.talents,
    photos: photos ?? BENCH_SIZE.photos,
  });
  console.log(
    `已生成 ${outDir}：${size.policies} 个政策、${size.incentives} 个激励事项、${size.talents} 位人才（${size.photos} 张照片）`,
  );
}
