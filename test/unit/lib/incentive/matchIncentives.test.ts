import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  EDUCATION_LEVELS,
  EMPLOYER_TYPES,
  GROUPS,
  NONE_ANSWER,
  TIERS,
  TITLES,
} from '../../../../src/schemas/vocabularies.ts';
import type { Amount, Eligibility } from '../../../../src/schemas/incentive.ts';
import { CRITERION_PROFILE_KEY } from '../../../../src/lib/incentive/eligibility.ts';
import {
  PROFILE_KEYS,
  type Profile,
  type ProfileKey,
} from '../../../../src/lib/incentive/profile.ts';
import {
  matchIncentives,
  toMatchOutput,
  type MatchableIncentive,
} from '../../../../src/lib/incentive/matchIncentives.ts';

const AS_OF = '2026-11-21';

const incentive = (
  slug: string,
  overrides: Partial<MatchableIncentive> = {},
): MatchableIncentive => ({
  slug,
  title: `事项${slug}`,
  amount: { min: 10000, max: 10000, period: 'once' },
  ...overrides,
});
const once = (min: number, max = min): Amount => ({ min, max, period: 'once' });
const slugs = (items: readonly { slug: string }[]) => items.map((i) => i.slug);

describe('matchIncentives', () => {
  test('sorts each incentive into eligible, unknown or ineligible', () => {
    const result = matchIncentives(
      [
        incentive('young', { eligibility: { maxAge: 35 } }),
        incentive('old', { eligibility: { maxAge: 20 } }),
        incentive('doctor', { eligibility: { education: ['博士研究生'], maxAge: 45 } }),
      ],
      { age: 28 },
      AS_OF,
    );
    expect(slugs(result.eligible)).toEqual(['young']);
    expect(result.unknown).toEqual([
      { slug: 'doctor', title: '事项doctor', missing: ['education'] },
    ]);
    expect(result.ineligible).toEqual([
      { slug: 'old', reason: '要求20周岁以下，您为28周岁', criterion: 'maxAge' },
    ]);
  });

  test('values once, monthly and yearly amounts and services as the specification says', () => {
    const result = matchIncentives(
      [
        incentive('once', { amount: once(10000, 50000) }),
        incentive('monthly', { amount: { min: 500, max: 800, period: 'monthly', times: 24 } }),
        incentive('yearly', { amount: { min: 30000, max: 100000, period: 'yearly', times: 5 } }),
        incentive('service', { amount: undefined }),
      ],
      {},
      AS_OF,
    );
    expect(result.eligible.map(({ slug, min, max }) => ({ slug, min, max }))).toEqual([
      { slug: 'yearly', min: 150000, max: 500000 },
      { slug: 'once', min: 10000, max: 50000 },
      { slug: 'monthly', min: 12000, max: 19200 },
      { slug: 'service', min: 0, max: 0 },
    ]);
    expect(result.total).toEqual({ min: 172000, max: 569200, unpriced: 0 });
  });

  test('orders eligible by max, then min, then slug; unknown and ineligible by slug', () => {
    const result = matchIncentives(
      [
        incentive('c', { amount: once(5, 10) }),
        incentive('b', { amount: once(5, 10) }),
        incentive('a', { amount: once(1, 10) }),
        incentive('z', { amount: once(20) }),
        incentive('u2', { eligibility: { maxAge: 30 } }),
        incentive('u1', { eligibility: { maxAge: 30 } }),
        incentive('i2', { eligibility: { groups: ['返乡人才'] } }),
        incentive('i1', { eligibility: { groups: ['返乡人才'] } }),
      ],
      { groups: [] },
      AS_OF,
    );
    expect(slugs(result.eligible)).toEqual(['z', 'b', 'c', 'a']);
    expect(slugs(result.unknown)).toEqual(['u1', 'u2']);
    expect(slugs(result.ineligible)).toEqual(['i1', 'i2']);
  });

  test('counts only the larger of two exclusive incentives', () => {
    const result = matchIncentives(
      [
        incentive('rent', {
          amount: { min: 500, max: 800, period: 'monthly', times: 24 },
          exclusiveWith: ['buy'],
        }),
        incentive('buy', { amount: once(20000, 50000) }),
      ],
      {},
      AS_OF,
    );
    expect(result.total).toEqual({ min: 20000, max: 50000, unpriced: 0 });
    expect(result.eligible.find((e) => e.slug === 'rent')!.notCountedBecause).toBe('buy');
    expect(result.eligible.find((e) => e.slug === 'buy')!.notCountedBecause).toBeNull();
  });

  test('honours exclusivity declared on one side only', () => {
    const result = matchIncentives(
      [
        incentive('a', { amount: once(5) }),
        incentive('b', { amount: once(3), exclusiveWith: ['a'] }),
      ],
      {},
      AS_OF,
    );
    expect(result.total).toEqual({ min: 5, max: 5, unpriced: 0 });
  });

  test.each([
    [
      'larger min',
      [
        incentive('a', { amount: once(1, 10) }),
        incentive('b', { amount: once(2, 10), exclusiveWith: ['a'] }),
      ],
      'b',
      { min: 2, max: 10, unpriced: 0 },
    ],
    [
      'slug order',
      [
        incentive('b', { amount: once(2, 10) }),
        incentive('a', { amount: once(2, 10), exclusiveWith: ['b'] }),
      ],
      'a',
      { min: 2, max: 10, unpriced: 0 },
    ],
  ])('breaks a tie in max by %s', (_, incentives, counted, total) => {
    const result = matchIncentives(incentives, {}, AS_OF);
    expect(result.eligible.filter((e) => e.notCountedBecause === null).map((e) => e.slug)).toEqual([
      counted,
    ]);
    expect(result.total).toEqual(total);
  });

  test('counts one of three pairwise exclusive incentives (购房、租房、人才公寓)', () => {
    const result = matchIncentives(
      [
        incentive('goufang', { amount: once(20000, 50000), exclusiveWith: ['zufang', 'gongyu'] }),
        incentive('zufang', {
          amount: { min: 500, max: 800, period: 'monthly', times: 24 },
          exclusiveWith: ['gongyu'],
        }),
        incentive('gongyu', { amount: undefined }),
        incentive('jiangli', { amount: once(10000) }),
      ],
      {},
      AS_OF,
    );
    expect(result.total).toEqual({ min: 30000, max: 60000, unpriced: 0 });
    expect(result.eligible.map((e) => [e.slug, e.notCountedBecause])).toEqual([
      ['goufang', null],
      ['zufang', 'goufang'],
      ['jiangli', null],
      ['gongyu', 'goufang'],
    ]);
  });

  test('in a chain A–B–C with the middle largest, counts the middle alone', () => {
    const result = matchIncentives(
      [
        incentive('a', { amount: once(6), exclusiveWith: ['b'] }),
        incentive('b', { amount: once(10), exclusiveWith: ['c'] }),
        incentive('c', { amount: once(6) }),
      ],
      {},
      AS_OF,
    );
    expect(result.total).toEqual({ min: 10, max: 10, unpriced: 0 });
    expect(result.eligible.map((e) => e.notCountedBecause)).toEqual([null, 'b', 'b']);
  });

  test('in a chain A–B–C with an end largest, counts both ends, which can be received together', () => {
    const result = matchIncentives(
      [
        incentive('a', { amount: once(10), exclusiveWith: ['b'] }),
        incentive('b', { amount: once(8), exclusiveWith: ['c'] }),
        incentive('c', { amount: once(6) }),
      ],
      {},
      AS_OF,
    );
    expect(result.total).toEqual({ min: 16, max: 16, unpriced: 0 });
    expect(result.eligible.map((e) => [e.slug, e.notCountedBecause])).toEqual([
      ['a', null],
      ['b', 'a'],
      ['c', null],
    ]);
  });

  test('ignores exclusivity with incentives that are not eligible', () => {
    const result = matchIncentives(
      [
        incentive('a', { amount: once(5), exclusiveWith: ['b'] }),
        incentive('b', { amount: once(10), eligibility: { maxAge: 20 } }),
      ],
      { age: 30 },
      AS_OF,
    );
    expect(result.total).toEqual({ min: 5, max: 5, unpriced: 0 });
  });

  test('leaves unknown incentives out of the total', () => {
    const result = matchIncentives(
      [
        incentive('a', { amount: once(5) }),
        incentive('b', { amount: once(10), eligibility: { maxAge: 20 } }),
      ],
      {},
      AS_OF,
    );
    expect(result.total).toEqual({ min: 5, max: 5, unpriced: 0 });
  });

  test('totals nothing when there is nothing to match', () => {
    expect(matchIncentives([], {}, AS_OF)).toEqual({
      asOf: AS_OF,
      eligible: [],
      unknown: [],
      ineligible: [],
      total: { min: 0, max: 0, unpriced: 0 },
    });
  });
});

