/**
 * 发文字号 in the forms the content specification accepts: the ordinary
 * `<机关代字>〔<年份>〕<n>号`, and the numbers under which 条例 and 规章 are promulgated,
 * `<机关>公告（第<n>号）`, `<机关>公告第<n>号` (通告 alike), `<机关>令第<n>号`, `<机关>令（第<n>号）`.
 * What is written wrong is named by the character at fault, because the usual slips
 * (WPS's lookalike ﹝﹞, 【】, full-width digits) look right on screen.
 */

/** A 发文字号 read into its parts. */
export type DocNumber =
  | { form: '字号'; agency: string; year: number; serial: number }
  | { form: '公告' | '通告' | '令'; agency: string; year: null; serial: number };

const ORDINARY = /^(\S+?)〔(\d{4})〕([1-9]\d*)号$/;
const PROMULGATION = /^(\S+?)(公告|通告|令)(?:（第([1-9]\d*)号）|第([1-9]\d*)号)$/;

/**
 * Every accepted form in one pattern, for checks while typing (the web editor); a fault is
 * explained by docNumberFault.
 */
export const DOC_NUMBER_PATTERN = new RegExp(
  `^(?:${ORDINARY.source.slice(1, -1)}|${PROMULGATION.source.slice(1, -1)})$`,
);

/**
 * Reads a 发文字号, or null when it is in none of the accepted forms.
 * @example parseDocNumber('澄委组发〔2024〕6号') // { form: '字号', agency: '澄委组发', year: 2024, serial: 6 }
 * @example parseDocNumber('中华人民共和国国务院令第619号') // { form: '令', agency: '中华人民共和国国务院', year: null, serial: 619 }
 * @example parseDocNumber('广州市第十六届人民代表大会常务委员会公告（第11号）')?.form // '公告'
 */
export function parseDocNumber(value: string): DocNumber | null {
  const ordinary = ORDINARY.exec(value);
  if (ordinary) {
    const [, agency = '', year = '', serial = ''] = ordinary;
    return { form: '字号', agency, year: Number(year), serial: Number(serial) };
  }
  const promulgation = PROMULGATION.exec(value);
  if (promulgation) {
    const [, agency = '', form, bracketed, plain] = promulgation;
    return {
      form: form as '公告' | '通告' | '令',
      agency,
      year: null,
      serial: Number(bracketed ?? plain),
    };
  }
  return null;
}

/** Brackets that look like, or stand in for, the 六角括号 of a 发文字号, with their names. */
const LOOKALIKE_BRACKETS: readonly [open: string, close: string, name: string][] = [
  ['﹝', '﹞', '小写六角括号“﹝﹞”（WPS 等软件常见的形似字符）'],
  ['［', '］', '全角方括号“［］”'],
  ['[', ']', '方括号“[]”'],
  ['【', '】', '方头括号“【】”'],
  ['（', '）', '圆括号“（）”'],
  ['(', ')', '圆括号“()”'],
  ['〖', '〗', '空心方头括号“〖〗”'],
  ['「', '」', '直角引号“「」”'],
];

const FULL_WIDTH_DIGITS = /[０-９]+/;

/**
 * What is wrong with a 发文字号, in Chinese, naming the character at fault; null when it is
 * in an accepted form.
 * @example docNumberFault('澄委组发﹝2024﹞6号') // '发文字号「澄委组发﹝2024﹞6号」中的年份括号是小写六角括号“﹝﹞”（WPS 等软件常见的形似字符），应为六角括号“〔〕”，即 澄委组发〔2024〕6号'
 */
export function docNumberFault(value: string): string | null {
  if (parseDocNumber(value)) return null;
  const head = `发文字号「${value}」`;
  const faults: string[] = [];
  let fixed = value;
  const fullWidth = FULL_WIDTH_DIGITS.exec(value);
  if (fullWidth) {
    faults.push(`“${fullWidth[0]}”是全角数字，应为半角数字“${toAsciiDigits(fullWidth[0])}”`);
    fixed = toAsciiDigits(fixed);
  }
  for (const [open, close, name] of LOOKALIKE_BRACKETS) {
    const year = new RegExp(`${escape(open)}\\s*(\\d{4})\\s*${escape(close)}`).exec(fixed);
    if (!year) continue;
    faults.push(`年份括号是${name}，应为六角括号“〔〕”`);
    fixed = fixed.replace(year[0], `〔${year[1] ?? ''}〕`);
    break;
  }
  if (faults.length) {
    const suggestion = parseDocNumber(fixed) ? `，即 ${fixed}` : '';
    return `${head}中的${faults.join('；')}${suggestion}`;
  }
  if (/〔\d{2}〕/.test(value)) return `${head}的年份应写全四位，例如〔2024〕`;
  if (/〔\d{4}〕\d+$/.test(value)) return `${head}末尾缺少“号”字`;
  if (/〔\d{4}〕0\d*号$/.test(value)) return `${head}的序号不能以 0 开头`;
  return `${head}格式不对：应为“机关代字〔年份〕序号号”（例如 澄委人才办发〔2024〕3号），或条例、规章的公布号“…公告（第11号）”“…令第619号”`;
}

/**
 * Full-width digits (０–９) as ASCII digits.
 * @example toAsciiDigits('〔２０２６〕') // '〔2026〕'
 */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function escape(text: string): string {
  return text.replace(/[[\]()]/g, '\\$&');
}
