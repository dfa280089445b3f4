import { describe, expect, test } from 'vitest';
import {
  POLICY_CSV_COLUMNS,
  policyCsvRow,
  policyDataRecord,
  statusDate,
} from '../../../../src/lib/policy/policyData.ts';
import type { PolicyRecord } from '../../../../src/lib/content/contentModel.ts';

const urlOf = (slug: string) => `https://x/policies/${slug}/`;

const record = (overrides: Partial<PolicyRecord> = {}): PolicyRecord => ({
  slug: 'banfa',
  body: '',
  data: {
    title: '办法',
    kind: '办法',
    issuer: ['甲', '乙'],
    topic: '人才引进',
    publishedOn: '2024-03-08',
    effectiveOn: '2024-04-01',
    summary: '摘要',
  },
  status: { status: '现行有效' },
  effectiveOn: '2024-04-01',
  supersedes: [],
  supersededBy: [],
  amends: [],
  amendedBy: [],
  currentVersion: null,
  interpretations: ['banfa-jiedu'],
  incentives: ['anjia'],
  ...overrides,
});

describe('statusDate', () => {
  test.each([
    [{ status: '现行有效' }, null],
    [{ status: '尚未施行', until: '2027-01-01' }, '2027-01-01'],
    [{ status: '已废止', since: '2025-06-30' }, '2025-06-30'],
    [{ status: '已修订', since: '2024-07-01', by: 'x' }, '2024-07-01'],
    [{ status: '已失效', expiresOn: '2025-12-31' }, '2025-12-31'],
  ] as const)('%o → %s', (status, expected) => {
    expect(statusDate(status)).toBe(expected);
  });
});

describe('policyDataRecord', () => {
  const data = policyDataRecord(
    record(),
    'https://x/policies/banfa/',
    [{ title: '附件', url: 'https://x/policies/banfa/files/a.pdf', type: 'PDF', bytes: 10 }],
    urlOf,
  );

  test('carries slug, absolute URL, computed status and relations', () => {
    expect(data).toMatchObject({
      slug: 'banfa',
      url: 'https://x/policies/banfa/',
      status: '现行有效',
      statusDate: null,
      interpretations: ['banfa-jiedu'],
      incentives: ['anjia'],
    });
  });

  test('gives absent optional fields as null, so every record has the same keys', () => {
    expect(data).toMatchObject({
      docNumber: null,
      indexNo: null,
      writtenOn: null,
      expiresOn: null,
      repealedOn: null,
      interprets: null,
      source: null,
      audiences: [],
      tags: [],
    });
    expect(Object.keys(data).sort()).toEqual(
      Object.keys(
        policyDataRecord(
          record({ data: { ...record().data, docNumber: '澄〔2024〕1号', tags: ['x'] } }),
          'u',
          [],
          urlOf,
        ),
      ).sort(),
    );
  });

  test('names the documents it amends and those that amend it, by slug and URL', () => {
    expect(
      policyDataRecord(
        record({ amends: ['xize'], amendedBy: ['buchong-1', 'buchong-2'] }),
        'u',
        [],
        urlOf,
      ),
    ).toMatchObject({
      amends: ['xize'],
      amendsUrls: ['https://x/policies/xize/'],
      amendedBy: ['buchong-1', 'buchong-2'],
      amendedByUrls: ['https://x/policies/buchong-1/', 'https://x/policies/buchong-2/'],
    });
  });

  test('gives the effective date even when effectiveOn is absent', () => {
    expect(
      policyDataRecord(
        record({ effectiveOn: '2024-03-08', data: { ...record().data, effectiveOn: undefined } }),
        'u',
        [],
        urlOf,
      ).effectiveOn,
    ).toBe('2024-03-08');
  });
});

describe('policyCsvRow', () => {
  test('has one cell per column, attachments as their URLs', () => {
    const data = policyDataRecord(
      record(),
      'https://x/policies/banfa/',
      [{ title: '附件', url: 'https://x/a.pdf', type: 'PDF', bytes: 10 }],
      urlOf,
    );
    const row = policyCsvRow(data);
    expect(row).toHaveLength(POLICY_CSV_COLUMNS.length);
    expect(row[POLICY_CSV_COLUMNS.findIndex(([key]) => key === 'attachments')]).toEqual([
      'https://x/a.pdf',
    ]);
    expect(row[POLICY_CSV_COLUMNS.findIndex(([key]) => key === 'issuer')]).toEqual(['甲', '乙']);
  });
});
