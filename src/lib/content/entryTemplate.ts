import type { FieldInfo } from '../../schemas/describe.ts';

/**
 * Writes the frontmatter of a new entry from the schema's field descriptions:
 * every field appears with its Chinese explanation; required ones carry an example
 * value to replace, optional ones are commented out until the editor needs them.
 */

/** Values that replace a field's example (by path), and optional fields to write uncommented. */
export interface TemplateOptions {
  values?: Readonly<Record<string, unknown>>;
  enabled?: readonly string[];
}
type TemplateOverrides = Readonly<Record<string, unknown>>;

function yamlScalar(value: unknown): string {
  if (typeof value === 'string') {
    // Quote what YAML would misread: leading special characters, colons followed by space, dates stay unquoted.
    return /^[\w\u4e00-\u9fff（）〔〕《》、，。；：“”·\-./ ]+$/.test(value) &&
      !/:\s/.test(value) &&
      !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
      value.trim() === value
      ? value
      : JSON.stringify(value);
  }
  return String(value);
}

function yamlValue(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    if (value.every((v) => typeof v !== 'object' || v === null))
      return ` [${value.map(yamlScalar).join(', ')}]`;
    // A list of objects: "- key: value" with the other keys aligned under the first.
    return value
      .map((item) => {
        const lines = yamlValue(item, `${indent}  `).split('\n').filter(Boolean);
        return `\n${indent}- ${lines.map((line, i) => (i === 0 ? line.trimStart() : line)).join('\n')}`;
      })
      .join('');
  }
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `\n${indent}${k}:${yamlValue(v, `${indent}  `)}`)
      .join('');
  }
  return ` ${yamlScalar(value)}`;
}

function comment(field: FieldInfo): string {
  const need = field.required ? '必填' : '选填';
  const listed = field.values?.every((v) => field.description.includes(v)) ?? true;
  const description = listed
    ? field.description
    : `${field.description}取值：${field.values!.join('、')}。`;
  return `${field.title}（${need}，${field.type}）：${description}`;
}

function exampleOf(field: FieldInfo, overrides: TemplateOverrides): unknown {
  if (field.path in overrides) return overrides[field.path];
  if (field.examples.length) return field.examples[0];
  if (field.children) {
    const object = Object.fromEntries(
      field.children
        .filter((c) => c.examples.length || c.children)
        .map((c) => [c.key, exampleOf(c, overrides)]),
    );
    return field.list ? [object] : object;
  }
  return '';
}

function fieldLines(
  fields: FieldInfo[],
  overrides: TemplateOverrides,
  enabled: readonly string[],
  indent: string,
  commented: boolean,
): string[] {
  const lines: string[] = [];
  for (const field of fields) {
    const off = commented || (!field.required && !enabled.includes(field.path));
    lines.push(`${commented ? '# ' : ''}${indent}# ${comment(field)}`);
    if (field.children && !field.list) {
      lines.push(`${off ? '# ' : ''}${indent}${field.key}:`);
      lines.push(...fieldLines(field.children, overrides, enabled, `${indent}  `, off));
      continue;
    }
    const rendered = `${indent}${field.key}:${yamlValue(exampleOf(field, overrides), `${indent}  `)}`;
    lines.push(...rendered.split('\n').map((line) => (off ? `# ${line}` : line)));
  }
  return lines;
}

/**
 * The frontmatter block of a new entry, with every field of the schema explained.
 * @example entryFrontmatter(describeFields(policySchema), { enabled: ['draft'] }).startsWith('---') // true
 */
export function entryFrontmatter(fields: FieldInfo[], options: TemplateOptions = {}): string {
  return [
    '---',
    ...fieldLines(fields, options.values ?? {}, options.enabled ?? [], '', false),
    '---',
    '',
  ].join('\n');
}
