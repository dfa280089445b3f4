import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { schemaFields } from '../../../../../src/lib/validation/rules/schemaFields.ts';
import {
  indexOf,
  policyFile,
  rawFile,
  siteFile,
  unreadableFile,
} from '../../../../support/validationFiles.ts';

describe('schemaFields', () => {
  test('reports each field that breaks its schema, at its line', () => {
    const file = policyFile('a', { kind: '函', docNumber: '测人社发﹝2024﹞1号' });
    expect(schemaFields(indexOf([file]))).toEqual([
      objectContaining({ field: 'kind', rule: 'vocabulary', line: file.lineOf(['kind']) }),
      objectContaining({
        field: 'docNumber',
        rule: 'doc-number',
        message: stringContaining('“﹝﹞”'),
      }),
    ]);
  });

  test('checks site.yaml', () => {
    expect(schemaFields(indexOf([], {}, siteFile({ url: 'rc.example' })))).toEqual([
      objectContaining({ file: 'content/site.yaml', field: 'url' }),
    ]);
  });

  test('reports nothing for a file that could not be read: its own error says why', () => {
    expect(schemaFields(indexOf([unreadableFile('policies', 'a')]))).toEqual([]);
  });

  test('reports a misspelled key with the key it probably is', () => {
    const file = rawFile('policies', 'a', {
      ...(policyFile('a').data as object),
      publishedon: '2024-03-01',
    });
    expect(schemaFields(indexOf([file])).map((p) => p.message)).toContain(
      '未知字段“publishedon”，是否应为“publishedOn”（发布日期）？',
    );
  });
});
