import type { PolicyRecord } from '../content/contentModel.ts';
import type { IsoDate } from '../shared/isoDate.ts';
import { amendmentText, amendsLine, type AmendmentPolicy } from './policyAmendments.ts';

/**
 * The items of the policy RSS feed: the newest published policies and 解读, each
 * with its status in the description, dated by publication (midnight in China).
 */

/** How many items the feed carries: readers only need the latest. */
export const POLICY_FEED_SIZE = 50;

/** One feed item, ready for an RSS writer (which uses the link, a URL that never changes, as guid). */
export interface PolicyFeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * Midnight of a date in China (UTC+8) as an instant, for RSS dates.
 * @example chinaMidnight('2024-03-08').toUTCString() // 'Thu, 07 Mar 2024 16:00:00 GMT'
 */
export function chinaMidnight(date: IsoDate): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/**
 * The feed item of a published policy or 解读: the description starts with its status
 * and 发文字号, then, for a document that amends others (`amends`, the published documents
 * it names), what it amends, then the summary.
 * @example policyFeedItem(record, 'https://rc.example.gov.cn/policies/a/').description // '【现行有效】澄委组发〔2024〕6号。将高层次人才……'
 */
export function policyFeedItem(
  policy: PolicyRecord,
  url: string,
  amends: readonly AmendmentPolicy[] = [],
): PolicyFeedItem {
  const d = policy.data;
  const facts = [
    `【${policy.status.status}】`,
    d.kind === '解读' ? '政策解读。' : d.docNumber ? `${d.docNumber}。` : '',
    amendmentText(amendsLine(d, amends)),
  ].join('');
  return {
    title: d.title,
    link: url,
    pubDate: chinaMidnight(d.publishedOn),
    description: `${facts}${d.summary}`,
    categories: [d.topic, d.kind],
  };
}

/**
 * The feed's last build date: the newest publication date among its items, so it
 * changes with the content and not with the clock.
 * @example feedLastBuildDate(['2024-03-08', '2026-11-12']).toUTCString() // 'Wed, 11 Nov 2026 16:00:00 GMT'
 */
export function feedLastBuildDate(publishedOn: readonly IsoDate[]): Date {
  const newest = [...publishedOn].sort().pop();
  return chinaMidnight(newest ?? '1970-01-01');
}
