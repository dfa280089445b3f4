import type { ContentInput, SourceEntry } from '../../src/lib/content/contentModel.ts';
import type { Incentive } from '../../src/schemas/incentive.ts';
import type { Policy } from '../../src/schemas/policy.ts';

/** Factories for unit tests of incentive logic: minimal valid entries plus overrides. */

/** A policy in force since 2024, with articles 第一条 to 第十条. */
export function makePolicy(
  slug: string,
  overrides: Partial<Policy> = {},
  body = '第一条　总则。\n\n第五条　生活补贴。\n\n第十条　安家补贴。',
): SourceEntry<Policy> {
  return {
    slug,
    data: {
      title: `测试县${slug}办法`,
      kind: '办法',
      issuer: '测试县人民政府',
      topic: '人才引进',
      publishedOn: '2024-03-01',
      summary: '测试政策。',
      ...overrides,
    } as Policy,
    body,
  };
}

/** An offered-by-default incentive of `policy`. */
export function makeIncentive(
  slug: string,
  overrides: Partial<Incentive> = {},
): SourceEntry<Incentive> {
  return {
    slug,
    data: {
      title: `事项${slug}`,
      policy: 'banfa',
      benefit: '安家补贴',
      summary: '测试事项。',
      ...overrides,
    },
    body: '',
  };
}

/** A content input with the given policies and incentives and nothing else. */
export function makeInput(
  policies: SourceEntry<Policy>[],
  incentives: SourceEntry<Incentive>[],
): ContentInput {
  return { policies, incentives, talents: [], indicators: [] };
}
