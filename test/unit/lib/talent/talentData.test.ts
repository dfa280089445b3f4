import { describe, expect, test } from 'vitest';
import {
  honorsCell,
  talentDataRecord,
  talentsCsv,
  TALENT_CSV_COLUMNS,
} from '../../../../src/lib/talent/talentData.ts';
import type { Talent } from '../../../../src/schemas/talent.ts';

const data = (overrides: Partial<Omit<Talent, 'photo'>> = {}): Omit<Talent, 'photo'> => ({
  name: '王岚',
  photoAlt: '王岚在实验室里检查样品',
  consent: true,
  team: '专业技术人才',
  field: '新材料',
  summary: '返乡博士。',
  publishedOn: '2025-05-04',
  ...overrides,
});
const links = {
  url: 'https://rc.example.gov.cn/talents/wang-lan/',
  photo: 'https://rc.example.gov.cn/_astro/photo.abc.jpg',
};

describe('talentDataRecord', () => {
  test('publishes absent optional fields as null or false, never undefined', () => {
    const record = talentDataRecord({ slug: 'wang-lan', data: data() }, links);
    expect(record).toEqual({
      slug: 'wang-lan',
      url: links.url,
      name: '王岚',
      team: '专业技术人才',
      tier: null,
      field: '新材料',
      organization: null,
      honors: [],
      returnee: false,
      quote: null,
      summary: '返乡博士。',
      publishedOn: '2025-05-04',
      photo: links.photo,
      photoAlt: '王岚在实验室里检查样品',
      photoCredit: null,
    });
  });

  test('leaves out consent, featured and draft, and orders honours by year', () => {
    const record = talentDataRecord(
      {
        slug: 'wang-lan',
        data: data({
          featured: true,
          draft: false,
          honors: [
            { title: 'b', year: 2024, level: '县级' },
            { title: 'a', year: 2020, level: '省级' },
          ],
        }),
      },
      links,
    );
    expect(Object.keys(record)).toEqual([...TALENT_CSV_COLUMNS]);
    expect(record.honors.map((h) => h.year)).toEqual([2020, 2024]);
  });
});

describe('honorsCell', () => {
  test('keeps titles that contain 、 readable', () => {
    expect(
      honorsCell([
        { title: '技师、高级技师', year: 2023, level: '县级' },
        { title: '全国技术能手', year: 2024, level: '国家级' },
      ]),
    ).toBe('2023 技师、高级技师（县级）；2024 全国技术能手（国家级）');
  });
});

describe('talentsCsv', () => {
  test('has a header of the JSON keys and one quoted-where-needed row per record', () => {
    const csv = talentsCsv([
      talentDataRecord(
        { slug: 'wang-lan', data: data({ quote: '他说，"好"。', returnee: true }) },
        links,
      ),
    ]);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header).toBe(TALENT_CSV_COLUMNS.join(','));
    expect(row).toContain(',true,"他说，""好""。",');
  });
});
