import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, test } from 'vitest';
import { isSafeUrl, sanitizeHtml } from '../../../src/markdown/sanitizeHtml.ts';

// Without async plugins Sätteri renders synchronously.
const render = (md: string) =>
  (
    markdownToHtml(md, {
      hastPlugins: [sanitizeHtml()],
      features: { rawHtml: true },
    }) as MarkdownToHtmlResult
  ).html;

describe('sanitizeHtml', () => {
  test.each([
    ['<script>alert(1)</script>', /<script|alert/],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/],
    ['<style>body{display:none}</style>', /<style|display/],
    ['<form action="https://evil.example"><input name="id"></form>', /<form|<input/],
  ])('removes %s with its content', (html, forbidden) => {
    expect(render(`前\n\n${html}\n\n后`)).not.toMatch(forbidden);
  });

  test('strips event handlers, inline styles and classes from allowed elements', () => {
    const html = render('<p onclick="x()" style="color:red" class="status-badge">文字</p>');
    expect(html).toBe('<p>文字</p>\n');
  });

  test('removes script URLs from links and images', () => {
    const html = render(
      '[点我](javascript:alert(1)) <a href=" JaVa\tScript:alert(2)">x</a> <img src="javascript:alert(3)" alt="图">',
    );
    expect(html).not.toMatch(/javascript/i);
    expect(html).toContain('<img alt="图">');
  });

  test('keeps ordinary links, tables and footnotes', () => {
    const html = render(
      '[原文](https://www.example.gov.cn/a.html)\n\n| a |\n|---|\n| 1 |\n\n注[^1]\n\n[^1]: 说明',
    );
    expect(html).toContain('<a href="https://www.example.gov.cn/a.html">原文</a>');
    expect(html).toContain('<table>');
    expect(html).toContain('data-footnote-ref');
  });

  test('unwraps unknown elements but keeps their text', () => {
    expect(render('<font color="red">红字</font>')).toBe('<p>红字</p>\n');
  });

  test.each([
    ['https://a.example', true],
    ['/policies/', true],
    ['#art-5', true],
    ['mailto:a@b.cn', true],
    ['javascript:x', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
  ])('isSafeUrl(%s) is %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});
