import { describe, expect, test } from 'vitest';
import { toCsv } from '../../../../src/lib/shared/csv.ts';

describe('toCsv', () => {
  test('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    expect(toCsv(['名称', '金额'], [['安家补贴', 200000]])).toBe(
      '\uFEFF名称,金额\r\n安家补贴,200000\r\n',
    );
  });

  test('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['a'], [['甲,乙'], ['他说"好"'], ['一\n二']])).toBe(
      '\uFEFFa\r\n"甲,乙"\r\n"他说""好"""\r\n"一\n二"\r\n',
    );
  });

  test('joins lists with 、 and leaves empty values empty', () => {
    expect(
      toCsv(['a', 'b', 'c'], [[['中共澄溪县委组织部', '澄溪县财政局'], null, undefined]]),
    ).toBe('\uFEFFa,b,c\r\n中共澄溪县委组织部、澄溪县财政局,,\r\n');
  });

  test('neutralises cells a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['-5'], ['@x']])).toBe(
      '\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n-5\r\n\'@x\r\n',
    );
  });
});
