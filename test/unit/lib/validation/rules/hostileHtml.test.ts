import { describe, expect, test } from 'vitest';
import { objectContaining } from '../../../../support/matchers.ts';
import { hostileHtml } from '../../../../../src/lib/validation/rules/hostileHtml.ts';
import { indexOf, policyFile, talentFile } from '../../../../support/validationFiles.ts';

describe('hostileHtml', () => {
  test('accepts plain text and harmless markup', () => {
    expect(hostileHtml(indexOf([policyFile('a', {}, '第一条　<strong>重要</strong>')]))).toEqual(
      [],
    );
  });

  test('reports a script in a body at its line', () => {
    const file = talentFile('wang-lan', {}, '简介\n\n<script>alert(1)</script>');
    expect(hostileHtml(indexOf([file]))).toContainEqual(
      objectContaining({ field: 'body', line: file.bodyLine + 2, rule: 'hostile-html' }),
    );
  });
});