describe('matchIncentives: cash without a figure (amountNote)', () => {
  const result = matchIncentives(
    [
      incentive('anjia', { amount: once(10000, 10000) }),
      incentive('shebao', { amount: undefined, amountNote: '按实际缴纳的社会保险费给予补贴' }),
      incentive('gongyu', { amount: undefined }),
      incentive('jianxi', {
        amount: undefined,
        amountNote: '按当地最低工资标准的70%给予补贴',
        exclusiveWith: ['anjia'],
      }),
    ],
    {},
    AS_OF,
  );

  test('is eligible and worth 0, with its note, and not taken for a service', () => {
    expect(result.eligible.find((e) => e.slug === 'shebao')).toMatchObject({
      min: 0,
      max: 0,
      amountNote: '按实际缴纳的社会保险费给予补贴',
      unpriced: true,
    });
    expect(result.eligible.find((e) => e.slug === 'gongyu')).toMatchObject({
      amountNote: null,
      unpriced: false,
    });
  });

  test('is counted in total.unpriced when it counts, not when an exclusive one wins', () => {
    expect(result.total).toEqual({ min: 10000, max: 10000, unpriced: 1 });
    expect(result.eligible.find((e) => e.slug === 'jianxi')!.notCountedBecause).toBe('anjia');
  });

  test('npm run match prints the note on the eligible record and the unpriced count', () => {
    const output = toMatchOutput(result);
    expect(output.eligible.find((e) => e.slug === 'shebao')).toEqual({
      slug: 'shebao',
      title: '事项shebao',
      min: 0,
      max: 0,
      amountNote: '按实际缴纳的社会保险费给予补贴',
    });
    expect(output.eligible.find((e) => e.slug === 'gongyu')).not.toHaveProperty('amountNote');
    expect(output.total.unpriced).toBe(1);
  });
});

