import { z } from 'astro/zod';

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

/** The part of a JSON Schema (draft 2020-12, as Zod writes it) that describes a field. */
interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  examples?: unknown[];
  format?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

/**
 * A schema as JSON Schema, through Zod's public `z.toJSONSchema`: the input side (what an
 * editor writes), with transforms and custom checks (the talent photo) left open.
 */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    // Zod leaves a field's `examples` out of the input side when the field transforms its
    // value (dates, phones, issuer); the examples are written as editors type them, so keep them.
    override: ({ zodSchema, jsonSchema }) => {
      const examples = z.globalRegistry.get(zodSchema)?.examples;
      if (examples !== undefined && jsonSchema.examples === undefined)
        jsonSchema.examples = examples as unknown[];
    },
  }) as JsonSchema;
}

const firstType = (node: JsonSchema): string | undefined =>
  Array.isArray(node.type) ? node.type[0] : node.type;

function typeOf(node: JsonSchema): {
  type: string;
  values?: string[];
  list: boolean;
  object?: JsonSchema;
} {
  if (node.format === 'date') return { type: '日期（YYYY-MM-DD）', list: false };
  if (node.const !== undefined)
    return { type: `只能为 ${JSON.stringify(node.const)}`, list: false };
  if (node.enum) return { type: '取值之一', values: node.enum.map(String), list: false };
  if (node.anyOf?.length) {
    const [first] = node.anyOf;
    const lists = node.anyOf.map((option) => firstType(option) === 'array');
    const inner = typeOf(first ?? {});
    return {
      type: lists.some(Boolean) && !lists.every(Boolean) ? `${inner.type}，或其列表` : inner.type,
      ...(inner.values ? { values: inner.values } : {}),
      list: false,
      ...(inner.object ? { object: inner.object } : {}),
    };
  }
  switch (firstType(node)) {
    case 'string':
      return { type: '文字', list: false };
    case 'number':
    case 'integer':
      return { type: '整数', list: false };
    case 'boolean':
      return { type: 'true 或 false', list: false };
    case 'object':
      return { type: '对象', list: false, object: node };
    case 'array': {
      const inner = typeOf(node.items ?? {});
      return {
        type: `列表（每项：${inner.type}）`,
        ...(inner.values ? { values: inner.values } : {}),
        list: true,
        ...(inner.object ? { object: inner.object } : {}),
      };
    }
    default:
      return { type: '见说明', list: false };
  }
}

function describeProperties(node: JsonSchema, parentPath: string): FieldInfo[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, field]) => {
    const typed = typeOf(field);
    const path = parentPath ? `${parentPath}.${key}` : key;
    const info: FieldInfo = {
      key,
      path,
      title: field.title ?? key,
      description: field.description ?? '',
      examples: field.examples ?? [],
      required: required.has(key),
      type: typed.type,
      list: typed.list,
    };
    if (typed.values) info.values = typed.values;
    if (typed.object) info.children = describeProperties(typed.object, path);
    return info;
  });
}

/** The fields of an object schema, in declaration order, with nested objects described too. */
export function describeFields(schema: z.ZodType): FieldInfo[] {
  return describeProperties(jsonSchemaOf(schema), '');
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
