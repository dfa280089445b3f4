import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildContentModel, type ContentInput } from '../../../../src/lib/content/contentModel.ts';
import {
  INCENTIVE_CSV_COLUMNS,
  incentiveCsvRow,
  incentiveDataRecord,
} from '../../../../src/lib/incentive/incentiveData.ts';
import { publishedFigures } from '../../../../src/lib/security/publishedFigures.ts';
import { personalDataFinder } from '../../../../src/lib/security/personalData.ts';
import { toCsv } from '../../../../src/lib/shared/csv.ts';
import { openDataJson } from '../../../../src/lib/shared/openData.ts';
import { computeStats } from '../../../../src/lib/stats/stats.ts';
import { formatCell, statsTableCsv, statsTables } from '../../../../src/lib/stats/statsTables.ts';
import { incentiveSchema } from '../../../../src/schemas/incentive.ts';
import { indicatorsSchema, type Indicators } from '../../../../src/schemas/indicators.ts';
import { policySchema } from '../../../../src/schemas/policy.ts';
import { TEAMS, EDUCATION_LEVELS, TITLES } from '../../../../src/schemas/vocabularies.ts';
import { privacy } from '../../../../src/lib/validation/rules/privacy.ts';
import {
  incentiveFile,
  indexOf,
  indicatorsFile,
  policyFile,
} from '../../../support/validationFiles.ts';
import { makePolicy } from '../../../support/factories.ts';

const AS_OF = '2026-11-21';

/** Counts for some of `keys`, summing to at most `total`. */
const countsUpTo = (keys: readonly string[], total: number) =>
  fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: keys.length,
      maxLength: keys.length,
    })
    .map((shares) => {
      const sum = shares.reduce((a, b) => a + b, 0) || 1;
      return Object.fromEntries(
        keys.map((k, i) => [k, Math.floor(((shares[i] ?? 0) / sum) * total)]),
      );
    });

/** Any big or small count: up to 10^11, where 11-digit figures look like mobile numbers. */
const anyCount = fc.oneof(
  fc.nat({ max: 1000 }),
  fc.nat({ max: 10_000_000 }),
  fc.nat({ max: 99_999_999_999 }),
);

const yearOf = (year: number) =>
  anyCount.chain((total) =>
    fc.record({
      year: fc.constant(year),
      total: fc.constant(total),
      byTeam: countsUpTo(TEAMS, total),
      byEducation: countsUpTo(EDUCATION_LEVELS, total),
      byTitle: countsUpTo(TITLES, total),
      introduced: anyCount,
      departed: anyCount,
      funding: anyCount,
      targets: fc.record({
        total: anyCount,
        introduced: anyCount,
        departed: anyCount,
        funding: anyCount,
      }),
    }),
  );

/** Three consecutive years of valid indicators. */
const indicatorSets = fc
  .tuple(yearOf(2023), yearOf(2024), yearOf(2025))
  .map((years) => years.map((y) => indicatorsSchema.parse(y)));

/** Valid cash amounts, once or by period. */
const amounts = fc.array(
  fc
    .tuple(
      anyCount,
      anyCount,
      fc.constantFrom('once', 'monthly', 'yearly'),
      fc.integer({ min: 1, max: 120 }),
    )
    .map(([a, b, period, times]) => ({
      min: Math.min(a, b),
      max: Math.max(a, b),
      period,
      ...(period === 'once' ? {} : { times }),
    })),
  { minLength: 1, maxLength: 5 },
);

function contentOf(indicators: Indicators[], cash: object[]): ContentInput {
  return {
    policies: [{ slug: 'banfa', data: policySchema.parse(makePolicy()), body: '第一条　甲' }],
    incentives: cash.map((amount, i) => ({
      slug: `butie-${i}`,
      data: incentiveSchema.parse({
        title: '补贴',
        policy: 'banfa',
        benefit: '生活补贴',
        summary: '补贴。',
        amount,
      }),
      body: '',
    })),
    talents: [],
    indicators,
  };
}

/** Every data file and figure text the site writes from this content. */
function publishedTexts(input: ContentInput): string[] {
  const model = buildContentModel(input, AS_OF);
  const stats = computeStats(model);
  const tables = statsTables(stats);
  const records = model.incentives.map((i) =>
    incentiveDataRecord(i, model.policies[0]!, (p) => `https://rc.example.gov.cn${p}`),
  );
  return [
    openDataJson(stats),
    ...tables.map(statsTableCsv),
    ...tables.flatMap((t) => t.rows.flat().map(formatCell)),
    openDataJson(records),
    toCsv(INCENTIVE_CSV_COLUMNS, records.map(incentiveCsvRow)),
  ];
}

describe('publishedFigures', () => {
  test('holds the number fields, amount totals and statistics of a tree', () => {
    const input = contentOf(
      [indicatorsSchema.parse({ year: 2024, total: 15000, funding: 15000000000 })],
      [{ min: 1000, max: 2000, period: 'monthly', times: 36 }],
    );
    const figures = publishedFigures(input, AS_OF);
    expect(figures).toContain(15000000000);
    expect(figures).toContain(72000);
    expect(figures).toContain(2024);
  });

  test('a valid tree never trips the privacy scan: random indicator sets and amounts', () => {
    fc.assert(
      fc.property(indicatorSets, amounts, (indicators, cash) => {
        const input = contentOf(indicators, cash);
        const find = personalDataFinder([], publishedFigures(input, AS_OF));
        const leaks = publishedTexts(input).flatMap((text) => find(text));
        expect(leaks).toEqual([]);
        // validate agrees: the same figures in the content files are not personal data.
        const files = [
          policyFile('banfa'),
          ...indicators.map((y) =>
            indicatorsFile(String(y.year), y as unknown as Record<string, unknown>),
          ),
          ...cash.map((amount, i) => incentiveFile(`butie-${i}`, { policy: 'banfa', amount })),
        ];
        expect(privacy(indexOf(files))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
