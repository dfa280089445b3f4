import type { FieldInfo } from '../../schemas/describe.ts';

/**
 * The editors' content guide as Markdown, written from the schemas' own field
 * descriptions so that it cannot drift from what validate enforces.
 */

/** One collection as the guide presents it. */
export interface GuideSection {
  title: string;
  /** Where its files live, e.g. `content/policies/**\/<slug>.md`. */
  location: string;
  intro: string;
  fields: FieldInfo[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function example(field: FieldInfo): string {
  if (!field.examples.length) return '';
  const value = field.examples[0];
  return `\`${typeof value === 'string' ? value : JSON.stringify(value).replace(/"/g, '')}\``;
}

function fieldRows(fields: FieldInfo[]): string[] {
  return fields.flatMap((field) => [
    `| \`${field.path}\` | ${cell(field.title)} | ${field.required ? '必填' : '选填'} | ${cell(field.type)} | ${cell(field.description)}${field.values && !field.values.every((v) => field.description.includes(v)) ? ` 取值：${field.values.join('、')}。` : ''} | ${cell(example(field))} |`,
    ...(field.children ? fieldRows(field.children) : []),
  ]);
}

/**
 * Renders the guide: an introduction, then a table of every field of every collection.
 * @example renderContentGuide([], '# 指南').startsWith('# 指南') // true
 */
export function renderContentGuide(sections: GuideSection[], preamble: string): string {
  const parts = [preamble.trimEnd(), ''];
  for (const section of sections) {
    parts.push(
      `## ${section.title}`,
      '',
      `位置：\`${section.location}\``,
      '',
      section.intro.trimEnd(),
      '',
    );
    parts.push(
      '| 字段 | 名称 | 必填 | 类型 | 说明 | 示例 |',
      '|---|---|---|---|---|---|',
      ...fieldRows(section.fields),
      '',
    );
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
