import type { Talent } from '../../schemas/talent.ts';
import { toCsv } from '../shared/csv.ts';
import { honorTimeline, type Honor } from './talentStory.ts';

/**
 * The open-data record of a published talent (/data/talents.json and .csv): what the
 * story page shows, with absolute URLs of the page and of the metadata-free photo.
 * Only the fields below are published; nothing else from the frontmatter leaks.
 */

/** One talent in /data/talents.json. */
export interface TalentDataRecord {
  slug: string;
  url: string;
  name: string;
  team: Talent['team'];
  tier: Talent['tier'] | null;
  field: string;
  organization: string | null;
  honors: Honor[];
  returnee: boolean;
  quote: string | null;
  summary: string;
  publishedOn: string;
  /** Absolute URL of the full-size JPEG without metadata. */
  photo: string;
  photoAlt: string;
  photoCredit: string | null;
}

/**
 * The data record of a talent, given the absolute URLs of its page and its press photo.
 * @example talentDataRecord({ slug: 'wang-lan', data }, { url: 'https://…/talents/wang-lan/', photo: 'https://…/_astro/photo.jpg' }).returnee // false when absent
 */
export function talentDataRecord(
  talent: { slug: string; data: Omit<Talent, 'photo'> },
  links: { url: string; photo: string },
): TalentDataRecord {
  const d = talent.data;
  return {
    slug: talent.slug,
    url: links.url,
    name: d.name,
    team: d.team,
    tier: d.tier ?? null,
    field: d.field,
    organization: d.organization ?? null,
    honors: honorTimeline(d.honors).map(({ title, year, level }) => ({ title, year, level })),
    returnee: d.returnee === true,
    quote: d.quote ?? null,
    summary: d.summary,
    publishedOn: d.publishedOn,
    photo: links.photo,
    photoAlt: d.photoAlt,
    photoCredit: d.photoCredit ?? null,
  };
}

/** Columns of /data/talents.csv, the same keys as the JSON records. */
export const TALENT_CSV_COLUMNS = [
  'slug',
  'url',
  'name',
  'team',
  'tier',
  'field',
  'organization',
  'honors',
  'returnee',
  'quote',
  'summary',
  'publishedOn',
  'photo',
  'photoAlt',
  'photoCredit',
] as const;

/**
 * Honours in one cell, oldest first, e.g. `2019 省工艺美术大师（省级）；2022 全国技术能手（国家级）`.
 * @example honorsCell([{ title: '全国技术能手', year: 2022, level: '国家级' }]) // '2022 全国技术能手（国家级）'
 */
export function honorsCell(honors: readonly Honor[]): string {
  return honors.map((h) => `${h.year} ${h.title}（${h.level}）`).join('；');
}

/**
 * /data/talents.csv: one row per record, with a BOM for spreadsheet programs.
 * @example talentsCsv([]).startsWith('\uFEFFslug,url,name') // true
 */
export function talentsCsv(records: readonly TalentDataRecord[]): string {
  return toCsv(
    TALENT_CSV_COLUMNS,
    records.map((r) =>
      TALENT_CSV_COLUMNS.map((column) =>
        column === 'honors'
          ? honorsCell(r.honors)
          : column === 'returnee'
            ? r.returnee
              ? 'true'
              : 'false'
            : r[column],
      ),
    ),
  );
}
