import { describe, expect, test } from 'vitest';
import { photoPathSchema, talentSchema } from '../../../src/schemas/talent.ts';
import { makeTalent } from '../../support/factories.ts';
import { stringContaining } from '../../support/matchers.ts';

const schema = talentSchema(photoPathSchema);
const issues = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('talentSchema', () => {
  test('accepts the minimal talent', () => {
    expect(issues(makeTalent())).toEqual([]);
  });

  test.each(['name', 'photo', 'photoAlt', 'consent', 'team', 'field', 'summary', 'publishedOn'])(
    'requires %s',
    (key) => {
      expect(issues(makeTalent({ [key]: undefined }))).toMatchObject([{ path: key }]);
    },
  );

  test.each([false, 'true', 'yes'])(
    'rejects consent %j with a message about the person agreeing',
    (consent) => {
      expect(issues(makeTalent({ consent }))).toMatchObject([
        { path: 'consent', message: stringContaining('同意') },
      ]);
    },
  );

  test.each(['./photo.gif', './photo', './photo.pdf'])('rejects the photo %s', (photo) => {
    expect(issues(makeTalent({ photo }))).toMatchObject([{ path: 'photo' }]);
  });

  test.each(['./photo.JPG', './photo.jpeg', './photo.png', './photo.webp'])(
    'accepts the photo %s',
    (photo) => {
      expect(issues(makeTalent({ photo }))).toEqual([]);
    },
  );

  test.each([
    ['a team outside the vocabulary', { team: '科技人才' }, 'team'],
    ['a tier outside the vocabulary', { tier: 'F' }, 'tier'],
    [
      'an honour level outside the vocabulary',
      { honors: [{ title: '奖', year: 2024, level: '乡级' }] },
      'honors.0.level',
    ],
    [
      'an honour year that is not a year',
      { honors: [{ title: '奖', year: 24, level: '县级' }] },
      'honors.0.year',
    ],
    ['an honour without a title', { honors: [{ year: 2024, level: '县级' }] }, 'honors.0.title'],
    ['an empty photoAlt', { photoAlt: '  ' }, 'photoAlt'],
  ])('rejects %s', (_, overrides, path) => {
    expect(issues(makeTalent(overrides))).toMatchObject([{ path }]);
  });
});
