import { describe, expect, test } from 'vitest';
import {
  validateContent,
  type ValidationFile,
} from '../../../../src/lib/validation/validateContent.ts';

const policyFile = (slug: string): ValidationFile => ({
  file: `content/policies/${slug}.md`,
  collection: 'policies',
  slug,
  data: {
    title: '办法',
    kind: '办法',
    issuer: '澄溪县财政局',
    topic: '人才引进',
    publishedOn: '2024-03-01',
    summary: '摘要。',
  },
  body: '第一条　为了……',
  bodyLine: 8,
  lineOf: () => 2,
});
const validate = (...files: ValidationFile[]) =>
  validateContent(null, files, { asOf: '2026-11-21', fileExists: () => true }).problems.filter(
    (p) => p.rule.startsWith('slug'),
  );

describe('validateContent: policy slugs', () => {
  test.each(['topic', 'kind', 'issuer', 'year', 'status', 'audience', 'page', 'rss'])(
    'rejects %s, which the list pages use as a URL segment',
    (slug) => {
      expect(validate(policyFile(slug))).toEqual([
        expect.objectContaining({
          rule: 'slug-reserved',
          file: `content/policies/${slug}.md`,
          severity: 'error',
        }),
      ]);
    },
  );

  test('accepts an ordinary slug that merely contains a reserved word', () => {
    expect(validate(policyFile('topic-banfa'))).toEqual([]);
  });
});
