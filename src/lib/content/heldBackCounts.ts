import type { IsoDate } from '../shared/isoDate.ts';
import { resolvePublication, type ContentInput } from './contentModel.ts';

/** How many valid entries a build leaves out, and why. */
export interface HeldBackCounts {
  /** Entries marked `draft: true`. */
  drafts: number;
  /** Entries whose publishedOn is after the as-of date (policies and talents). */
  embargoed: number;
  /** Entries held back because they refer to a draft or embargoed entry. */
  following: number;
}

/**
 * Counts the entries that a build at `asOf` will not publish, so an editor who forgot to
 * remove `draft: true` (or to add it) sees the number in the validate summary.
 * @example heldBackCounts({ policies: [{ slug: 'a', data: { draft: true, publishedOn: '2024-01-01' }, body: '' }], incentives: [], talents: [], indicators: [] }, '2026-11-21') // { drafts: 1, embargoed: 0, following: 0 }
 */
export function heldBackCounts(input: ContentInput, asOf: IsoDate): HeldBackCounts {
  const dated = [...input.policies, ...input.talents];
  const drafts = [...dated, ...input.incentives].filter((e) => e.data.draft === true).length;
  const embargoed = dated.filter((e) => !e.data.draft && e.data.publishedOn > asOf).length;
  return { drafts, embargoed, following: resolvePublication(input, asOf).heldBack.length };
}

/**
 * The held-back counts as a phrase for a summary line, or '' when everything is published.
 * @example describeHeldBack({ drafts: 2, embargoed: 1, following: 0 }) // '其中 2 篇草稿、1 篇未到发布日期，暂不发布'
 */
export function describeHeldBack(counts: HeldBackCounts): string {
  const parts = [
    counts.drafts ? `${counts.drafts} 篇草稿` : '',
    counts.embargoed ? `${counts.embargoed} 篇未到发布日期` : '',
    counts.following ? `${counts.following} 篇因引用未发布条目而随之暂缓` : '',
  ].filter(Boolean);
  return parts.length ? `其中 ${parts.join('、')}，暂不发布` : '';
}