describe('toMatchOutput', () => {
  test('keeps exactly the fields of the specification', () => {
    const result = matchIncentives(
      [
        incentive('a', { exclusiveWith: ['b'] }),
        incentive('b'),
        incentive('c', { eligibility: { maxAge: 20 } }),
        incentive('d', { eligibility: { tier: undefined, tiers: ['A'] } as Eligibility }),
      ],
      { age: 30 },
      AS_OF,
    );
    expect(toMatchOutput(result)).toEqual({
      asOf: AS_OF,
      eligible: [
        { slug: 'a', title: '事项a', min: 10000, max: 10000 },
        { slug: 'b', title: '事项b', min: 10000, max: 10000 },
      ],
      unknown: [{ slug: 'd', title: '事项d', missing: ['tier'] }],
      ineligible: [{ slug: 'c', reason: '要求20周岁以下，您为30周岁' }],
      total: { min: 10000, max: 10000, unpriced: 0 },
    });
  });
});

// ---- Properties over random incentives and profiles ----

const subset = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });
const eligibilityArb: fc.Arbitrary<Eligibility> = fc.record(
  {
    education: subset(EDUCATION_LEVELS),
    fullTime: fc.constant(true as const),
    maxAge: fc.integer({ min: 18, max: 60 }),
    graduatedWithinYears: fc.integer({ min: 0, max: 10 }),
    groups: subset(GROUPS).map((g) => g.slice(0, 3)),
    tiers: subset(TIERS),
    titles: subset(TITLES),
    employer: subset(EMPLOYER_TYPES),
  },
  { requiredKeys: [] },
);
const amountArb: fc.Arbitrary<Amount | undefined> = fc.oneof(
  fc.constant(undefined),
  fc
    .tuple(
      fc.integer({ min: 0, max: 500_000 }),
      fc.integer({ min: 0, max: 500_000 }),
      fc.constantFrom('once', 'monthly', 'yearly'),
      fc.integer({ min: 1, max: 60 }),
    )
    .map(([a, b, period, times]) => ({
      min: Math.min(a, b),
      max: Math.max(a, b),
      period,
      ...(period === 'once' ? {} : { times }),
    })),
);
const incentivesArb: fc.Arbitrary<MatchableIncentive[]> = fc
  .uniqueArray(fc.stringMatching(/^[a-h]{1,2}$/), { minLength: 0, maxLength: 10 })
  .chain((names) =>
    fc.tuple(
      ...names.map((slug) =>
        fc
          .record({
            amount: amountArb,
            eligibility: fc.option(eligibilityArb, { nil: undefined }),
            exclusiveWith: fc.subarray(
              names.filter((n) => n !== slug),
              { maxLength: Math.min(3, names.length - 1) },
            ),
          })
          .map((rest) => ({ slug, title: slug, ...rest })),
      ),
    ),
  );
