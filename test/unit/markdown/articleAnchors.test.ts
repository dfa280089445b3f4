import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, test } from 'vitest';
import { articleAnchors } from '../../../src/markdown/articleAnchors.ts';
import { parsePolicyStructure } from '../../../src/lib/policy/policyArticles.ts';

// Without async plugins Sätteri renders synchronously.
const render = (md: string) =>
  (markdownToHtml(md, { hastPlugins: [articleAnchors()] }) as MarkdownToHtmlResult).html;

describe('articleAnchors', () => {
  test('gives articles and chapters the anchors of the spec', () => {
    const html = render(
      '## 第一章　总则\n\n第一条　为……\n\n**第十二条**　依照第一条\n\n第一百零二条　附则',
    );
    expect(html).toContain('<h2 id="ch-1" class="chapter">');
    expect(html).toContain('<p id="art-1" class="article" data-pagefind-title="第一条">');
    expect(html).toContain(
      '<p id="art-12" class="article" data-pagefind-title="第十二条"><strong>第十二条</strong>',
    );
    expect(html).toContain('<p id="art-102" class="article" data-pagefind-title="第一百零二条">');
  });

  test('names article paragraphs for search sub-results, but not headings, which are named already', () => {
    const html = render('## 第一章　总则\n\n### 第二条　目的\n\n第三条　甲');
    expect(html).toContain('<h2 id="ch-1" class="chapter">');
    expect(html).toContain('<h3 id="art-2" class="article">');
    expect(html).toContain('<p id="art-3" class="article" data-pagefind-title="第三条">');
  });

  test('leaves paragraphs that only mention an article alone', () => {
    expect(render('依照第十二条办理。')).toBe('<p>依照第十二条办理。</p>\n');
  });

  test('never gives two elements the same id', () => {
    const html = render('第一条　甲\n\n第一条　乙');
    expect(html.match(/id="art-1"/g)).toHaveLength(1);
  });

  test('agrees with parsePolicyStructure on every anchor', () => {
    const md = '## 第一章　总则\n\n第一条　甲\n\n**第二条**　乙\n\n## 第二章　附则\n\n第三条　丙\n';
    const ids = [...render(md).matchAll(/id="((?:art|ch)-\d+)"/g)].map((m) => m[1]);
    const structure = parsePolicyStructure(md);
    expect(ids.sort()).toEqual(
      [...structure.chapters, ...structure.articles].map((d) => d.anchor).sort(),
    );
  });
});
