import {
  GROUPS,
  POLICY_KINDS,
  POLICY_STATUSES,
  POLICY_TOPICS,
  type Group,
  type PolicyKind,
  type PolicyStatus,
  type PolicyTopic,
} from '../../schemas/vocabularies.ts';

/**
 * The filters of the policy list (主题分类, 文种, 发文机关, 年份, 状态, 适用对象).
 * Each value has a pre-built page, so filtering works without JavaScript. Page
 * URLs use ASCII codes (`/policies/topic/yinjin/`) that every static host and every
 * mail client keeps intact; free-text issuers get a short stable hash.
 */

/** The facets, in the order the filter panel shows them. */
export const POLICY_FACETS = ['status', 'topic', 'kind', 'issuer', 'year', 'audience'] as const;
export type PolicyFacet = (typeof POLICY_FACETS)[number];

/** The Chinese name of each facet. */
export const POLICY_FACET_LABELS: Readonly<Record<PolicyFacet, string>> = {
  status: '状态',
  topic: '主题分类',
  kind: '文种',
  issuer: '发文机关',
  year: '发布年份',
  audience: '适用对象',
};

/** How many policies a list page shows. */
export const POLICIES_PAGE_SIZE = 15;

const TOPIC_CODES: Readonly<Record<PolicyTopic, string>> = {
  人才引进: 'yinjin',
  人才培养: 'peiyang',
  人才评价: 'pingjia',
  人才激励: 'jili',
  人才服务保障: 'fuwu-baozhang',
  综合: 'zonghe',
};
const KIND_CODES: Readonly<Record<PolicyKind, string>> = {
  条例: 'tiaoli',
  规划: 'guihua',
  意见: 'yijian',
  决定: 'jueding',
  办法: 'banfa',
  细则: 'xize',
  规定: 'guiding',
  方案: 'fangan',
  通知: 'tongzhi',
  公告: 'gonggao',
  通告: 'tonggao',
  通报: 'tongbao',
  报告: 'baogao',
  指南: 'zhinan',
  目录: 'mulu',
  其他: 'qita',
  解读: 'jiedu',
};
const STATUS_CODES: Readonly<Record<PolicyStatus, string>> = {
  现行有效: 'xianxing-youxiao',
  尚未施行: 'shangwei-shixing',
  已修订: 'yi-xiuding',
  已废止: 'yi-feizhi',
  已失效: 'yi-shixiao',
};
const AUDIENCE_CODES: Readonly<Record<Group, string>> = {
  高层次人才: 'gaocengci',
  急需紧缺人才: 'jixu-jinque',
  高校毕业生: 'gaoxiao-biyesheng',
  返乡人才: 'fanxiang',
  海外人才: 'haiwai',
  青年人才: 'qingnian',
  创业人才: 'chuangye',
  技能人才: 'jineng',
};

const FIXED_CODES: Partial<Record<PolicyFacet, Readonly<Record<string, string>>>> = {
  topic: TOPIC_CODES,
  kind: KIND_CODES,
  status: STATUS_CODES,
  audience: AUDIENCE_CODES,
};
const FIXED_ORDER: Partial<Record<PolicyFacet, readonly string[]>> = {
  topic: POLICY_TOPICS,
  kind: POLICY_KINDS,
  status: POLICY_STATUSES,
  audience: GROUPS,
};

/**
 * A short stable ASCII code for a free-text value: FNV-1a, 32 bits, in hex.
 * @example hashCode('澄溪县财政局') // 8 hex digits, the same on every build
 */
export function hashCode(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The URL code of a facet value.
 * @example facetCode('topic', '人才引进') // 'yinjin'
 * @example facetCode('year', '2024') // '2024'
 */
export function facetCode(facet: PolicyFacet, value: string): string {
  if (facet === 'year') return value;
  if (facet === 'issuer') return hashCode(value);
  const code = FIXED_CODES[facet]?.[value];
  if (!code) throw new Error(`${POLICY_FACET_LABELS[facet]}「${value}」没有对应的网址代码`);
  return code;
}

/** What the facets read from a published policy. */
export interface FacetedPolicy {
  topic: string;
  kind: string;
  issuer: readonly string[];
  publishedOn: string;
  status: string;
  audiences?: readonly string[] | undefined;
}

/**
 * The values a policy has for a facet (several for 联合发文 and for 适用对象).
 * @example facetValues({ topic: '人才引进', kind: '办法', issuer: ['甲', '乙'], publishedOn: '2024-03-08', status: '现行有效' }, 'issuer') // ['甲', '乙']
 */
export function facetValues(policy: FacetedPolicy, facet: PolicyFacet): string[] {
  switch (facet) {
    case 'status':
      return [policy.status];
    case 'topic':
      return [policy.topic];
    case 'kind':
      return [policy.kind];
    case 'issuer':
      return [...new Set(policy.issuer)];
    case 'year':
      return [policy.publishedOn.slice(0, 4)];
    case 'audience':
      return [...new Set(policy.audiences ?? [])];
  }
}

/** One value of a facet, with how many policies have it. */
export interface FacetValueCount {
  value: string;
  code: string;
  count: number;
}

/**
 * The values of every facet that at least one policy has, with counts: vocabulary
 * values in vocabulary order, years newest first, issuers by count then name.
 * Throws when two issuers would share a URL code.
 * @example countFacets([{ topic: '人才引进', kind: '办法', issuer: ['甲'], publishedOn: '2024-03-08', status: '现行有效' }]).topic // [{ value: '人才引进', code: 'yinjin', count: 1 }]
 */
export function countFacets(
  policies: readonly FacetedPolicy[],
): Record<PolicyFacet, FacetValueCount[]> {
  const result = {} as Record<PolicyFacet, FacetValueCount[]>;
  for (const facet of POLICY_FACETS) {
    const counts = new Map<string, number>();
    for (const policy of policies)
      for (const value of facetValues(policy, facet))
        counts.set(value, (counts.get(value) ?? 0) + 1);
    const order = FIXED_ORDER[facet];
    const entries = [...counts].map(([value, count]) => ({
      value,
      code: facetCode(facet, value),
      count,
    }));
    entries.sort((a, b) => {
      if (order) return order.indexOf(a.value) - order.indexOf(b.value);
      if (facet === 'year') return a.value < b.value ? 1 : -1;
      return b.count - a.count || (a.value < b.value ? -1 : 1);
    });
    const byCode = new Map<string, string>();
    for (const entry of entries) {
      const other = byCode.get(entry.code);
      if (other !== undefined)
        throw new Error(
          `发文机关「${other}」与「${entry.value}」的网址代码 ${entry.code} 相同，请联系技术人员`,
        );
      byCode.set(entry.code, entry.value);
    }
    result[facet] = entries;
  }
  return result;
}

/** Slugs a policy may not have, because the list pages use them as URL segments. */
export const RESERVED_POLICY_SLUGS: readonly string[] = [...POLICY_FACETS, 'page', 'rss'];
