import type { PolicyRecord } from '../content/contentModel.ts';
import type { PolicyStatusInfo } from './policyStatus.ts';
import type { IsoDate } from '../shared/isoDate.ts';
import type { CsvValue } from '../shared/csv.ts';

/**
 * The open-data records of /data/policies.json and /data/policies.csv: every
 * frontmatter field (absent ones as null, so every record has the same keys), the
 * page's absolute URL, and what the site computes (status and the date behind it,
 * effective date, versions, 解读, incentives).
 */

/** A published attachment as the data files describe it. */
export interface AttachmentData {
  title: string;
  url: string;
  /** PDF, XLSX, DOCX … */
  type: string;
  bytes: number;
}

/** One policy in the open data. */
export interface PolicyDataRecord {
  slug: string;
  url: string;
  title: string;
  kind: string;
  issuer: string[];
  docNumber: string | null;
  indexNo: string | null;
  topic: string;
  audiences: string[];
  writtenOn: IsoDate | null;
  publishedOn: IsoDate;
  /** The effective date: effectiveOn, or publishedOn when absent. */
  effectiveOn: IsoDate;
  expiresOn: IsoDate | null;
  repealedOn: IsoDate | null;
  supersedes: string[];
  interprets: string | null;
  summary: string;
  tags: string[];
  attachments: AttachmentData[];
  source: string | null;
  status: string;
  /** The date behind the status: 尚未施行 until, 已废止 / 已修订 since, 已失效 expiresOn; null when 现行有效. */
  statusDate: IsoDate | null;
  supersededBy: string[];
  /** Published policies that this one amends or supplements (修正/补充), slugs. */
  amends: string[];
  /** Absolute URLs of `amends`, in the same order. */
  amendsUrls: string[];
  /** Published policies that amend or supplement this one, oldest first, slugs. */
  amendedBy: string[];
  /** Absolute URLs of `amendedBy`, in the same order. */
  amendedByUrls: string[];
  /** The version in force that replaced this one, following the chain; null unless 已修订. */
  currentVersion: string | null;
  interpretations: string[];
  incentives: string[];
}

/** The whole of /data/policies.json: the as-of date, how many records, and the records. */
export interface PolicyDataFile {
  asOf: IsoDate;
  count: number;
  policies: PolicyDataRecord[];
}

/**
 * The date a status rests on, or null for 现行有效.
 * @example statusDate({ status: '已废止', since: '2025-06-30' }) // '2025-06-30'
 */
export function statusDate(status: PolicyStatusInfo): IsoDate | null {
  switch (status.status) {
    case '现行有效':
      return null;
    case '尚未施行':
      return status.until;
    case '已废止':
    case '已修订':
      return status.since;
    case '已失效':
      return status.expiresOn;
  }
}

/**
 * The open-data record of a published policy; `urlOf` gives the absolute URL of a policy by
 * slug (for the documents that amend it or that it amends).
 * @example policyDataRecord(record, 'https://rc.example.gov.cn/policies/a/', [], (s) => `https://rc.example.gov.cn/policies/${s}/`).status // '现行有效'
 */
export function policyDataRecord(
  policy: PolicyRecord,
  url: string,
  attachments: readonly AttachmentData[],
  urlOf: (slug: string) => string,
): PolicyDataRecord {
  const d = policy.data;
  return {
    slug: policy.slug,
    url,
    title: d.title,
    kind: d.kind,
    issuer: [...d.issuer],
    docNumber: d.docNumber ?? null,
    indexNo: d.indexNo ?? null,
    topic: d.topic,
    audiences: [...(d.audiences ?? [])],
    writtenOn: d.writtenOn ?? null,
    publishedOn: d.publishedOn,
    effectiveOn: policy.effectiveOn,
    expiresOn: d.expiresOn ?? null,
    repealedOn: d.repealedOn ?? null,
    supersedes: [...policy.supersedes],
    interprets: d.interprets ?? null,
    summary: d.summary,
    tags: [...(d.tags ?? [])],
    attachments: [...attachments],
    source: d.source ?? null,
    status: policy.status.status,
    statusDate: statusDate(policy.status),
    supersededBy: [...policy.supersededBy],
    amends: [...policy.amends],
    amendsUrls: policy.amends.map(urlOf),
    amendedBy: [...policy.amendedBy],
    amendedByUrls: policy.amendedBy.map(urlOf),
    currentVersion: policy.currentVersion,
    interpretations: [...policy.interpretations],
    incentives: [...policy.incentives],
  };
}

/** The CSV columns: the record's key and its Chinese header. */
export const POLICY_CSV_COLUMNS: readonly (readonly [keyof PolicyDataRecord, string])[] = [
  ['slug', '标识'],
  ['url', '网址'],
  ['title', '标题'],
  ['kind', '文种'],
  ['issuer', '发文机关'],
  ['docNumber', '发文字号'],
  ['indexNo', '索引号'],
  ['topic', '主题分类'],
  ['audiences', '适用对象'],
  ['writtenOn', '成文日期'],
  ['publishedOn', '发布日期'],
  ['effectiveOn', '施行日期'],
  ['expiresOn', '有效期至'],
  ['repealedOn', '废止日期'],
  ['status', '状态'],
  ['statusDate', '状态日期'],
  ['supersedes', '替代文件'],
  ['supersededBy', '被替代为'],
  ['currentVersion', '现行版本'],
  ['amends', '修正补充文件'],
  ['amendedBy', '被修正补充于'],
  ['interprets', '解读对象'],
  ['interpretations', '政策解读'],
  ['incentives', '激励事项'],
  ['summary', '摘要'],
  ['tags', '关键词'],
  ['attachments', '附件'],
  ['source', '原文链接'],
];

/**
 * One CSV row of a record, in POLICY_CSV_COLUMNS order; attachments as their URLs.
 * @example policyCsvRow(record)[0] // the slug
 */
export function policyCsvRow(record: PolicyDataRecord): CsvValue[] {
  return POLICY_CSV_COLUMNS.map(([key]) =>
    key === 'attachments' ? record.attachments.map((a) => a.url) : record[key],
  );
}