const answers: { [K in ProfileKey]-?: fc.Arbitrary<NonNullable<Profile[K]>> } = {
  education: fc.constantFrom(...EDUCATION_LEVELS),
  fullTime: fc.boolean(),
  age: fc.integer({ min: 18, max: 65 }),
  graduationYear: fc.integer({ min: 2010, max: 2027 }),
  groups: fc.subarray([...GROUPS]),
  tier: fc.constantFrom(...TIERS, NONE_ANSWER),
  title: fc.constantFrom(...TITLES, NONE_ANSWER),
  employer: fc.constantFrom(...EMPLOYER_TYPES),
};
const profileArb: fc.Arbitrary<Profile> = fc.record(
  Object.fromEntries(
    PROFILE_KEYS.map((k) => [k, fc.option(answers[k] as fc.Arbitrary<unknown>, { nil: null })]),
  ) as { [K in ProfileKey]: fc.Arbitrary<Profile[K]> },
  { requiredKeys: [] },
);
/** A profile, an unanswered key of it, and an answer to that key. */
const oneMoreAnswerArb = fc
  .tuple(profileArb, fc.constantFrom(...PROFILE_KEYS))
  .chain(([profile, key]) =>
    (answers[key] as fc.Arbitrary<unknown>).map((value) => ({
      before: { ...profile, [key]: null },
      after: { ...profile, [key]: value },
      key,
    })),
  );

