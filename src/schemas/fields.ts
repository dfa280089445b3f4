import { z } from 'astro/zod';
import { isRealIsoDate, isoDateOfUtc } from '../lib/shared/isoDate.ts';

// Editors read the messages: Zod's own (those no field overrides) are in Chinese too.
z.config(z.locales.zhCN());

/**
 * Field building blocks shared by the collection schemas. Every field carries
 * Chinese metadata (`title`, `description`, `examples`) that the editors' guide,
 * the `new` templates and the error messages read.
 */

/** Metadata every field of the content schemas carries. */
export interface FieldMeta {
  /** Short Chinese label, e.g. `发布日期`. */
  title: string;
  /** What the field means and how to fill it in, in Chinese. */
  description: string;
  /** A realistic value, used in templates and in the guide. */
  examples?: unknown[];
}

/** Attaches the Chinese metadata to a field schema. */
export function describe<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta(meta as unknown as Parameters<T['meta']>[0]);
}

/** The slug form of the spec: ASCII kebab-case. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its slug. */
export function slugRef() {
  return z.string().regex(SLUG_PATTERN, {
    error: '应为 slug：小写字母、数字和连字符，例如 gaocengci-rencai-yinjin-banfa',
  });
}

/**
 * A calendar date: a `YYYY-MM-DD` string (or the Date a YAML parser made of one),
 * normalised to the string. A date that does not exist is an error, never rolled over.
 */
export function isoDate() {
  return z
    .union([z.string(), z.date()], { error: '应为日期，格式 YYYY-MM-DD，例如 2024-03-01' })
    .transform((value, ctx) => {
      const text =
        value instanceof Date
          ? Number.isNaN(value.getTime())
            ? 'Invalid Date'
            : isoDateOfUtc(value)
          : value.trim();
      if (!isRealIsoDate(text)) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          params: { rule: 'date' },
          message: /^\d{4}-\d{2}-\d{2}$/.test(text)
            ? `日期「${text}」不存在，请核对年月日`
            : `「${text}」不是 YYYY-MM-DD 格式的日期，例如 2024-03-01`,
        });
        return z.NEVER;
      }
      return text;
    })
    .meta({ format: 'date' });
}

/** A non-empty line of text. */
export function text() {
  return z.string({ error: '应为文字' }).trim().min(1, { error: '不能为空' });
}

/** A short summary: at most 200 characters, counted as readers see them. */
export function summaryText() {
  return text().refine((value) => [...value].length <= 200, {
    params: { rule: 'summary-length' },
    error: (issue) => `摘要最多 200 字，现为 ${[...String(issue.input)].length} 字`,
  });
}

/** A web address on http or https (never javascript: or data:). */
export function webUrl() {
  return z.url({ protocol: /^https?$/, error: '应为以 http:// 或 https:// 开头的完整网址' });
}

/** A phone number written as text; an unquoted number in YAML is accepted too. */
export function phoneNumber() {
  return z
    .union([z.string(), z.number()], { error: '应为电话号码，例如 0838-6201234' })
    .transform((value) => String(value).trim())
    .pipe(
      z.string().regex(/^[0-9+\-\s()（）转]{5,}$/, {
        error: '电话号码只能包含数字、连字符、空格和括号，例如 0838-6201234',
      }),
    );
}

/** A count or amount of 元: a whole number, zero or more. */
export function count() {
  return z.int({ error: '应为不小于 0 的整数' }).min(0, { error: '应为不小于 0 的整数' });
}

/** `true` or `false`. */
export function flag() {
  return z.boolean({ error: '应为 true 或 false' });
}

/** One of a fixed list of values, with the list in the error message. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `应为以下之一：${values.join('、')}` });
}

/** A non-empty list of distinct values from a fixed vocabulary. */
export function someOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(oneOf(values), { error: `应为列表，取值为：${values.join('、')}` })
    .min(1, { error: '列表不能为空' })
    .refine((list) => new Set(list).size === list.length, { error: '列表中有重复的值' });
}
