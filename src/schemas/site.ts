import { z } from 'astro/zod';
import { describe, phoneNumber, text, webUrl } from './fields.ts';

/** `site.yaml`: the identity of the site and its office. */
export const siteSchema = z.strictObject({
  name: describe(text(), {
    title: '网站名称',
    description: '网站的正式名称，显示在页眉、标题和指引元数据 SiteName 中。',
    examples: ['澄溪县人才工作网'],
  }),
  office: describe(text(), {
    title: '主办单位',
    description: '网站的主办单位，显示在页脚。',
    examples: ['中共澄溪县委人才工作领导小组办公室'],
  }),
  region: describe(text(), {
    title: '行政区划',
    description: '本站所属行政区划名称。',
    examples: ['澄溪县'],
  }),
  url: describe(
    webUrl().refine(
      (value) =>
        !/^https?:\/\//.test(value) ||
        !URL.canParse(value) ||
        (new URL(value).pathname === '/' && !new URL(value).search),
      {
        error:
          '应为网站根地址（协议加域名），不含路径，例如 https://rc.example.gov.cn；子路径部署用构建参数 base 设置',
      },
    ),
    {
      title: '网站地址',
      description: '网站的正式访问地址（协议加域名），用于规范链接、订阅和站点地图。',
      examples: ['https://rc.chengxi.example.gov.cn'],
    },
  ),
  contact: describe(
    z
      .strictObject({
        address: describe(text().optional(), {
          title: '地址',
          description: '办公地址。',
          examples: ['澄溪县澄江镇人民路 1 号'],
        }),
        phone: describe(phoneNumber().optional(), {
          title: '电话',
          description: '对外咨询电话（座机）。',
          examples: ['0838-6201234'],
        }),
        email: describe(z.email({ error: '应为电子邮箱地址' }).optional(), {
          title: '电子邮箱',
          description: '对外联系邮箱。',
          examples: ['rcb@chengxi.example.gov.cn'],
        }),
      })
      .optional(),
    { title: '联系方式', description: '页脚显示的联系方式，也是媒体联系渠道。' },
  ),
  icp: describe(text().optional(), {
    title: 'ICP备案号',
    description: 'ICP 备案号，显示在页脚并链接到工信部备案系统。',
    examples: ['蜀ICP备2026000001号-1'],
  }),
  siteCode: describe(
    z
      .union([z.string(), z.number()], { error: '应为 10 位数字的政府网站标识码' })
      .transform((value) => String(value).trim())
      .pipe(z.string().regex(/^\d{10}$/, { error: '政府网站标识码应为 10 位数字' }))
      .optional(),
    {
      title: '网站标识码',
      description: '政府网站标识码，显示在页脚并写入 <meta name="SiteIDCode">。',
      examples: ['5106830001'],
    },
  ),
  officialPhones: describe(z.array(phoneNumber(), { error: '应为电话号码列表' }).optional(), {
    title: '公开电话白名单',
    description:
      '允许在内容中出现的官方电话号码（含手机号码形式的服务专线）。隐私检查按数字比对，0838-6201234 与 08386201234 视为同一号码。',
    examples: [['0838-6201234', '13990001234']],
  }),
});

/** The validated content of `site.yaml`. */
export type Site = z.output<typeof siteSchema>;