describe('matchIncentives properties', () => {
  test('puts every incentive in exactly one list', () => {
    fc.assert(
      fc.property(incentivesArb, profileArb, (incentives, profile) => {
        const r = matchIncentives(incentives, profile, AS_OF);
        expect([...slugs(r.eligible), ...slugs(r.unknown), ...slugs(r.ineligible)].sort()).toEqual(
          slugs(incentives).sort(),
        );
      }),
    );
  });

  test('answering one more question never makes an eligible item ineligible, nor an ineligible one eligible', () => {
    fc.assert(
      fc.property(incentivesArb, oneMoreAnswerArb, (incentives, { before, after, key }) => {
        const r1 = matchIncentives(incentives, before, AS_OF);
        const r2 = matchIncentives(incentives, after, AS_OF);
        const status2 = new Map<string, string>([
          ...r2.eligible.map((e) => [e.slug, 'eligible'] as const),
          ...r2.unknown.map((e) => [e.slug, 'unknown'] as const),
          ...r2.ineligible.map((e) => [e.slug, 'ineligible'] as const),
        ]);
        for (const e of r1.eligible) expect(status2.get(e.slug)).toBe('eligible');
        for (const e of r1.ineligible) expect(status2.get(e.slug)).toBe('ineligible');
        // An unknown item that turns ineligible fails a criterion on the new answer.
        const wasUnknown = new Set(slugs(r1.unknown));
        for (const e of r2.ineligible.filter((i) => wasUnknown.has(i.slug)))
          expect(CRITERION_PROFILE_KEY[e.criterion]).toBe(key);
      }),
    );
  });

  test('names in missing only questions the profile left unanswered', () => {
    fc.assert(
      fc.property(incentivesArb, profileArb, (incentives, profile) => {
        for (const u of matchIncentives(incentives, profile, AS_OF).unknown) {
          expect(u.missing.length).toBeGreaterThan(0);
          for (const key of u.missing) expect(profile[key] ?? null).toBeNull();
        }
      }),
    );
  });

  test("the total's max is at least every eligible item's max, and at most their sum", () => {
    fc.assert(
      fc.property(incentivesArb, profileArb, (incentives, profile) => {
        const r = matchIncentives(incentives, profile, AS_OF);
        for (const e of r.eligible) expect(r.total.max).toBeGreaterThanOrEqual(e.max);
        expect(r.total.max).toBeLessThanOrEqual(r.eligible.reduce((sum, e) => sum + e.max, 0));
        expect(r.total.min).toBeLessThanOrEqual(r.total.max);
      }),
    );
  });

  test('counts no two exclusive incentives, and drops each only for a counted one at least as large', () => {
    fc.assert(
      fc.property(incentivesArb, profileArb, (incentives, profile) => {
        const r = matchIncentives(incentives, profile, AS_OF);
        const exclusive = (a: string, b: string) =>
          incentives.some(
            (i) =>
              (i.slug === a && (i.exclusiveWith ?? []).includes(b)) ||
              (i.slug === b && (i.exclusiveWith ?? []).includes(a)),
          );
        const counted = r.eligible.filter((e) => e.notCountedBecause === null);
        for (const a of counted)
          for (const b of counted) expect(a === b || !exclusive(a.slug, b.slug)).toBe(true);
        for (const e of r.eligible.filter((x) => x.notCountedBecause !== null)) {
          const blocker = counted.find((c) => c.slug === e.notCountedBecause)!;
          expect(exclusive(e.slug, blocker.slug)).toBe(true);
          expect(blocker.max).toBeGreaterThanOrEqual(e.max);
        }
        expect(r.total).toEqual({
          min: counted.reduce((s, c) => s + c.min, 0),
          max: counted.reduce((s, c) => s + c.max, 0),
          unpriced: counted.filter((c) => c.unpriced).length,
        });
      }),
    );
  });

  test('does not depend on the order of the incentives', () => {
    fc.assert(
      fc.property(incentivesArb, profileArb, fc.func(fc.integer()), (incentives, profile, key) => {
        const shuffled = [...incentives].sort((a, b) => key(a.slug) - key(b.slug));
        expect(matchIncentives(shuffled, profile, AS_OF)).toEqual(
          matchIncentives(incentives, profile, AS_OF),
        );
      }),
    );
  });

  test('treats null and absent answers alike', () => {
    fc.assert(
      fc.property(incentivesArb, profileArb, (incentives, profile) => {
        const withoutNulls = Object.fromEntries(
          Object.entries(profile).filter(([, v]) => v !== null),
        );
        expect(matchIncentives(incentives, withoutNulls, AS_OF)).toEqual(
          matchIncentives(incentives, profile, AS_OF),
        );
      }),
    );
  });
});
