import { z } from 'astro/zod';
import { HONOR_LEVELS, TEAMS, TIERS } from './vocabularies.ts';
import { describe, flag, isoDate, oneOf, summaryText, text } from './fields.ts';

/** Makes the schema of a photo field; Astro passes its `image()` helper, plain Node a string check. */
export type ImageSchemaFactory<I extends z.ZodType = z.ZodType> = () => I;

/** The photo field when no image pipeline is present: a relative path to a jpg, png or webp file. */
export const photoPathSchema = () =>
  z
    .string({ error: '应为照片文件名，例如 ./photo.jpg' })
    .trim()
    .regex(/\.(jpe?g|png|webp)$/i, { error: '照片应为 jpg、png 或 webp 文件' });

/**
 * One exemplary talent (人才风采); `image` is Astro's image() or photoPathSchema.
 * Long on purpose: it is the collection's field list, one entry per field, like the other
 * schemas; a function because Astro's image() is only known inside content.config.ts.
 */
export function talentSchema<I extends z.ZodType>(image: ImageSchemaFactory<I>) {
  return z.strictObject({
    name: describe(text(), { title: '姓名', description: '人物姓名。', examples: ['周雨桐'] }),
    photo: describe(image(), {
      title: '照片',
      description:
        '与 index.md 同目录的照片文件（jpg、png 或 webp）。发布时会去除 EXIF/GPS 等元数据。',
      examples: ['./photo.jpg'],
    }),
    photoAlt: describe(text(), {
      title: '照片说明',
      description: '供读屏软件朗读的照片文字说明：画面里有谁、在做什么。',
      examples: ['周雨桐在工作室里打磨一件青玉摆件'],
    }),
    photoCredit: describe(text().optional(), {
      title: '摄影/来源',
      description: '摄影者或图片来源，媒体转载时须署名。',
      examples: ['澄溪县融媒体中心 李航 摄'],
    }),
    consent: describe(z.literal(true, { error: '必须为 true：只有本人书面同意公开后才能发布' }), {
      title: '本人同意公开',
      description: '必须为 true，表示本人已书面同意公开姓名、照片和事迹。',
      examples: [true],
    }),
    team: describe(oneOf(TEAMS), {
      title: '人才队伍',
      description: `取值：${TEAMS.join('、')}。`,
      examples: ['高技能人才'],
    }),
    tier: describe(oneOf(TIERS).optional(), {
      title: '人才层次',
      description:
        'A 国际国内顶尖人才、B 国家级领军人才、C 省级领军人才、D 市级拔尖人才、E 县级骨干人才。',
      examples: ['D'],
    }),
    field: describe(text(), {
      title: '行业领域',
      description: '从事的行业或专业领域。',
      examples: ['玉雕'],
    }),
    organization: describe(text().optional(), {
      title: '工作单位',
      description: '工作单位全称。',
      examples: ['澄溪县玉雕文化产业园'],
    }),
    honors: describe(
      z
        .array(
          z.strictObject({
            title: describe(text(), {
              title: '荣誉名称',
              description: '荣誉或奖项的名称。',
              examples: ['四川省技术能手'],
            }),
            year: describe(
              z
                .int({ error: '应为四位年份' })
                .min(1949, { error: '年份应不早于 1949' })
                .max(2100, { error: '年份应为四位数' }),
              { title: '年份', description: '获得荣誉的年份。', examples: [2023] },
            ),
            level: describe(oneOf(HONOR_LEVELS), {
              title: '级别',
              description: `取值：${HONOR_LEVELS.join('、')}。`,
              examples: ['省级'],
            }),
          }),
          { error: '应为荣誉列表' },
        )
        .optional(),
      { title: '荣誉', description: '获得的荣誉列表，每项含 title、year、level。' },
    ),
    returnee: describe(flag().optional(), {
      title: '返乡人才',
      description: '返乡或回流人才填 true。',
      examples: [true],
    }),
    quote: describe(text().optional(), {
      title: '人物语录',
      description: '一句可供媒体引用的原话。',
      examples: ['玉不琢，不成器；人不学，不知道。'],
    }),
    summary: describe(summaryText(), {
      title: '摘要',
      description: '一两句话介绍人物，不超过 200 字。',
      examples: ['返乡青年玉雕师，把澄溪青玉带上了全国工艺美术展。'],
    }),
    publishedOn: describe(isoDate(), {
      title: '发布日期',
      description: '公开日期；晚于构建日期时在该日期前不发布。',
      examples: ['2025-05-04'],
    }),
    featured: describe(flag().optional(), {
      title: '首页推荐',
      description: '为 true 时在首页展示。',
      examples: [true],
    }),
    draft: describe(flag().optional(), {
      title: '草稿',
      description: '为 true 时不发布。',
      examples: [false],
    }),
  });
}

/** A validated talent's frontmatter (photo as a path). */
export type Talent = z.output<ReturnType<typeof talentSchema<ReturnType<typeof photoPathSchema>>>>;
