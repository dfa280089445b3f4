/**
 * CSV for spreadsheet programs: RFC 4180 quoting, CRLF line ends, and a UTF-8
 * byte-order mark so that Excel and WPS open Chinese text correctly.
 */

/** A cell value; lists are joined with 、 as Chinese tables do. */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

import { roundDecimal } from './openData.ts';

const BOM = '\uFEFF';

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value)
    ? value.join('、')
    : String(typeof value === 'number' ? roundDecimal(value) : value);
  // Spreadsheets run cells that begin with = + - @ as formulas: neutralise them.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV document with a header row, starting with a BOM.
 * @example toCsv(['名称', '金额'], [['安家补贴', 200000]]) // '\uFEFF名称,金额\r\n安家补贴,200000\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${BOM}${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
