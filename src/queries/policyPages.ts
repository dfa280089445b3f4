import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { IncentiveRecord, PolicyRecord } from '../lib/content/contentModel.ts';
import { attachmentFileName, attachmentType } from '../lib/policy/attachments.ts';
import { parsePolicyStructure, type PolicyStructure } from '../lib/policy/policyArticles.ts';
import { diffPolicyBodies, type PolicyDiff } from '../lib/policy/policyDiff.ts';
import { paginate } from '../lib/shared/pagination.ts';
import {
  countFacets,
  facetValues,
  POLICIES_PAGE_SIZE,
  POLICY_FACETS,
  RESERVED_POLICY_SLUGS,
  type FacetValueCount,
  type PolicyFacet,
} from '../lib/policy/policyFacets.ts';
import { versionTimeline, type VersionedPolicy } from '../lib/policy/policyVersions.ts';
import type { AmendmentPolicy } from '../lib/policy/policyAmendments.ts';
import { getIncentives, getPolicies, getPolicyEntry } from './content.ts';
import { relatedEntries, relatedEntry } from './relations.ts';

/**
 * What the policy pages (list, facets, detail, 修订对照, feeds and data) need,
 * prepared from the content model so that the routes only render.
 */

/** An attachment as published beside its policy. */
export interface PublishedAttachment {
  title: string;
  /** Its file name in the URL (routes.policyFile). */
  fileName: string;
  /** The file's original name, offered as the download name. */
  originalName: string;
  /** Absolute path of the source file. */
  sourcePath: string;
  type: string;
  mime: string;
  bytes: number;
}

// Computed once per build: every policy page asks for them, and a site may have thousands.
let policyMap: Promise<Map<string, PolicyRecord>> | null = null;
let versionedMap: Promise<Map<string, VersionedPolicy>> | null = null;
let incentivesByPolicy: Promise<Map<string, IncentiveRecord[]>> | null = null;
let listPages: Promise<PolicyListPage[]> | null = null;

/** Published policies by slug. */
export function getPolicyMap(): Promise<Map<string, PolicyRecord>> {
  policyMap ??= getPolicies().then((policies) => new Map(policies.map((p) => [p.slug, p])));
  return policyMap;
}

function getVersionedMap(): Promise<Map<string, VersionedPolicy>> {
  versionedMap ??= getPolicyMap().then(
    (policies) =>
      new Map(
        [...policies].map(([s, p]) => [
          s,
          {
            slug: s,
            effectiveOn: p.effectiveOn,
            publishedOn: p.data.publishedOn,
            supersedes: p.supersedes,
            supersededBy: p.supersededBy,
            amends: p.amends,
            amendedBy: p.amendedBy,
          },
        ]),
      ),
  );
  return versionedMap;
}

function getIncentivesByPolicy(): Promise<Map<string, IncentiveRecord[]>> {
  incentivesByPolicy ??= getIncentives().then((incentives) => {
    const map = new Map<string, IncentiveRecord[]>();
    for (const i of incentives) map.set(i.data.policy, [...(map.get(i.data.policy) ?? []), i]);
    return map;
  });
  return incentivesByPolicy;
}

/**
 * A published policy as an amendment line or feed names it; `from` is the slug that names it.
 * @example amendmentPolicy(await getPolicyMap(), 'xize', 'buchong-tongzhi') // { slug: 'xize', title: '…', docNumber: '…' }
 */
export function amendmentPolicy(
  policies: ReadonlyMap<string, PolicyRecord>,
  slug: string,
  from: string,
): AmendmentPolicy {
  const policy = relatedEntry(policies, slug, { from: `政策文件 ${from}`, field: 'amends' });
  return { slug, title: policy.data.title, docNumber: policy.data.docNumber };
}

