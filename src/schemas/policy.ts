import { z } from 'astro/zod';
import { POLICY_KINDS, POLICY_TOPICS, GROUPS } from './vocabularies.ts';
import { docNumberFault, parseDocNumber } from '../lib/policy/docNumber.ts';

export { DOC_NUMBER_PATTERN } from '../lib/policy/docNumber.ts';
import {
  describe,
  flag,
  isoDate,
  oneOf,
  slugRef,
  someOf,
  summaryText,
  text,
  webUrl,
} from './fields.ts';

/** 发文字号 in one of the forms of src/lib/policy/docNumber.ts; a fault names the wrong character. */
function docNumber() {
  return text().superRefine((value, ctx) => {
    const fault = docNumberFault(value);
    if (fault) ctx.addIssue({ code: 'custom', params: { rule: 'doc-number' }, message: fault });
  });
}

/** One policy document (政策文件) or interpretation (政策解读). */
export const policySchema = z
  .strictObject({
    title: describe(text(), {
      title: '标题',
      description: '文件的完整标题，不加书名号。',
      examples: ['澄溪县高层次人才引进办法'],
    }),
    kind: describe(oneOf(POLICY_KINDS), {
      title: '文种',
      description: `文件种类，取值：${POLICY_KINDS.join('、')}。政策解读填“解读”。`,
      examples: ['办法'],
    }),
    issuer: describe(
      z
        .union([text(), z.array(text()).min(1, { error: '发文机关列表不能为空' })], {
          error: '应为一个机关名称，或联合发文时的机关名称列表',
        })
        .transform((value) => (Array.isArray(value) ? value : [value])),
      {
        title: '发文机关',
        description: '发文机关全称；联合发文时写成列表，主办机关在前。',
        examples: [['中共澄溪县委组织部', '澄溪县人力资源和社会保障局']],
      },
    ),
    docNumber: describe(docNumber().optional(), {
      title: '发文字号',
      description:
        '形如“机关代字〔年份〕序号号”（六角括号、半角数字）；条例和规章写公布它的公告或令的编号，如“…常务委员会公告（第11号）”“…国务院令第619号”。全站唯一。',
      examples: ['澄委人才办发〔2024〕3号'],
    }),
    indexNo: describe(text().optional(), {
      title: '索引号',
      description: '政府信息公开索引号，全站唯一。',
      examples: ['CXRC-2024-00012'],
    }),
    topic: describe(oneOf(POLICY_TOPICS), {
      title: '主题分类',
      description: `取值：${POLICY_TOPICS.join('、')}。`,
      examples: ['人才引进'],
    }),
    audiences: describe(someOf(GROUPS).optional(), {
      title: '适用对象',
      description: `文件面向的人群，取值：${GROUPS.join('、')}。`,
      examples: [['高层次人才', '高校毕业生']],
    }),
    writtenOn: describe(isoDate().optional(), {
      title: '成文日期',
      description: '文件签发（成文）的日期，YYYY-MM-DD。',
      examples: ['2024-02-20'],
    }),
    publishedOn: describe(isoDate(), {
      title: '发布日期',
      description: '在本站公开的日期。晚于构建日期的文件在该日期前不发布（定时公开）。',
      examples: ['2024-03-01'],
    }),
    effectiveOn: describe(isoDate().optional(), {
      title: '施行日期',
      description: '开始施行的日期；不填则为发布日期；不得早于成文日期。',
      examples: ['2024-04-01'],
    }),
    expiresOn: describe(isoDate().optional(), {
      title: '有效期至',
      description: '有效期的最后一天，须晚于施行日期；此后状态为“已失效”。',
      examples: ['2028-03-31'],
    }),
    repealedOn: describe(isoDate().optional(), {
      title: '废止日期',
      description: '宣布废止的日期；自该日起状态为“已废止”。',
      examples: ['2025-06-30'],
    }),
    supersedes: describe(z.array(slugRef(), { error: '应为被替代文件 slug 的列表' }).optional(), {
      title: '替代文件',
      description: '本文件修订或替代的旧文件的 slug 列表；新文件施行后，旧文件状态为“已修订”。',
      examples: [['chengcai-huigui-shishi-yijian-2021']],
    }),
    amends: describe(z.array(slugRef(), { error: '应为被修正或补充文件 slug 的列表' }).optional(), {
      title: '修正补充',
      description:
        '本文件修正或补充（而不替代）的文件的 slug 列表，例如补充规定、修正决定；被修正的文件保持原有效力状态，页面注明“已被《…》修正/补充”。',
      examples: [['rencai-gongyu-guanli-banfa']],
    }),
    interprets: describe(slugRef().optional(), {
      title: '解读对象',
      description: '文种为“解读”时必填：所解读文件的 slug；其他文种不得填写。',
      examples: ['gaocengci-rencai-yinjin-banfa'],
    }),
    summary: describe(summaryText(), {
      title: '摘要',
      description: '一两句话说明文件要点，不超过 200 字；用于列表、订阅和页面描述。',
      examples: ['明确高层次人才分类认定标准及安家补贴、科研经费等支持措施。'],
    }),
    tags: describe(z.array(text(), { error: '应为关键词列表' }).optional(), {
      title: '关键词',
      description: '自由关键词，写入 Keywords 元数据并参与搜索。',
      examples: [['高层次人才', '安家补贴']],
    }),
    attachments: describe(
      z
        .array(
          z.strictObject({
            title: describe(text(), {
              title: '附件名称',
              description: '附件的标题。',
              examples: ['申报表'],
            }),
            file: describe(text(), {
              title: '附件文件',
              description: '相对于本文件的路径，文件必须存在。',
              examples: ['./shenbao-biao.pdf'],
            }),
          }),
          { error: '应为附件列表' },
        )
        .optional(),
      { title: '附件', description: '随文件发布的附件列表，每项含 title 和 file。' },
    ),
    source: describe(webUrl().optional(), {
      title: '原文链接',
      description: '文件原文在政府门户网站上的地址。',
      examples: ['https://www.chengxi.example.gov.cn/zwgk/2024/03/01/content_12.html'],
    }),
    draft: describe(flag().optional(), {
      title: '草稿',
      description: '为 true 时不发布。',
      examples: [false],
    }),
  })
  .superRefine((policy, ctx) => {
    if (policy.kind === '解读' && policy.interprets === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['interprets'],
        params: { rule: 'interprets' },
        message: '文种为“解读”时必须填写 interprets（所解读文件的 slug）',
      });
    }
    if (policy.kind !== '解读' && policy.interprets !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['interprets'],
        params: { rule: 'interprets' },
        message: `只有文种为“解读”的文件才能填写 interprets，本文件文种为“${policy.kind}”`,
      });
    }
    const effective = policy.effectiveOn ?? policy.publishedOn;
    if (policy.writtenOn !== undefined && policy.writtenOn > policy.publishedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedOn'],
        params: { rule: 'date-order' },
        message: `发布日期 ${policy.publishedOn} 早于成文日期 ${policy.writtenOn}`,
      });
    }
    if (policy.writtenOn !== undefined && effective < policy.writtenOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveOn'],
        params: { rule: 'date-order' },
        message: `施行日期 ${effective} 早于成文日期 ${policy.writtenOn}`,
      });
    }
    if (policy.expiresOn !== undefined && policy.expiresOn <= effective) {
      ctx.addIssue({
        code: 'custom',
        path: ['expiresOn'],
        params: { rule: 'date-order' },
        message: `有效期至 ${policy.expiresOn} 应晚于施行日期 ${effective}`,
      });
    }
    if (policy.repealedOn !== undefined && policy.repealedOn < policy.publishedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['repealedOn'],
        params: { rule: 'date-order' },
        message: `废止日期 ${policy.repealedOn} 早于发布日期 ${policy.publishedOn}`,
      });
    }
    if (policy.docNumber !== undefined && policy.writtenOn !== undefined) {
      const year = parseDocNumber(policy.docNumber)?.year;
      if (year != null && year > Number(policy.writtenOn.slice(0, 4))) {
        ctx.addIssue({
          code: 'custom',
          path: ['docNumber'],
          params: { rule: 'doc-number' },
          message: `发文字号中的年份 ${year} 晚于成文日期 ${policy.writtenOn}`,
        });
      }
    }
  });

/** A validated policy's frontmatter. */
export type Policy = z.output<typeof policySchema>;
