import { describe, expect, test } from 'vitest';
import { jsonForScriptElement } from '../../../../src/lib/shared/scriptJson.ts';

describe('jsonForScriptElement', () => {
  test('cannot be closed early by a content string', () => {
    const text = jsonForScriptElement({
      title: '</script><script>alert(1)</script>',
      note: '<!-- a & b -->',
    });
    expect(text).not.toMatch(/[<>&]/);
  });

  test('parses back to the same value', () => {
    const value = {
      title: '《办法》</SCRIPT>&amp;',
      list: ['\u2028', '\u2029', '中文'],
      n: 1,
      none: null,
    };
    expect(JSON.parse(jsonForScriptElement(value))).toEqual(value);
  });
});
