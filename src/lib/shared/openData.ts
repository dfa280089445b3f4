/**
 * The serialisation every open-data file shares. Computed figures (ratios, shares, growth)
 * are floating-point numbers: written in full they carry 15–17 meaningless digits, which
 * nobody can use and which look like an ID number to the privacy check. The content
 * specification keeps at most 4 decimal places.
 */

/** Decimal places kept in the data files. */
export const DATA_DECIMALS = 4;

/**
 * A number rounded to `places` decimal places (integers unchanged).
 * @example roundDecimal(0.0014000000000003433) // 0.0014
 * @example roundDecimal(-0.333333) // -0.3333
 */
export function roundDecimal(value: number, places = DATA_DECIMALS): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  const factor = 10 ** places;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  return value < 0 ? -rounded : rounded;
}

/**
 * A JSON data file: indented, ending with a newline, every non-integer number rounded.
 * @example openDataJson({ growth: 1 / 3 }) // '{\n  "growth": 0.3333\n}\n'
 */
export function openDataJson(value: unknown): string {
  const json = JSON.stringify(
    value,
    (_, v: unknown) => (typeof v === 'number' ? roundDecimal(v) : v),
    2,
  );
  return `${json}\n`;
}