/** The attachments of a published policy, with their type and size, read from beside its Markdown file. */
export async function getPolicyAttachments(slug: string): Promise<PublishedAttachment[]> {
  const policy = (await getPolicyMap()).get(slug);
  if (!policy?.data.attachments?.length) return [];
  const entry = await getPolicyEntry(slug);
  if (!entry.filePath) throw new Error(`政策文件 ${slug} 没有源文件路径，无法发布附件`);
  const dir = dirname(resolve(entry.filePath));
  return Promise.all(
    policy.data.attachments.map(async (attachment, index) => {
      const sourcePath = resolve(dir, attachment.file);
      const bytes = (await readFile(sourcePath)).byteLength;
      const type = attachmentType(attachment.file);
      return {
        title: attachment.title,
        fileName: attachmentFileName(attachment.file, index),
        originalName: sourcePath.split(/[\\/]/).pop()!,
        sourcePath,
        type: type.label,
        mime: type.mime,
        bytes,
      };
    }),
  );
}

/** Everything the page of one policy or 解读 shows besides its body. */
export interface PolicyPageData {
  policy: PolicyRecord;
  /** The policy a 解读 explains. */
  interprets: PolicyRecord | null;
  /** 解读 of this policy. */
  interpretations: PolicyRecord[];
  /** Incentives that cite this policy. */
  incentives: IncentiveRecord[];
  /** For 已修订: the version that revised this one (or the policy a 解读 explains). */
  revisedBy: PolicyRecord | null;
  /** The version in force to follow instead, when this one is no longer in force. */
  replacement: PolicyRecord | null;
  /** For 尚未施行: the earlier version that stays in force until then. */
  predecessor: PolicyRecord | null;
  /** For 现行有效: a published version, not yet in force, that will replace it. */
  upcoming: PolicyRecord | null;
  /**
   * 版本沿革: every version, oldest first, with the documents that amend one of them among
   * them (this policy alone when it has neither); for a 解读, those of its policy.
   */
  timeline: { policy: PolicyRecord; amends: PolicyRecord[] }[];
  /** Published documents this one amends or supplements (修正/补充). */
  amends: PolicyRecord[];
  /** Published documents that amend or supplement this one, oldest first. */
  amendedBy: PolicyRecord[];
  /** Chapters and articles, for the table of contents. */
  structure: PolicyStructure;
  attachments: PublishedAttachment[];
}

/** The data of a policy page. */
export async function getPolicyPageData(slug: string): Promise<PolicyPageData> {
  const policies = await getPolicyMap();
  const policy = policies.get(slug);
  if (!policy) throw new Error(`找不到已发布的政策文件 ${slug}`);
  const incentives = (await getIncentivesByPolicy()).get(slug) ?? [];
  const interprets = policy.data.interprets ? (policies.get(policy.data.interprets) ?? null) : null;
  // A 解读 shares the versions and the replacement of the policy it explains.
  const subject = interprets ?? policy;
  const of = (entry: PolicyRecord) => `政策文件 ${entry.slug}`;
  const timeline = versionTimeline(subject.slug, await getVersionedMap()).map((entry) => ({
    policy: relatedEntry(policies, entry.slug, { from: of(subject), field: '版本沿革' }),
    amends: relatedEntries(policies, entry.amends, {
      from: `政策文件 ${entry.slug}`,
      field: 'amends',
    }),
  }));
  const supersededBy = relatedEntries(policies, subject.supersededBy, {
    from: of(subject),
    field: 'supersededBy',
  });
  const replacement =
    (subject.currentVersion ? policies.get(subject.currentVersion) : undefined) ??
    supersededBy.find((p) => p.status.status === '现行有效') ??
    null;
  const status = subject.status;
  return {
    policy,
    interprets,
    interpretations: relatedEntries(policies, policy.interpretations, {
      from: of(policy),
      field: 'interpretations',
    }),
    incentives,
    revisedBy: status.status === '已修订' ? (policies.get(status.by) ?? null) : null,
    replacement:
      replacement &&
      replacement.slug !== subject.slug &&
      status.status !== '现行有效' &&
      status.status !== '尚未施行'
        ? replacement
        : null,
    upcoming:
      status.status === '现行有效'
        ? (supersededBy.find((p) => p.status.status === '尚未施行') ?? null)
        : null,
    predecessor:
      status.status === '尚未施行'
        ? (relatedEntries(policies, subject.supersedes, {
            from: of(subject),
            field: 'supersedes',
          }).find((p) => p.status.status === '现行有效') ?? null)
        : null,
    timeline,
    amends: relatedEntries(policies, policy.amends, { from: of(policy), field: 'amends' }),
    amendedBy: relatedEntries(policies, policy.amendedBy, { from: of(policy), field: 'amendedBy' }),
    structure: parsePolicyStructure(policy.body),
    attachments: await getPolicyAttachments(slug),
  };
}

