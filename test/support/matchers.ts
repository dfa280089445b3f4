import { expect } from 'vitest';

/**
 * Vitest's asymmetric matchers, typed `unknown`. Vitest types them `any` (a matcher stands in
 * for a value of any type), and an `any` inside an expected object switches off type checking
 * of the object around it; `unknown` keeps the object checked and says no more than is known.
 */

/**
 * Matches a string that contains `text`.
 * @example expect({ message: '缺少字段' }).toEqual({ message: stringContaining('缺少') })
 */
export const stringContaining = (text: string): unknown => expect.stringContaining(text);

/**
 * Matches a string that matches `pattern`.
 * @example expect({ path: 'topic' }).toMatchObject({ path: stringMatching(/^top/) })
 */
export const stringMatching = (pattern: string | RegExp): unknown => expect.stringMatching(pattern);

/**
 * Matches an array that contains every one of `items`, in any order.
 * @example expect({ values: ['a', 'b'] }).toMatchObject({ values: arrayContaining(['b']) })
 */
export const arrayContaining = (items: readonly unknown[]): unknown =>
  expect.arrayContaining([...items]);

/**
 * Matches an object that has at least the properties of `subset`.
 * @example expect([{ a: 1, b: 2 }]).toContainEqual(objectContaining({ a: 1 }))
 */
export const objectContaining = (subset: Record<string, unknown>): unknown =>
  expect.objectContaining(subset);
