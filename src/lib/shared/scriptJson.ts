/**
 * JSON for a `<script type="application/json">` element. A script element's text is
 * raw: entities are not decoded and the first `</script` ends it. So every `<`, `>` and
 * `&` is written as a JSON escape, which no content string can break out of, and the
 * line separators that old parsers reject are escaped too. JSON.parse reads it unchanged.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Serialises a value for the body of a `<script type="application/json">` element.
 * @example jsonForScriptElement({ title: '</script><b>' }) // '{"title":"\\u003c/script\\u003e\\u003cb\\u003e"}'
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => ESCAPES[char]!);
}
