import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { pastedDocument } from '../../../../../src/lib/validation/rules/pastedDocument.ts';
import { indexOf, policyFile } from '../../../../support/validationFiles.ts';

describe('pastedDocument', () => {
  test.each(['条例', '办法', '规定', '细则'])('warns of a %s without articles', (kind) => {
    expect(
      pastedDocument(
        indexOf([policyFile('a', { kind }, '为了……，规定如下。\n\n本规定自发布之日起施行。')]),
      ),
    ).toEqual([
      objectContaining({ field: 'kind', rule: 'kind-without-articles', severity: 'warning' }),
    ]);
  });

  test('accepts a 规定 organised by parts (一、二、), as older regulations are', () => {
    expect(
      pastedDocument(indexOf([policyFile('a', { kind: '规定' }, '一、总则\n\n二、附则')])),
    ).toEqual([]);
  });

  test('accepts an 意见 organised by parts', () => {
    expect(
      pastedDocument(indexOf([policyFile('a', { kind: '意见' }, '一、总则\n\n（一）甲')])),
    ).toEqual([]);
  });

  test('warns of a paragraph that holds a second article', () => {
    const file = policyFile('a', {}, '第一条　甲。第二条　乙。\n\n第三条　丙');
    expect(pastedDocument(indexOf([file]))).toEqual([
      objectContaining({
        line: file.bodyLine,
        rule: 'article-in-paragraph',
        message: stringContaining('第一条的段落里还有“第二条”'),
      }),
    ]);
  });

  test('leaves a sentence that refers to another article alone', () => {
    expect(
      pastedDocument(indexOf([policyFile('a', {}, '第一条　依照第二条办理。\n\n第二条　乙')])),
    ).toEqual([]);
  });
});
