import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { documentAnchors } from '../../../src/markdown/documentAnchors.ts';
import { documentText } from '../../../src/markdown/documentText.ts';
import { MARKDOWN_FEATURES } from '../../../src/lib/policy/documentBlocks.ts';
import { parsePolicyStructure } from '../../../src/lib/policy/policyArticles.ts';

// Without async plugins Sätteri renders synchronously.
const render = (md: string, options = {}) =>
  (
    markdownToHtml(md, {
      mdastPlugins: [documentText()],
      hastPlugins: [documentAnchors(options)],
      features: MARKDOWN_FEATURES,
    }) as MarkdownToHtmlResult
  ).html;

describe('documentAnchors', () => {
  test('gives articles and chapters the anchors of the spec, and the first 款 its own', () => {
    const html = render(
      '## 第一章　总则\n\n第一条　为……\n\n**第十二条**　依照第一条\n\n第一百零二条　附则',
    );
    expect(html).toContain('<h2 id="ch-1" class="chapter">');
    expect(html).toContain(
      '<p id="art-1" class="article" data-pagefind-title="第一条" data-search-tokens="tiao1t" data-pagefind-index-attrs="data-search-tokens"><span id="art-1-1"></span>第一条',
    );
    expect(html).toContain(
      '<p id="art-12" class="article" data-pagefind-title="第十二条" data-search-tokens="tiao12t" data-pagefind-index-attrs="data-search-tokens"><span id="art-12-1"></span><strong>第十二条</strong>',
    );
    expect(html).toContain(
      '<p id="art-102" class="article" data-pagefind-title="第一百零二条" data-search-tokens="tiao102t" data-pagefind-index-attrs="data-search-tokens">',
    );
  });

  test('gives 款 and 项 their anchors', () => {
    const html = render('第五条　甲\n\n乙\n\n（一）丙；\n\n（二）丁。');
    expect(html).toContain('<p id="art-5-2" class="clause">乙</p>');
    expect(html).toContain('<p id="art-5-2-1" class="item">（一）丙；</p>');
    expect(html).toContain('<p id="art-5-2-2" class="item">（二）丁。</p>');
  });

  test('names article paragraphs for search sub-results, but not headings, which are named already', () => {
    const html = render('## 第一章　总则\n\n### 第二条　目的\n\n第三条　甲');
    expect(html).toContain(
      '<h3 id="art-2" class="article" data-search-tokens="tiao2t" data-pagefind-index-attrs="data-search-tokens"><span id="art-2-1"></span>',
    );
    expect(html).toContain(
      '<p id="art-3" class="article" data-pagefind-title="第三条" data-search-tokens="tiao3t" data-pagefind-index-attrs="data-search-tokens">',
    );
  });

  test('gives articles and annexes a search token that Pagefind indexes inside their sub-result, and nothing else one', () => {
    const html = render('第三条　甲\n\n乙\n\n（一）丙\n\n附件1\n\n第一条　丁\n\n附件2\n\n一、戊');
    const tokens = [
      ...html.matchAll(
        /id="([\w-]+)"[^>]*data-search-tokens="([^"]*)" data-pagefind-index-attrs="data-search-tokens"/g,
      ),
    ];
    expect(tokens.map((m) => [m[1], m[2]])).toEqual([
      ['art-3', 'tiao3t'],
      ['annex-1', 'fujian1f'],
      ['annex-1-art-1', 'tiao1t'],
      ['annex-2', 'fujian2f'],
    ]);
    expect(html.match(/data-search-tokens=/g)).toHaveLength(4);
  });

  test('names an article of an annex with the annex, so that it is not taken for the main text’s', () => {
    const html = render('第一条　甲\n\n附件1\n\n第一条　乙\n\n附件2\n\n一、丙');
    expect(
      [...html.matchAll(/id="([\w-]+)"[^>]*data-pagefind-title="([^"]*)"/g)].map((m) => [
        m[1],
        m[2],
      ]),
    ).toEqual([
      ['art-1', '第一条'],
      ['annex-1', '附件1'],
      ['annex-1-art-1', '附件1第一条'],
      ['annex-2', '附件2'],
      ['annex-2-part-1', '一'],
    ]);
  });

  test('leaves paragraphs that only mention an article alone', () => {
    expect(render('依照第十二条办理。')).toBe('<p>依照第十二条办理。</p>\n');
  });

  test('never gives two elements the same id', () => {
    const html = render('第一条　甲\n\n第一条　乙');
    expect(html.match(/id="art-1"/g)).toHaveLength(1);
  });

  test('publishes pasted indentation as text, never as code, and keeps line breaks', () => {
    const html = render('    第一条　甲\n\n    第二条　乙\n\n附件：1．申报表\n2．清单');
    expect(html).not.toContain('<pre>');
    expect(html).toContain('id="art-2"');
    expect(html).toContain('<p class="attachment-note">附件：1．申报表<br>\n2．清单</p>');
  });

  test('adds an 引用 permalink to articles only where asked', () => {
    expect(render('第一条　甲', { citeLinks: () => true })).toContain(
      '<a class="article-cite" href="#art-1" aria-label="引用第一条" data-pagefind-ignore="">引用</a>',
    );
    expect(render('第一条　甲', { documents: () => false })).toBe('<p>第一条　甲</p>\n');
  });

  test('agrees with the structure reader on every anchor of every real and sample document', () => {
    const files = [
      ...globSync('test/fixtures/real/policies/**/*.md'),
      ...globSync('content/policies/**/*.md'),
      ...globSync('test/fixtures/valid/policies/**/*.md'),
    ];
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const body = matter(readFileSync(file, 'utf8')).content;
      const ids = [...render(body).matchAll(/ id="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((id) => id !== undefined && !/^(?:user-content-|fn)/.test(id));
      const expected = parsePolicyStructure(body)
        .roles.flatMap((r) => [r.anchor, r.innerAnchor])
        .filter((a) => a !== null);
      expect(ids.sort(), file).toEqual(expected.sort());
    }
  });
});
