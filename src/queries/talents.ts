import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { getIncentives, getPolicies, getSite, getTalents } from './content.ts';
import { absoluteUrl, routes } from '../lib/site/routes.ts';
import { storyMentionFinder, type StoryMentions } from '../lib/talent/storyMentions.ts';
import { talentFacets, type TalentFacetGroup } from '../lib/talent/talentFacets.ts';
import {
  pressPhotoFileName,
  storyCitation,
  storyHeadline,
  storyTitle,
  suggestedCaption,
} from '../lib/talent/talentStory.ts';
import { talentDataRecord, type TalentDataRecord } from '../lib/talent/talentData.ts';
import type { IncentiveRecord, PolicyRecord } from '../lib/content/contentModel.ts';
import { relatedEntries } from './relations.ts';

/**
 * What the talent pages, the press page, the feed and the data files derive from a
 * published talent: its filters, the entries its story mentions, and its press kit
 * with the generated images (a full-size JPEG and a 1200×630 link-preview image,
 * both re-encoded, so without the original's EXIF, XMP and GPS).
 */

/** A published talent as the query layer returns it. */
export type TalentRecord = Awaited<ReturnType<typeof getTalents>>[number];

/** A generated image file. */
export interface GeneratedImage {
  /** URL with the base, for links on the site. */
  src: string;
  /** Absolute URL, for feeds, data files and link previews. */
  url: string;
  width: number;
  height: number;
}

/** Everything a journalist needs to reuse a story. */
export interface PressKit {
  /** The full title, e.g. `人才风采｜陶景川：…`. */
  title: string;
  /** The title without the section, e.g. `陶景川：…`. */
  headline: string;
  /** Who the story is about. */
  name: string;
  pageUrl: string;
  photo: GeneratedImage & { fileName: string };
  ogImage: GeneratedImage;
  /** The photo credit; the site's name when the editor gave none. */
  credit: string;
  caption: string;
  quote: string | undefined;
  citation: string;
}

async function generated(
  options: Parameters<typeof getImage>[0],
  origin: string,
): Promise<GeneratedImage> {
  const image = await getImage(options);
  return {
    src: image.src,
    url: new URL(image.src, origin).href,
    width: Number(image.attributes.width),
    height: Number(image.attributes.height),
  };
}

/** The full-size photo as a JPEG without metadata, for download. */
export async function getPressPhoto(photo: ImageMetadata, origin: string): Promise<GeneratedImage> {
  return generated({ src: photo, format: 'jpg', quality: 90 }, origin);
}

/** The 1200×630 link-preview image, cropped from the middle of the photo. */
export async function getOgImage(photo: ImageMetadata, origin: string): Promise<GeneratedImage> {
  return generated(
    {
      src: photo,
      width: 1200,
      height: 630,
      fit: 'cover',
      position: 'center',
      format: 'jpg',
      quality: 80,
    },
    origin,
  );
}

/** The press kit of a published talent. */
export async function getPressKit(talent: TalentRecord): Promise<PressKit> {
  const site = await getSite();
  const title = storyTitle(talent.data);
  const pageUrl = absoluteUrl(routes.talent(talent.slug), site.url);
  const photo = await getPressPhoto(talent.data.photo, site.url);
  return {
    title,
    headline: storyHeadline(talent.data),
    name: talent.data.name,
    pageUrl,
    photo: { ...photo, fileName: pressPhotoFileName(talent.slug, photo.width, photo.height) },
    ogImage: await getOgImage(talent.data.photo, site.url),
    credit: talent.data.photoCredit ?? site.name,
    caption: suggestedCaption(talent.data),
    quote: talent.data.quote,
    citation: storyCitation({
      siteName: site.name,
      title,
      publishedOn: talent.data.publishedOn,
      url: pageUrl,
    }),
  };
}

/** The directory's filters over every published talent. */
export async function getTalentFacets(): Promise<TalentFacetGroup[]> {
  return talentFacets(await getTalents());
}

/** The published policies and incentives a talent's story mentions, in order of mention. */
export async function getStoryMentions(
  talent: TalentRecord,
): Promise<{ policies: PolicyRecord[]; incentives: IncentiveRecord[] }> {
  const { find, policies, incentives } = await mentionFinder();
  const found = find([talent.data.summary, talent.data.quote ?? '', talent.body].join('\n'));
  const source = { from: `人才风采 ${talent.slug}`, field: '正文提到的文件和事项' };
  return {
    policies: relatedEntries(policies, found.policies, source),
    incentives: relatedEntries(incentives, found.incentives, source),
  };
}

let mentions: Promise<{
  find: (text: string) => StoryMentions;
  policies: Map<string, PolicyRecord>;
  incentives: Map<string, IncentiveRecord>;
}> | null = null;
/** One mention finder per build, over every published policy and incentive. */
function mentionFinder() {
  mentions ??= (async () => {
    const [policies, incentives] = await Promise.all([getPolicies(), getIncentives()]);
    return {
      find: storyMentionFinder({
        policies: policies.map((p) => ({
          slug: p.slug,
          title: p.data.title,
          publishedOn: p.data.publishedOn,
        })),
        incentives: incentives.map((i) => ({ slug: i.slug, title: i.data.title })),
      }),
      policies: new Map(policies.map((p) => [p.slug, p])),
      incentives: new Map(incentives.map((i) => [i.slug, i])),
    };
  })();
  return mentions;
}

/** Every published talent as an open-data record, newest first. */
export async function getTalentDataRecords(): Promise<TalentDataRecord[]> {
  const site = await getSite();
  const talents = await getTalentsNewestFirst();
  return Promise.all(
    talents.map(async (t) =>
      talentDataRecord(t, {
        url: absoluteUrl(routes.talent(t.slug), site.url),
        photo: (await getPressPhoto(t.data.photo, site.url)).url,
      }),
    ),
  );
}

/** Published talents by publication date, newest first (ties by slug), for feeds and data. */
export async function getTalentsNewestFirst(): Promise<TalentRecord[]> {
  return [...(await getTalents())].sort((a, b) =>
    a.data.publishedOn === b.data.publishedOn
      ? a.slug < b.slug
        ? -1
        : 1
      : a.data.publishedOn > b.data.publishedOn
        ? -1
        : 1,
  );
}
