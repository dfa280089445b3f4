import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { ImageMetadata } from 'astro';
import {
  buildContentModel,
  type ContentModel,
  type IncentiveRecord,
  type PolicyRecord,
} from '../lib/content/contentModel.ts';
import { resolveSiteAsOf } from '../lib/shared/buildSettings.ts';
import type { Site } from '../schemas/site.ts';

/**
 * The one query layer: every page, feed and data file reads content through these
 * functions, so every list agrees on what is published and what each status is.
 */

/** The as-of date of this build (SITE_AS_OF, default today in Asia/Shanghai). */
export const siteAsOf = resolveSiteAsOf(process.env.SITE_AS_OF);

let model: Promise<ContentModel<ImageMetadata>> | null = null;

/** Everything published at the as-of date, computed once per build. */
export function getContentModel(): Promise<ContentModel<ImageMetadata>> {
  model ??= (async () => {
    const [policies, incentives, talents, indicators] = await Promise.all([
      getCollection('policies'),
      getCollection('incentives'),
      getCollection('talents'),
      getCollection('indicators'),
    ]);
    const source = <T>(entry: { id: string; data: T; body?: string }) => ({
      slug: entry.id,
      data: entry.data,
      body: entry.body ?? '',
    });
    return buildContentModel(
      {
        policies: policies.map(source),
        incentives: incentives.map(source),
        talents: talents.map(source),
        indicators: indicators.map((entry) => entry.data),
      },
      siteAsOf,
    );
  })();
  return model;
}

/** The site's identity from site.yaml. */
export async function getSite(): Promise<Site> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('site.yaml 未加载：请检查 CONTENT_DIR 下是否有 site.yaml');
  return entry.data;
}

/** Published policies and 解读, newest first. */
export async function getPolicies(): Promise<PolicyRecord[]> {
  return (await getContentModel()).policies;
}

/** Published incentives, offered or not, in slug order. */
export async function getIncentives(): Promise<IncentiveRecord[]> {
  return (await getContentModel()).incentives;
}

/** Incentives that can be applied for now: published, source policy in force. */
export async function getOfferedIncentives(): Promise<IncentiveRecord[]> {
  return (await getIncentives()).filter((i) => i.offered);
}

/** Published talents, featured first, then newest first. */
export async function getTalents(): Promise<ContentModel<ImageMetadata>['talents']> {
  return (await getContentModel()).talents;
}

/** Yearly indicators, oldest first. */
export async function getIndicators(): Promise<ContentModel<ImageMetadata>['indicators']> {
  return (await getContentModel()).indicators;
}

/** The collection entry of a published policy, for rendering its body. */
export async function getPolicyEntry(slug: string): Promise<CollectionEntry<'policies'>> {
  const entry = await getEntry('policies', slug);
  if (!entry) throw new Error(`找不到政策文件 ${slug}`);
  return entry;
}

/** The collection entry of a published incentive, for rendering its body. */
export async function getIncentiveEntry(slug: string): Promise<CollectionEntry<'incentives'>> {
  const entry = await getEntry('incentives', slug);
  if (!entry) throw new Error(`找不到激励事项 ${slug}`);
  return entry;
}

/** The collection entry of a published talent, for rendering its story. */
export async function getTalentEntry(slug: string): Promise<CollectionEntry<'talents'>> {
  const entry = await getEntry('talents', slug);
  if (!entry) throw new Error(`找不到人才风采 ${slug}`);
  return entry;
}
