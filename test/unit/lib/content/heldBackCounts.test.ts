import { describe, expect, test } from 'vitest';
import { describeHeldBack, heldBackCounts } from '../../../../src/lib/content/heldBackCounts.ts';
import type { ContentInput } from '../../../../src/lib/content/contentModel.ts';
import { incentiveSchema } from '../../../../src/schemas/incentive.ts';
import { policySchema } from '../../../../src/schemas/policy.ts';
import { makeIncentive, makePolicy } from '../../../support/factories.ts';

const policy = (slug: string, overrides = {}) => ({
  slug,
  data: policySchema.parse(makePolicy(overrides)),
  body: '',
});

describe('heldBackCounts', () => {
  test('counts drafts, entries not yet due, and entries that follow them', () => {
    const input: ContentInput = {
      policies: [
        policy('draft', { draft: true }),
        policy('later', { publishedOn: '2027-01-01' }),
        policy('jiedu', { kind: '解读', interprets: 'later' }),
        policy('now'),
      ],
      incentives: [
        {
          slug: 'i',
          data: incentiveSchema.parse(makeIncentive({ policy: 'now', draft: true })),
          body: '',
        },
      ],
      talents: [],
      indicators: [],
    };
    expect(heldBackCounts(input, '2026-11-21')).toEqual({ drafts: 2, embargoed: 1, following: 1 });
  });
});

describe('describeHeldBack', () => {
  test('names only the reasons that apply', () => {
    expect(describeHeldBack({ drafts: 0, embargoed: 3, following: 0 })).toBe(
      '其中 3 篇未到发布日期，暂不发布',
    );
  });

  test('says nothing when everything is published', () => {
    expect(describeHeldBack({ drafts: 0, embargoed: 0, following: 0 })).toBe('');
  });
});
