import { describe, expect, test } from 'vitest';
import { checkMdxSource } from '../../../../scripts/lib/checkMdx.ts';

const check = (body: string) => checkMdxSource(`---\ntitle: 测试\n---\n\n${body}\n`);

describe('checkMdxTree', () => {
  test('accepts Markdown and the content components with plain attributes', () => {
    const result = check(
      '# 标题\n\n正文**加粗**。\n\n<Callout type="注意" title="提醒">\n内容 <PolicyLink slug="a-b" clause="第五条" />\n</Callout>\n\n<IncentiveLink slug="c" />',
    );
    expect(result.findings).toEqual([]);
    expect(result.references).toEqual([
      { line: 10, collection: 'policies', slug: 'a-b', component: 'PolicyLink', clause: '第五条' },
      { line: 13, collection: 'incentives', slug: 'c', component: 'IncentiveLink' },
    ]);
  });

  test.each([
    ['an import', "import X from './x.js'", 'mdx-esm'],
    ['an export', 'export const a = 1', 'mdx-esm'],
    ['a flow expression', '{alert(1)}', 'mdx-expression'],
    ['a text expression', '正文 {1 + 1} 结束', 'mdx-expression'],
    ['an attribute expression', '<Callout title={x}>a</Callout>', 'mdx-expression'],
    ['a spread attribute', '<Callout {...x}>a</Callout>', 'mdx-expression'],
    ['an unknown component', '<Chart data="x" />', 'mdx-component'],
    ['a raw HTML tag', '<script>alert(1)</script>', 'mdx-component'],
    ['a fragment', '<>a</>', 'mdx-component'],
    ['an unknown attribute', '<Callout color="red">a</Callout>', 'mdx-component'],
    ['a value outside the choices', '<Callout type="警告">a</Callout>', 'mdx-component'],
    ['a missing required attribute', '<PolicyLink clause="第五条" />', 'mdx-component'],
    ['content inside a link component', '<PolicyLink slug="a">文字</PolicyLink>', 'mdx-component'],
    ['a syntax error', '<Unclosed', 'mdx-syntax'],
  ])('reports %s at its line', (_, body, rule) => {
    expect(check(body).findings).toContainEqual(expect.objectContaining({ line: 5, rule }));
  });
});
