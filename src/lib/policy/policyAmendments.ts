import { bookTitle } from './policyCitation.ts';

/**
 * 修正/补充 (`amends`): a document that amends or supplements another without replacing it.
 * The amended document keeps its own status; both pages, the open data, the version timeline
 * and the feed name the other, with the verb a reader of government documents expects.
 */

/** A document named in an amendment line. */
export interface AmendmentPolicy {
  slug: string;
  title: string;
  docNumber?: string | undefined;
}

/** A piece of an amendment line: text, or a link to a policy page. */
export type AmendmentPart = string | { slug: string; text: string };

/**
 * What an amending document does, read from its title: `补充` for a 补充通知/补充规定, `修正` for
 * a 修正案 or 修改决定, else `修正、补充` (the spec's word for both).
 * @example amendmentVerb('关于高校毕业生灵活就业社保补贴的补充通知') // '补充'
 * @example amendmentVerb('关于修改《某办法》的决定') // '修正'
 * @example amendmentVerb('某县人才办通知') // '修正、补充'
 */
export function amendmentVerb(title: string): string {
  if (title.includes('补充')) return '补充';
  if (/修正|修改/.test(title)) return '修正';
  return '修正、补充';
}

/**
 * A document named in a line: its title in book-title marks, linked, and its 发文字号.
 * @example namedPolicy({ slug: 'a', title: '某办法', docNumber: '某发〔2024〕1号' }) // [{ slug: 'a', text: '《某办法》' }, '（某发〔2024〕1号）']
 */
function namedPolicy(policy: AmendmentPolicy): AmendmentPart[] {
  return [
    { slug: policy.slug, text: bookTitle(policy.title) },
    ...(policy.docNumber ? [`（${policy.docNumber}）`] : []),
  ];
}

/** Joins named documents with 、. */
function namedPolicies(policies: readonly AmendmentPolicy[]): AmendmentPart[] {
  return policies.flatMap((p, i) => [...(i ? ['、'] : []), ...namedPolicy(p)]);
}

/**
 * The line on an amended document's page: 本文件已被《…》补充 (the verb from the amending
 * documents' titles), or an empty list when no published document amends it. It says nothing
 * of status: the amended document keeps its own, shown beside it.
 * @example amendedByLine([{ slug: 'b', title: '某办法的补充通知' }]) // ['本文件已被', { slug: 'b', text: '《某办法的补充通知》' }, '补充。']
 */
export function amendedByLine(amendedBy: readonly AmendmentPolicy[]): AmendmentPart[] {
  if (!amendedBy.length) return [];
  const verbs = [...new Set(amendedBy.map((p) => amendmentVerb(p.title)))];
  const verb = verbs.length === 1 ? verbs[0]! : '修正、补充';
  return ['本文件已被', ...namedPolicies(amendedBy), `${verb}。`];
}

/**
 * The line on an amending document's page: 本文件补充《…》 (修正, or 修正、补充), without
 * replacing it.
 * @example amendsLine({ title: '某办法的补充通知' }, [{ slug: 'a', title: '某办法' }]) // ['本文件补充', { slug: 'a', text: '《某办法》' }, '，不替代原文件。']
 */
export function amendsLine(
  self: { title: string },
  amends: readonly AmendmentPolicy[],
): AmendmentPart[] {
  if (!amends.length) return [];
  return [`本文件${amendmentVerb(self.title)}`, ...namedPolicies(amends), '，不替代原文件。'];
}

/**
 * The same line as plain text, for a feed or a data file.
 * @example amendmentText(['本文件补充', { slug: 'a', text: '《某办法》' }, '。']) // '本文件补充《某办法》。'
 */
export function amendmentText(parts: readonly AmendmentPart[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}
