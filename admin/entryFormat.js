// @ts-check
// How the editor reads and writes entry files. Shared by the browser (with the `yaml` package's
// browser build) and the unit tests (with the same package in Node).

/**
 * @typedef {{ parse: (text: string, options?: object) => unknown,
 *   stringify: (value: unknown, options?: object) => string }} YamlLibrary
 */

/** Fields the editor shows but never writes into a file: the slug is the file's name. */
export const TRANSIENT_FIELDS = ['slug'];

/** Fields whose value is a file beside the entry, written as `./name`. */
const FILE_FIELDS = ['photo', 'file'];

/** Fields that hold one value or a list (联合发文); the editor always shows a list. */
const LIST_OR_ONE_FIELDS = ['issuer'];

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Reads a Markdown entry: the frontmatter's fields and the body after it.
 * @example parseEntry('---\ntitle: 标题\n---\n正文\n', YAML) // { title: '标题', body: '正文\n' }
 * @param {string} text
 * @param {YamlLibrary} yaml
 * @returns {Record<string, unknown>}
 */
export function parseEntry(text, yaml) {
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text };
  const data = /** @type {Record<string, unknown>} */ (yaml.parse(match[1] ?? '') ?? {});
  for (const key of LIST_OR_ONE_FIELDS) if (typeof data[key] === 'string') data[key] = [data[key]];
  return { ...data, body: text.slice(match[0].length).replace(/\r\n/g, '\n') };
}

/**
 * Reads a YAML data entry (a year of indicators, site.yaml).
 * @param {string} text
 * @param {YamlLibrary} yaml
 * @returns {Record<string, unknown>}
 */
export function parseData(text, yaml) {
  return /** @type {Record<string, unknown>} */ (yaml.parse(text.replace(/^\uFEFF/, '')) ?? {});
}

/**
 * A value without what the clerk left empty: empty text, empty lists and objects, null.
 * `false` and `0` are values and stay.
 * @param {unknown} value
 * @param {string} [key]
 * @returns {unknown}
 */
export function withoutEmpty(value, key) {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const text = key === 'body' ? value : value.trim();
    if (!text) return undefined;
    return key && FILE_FIELDS.includes(key) && !/^(\.{0,2}\/|[a-z]+:)/i.test(text)
      ? `./${text}`
      : text;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => withoutEmpty(item)).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (TRANSIENT_FIELDS.includes(k) && key === undefined) continue;
      const kept = withoutEmpty(v, k);
      if (kept !== undefined) out[k] = kept;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

/** YAML as the project writes it: YAML 1.1 quoting (so `yes` or `0838` stay text), no folding. */
const YAML_OPTIONS = { version: '1.1', lineWidth: 0, indent: 2 };

/**
 * Writes a Markdown entry: frontmatter without empty or transient fields, then the body.
 * @example serializeEntry({ slug: 'a', title: '标题', docNumber: '', body: '正文' }, YAML) // '---\ntitle: 标题\n---\n\n正文\n'
 * @param {Record<string, unknown>} data
 * @param {YamlLibrary} yaml
 * @returns {string}
 */
export function serializeEntry(data, yaml) {
  const { body, ...fields } = data;
  const kept = /** @type {Record<string, unknown>} */ (withoutEmpty(fields) ?? {});
  const text =
    typeof body === 'string'
      ? body.replace(/\r\n/g, '\n').replace(/^\n+/, '').replace(/\s+$/, '')
      : '';
  return `---\n${yaml.stringify(kept, YAML_OPTIONS)}---\n${text ? `\n${text}\n` : ''}`;
}

/**
 * Writes a YAML data entry without empty fields.
 * @param {Record<string, unknown>} data
 * @param {YamlLibrary} yaml
 * @returns {string}
 */
export function serializeData(data, yaml) {
  return yaml.stringify(withoutEmpty(data) ?? {}, YAML_OPTIONS);
}

/**
 * @typedef {{ name: string, fields?: CmsFieldLike[], field?: CmsFieldLike }} CmsFieldLike
 */

/**
 * The entry's keys in the order of the editor's fields (which is the schema's), nested objects
 * and lists of objects too; keys the editor does not know keep their place after them.
 * @example Object.keys(orderLike({ b: 1, a: 2 }, [{ name: 'a' }, { name: 'b' }])) // ['a', 'b']
 * @param {unknown} value
 * @param {CmsFieldLike[] | undefined} fields
 * @returns {unknown}
 */
export function orderLike(value, fields) {
  if (!fields || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = /** @type {Record<string, unknown>} */ (value);
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const field of fields) {
    if (!(field.name in record)) continue;
    const sub = field.fields ?? field.field?.fields;
    const child = record[field.name];
    out[field.name] = sub
      ? Array.isArray(child)
        ? child.map((item) => orderLike(item, sub))
        : orderLike(child, sub)
      : child;
  }
  for (const key of Object.keys(record)) if (!(key in out)) out[key] = record[key];
  return out;
}

/**
 * The fields of the collection an entry belongs to, guessed from its keys (a format is not told
 * its collection): the collection that knows most of them.
 * @param {Record<string, unknown>} data
 * @param {{ fields?: CmsFieldLike[] }[]} collections
 * @returns {CmsFieldLike[] | undefined}
 */
export function fieldsOfEntry(data, collections) {
  let best;
  let bestScore = 0;
  for (const collection of collections) {
    const names = new Set((collection.fields ?? []).map((f) => f.name));
    const score = Object.keys(data).filter((key) => names.has(key)).length;
    if (score > bestScore) [best, bestScore] = [collection.fields, score];
  }
  return best;
}
