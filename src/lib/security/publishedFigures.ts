import { buildContentModel, type ContentInput } from '../content/contentModel.ts';
import type { IsoDate } from '../shared/isoDate.ts';
import { incentiveValue } from '../incentive/incentiveValue.ts';
import { computeStats } from '../stats/stats.ts';

/**
 * The integers a site publishes as figures: every number field of its entries (amounts,
 * counts, funding, years), the totals the calculator computes from amounts, and every
 * statistic. The privacy scan of the built site accepts these digits: a provincial fund of
 * 15000000000 元 in a CSV cell is a figure, not a mobile number.
 */

/** Calls `visit` for every number inside a value. */
function eachNumber(value: unknown, visit: (n: number) => void): void {
  if (typeof value === 'number') visit(value);
  else if (Array.isArray(value)) for (const item of value) eachNumber(item, visit);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const item of Object.values(value)) eachNumber(item, visit);
}

/**
 * Every integer figure of a content tree at an as-of date.
 * @example publishedFigures({ policies: [], incentives: [], talents: [], indicators: [{ year: 2024, total: 15000, funding: 15000000000 }] }, '2026-11-21').has(15000000000) // true
 */
export function publishedFigures(input: ContentInput, asOf: IsoDate): Set<number> {
  const figures = new Set<number>();
  const add = (n: number) => {
    if (Number.isSafeInteger(n)) figures.add(n);
  };
  for (const entry of [...input.policies, ...input.incentives, ...input.talents])
    eachNumber(entry.data, add);
  eachNumber(input.indicators, add);
  for (const incentive of input.incentives) eachNumber(incentiveValue(incentive.data.amount), add);
  eachNumber(computeStats(buildContentModel(input, asOf)), add);
  return figures;
}
