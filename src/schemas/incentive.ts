import { z } from 'astro/zod';
import {
  AMOUNT_PERIODS,
  BENEFITS,
  EDUCATION_LEVELS,
  EMPLOYER_TYPES,
  GROUPS,
  TIERS,
  TITLES,
} from './vocabularies.ts';
import { CHINESE_NUMERAL_CHARS } from '../lib/shared/chineseNumerals.ts';
import {
  count,
  describe,
  flag,
  oneOf,
  phoneNumber,
  slugRef,
  someOf,
  summaryText,
  text,
  webUrl,
} from './fields.ts';

/** The written forms of a clause (src/lib/policy/clauses.ts); whether it exists is checked against the body. */
const CLAUSE_PATTERN = new RegExp(
  `^(?:第[${CHINESE_NUMERAL_CHARS}]+条(?:第[${CHINESE_NUMERAL_CHARS}]+款)?(?:第[（(][${CHINESE_NUMERAL_CHARS}]+[）)]项)?|[${CHINESE_NUMERAL_CHARS}]+(?:[（(][${CHINESE_NUMERAL_CHARS}]+[）)])?|[（(][${CHINESE_NUMERAL_CHARS}]+[）)])$`,
);

/** The cash value of an incentive. */
export const amountSchema = z
  .strictObject({
    min: describe(count(), {
      title: '最低金额',
      description: '每次发放的最低金额（元，整数）。',
      examples: [2000],
    }),
    max: describe(count(), {
      title: '最高金额',
      description: '每次发放的最高金额（元，整数），不小于 min。',
      examples: [2000],
    }),
    period: describe(oneOf(AMOUNT_PERIODS), {
      title: '发放方式',
      description: 'once（一次性）、monthly（按月）或 yearly（按年）。',
      examples: ['monthly'],
    }),
    times: describe(z.int({ error: '应为正整数' }).min(1, { error: '应为正整数' }).optional(), {
      title: '发放次数',
      description: '按月或按年发放时必填：共发放多少次（如 36 个月填 36）；一次性发放不填。',
      examples: [36],
    }),
  })
  .superRefine((amount, ctx) => {
    if (amount.min > amount.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        params: { rule: 'amount' },
        message: `最低金额 ${amount.min} 大于最高金额 ${amount.max}`,
      });
    }
    if (amount.period !== 'once' && amount.times === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['times'],
        params: { rule: 'amount' },
        message: `按${amount.period === 'monthly' ? '月' : '年'}发放时必须填写 times（共发放几次）`,
      });
    }
    if (amount.period === 'once' && amount.times !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['times'],
        params: { rule: 'amount' },
        message: '一次性发放（once）不填写 times',
      });
    }
  });

/** Who qualifies: every criterion present must hold; an absent one does not restrict. */
export const eligibilitySchema = z.strictObject({
  education: describe(someOf(EDUCATION_LEVELS).optional(), {
    title: '学历',
    description: `申请人学历须为其中之一：${EDUCATION_LEVELS.join('、')}。`,
    examples: [['博士研究生', '硕士研究生']],
  }),
  fullTime: describe(
    z.literal(true, { error: '只能填 true（要求全日制），不要求时删去此项' }).optional(),
    { title: '全日制', description: '填 true 表示要求全日制学历。', examples: [true] },
  ),
  maxAge: describe(
    z
      .int({ error: '应为正整数' })
      .min(1, { error: '应为正整数' })
      .max(120, { error: '年龄上限不应超过 120' })
      .optional(),
    { title: '年龄上限', description: '申请人年龄不超过此值（周岁）。', examples: [35] },
  ),
  graduatedWithinYears: describe(count().optional(), {
    title: '毕业年限',
    description: '毕业不超过几年（按构建日期所在年份减毕业年份计算）。',
    examples: [3],
  }),
  groups: describe(someOf(GROUPS).optional(), {
    title: '适用群体',
    description: `申请人须同时属于列出的每个群体：${GROUPS.join('、')}。`,
    examples: [['高校毕业生', '返乡人才']],
  }),
  tiers: describe(someOf(TIERS).optional(), {
    title: '人才层次',
    description:
      '申请人人才层次须为其中之一：A 国际国内顶尖人才、B 国家级领军人才、C 省级领军人才、D 市级拔尖人才、E 县级骨干人才。',
    examples: [['A', 'B', 'C']],
  }),
  titles: describe(someOf(TITLES).optional(), {
    title: '职称',
    description: `申请人职称须为其中之一：${TITLES.join('、')}。`,
    examples: [['正高级', '副高级']],
  }),
  employer: describe(someOf(EMPLOYER_TYPES).optional(), {
    title: '用人类型',
    description: `申请人所在单位类型须为其中之一：${EMPLOYER_TYPES.join('、')}。`,
    examples: [['企业']],
  }),
  notes: describe(text().optional(), {
    title: '其他条件',
    description: '机器无法判断的其他条件，原样显示为“其他条件”。',
    examples: ['须与县内用人单位签订 3 年以上劳动合同'],
  }),
});