/** One comparison of the 修订对照 page: a version this policy replaced, and what changed. */
export interface PolicyComparison {
  old: PolicyRecord;
  diff: PolicyDiff;
}

/** What the 修订对照 page of a policy shows. */
export interface PolicyDiffPageData {
  policy: PolicyRecord;
  /** One per published version it replaced, in the order of its supersedes. */
  comparisons: PolicyComparison[];
}

/** The data of a 修订对照 page: a policy compared with each published version it replaced. */
export async function getPolicyDiffPageData(slug: string): Promise<PolicyDiffPageData> {
  const policies = await getPolicyMap();
  const policy = policies.get(slug);
  if (!policy) throw new Error(`找不到已发布的政策文件 ${slug}`);
  const replaced = relatedEntries(policies, policy.supersedes, {
    from: `政策文件 ${slug}`,
    field: 'supersedes',
  });
  return {
    policy,
    comparisons: replaced.map((old) => ({ old, diff: diffPolicyBodies(old.body, policy.body) })),
  };
}

/** One page of a policy list (all policies, or those with one facet value). */
export interface PolicyListPage {
  /** The facet value this list is limited to, or null for all policies. */
  selected: { facet: PolicyFacet; value: string; code: string } | null;
  /** 1-based. */
  page: number;
  pageCount: number;
  /** How many policies the whole list has. */
  total: number;
  policies: PolicyRecord[];
  /** Counts over all published policies, for the filter panel. */
  facets: Record<PolicyFacet, FacetValueCount[]>;
}

function facetedView(p: PolicyRecord) {
  return {
    topic: p.data.topic,
    kind: p.data.kind,
    issuer: p.data.issuer,
    publishedOn: p.data.publishedOn,
    status: p.status.status,
    audiences: p.data.audiences,
  };
}

/** Every page of every policy list: the full list and one list per facet value, paginated. */
export function getPolicyListPages(): Promise<PolicyListPage[]> {
  listPages ??= buildPolicyListPages();
  return listPages;
}

async function buildPolicyListPages(): Promise<PolicyListPage[]> {
  const policies = await getPolicies();
  const reserved = policies.filter((p) => RESERVED_POLICY_SLUGS.includes(p.slug));
  if (reserved.length) {
    throw new Error(
      `政策文件的文件名不能是 ${RESERVED_POLICY_SLUGS.join('、')}（列表页已占用这些网址）：请改名 ${reserved.map((p) => p.slug).join('、')}`,
    );
  }
  const facets = countFacets(policies.map(facetedView));
  const listsOf = (
    selected: PolicyListPage['selected'],
    list: PolicyRecord[],
  ): PolicyListPage[] => {
    const pages = paginate(list, POLICIES_PAGE_SIZE);
    return pages.map((items, index) => ({
      selected,
      page: index + 1,
      pageCount: pages.length,
      total: list.length,
      policies: items,
      facets,
    }));
  };
  const result = listsOf(null, policies);
  for (const facet of POLICY_FACETS) {
    for (const { value, code } of facets[facet]) {
      result.push(
        ...listsOf(
          { facet, value, code },
          policies.filter((p) => facetValues(facetedView(p), facet).includes(value)),
        ),
      );
    }
  }
  return result;
}
