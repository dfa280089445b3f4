import type { z } from 'astro/zod';
import type { FieldMeta } from './fields.ts';

/**
 * Reads the schemas back as documentation: each field's Chinese title and
 * description, whether it is required, its type and allowed values. The editors'
 * guide, the `new` templates and validate's messages all come from here, so none
 * of them can drift from the schemas.
 */

/** What a field is, read from its schema. */
export interface FieldInfo {
  key: string;
  /** Dotted path from the collection root, e.g. `amount.times`. */
  path: string;
  title: string;
  description: string;
  examples: unknown[];
  required: boolean;
  /** The type in Chinese, e.g. `日期（YYYY-MM-DD）`. */
  type: string;
  /** Allowed values, for vocabularies. */
  values?: string[];
  /** Fields of an object value (or of each item of a list of objects). */
  children?: FieldInfo[];
  /** Whether the value is a list (of `children` objects when those are present). */
  list: boolean;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Collects the metadata and optionality along a chain of wrappers down to the core schema. */
function unwrap(schema: z.ZodType): {
  core: z.ZodType;
  meta: Partial<FieldMeta> & { format?: string };
  optional: boolean;
} {
  let meta: Partial<FieldMeta> & { format?: string } = {};
  let optional = false;
  let current = schema;
  for (let depth = 0; depth < 20; depth++) {
    meta = { ...(current.meta() as object | undefined), ...meta };
    const def = defOf(current);
    if (
      def.type === 'optional' ||
      def.type === 'default' ||
      def.type === 'nullable' ||
      def.type === 'prefault'
    ) {
      optional = true;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // The input side is what an editor writes; a transform's output is not.
      current = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    } else if (def.type === 'readonly') {
      current = def.innerType!;
    } else {
      break;
    }
  }
  return { core: current, meta, optional };
}

function typeOf(
  core: z.ZodType,
  meta: { format?: string },
): { type: string; values?: string[]; list: boolean; object?: z.ZodType } {
  const def = defOf(core);
  if (meta.format === 'date') return { type: '日期（YYYY-MM-DD）', list: false };
  switch (def.type) {
    case 'string':
      return { type: '文字', list: false };
    case 'number':
    case 'int':
      return { type: '整数', list: false };
    case 'boolean':
      return { type: 'true 或 false', list: false };
    case 'literal':
      return { type: `只能为 ${String(def.values?.[0])}`, list: false };
    case 'enum':
      return { type: '取值之一', values: Object.values(def.entries ?? {}), list: false };
    case 'object':
      return { type: '对象', list: false, object: core };
    case 'array': {
      const item = unwrap(def.element!);
      const inner = typeOf(item.core, item.meta);
      return {
        type: `列表（每项：${inner.type}）`,
        values: inner.values,
        list: true,
        object: inner.object,
      };
    }
    case 'union': {
      const first = unwrap(def.options![0]!);
      const lists = def.options!.map((o) => defOf(unwrap(o).core).type === 'array');
      const inner = typeOf(first.core, first.meta);
      return {
        type: lists.some(Boolean) && !lists.every(Boolean) ? `${inner.type}，或其列表` : inner.type,
        values: inner.values,
        list: false,
        object: inner.object,
      };
    }
    default:
      return { type: '见说明', list: false };
  }
}

/** The fields of an object schema, in declaration order, with nested objects described too. */
export function describeFields(schema: z.ZodType, parentPath = ''): FieldInfo[] {
  const { core } = unwrap(schema);
  const shape = defOf(core).shape ?? {};
  return Object.entries(shape).map(([key, field]) => {
    const { core: fieldCore, meta, optional } = unwrap(field);
    const typed = typeOf(fieldCore, meta);
    const path = parentPath ? `${parentPath}.${key}` : key;
    const info: FieldInfo = {
      key,
      path,
      title: meta.title ?? key,
      description: meta.description ?? '',
      examples: meta.examples ?? [],
      required: !optional,
      type: typed.type,
      list: typed.list,
    };
    if (typed.values) info.values = typed.values;
    if (typed.object) info.children = describeFields(typed.object, path);
    return info;
  });
}

/**
 * The description of the field at a path of a value (list indexes skipped), or null.
 * @example fieldAt(policySchema, ['attachments', 0, 'file'])?.title // '附件文件'
 */
export function fieldAt(schema: z.ZodType, path: readonly PropertyKey[]): FieldInfo | null {
  let fields = describeFields(schema);
  let found: FieldInfo | null = null;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    found = fields.find((f) => f.key === segment) ?? null;
    if (!found) return null;
    fields = found.children ?? [];
  }
  return found;
}

/** The keys an object at a path may have (the root when the path is empty). */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const keyPath = path.filter((s) => typeof s !== 'number');
  const fields =
    keyPath.length === 0 ? describeFields(schema) : (fieldAt(schema, keyPath)?.children ?? []);
  return fields.map((f) => f.key);
}
