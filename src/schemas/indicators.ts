import { z } from 'astro/zod';
import { EDUCATION_LEVELS, TEAMS, TITLES } from './vocabularies.ts';
import { count, describe, text } from './fields.ts';

function countsBy<const T extends readonly string[]>(keys: T, what: string) {
  return z.strictObject(
    Object.fromEntries(
      keys.map((key) => [
        key,
        describe(count().optional(), {
          title: key,
          description: `${what}为“${key}”的人数。`,
          examples: [1200],
        }),
      ]),
    ) as Record<T[number], z.ZodOptional<ReturnType<typeof count>>>,
  );
}

const byTeam = () => countsBy(TEAMS, '人才队伍');
const byEducation = () => countsBy(EDUCATION_LEVELS, '学历');
const byTitle = () => countsBy(TITLES, '职称');

/** One year's talent statistics (年度人才工作统计). */
export const indicatorsSchema = z
  .strictObject({
    year: describe(
      z
        .int({ error: '应为四位年份' })
        .min(1949, { error: '年份应不早于 1949' })
        .max(2100, { error: '年份应为四位数' }),
      {
        title: '年份',
        description: '统计年份，必须与文件名一致（2024.yaml 填 2024）。',
        examples: [2024],
      },
    ),
    total: describe(count(), {
      title: '人才总量',
      description: '年末人才总量（人）。',
      examples: [16800],
    }),
    byTeam: describe(byTeam().optional(), {
      title: '按人才队伍',
      description: '各人才队伍人数，合计不超过人才总量。',
    }),
    byEducation: describe(byEducation().optional(), {
      title: '按学历',
      description: '各学历人数，合计不超过人才总量。',
    }),
    byTitle: describe(byTitle().optional(), {
      title: '按职称',
      description: '各级职称人数（正高级 副高级 中级 初级），合计不超过人才总量。',
    }),
    introduced: describe(count().optional(), {
      title: '当年引进',
      description: '当年引进人才数。',
      examples: [320],
    }),
    departed: describe(count().optional(), {
      title: '当年流失',
      description: '当年流失人才数（调离加辞职）。',
      examples: [85],
    }),
    funding: describe(count().optional(), {
      title: '专项资金',
      description: '人才发展专项资金（元，整数）。',
      examples: [36000000],
    }),
    targets: describe(
      z
        .strictObject({
          total: describe(count().optional(), {
            title: '人才总量目标',
            description: '年末人才总量目标。',
            examples: [17000],
          }),
          introduced: describe(count().optional(), {
            title: '引进目标',
            description: '当年引进人才目标数。',
            examples: [300],
          }),
          departed: describe(count().optional(), {
            title: '流失上限',
            description: '当年流失人才数的控制上限。',
            examples: [100],
          }),
          funding: describe(count().optional(), {
            title: '资金目标',
            description: '人才发展专项资金预算（元）。',
            examples: [35000000],
          }),
          byTeam: describe(byTeam().optional(), {
            title: '队伍目标',
            description: '各人才队伍人数目标。',
          }),
          byEducation: describe(byEducation().optional(), {
            title: '学历目标',
            description: '各学历人数目标。',
          }),
          byTitle: describe(byTitle().optional(), {
            title: '职称目标',
            description: '各级职称人数目标。',
          }),
        })
        .optional(),
      {
        title: '年度目标',
        description: '当年目标，键与上面的统计项相同，例如 { introduced: 300 }。',
      },
    ),
    source: describe(text().optional(), {
      title: '数据来源',
      description: '数据出处，例如当年的人才工作述职报告。',
      examples: ['2024年度澄溪县人才工作述职报告'],
    }),
  })
  .superRefine((row, ctx) => {
    for (const key of ['byTeam', 'byEducation', 'byTitle'] as const) {
      const counts = row[key];
      if (!counts) continue;
      const sum = Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
      if (sum > row.total) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          params: { rule: 'indicator-sum' },
          message: `各项合计 ${sum} 超过人才总量 ${row.total}`,
        });
      }
    }
  });

/** One validated year of indicators. */
export type Indicators = z.output<typeof indicatorsSchema>;
