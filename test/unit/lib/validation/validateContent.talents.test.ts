import { describe, expect, test } from 'vitest';
import {
  validateContent,
  type ValidationFile,
} from '../../../../src/lib/validation/validateContent.ts';
import { stringContaining } from '../../../support/matchers.ts';

const talentFile = (slug: string, overrides: Record<string, unknown> = {}): ValidationFile => ({
  file: `content/talents/${slug}/index.md`,
  collection: 'talents',
  slug,
  data: {
    name: '王岚',
    photo: './photo.jpg',
    photoAlt: '王岚在实验室里',
    consent: true,
    team: '专业技术人才',
    field: '新材料',
    summary: '返乡博士。',
    publishedOn: '2025-05-04',
    ...overrides,
  },
  body: '王岚的故事。',
  bodyLine: 12,
  lineOf: () => 2,
});

const validate = (...files: ValidationFile[]) =>
  validateContent(null, files, { asOf: '2026-11-21', fileExists: () => true }).problems.filter(
    (p) => p.file.includes('/talents/'),
  );

describe('validateContent', () => {
  test.each(['returnee', 'team', 'field', 'honor'])(
    'rejects the talent slug %s, which a filter page uses',
    (slug) => {
      expect(validate(talentFile(slug))).toEqual([
        expect.objectContaining({ rule: 'slug-reserved', field: '(文件夹名)', severity: 'error' }),
      ]);
    },
  );

  test('accepts an ordinary talent slug', () => {
    expect(validate(talentFile('wang-lan'))).toEqual([]);
  });

  test.each([
    ['missing', { consent: undefined }],
    ['false', { consent: false }],
  ])('rejects a talent whose consent is %s, naming the field', (_, overrides) => {
    expect(validate(talentFile('wang-lan', overrides))).toEqual([
      expect.objectContaining({
        field: 'consent',
        severity: 'error',
        message: stringContaining('必须为 true'),
      }),
    ]);
  });
});
