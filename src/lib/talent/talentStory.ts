import {
  HONOR_LEVELS,
  TIER_LABELS,
  type HonorLevel,
  type Tier,
} from '../../schemas/vocabularies.ts';
import { formatChineseDate, type IsoDate } from '../shared/isoDate.ts';

/**
 * The words around a talent story that readers and journalists reuse: its headline,
 * the honours in time order, and the press kit's caption, citation and file name.
 */

/** What the press texts need from a talent's frontmatter. */
export interface StoryFacts {
  name: string;
  photoAlt: string;
  photoCredit?: string | undefined;
  organization?: string | undefined;
  quote?: string | undefined;
  publishedOn: IsoDate;
}

/** The label every story title starts with. */
export const STORY_SECTION = '人才风采';

/** A quote longer than this (in characters) makes a poor headline; the organisation is used instead. */
export const MAX_HEADLINE_QUOTE = 40;

const chars = (text: string) => [...text].length;
const withoutFinalStop = (text: string) => text.trim().replace(/[。．.！!？?；;，,、…\s]+$/u, '');

/**
 * The story's headline: the name with the person's own words when they are short enough,
 * else with the organisation.
 * @example storyHeadline({ name: '陶景川', quote: '根得留在澄溪。', photoAlt: '', publishedOn: '2025-10-15' }) // '陶景川：根得留在澄溪'
 */
export function storyHeadline(
  facts: Pick<StoryFacts, 'name' | 'quote' | 'organization'> & Partial<StoryFacts>,
): string {
  const quote = facts.quote ? withoutFinalStop(facts.quote) : '';
  if (quote && chars(quote) <= MAX_HEADLINE_QUOTE) return `${facts.name}：${quote}`;
  return facts.organization ? `${facts.name}（${facts.organization}）` : facts.name;
}

/**
 * The full title of a story as published: section and headline.
 * @example storyTitle({ name: '王岚', quote: '回到家乡，一样能做好科研。' }) // '人才风采｜王岚：回到家乡，一样能做好科研'
 */
export function storyTitle(facts: Pick<StoryFacts, 'name' | 'quote' | 'organization'>): string {
  return `${STORY_SECTION}｜${storyHeadline(facts)}`;
}

/**
 * A caption media can print under the photo: the photo's description, then who it shows,
 * where they work and whose photo it is.
 * @example suggestedCaption({ name: '王岚', photoAlt: '王岚在实验室里检查样品', organization: '测试县新材料公司', photoCredit: '测试县融媒体中心 摄', publishedOn: '2025-05-04' }) // '王岚在实验室里检查样品。（王岚，测试县新材料公司；测试县融媒体中心 摄）'
 */
export function suggestedCaption(facts: StoryFacts): string {
  const who = [facts.name, facts.organization].filter(Boolean).join('，');
  const credit = facts.photoCredit ? `；${facts.photoCredit}` : '';
  return `${withoutFinalStop(facts.photoAlt)}。（${who}${credit}）`;
}

/**
 * A ready-to-paste citation of the story: site, title in 《》, publication date, URL.
 * @example storyCitation({ siteName: '澄溪县人才工作网', title: '人才风采｜陶景川', publishedOn: '2025-10-15', url: 'https://rc.example.gov.cn/talents/tao-jingchuan/' }) // '澄溪县人才工作网《人才风采｜陶景川》，2025年10月15日，https://rc.example.gov.cn/talents/tao-jingchuan/'
 */
export function storyCitation(input: {
  siteName: string;
  title: string;
  publishedOn: IsoDate;
  url: string;
}): string {
  return `${input.siteName}《${input.title}》，${formatChineseDate(input.publishedOn)}，${input.url}`;
}

/**
 * The name a downloaded press photo is saved under: the story's slug and the size.
 * @example pressPhotoFileName('tao-jingchuan', 1600, 1067) // 'tao-jingchuan-1600x1067.jpg'
 */
export function pressPhotoFileName(slug: string, width: number, height: number): string {
  return `${slug}-${width}x${height}.jpg`;
}

/** One honour as the timeline shows it. */
export interface Honor {
  title: string;
  year: number;
  level: HonorLevel;
}

/**
 * Honours in time order: oldest first, higher level first within a year, then by title.
 * @example honorTimeline([{ title: 'b', year: 2024, level: '县级' }, { title: 'a', year: 2019, level: '省级' }])[0].title // 'a'
 */
export function honorTimeline<H extends Honor>(honors: readonly H[] | undefined): H[] {
  const rank = (level: HonorLevel) => HONOR_LEVELS.indexOf(level);
  return [...(honors ?? [])].sort(
    (a, b) =>
      a.year - b.year ||
      rank(a.level) - rank(b.level) ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
}

/**
 * A 人才层次 as readers know it, e.g. from a 认定 decision.
 * @example tierLabel('C') // 'C类（省级领军人才）'
 */
export function tierLabel(tier: Tier): string {
  return `${tier}类（${TIER_LABELS[tier]}）`;
}
