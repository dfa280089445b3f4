import { describe, expect, test } from 'vitest';
import { findHostileHtml } from '../../../../src/lib/security/hostileHtml.ts';

describe('findHostileHtml', () => {
  test.each([
    ['<script>alert(1)</script>', 'script'],
    ['<SCRIPT src="//x.js">', 'script'],
    ['<iframe src="https://x"></iframe>', 'embed'],
    ['<object data="x.swf">', 'embed'],
    ['<img src=x onerror="alert(1)">', 'eventHandler'],
    ['<a href="#" onClick = "x()">', 'eventHandler'],
    ['<svg/onload=alert(1)>', 'eventHandler'],
    ['[点我](javascript:alert(1))', 'scriptUrl'],
    ['<a href="JavaScript:void(0)">', 'scriptUrl'],
    ['<a href="java\tscript:x">', 'scriptUrl'],
    ['<a href="javascript&#58;x">', 'scriptUrl'],
    ['<a href="vbscript:x">', 'scriptUrl'],
    ['<a href="data:text/html;base64,xx">', 'scriptUrl'],
  ])('finds %s', (html, kind) => {
    expect(findHostileHtml(`正文\n\n${html}\n`).map((m) => m.kind)).toContain(kind);
  });

  test.each([
    '第一条　申请人应当在线填报（online 申报）。',
    '<sup>1</sup> 和 <br> 是无害的',
    '[政策原文](https://www.example.gov.cn/a.html)',
    'onion 和 one=1 不是事件属性',
  ])('accepts %s', (text) => {
    expect(findHostileHtml(text)).toEqual([]);
  });

  test('reports the offset so validate can name the line', () => {
    expect(findHostileHtml('abc\n<script>')[0]!.index).toBe(4);
  });
});
