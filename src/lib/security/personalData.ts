/**
 * Detection of personal data that must never be published: resident ID numbers
 * (GB 11643) and personal mobile numbers, exactly as the content spec defines them.
 *
 * The checks are written here rather than taken from an ID-card or phone library on
 * purpose: those libraries also require a known region code, a plausible birth date or
 * an assigned mobile range, which makes them accept numbers the spec says must be
 * caught. Privacy detection has to err on the side of catching.
 */

/** A personal number found in a text. */
export interface PersonalDataMatch {
  kind: 'residentId' | 'mobile';
  /** The number as written. */
  value: string;
  /** Offset of the first character in the text. */
  index: number;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/**
 * Whether an 18-character resident ID has a valid GB 11643 (ISO 7064 MOD 11-2) check character.
 * @example hasValidResidentIdChecksum('11010519491231002X') // true
 */
export function hasValidResidentIdChecksum(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11] === id[17]!.toUpperCase();
}

/** Digits only, so that 0838-6201234 and 08386201234 compare equal. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

// Resident IDs: 18 characters with a valid check character, or 15 digits, not inside a longer run of digits.
const RESIDENT_ID = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
// Mobile numbers: 1[3-9] and nine digits, also when written +86 138 0013 8000 or 138-0013-8000.
const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g;

/**
 * Finds resident ID numbers and mobile numbers in a text, leaving out the numbers in
 * `officialPhones` (compared by digits, with or without the 86 country code).
 * @example findPersonalData('电话 13800138000', []) // [{ kind: 'mobile', value: '13800138000', index: 3 }]
 */
export function findPersonalData(
  text: string,
  officialPhones: readonly string[] = [],
): PersonalDataMatch[] {
  return personalDataFinder(officialPhones)(text);
}

/**
 * A reusable finder for one list of official phones, for scanning many texts.
 * `figures` are numbers the site publishes as figures (amounts, counts, funding): the same
 * digits in the output are that figure, not somebody's number.
 * @example personalDataFinder(['13990001234'])('专线 13990001234') // []
 * @example personalDataFinder([], [15000000000])('资金 15000000000 元') // []
 */
export function personalDataFinder(
  officialPhones: readonly string[] = [],
  figures: Iterable<number> = [],
): (text: string) => PersonalDataMatch[] {
  const allowed = new Set(
    officialPhones.map(phoneDigits).map((d) => d.replace(/^86(?=1[3-9]\d{9}$)/, '')),
  );
  // A negative figure (a decrease) is written with a minus sign before the same digits.
  for (const figure of figures)
    if (Number.isSafeInteger(figure)) allowed.add(String(Math.abs(figure)));
  return (text) => scan(text, allowed);
}

/**
 * The text with full-width digits, letters X and plus signs (１３８…, Ｘ, ＋) as ASCII, one
 * character for one, so offsets stay those of the original: a number typed in full-width
 * digits is the same number.
 * @example asciiDigits('１３８ｘ') // '138x'
 */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９Ｘｘ＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Whether the digits at [start, end) are part of a decimal number (`0.00143…`, `12.5`):
 * the fraction or the whole part of a figure, never a person's number.
 */
function inDecimal(text: string, start: number, end: number): boolean {
  const digit = (i: number) => i >= 0 && i < text.length && /\d/.test(text.charAt(i));
  return (
    (text.charAt(start - 1) === '.' && digit(start - 2)) ||
    (text.charAt(end) === '.' && digit(end + 1))
  );
}

// Every personal number has a run of at least four digits, however it is spaced: skip texts without one.
const HAS_LONG_DIGIT_RUN = /[\d０-９]{4}/;

function scan(original: string, allowed: ReadonlySet<string>): PersonalDataMatch[] {
  if (!HAS_LONG_DIGIT_RUN.test(original)) return [];
  const text = asciiDigits(original);
  const found: PersonalDataMatch[] = [];
  for (const match of text.matchAll(RESIDENT_ID)) {
    const value = match[1]!;
    if (value.length === 18 && !hasValidResidentIdChecksum(value)) continue;
    if (inDecimal(text, match.index, match.index + value.length) || allowed.has(value)) continue;
    found.push({
      kind: 'residentId',
      value: original.slice(match.index, match.index + value.length),
      index: match.index,
    });
  }
  for (const match of text.matchAll(MOBILE)) {
    const digits = `${match[1]}${match[2]}${match[3]}`;
    if (allowed.has(digits) || allowed.has(phoneDigits(match[0]))) continue;
    if (inDecimal(text, match.index, match.index + match[0].length)) continue;
    // Part of a resident ID already reported? Then it is not a phone number.
    if (
      found.some(
        (f) =>
          f.kind === 'residentId' &&
          match.index >= f.index &&
          match.index < f.index + f.value.length,
      )
    )
      continue;
    found.push({
      kind: 'mobile',
      value: original.slice(match.index, match.index + match[0].length),
      index: match.index,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Masks a personal number for an error message, so the log does not repeat it whole.
 * @example maskPersonalNumber('13800138000') // '138****8000'
 */
export function maskPersonalNumber(value: string): string {
  const keep = value.length >= 15 ? 4 : 3;
  return `${value.slice(0, keep)}${'*'.repeat(Math.max(0, value.length - keep - 4))}${value.slice(-4)}`;
}
