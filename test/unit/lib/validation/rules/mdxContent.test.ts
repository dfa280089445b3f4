import { describe, expect, test } from 'vitest';
import { objectContaining } from '../../../../support/matchers.ts';
import { mdxContent } from '../../../../../src/lib/validation/rules/mdxContent.ts';
import type { MdxFinding, MdxReference } from '../../../../../src/lib/content/contentComponents.ts';
import { indexOf, policyFile, rawFile } from '../../../../support/validationFiles.ts';
import { makePolicy } from '../../../../support/factories.ts';

const mdx = (slug: string, overrides = {}) =>
  rawFile('policies', slug, makePolicy(overrides), '正文', `content/policies/${slug}.mdx`);
const checking = (references: MdxReference[], findings: MdxFinding[] = []) => ({
  checkMdx: () => ({ findings, references }),
});
const ref = (slug: string, clause?: string): MdxReference => ({
  line: 9,
  collection: 'policies',
  slug,
  component: 'PolicyLink',
  ...(clause ? { clause } : {}),
});

describe('mdxContent', () => {
  test('reports what the MDX check found, at its line', () => {
    const problems = mdxContent(
      indexOf([mdx('a')], checking([], [{ line: 7, rule: 'mdx-esm', message: '不允许 import' }])),
    );
    expect(problems).toEqual([objectContaining({ line: 7, field: 'body', rule: 'mdx-esm' })]);
  });

  test('accepts a link to a published policy and one of its articles', () => {
    expect(
      mdxContent(
        indexOf([mdx('a'), policyFile('b', {}, '第一条　甲')], checking([ref('b', '第一条')])),
      ),
    ).toEqual([]);
  });

  test('reports a link to a missing entry, an unpublished one, and a missing article', () => {
    const files = [
      mdx('a'),
      policyFile('draft', { draft: true }),
      policyFile('b', {}, '第一条　甲'),
    ];
    const problems = mdxContent(
      indexOf(files, checking([ref('missing'), ref('draft'), ref('b', '第五条')])),
    );
    expect(problems.map((p) => p.rule)).toEqual(['reference', 'reference', 'clause']);
    expect(problems[1]?.message).toContain('尚未发布');
  });

  test('checks only .mdx files', () => {
    expect(mdxContent(indexOf([policyFile('a')], checking([ref('missing')])))).toEqual([]);
  });
});
