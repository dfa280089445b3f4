import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { describeFields } from '../../../../src/schemas/describe.ts';
import {
  incentiveSchema,
  photoPathSchema,
  policySchema,
  talentSchema,
} from '../../../../src/schemas/index.ts';
import { entryFrontmatter } from '../../../../src/lib/content/entryTemplate.ts';

const parse = (frontmatter: string): unknown =>
  parseYaml(frontmatter.replace(/^---$/gm, ''), { schema: 'core' }) as unknown;
/** Uncomments every optional field, as an editor who needs them all would. */
const enableAll = (frontmatter: string) => frontmatter.replace(/^# (?!.*（(?:必填|选填)，)/gm, '');

describe('entryFrontmatter', () => {
  test.each([
    ['policy', policySchema],
    ['incentive', incentiveSchema],
    ['talent', talentSchema(photoPathSchema)],
  ] as const)('writes a %s whose required fields alone are valid', (_, schema) => {
    const frontmatter = entryFrontmatter(describeFields(schema));
    expect(schema.safeParse(parse(frontmatter)).success).toBe(true);
  });

  test('writes every optional field so that uncommenting it gives valid YAML for the schema', () => {
    const frontmatter = enableAll(entryFrontmatter(describeFields(incentiveSchema)));
    const result = incentiveSchema.safeParse(parse(frontmatter));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  test('uses the given values and enables the given optional fields', () => {
    const frontmatter = entryFrontmatter(describeFields(policySchema), {
      values: { publishedOn: '2026-11-21', draft: true },
      enabled: ['draft'],
    });
    expect(parse(frontmatter)).toMatchObject({ publishedOn: '2026-11-21', draft: true });
  });

  test('explains each field in a comment above it', () => {
    expect(entryFrontmatter(describeFields(policySchema))).toContain(
      '# 发文字号（选填，文字）：形如“机关代字〔年份〕序号号”（六角括号、半角数字）；条例和规章写公布它的公告或令的编号，如“…常务委员会公告（第11号）”“…国务院令第619号”。全站唯一。\n# docNumber: 澄委人才办发〔2024〕3号',
    );
  });
});