/** How to apply. */
export const applySchema = z.strictObject({
  office: describe(text().optional(), {
    title: '受理部门',
    description: '受理申请的部门。',
    examples: ['澄溪县人力资源和社会保障局'],
  }),
  phone: describe(phoneNumber().optional(), {
    title: '咨询电话',
    description: '咨询电话（官方座机，或列入公开电话白名单的号码）。',
    examples: ['0838-6202345'],
  }),
  window: describe(text().optional(), {
    title: '申报时间',
    description: '受理窗口与申报时间。',
    examples: ['每年 3 月、9 月，县政务服务中心 12 号窗口'],
  }),
  materials: describe(z.array(text(), { error: '应为材料名称列表' }).optional(), {
    title: '所需材料',
    description: '申请时需要提交的材料清单。',
    examples: [['身份证', '学历学位证书', '劳动合同']],
  }),
  url: describe(webUrl().optional(), {
    title: '在线申报',
    description: '在线申报或办事指南的网址。',
    examples: ['https://www.chengxi.example.gov.cn/bsfw/rc/'],
  }),
});

/** One incentive (激励与补贴事项). */
export const incentiveSchema = z.strictObject({
  title: describe(text(), {
    title: '事项名称',
    description: '事项的名称。',
    examples: ['博士研究生安家补贴'],
  }),
  policy: describe(slugRef(), {
    title: '依据文件',
    description: '设立本事项的政策文件的 slug。文件不在“现行有效”状态时本事项停止受理。',
    examples: ['gaocengci-rencai-yinjin-banfa'],
  }),
  clause: describe(
    z
      .string({ error: '应为条款，例如 第五条' })
      .trim()
      .regex(CLAUSE_PATTERN, {
        error:
          '应为条款，数字用汉字：第五条、第五条第二款、第五条第二款第（三）项；没有“第X条”的文件写 三、三（二）或（十三）',
      })
      .optional(),
    {
      title: '依据条款',
      description:
        '依据文件中的条款：第五条、第五条第二款、第五条第二款第（三）项；没有“第X条”、按“一、”“（一）”分部分的文件（如意见）写 三、三（二），或只出现一次的（十三）。该条款必须存在于依据文件正文中，页面链接到它的锚点。',
      examples: ['第五条'],
    },
  ),
  benefit: describe(oneOf(BENEFITS), {
    title: '激励类型',
    description: `取值：${BENEFITS.join('、')}。`,
    examples: ['安家补贴'],
  }),
  amount: describe(amountSchema.optional(), {
    title: '金额',
    description:
      '现金类事项的金额 { min, max, period, times }；人才公寓、子女入学等服务类事项不填。',
  }),
  amountNote: describe(
    text()
      .refine((value) => [...value].length <= 100, {
        params: { rule: 'amount-note-length' },
        error: (issue) => `金额说明最多 100 字，现为 ${[...String(issue.input)].length} 字`,
      })
      .optional(),
    {
      title: '金额说明',
      description:
        '金额由规则确定、没有固定数额的现金类事项写在这里（不超过 100 字），例如“按实际缴纳的社会保险费给予补贴”；可不填 amount，仍算现金类事项，合计中注明未计入。',
      examples: ['按实际缴纳的社会保险费给予补贴'],
    },
  ),
  eligibility: describe(eligibilitySchema.optional(), {
    title: '申请条件',
    description: '全部条件同时满足才符合；未列出的条件不作限制。',
  }),
  exclusiveWith: describe(z.array(slugRef(), { error: '应为事项 slug 列表' }).optional(), {
    title: '不可兼得',
    description: '不能与本事项同时享受的其他事项的 slug；在任一方填写即可（双向生效）。',
    examples: [['zufang-butie']],
  }),
  apply: describe(applySchema.optional(), {
    title: '申报方式',
    description: '受理部门、咨询电话、申报时间、所需材料和在线申报网址。',
  }),
  summary: describe(summaryText(), {
    title: '摘要',
    description: '一两句话说明事项，不超过 200 字。',
    examples: ['全日制博士研究生来澄溪工作，可一次性领取最高 20 万元安家补贴。'],
  }),
  draft: describe(flag().optional(), {
    title: '草稿',
    description: '为 true 时不发布。',
    examples: [false],
  }),
});

/** A validated incentive's frontmatter. */
export type Incentive = z.output<typeof incentiveSchema>;
/** The eligibility criteria of an incentive. */
export type Eligibility = z.output<typeof eligibilitySchema>;
/** The cash value of an incentive. */
export type Amount = z.output<typeof amountSchema>;
