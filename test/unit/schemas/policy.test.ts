import { describe, expect, test } from 'vitest';
import { policySchema } from '../../../src/schemas/policy.ts';
import { makePolicy } from '../../support/factories.ts';
import { stringContaining, stringMatching } from '../../support/matchers.ts';

const issues = (data: unknown) => {
  const result = policySchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((i) => ({
        path: i.path.join('.'),
        message: i.message,
        code: i.code,
      }));
};

describe('policySchema', () => {
  test('accepts the minimal policy and normalises issuer to a list', () => {
    const parsed = policySchema.parse(makePolicy());
    expect(parsed.issuer).toEqual(['测试县人力资源和社会保障局']);
  });

  test('accepts a list of joint issuers', () => {
    expect(
      policySchema.parse(makePolicy({ issuer: ['中共测试县委组织部', '测试县财政局'] })).issuer,
    ).toHaveLength(2);
  });

  test.each(['title', 'kind', 'issuer', 'topic', 'publishedOn', 'summary'])(
    'requires %s',
    (key) => {
      expect(issues(makePolicy({ [key]: undefined }))).toMatchObject([{ path: key }]);
    },
  );

  test('rejects an unknown or misspelled key', () => {
    expect(issues(makePolicy({ publishedon: '2024-03-01' }))).toMatchObject([
      { code: 'unrecognized_keys' },
    ]);
  });

  test.each([
    ['kind', '函'],
    ['topic', '人才'],
    ['audiences', ['大学生']],
  ])('rejects %s outside its vocabulary', (key, value) => {
    expect(issues(makePolicy({ [key]: value }))).toMatchObject([
      { path: stringMatching(new RegExp(`^${key}`)) },
    ]);
  });

  test.each(['2023-02-30', '2023-13-45', '2023/03/01', '20230301'])(
    'rejects the date %s without rolling it over',
    (value) => {
      expect(issues(makePolicy({ publishedOn: value }))).toMatchObject([{ path: 'publishedOn' }]);
    },
  );

  test('accepts a Date object for an unquoted YAML date, as Astro parses it', () => {
    expect(
      policySchema.parse(makePolicy({ publishedOn: new Date(Date.UTC(2024, 2, 1)) })).publishedOn,
    ).toBe('2024-03-01');
  });

  test.each(['澄委人才办发〔2024〕3号', '测人社发〔2021〕12号'])(
    'accepts the document number %s',
    (docNumber) => {
      expect(issues(makePolicy({ docNumber }))).toEqual([]);
    },
  );

  test.each([
    '澄委人才办发[2024]3号',
    '澄委人才办发（2024）3号',
    '〔2024〕3号',
    '澄委发〔24〕3号',
    '澄委发〔2024〕3',
  ])('rejects the document number %s', (docNumber) => {
    expect(issues(makePolicy({ docNumber }))).toMatchObject([{ path: 'docNumber' }]);
  });

  test('suggests the hexagonal brackets for square or round ones', () => {
    expect(issues(makePolicy({ docNumber: '澄委发[2024]3号' }))[0]!.message).toContain('六角括号');
  });

  test('rejects a document number whose year is after the written date', () => {
    expect(
      issues(makePolicy({ docNumber: '澄委发〔2025〕3号', writtenOn: '2024-02-01' })),
    ).toMatchObject([{ path: 'docNumber' }]);
  });

  test('requires interprets for a 解读 and forbids it otherwise', () => {
    expect(issues(makePolicy({ kind: '解读' }))).toMatchObject([{ path: 'interprets' }]);
    expect(issues(makePolicy({ interprets: 'other' }))).toMatchObject([{ path: 'interprets' }]);
    expect(issues(makePolicy({ kind: '解读', interprets: 'other' }))).toEqual([]);
  });

  test.each([
    [
      'effectiveOn before writtenOn',
      { writtenOn: '2024-02-01', publishedOn: '2024-02-10', effectiveOn: '2024-01-31' },
      'effectiveOn',
    ],
    [
      'publishedOn before writtenOn',
      { writtenOn: '2024-03-02', publishedOn: '2024-03-01', effectiveOn: '2024-04-01' },
      'publishedOn',
    ],
    [
      'expiresOn on effectiveOn',
      { effectiveOn: '2024-04-01', expiresOn: '2024-04-01' },
      'expiresOn',
    ],
    ['expiresOn before the default effective date', { expiresOn: '2024-02-01' }, 'expiresOn'],
    ['repealedOn before publishedOn', { repealedOn: '2024-02-01' }, 'repealedOn'],
  ])('rejects %s', (_, overrides, path) => {
    expect(issues(makePolicy(overrides))).toMatchObject([{ path }]);
  });

  test('accepts effectiveOn equal to writtenOn', () => {
    expect(issues(makePolicy({ writtenOn: '2024-03-01', effectiveOn: '2024-03-01' }))).toEqual([]);
  });

  test('counts the summary in characters, not bytes', () => {
    expect(issues(makePolicy({ summary: '字'.repeat(200) }))).toEqual([]);
    expect(issues(makePolicy({ summary: '字'.repeat(201) }))).toMatchObject([
      { path: 'summary', message: stringContaining('201') },
    ]);
  });

  test.each(['javascript:alert(1)', 'ftp://x.example/a', 'not a url'])(
    'rejects the source %s',
    (source) => {
      expect(issues(makePolicy({ source }))).toMatchObject([{ path: 'source' }]);
    },
  );

  test.each(['Bad-Slug', 'gao ceng', '高层次'])(
    'rejects the reference %s in supersedes',
    (slug) => {
      expect(issues(makePolicy({ supersedes: [slug] }))).toMatchObject([{ path: 'supersedes.0' }]);
    },
  );

  test('rejects an attachment without a file', () => {
    expect(issues(makePolicy({ attachments: [{ title: '申报表' }] }))).toMatchObject([
      { path: 'attachments.0.file' },
    ]);
  });
});
