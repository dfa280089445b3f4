import { describe, expect, test } from 'vitest';
import { arrayContaining } from '../../support/matchers.ts';
import { buildCmsConfig, type CmsField } from '../../../src/cms/decapConfig.ts';
import { DOC_NUMBER_PATTERN } from '../../../src/schemas/index.ts';

const config = buildCmsConfig({ contentRoot: 'content', backend: { name: 'gitea' } });
const fieldsOf = (name: string) => config.collections.find((c) => c.name === name)!.fields!;
const field = (collection: string, name: string): CmsField => {
  const found = fieldsOf(collection).find((f) => f.name === name);
  if (!found) throw new Error(`no field ${collection}.${name}`);
  return found;
};

describe('buildCmsConfig', () => {
  test('follows the content layout', () => {
    expect(config.collections.map((c) => [c.name, c.folder ?? c.files?.[0]?.file])).toEqual([
      ['policies', 'content/policies'],
      ['incentives', 'content/incentives'],
      ['talents', 'content/talents'],
      ['indicators', 'content/indicators'],
      ['site', 'content/site.yaml'],
    ]);
    expect(config.collections.find((c) => c.name === 'talents')!.path).toBe('{{slug}}/index');
  });

  test('labels every field with its Chinese title and hint from the schema', () => {
    expect(field('policies', 'docNumber')).toMatchObject({ label: '发文字号', required: false });
    expect(field('policies', 'title')).toMatchObject({ label: '标题', required: true });
    expect(field('policies', 'title').hint).toContain('不加书名号');
  });

  test('makes vocabularies selects and relations relation widgets', () => {
    expect(field('policies', 'kind')).toMatchObject({
      widget: 'select',
      options: arrayContaining(['办法', '解读']),
    });
    expect(field('policies', 'audiences')).toMatchObject({ widget: 'select', multiple: true });
    expect(field('incentives', 'policy')).toMatchObject({
      widget: 'relation',
      collection: 'policies',
      value_field: '{{filename}}',
    });
    expect(field('incentives', 'exclusiveWith')).toMatchObject({
      widget: 'relation',
      collection: 'incentives',
      multiple: true,
    });
    expect(field('policies', 'supersedes')).toMatchObject({ widget: 'relation', multiple: true });
    expect(field('policies', 'interprets')).toMatchObject({ widget: 'relation' });
  });

  test('carries the patterns of 发文字号, dates and clauses with the schema messages', () => {
    const docNumber = field('policies', 'docNumber').pattern!;
    expect(docNumber[0]).toBe(DOC_NUMBER_PATTERN.source);
    expect(docNumber[1]).toContain('发文字号格式不对');
    expect(new RegExp(docNumber[0]).test('澄委人才办发〔2024〕3号')).toBe(true);
    expect(new RegExp(docNumber[0]).test('澄委人才办发【2024】3号')).toBe(false);
    expect(field('policies', 'publishedOn')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
    expect(field('incentives', 'clause').pattern![1]).toContain('第X条');
  });

  test('puts a talent photo and policy attachments beside the entry', () => {
    expect(field('talents', 'photo').widget).toBe('image');
    expect(field('policies', 'attachments').fields!.find((f) => f.name === 'file')!.widget).toBe(
      'file',
    );
    const policies = config.collections.find((c) => c.name === 'policies')!;
    expect([policies.media_folder, policies.public_folder]).toEqual(['', '']);
  });

  test('makes new entries drafts and edits bodies as plain text', () => {
    expect(field('policies', 'draft').default).toBe(true);
    expect(field('policies', 'body').widget).toBe('text');
  });
});
