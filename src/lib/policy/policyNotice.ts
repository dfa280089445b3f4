import { addDays, formatChineseDate } from '../shared/isoDate.ts';
import type { PolicyStatusInfo } from './policyStatus.ts';
import { bookTitle } from './policyCitation.ts';

/**
 * The banner of a policy page that is not 现行有效: what its status is, since or
 * until when, and which document to follow instead, in plain government Chinese.
 */

/** A policy the notice names. */
export interface NoticePolicy {
  slug: string;
  title: string;
  docNumber?: string | undefined;
}

/** A piece of the notice: text, a link to a policy page, or a link to a 修订对照 page. */
export type NoticePart = string | { link: 'policy' | 'diff'; slug: string; text: string };

/** The banner's content. */
export interface PolicyNotice {
  /** The status word, e.g. 已修订, or 新版本即将施行. */
  headline: string;
  /** The colour family of the banner (the status's; `pending` for an upcoming version). */
  variant: 'pending' | 'revised' | 'repealed' | 'expired';
  parts: NoticePart[];
}

/** What the notice is about. */
export interface NoticeInput {
  status: PolicyStatusInfo;
  /** The page's own document. */
  self: NoticePolicy;
  /** For a 解读: the policy it explains (whose status it carries). */
  interprets?: NoticePolicy | null;
  /** The policy that revised it (status 已修订: status.by). */
  revisedBy?: NoticePolicy | null;
  /** The version to follow now, when there is one other than revisedBy. */
  replacement?: NoticePolicy | null;
  /** For 尚未施行: the earlier version that stays in force until then. */
  predecessor?: NoticePolicy | null;
  /** For 现行有效: a published version that will replace it, and from when. */
  upcoming?: (NoticePolicy & { effectiveOn: string }) | null;
}

const VARIANTS = {
  尚未施行: 'pending',
  已修订: 'revised',
  已废止: 'repealed',
  已失效: 'expired',
} as const;

const cite = (p: NoticePolicy) => `${bookTitle(p.title)}${p.docNumber ? `（${p.docNumber}）` : ''}`;
const policyLink = (p: NoticePolicy): NoticePart => ({
  link: 'policy',
  slug: p.slug,
  text: cite(p),
});

/**
 * The notice for a status; for 现行有效, null unless a new version is about to replace it.
 * @example policyStatusNotice({ status: { status: '已废止', since: '2025-06-30' }, self: { slug: 'a', title: '暂行办法' } })
 * // { headline: '已废止', variant: 'repealed', parts: ['本文件已于2025年6月30日废止，不再执行。'] }
 */
export function policyStatusNotice(input: NoticeInput): PolicyNotice | null {
  const { status, interprets, revisedBy, replacement, predecessor, upcoming } = input;
  // A 解读 explains another document: the sentence is about that document.
  const subject: NoticePart[] = interprets
    ? ['本解读所解读的', policyLink(interprets)]
    : ['本文件'];
  if (status.status === '现行有效') {
    if (!upcoming) return null;
    return {
      headline: '新版本即将施行',
      variant: 'pending',
      parts: [
        ...subject,
        '现行有效。新版本',
        policyLink(upcoming),
        `将于${formatChineseDate(upcoming.effectiveOn)}起施行，届时${interprets ? '该文件' : '本文件'}不再执行。`,
      ],
    };
  }
  const parts: NoticePart[] = [...subject];
  switch (status.status) {
    case '尚未施行':
      parts.push(`自${formatChineseDate(status.until)}起施行。`);
      if (predecessor) parts.push('施行前，继续执行', policyLink(predecessor), '。');
      break;
    case '已废止':
      parts.push(`已于${formatChineseDate(status.since)}废止，不再执行。`);
      break;
    case '已修订':
      parts.push(
        `自${formatChineseDate(status.since)}起不再执行，已被`,
        revisedBy ? policyLink(revisedBy) : '新版本',
        '修订。',
      );
      if (revisedBy)
        parts.push('修订内容见', { link: 'diff', slug: revisedBy.slug, text: '修订对照' }, '。');
      break;
    case '已失效':
      parts.push(
        `有效期至${formatChineseDate(status.expiresOn)}，自${formatChineseDate(addDays(status.expiresOn, 1))}起失效。`,
      );
      break;
  }
  if (replacement && replacement.slug !== revisedBy?.slug)
    parts.push('现行有效的版本是', policyLink(replacement), '。');
  else if (replacement && status.status === '已修订') parts.push('该版本现行有效。');
  return { headline: status.status, variant: VARIANTS[status.status], parts };
}
