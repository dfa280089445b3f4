import {
  LineCounter,
  parseDocument,
  isMap,
  isScalar,
  isSeq,
  type Node as YamlNode,
  type YAMLError,
} from 'yaml';

/**
 * YAML as the content tree holds it (frontmatter and the data files), parsed once by the
 * `yaml` package: YAML 1.2 core schema, so a date stays the text the editor wrote and
 * 2023-02-30 cannot roll over; positions kept, so every problem names its line; and a syntax
 * error becomes one message in Chinese that says what the editor did (a Tab, an unclosed
 * quote, a full-width colon) rather than what the parser expected.
 *
 * Why `yaml` and not js-yaml: it is the one YAML parser that gives the position of every key
 * (for `file:line`) and a code for every syntax error. Astro's own loaders use js-yaml; both
 * read YAML 1.2 core the same way for the values an editor writes.
 */

/** Where a value sits in its file. */
export type FieldPath = readonly (string | number)[];

/** A YAML syntax error, as an editor reads it. */
export interface YamlSyntaxError {
  /** 1-based line of the file. */
  line: number;
  message: string;
}

/** Parsed YAML: the data, or the first syntax error; and the line of any key. */
export interface YamlSource {
  /** The parsed value; null when there is a syntax error. */
  data: unknown;
  error: YamlSyntaxError | null;
  /** The 1-based line of the key at `path` (or of its nearest present parent; 1 when none is). */
  lineOf: (path: FieldPath) => number;
}

/**
 * Parses YAML that begins on line `firstLine` of its file.
 * @example parseYamlSource('title: 办法\nkind: 办法\n', 2).lineOf(['kind']) // 3
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    schema: 'core',
    prettyErrors: false,
    uniqueKeys: true,
  });
  const lines = text.split(/\r?\n/);
  const first = doc.errors[0];
  const error = first ? describeYamlError(first, counter, lines, firstLine) : null;
  const lineOf = (path: FieldPath): number => {
    let node: unknown = doc.contents;
    // A field that is not there is reported on the file's first line.
    let line = 1;
    for (const segment of path) {
      let next: YamlNode | null = null;
      let at: YamlNode | null = null;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (pair) {
          at = pair.key as YamlNode;
          next = pair.value as YamlNode | null;
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        at = (node.items[segment] as YamlNode | undefined) ?? null;
        next = at;
      }
      if (!at) break;
      if (at.range) line = counter.linePos(at.range[0]).line + firstLine - 1;
      node = next;
    }
    return line;
  };
  return { data: error ? null : (doc.toJS() as unknown), error, lineOf };
}

/** The line of the file a parser error points at. */
function errorLine(error: YAMLError, counter: LineCounter, firstLine: number): number {
  return counter.linePos(error.pos[0]).line + firstLine - 1;
}

/**
 * One YAML syntax error in Chinese, naming what the editor most likely did.
 * The parser's own English message is kept at the end, for whoever helps the editor.
 */
function describeYamlError(
  error: YAMLError,
  counter: LineCounter,
  lines: readonly string[],
  firstLine: number,
): YamlSyntaxError {
  const line = errorLine(error, counter, firstLine);
  const text = lines[line - firstLine] ?? '';
  const near = (n: number) => lines[n - firstLine] ?? '';
  const original = `（解析器原文：${error.message.split('\n')[0] ?? ''}）`;
  const say = (at: number, message: string): YamlSyntaxError => ({
    line: at,
    message: `YAML 格式错误：${message}${original}`,
  });

  // A Tab anywhere in the leading whitespace of a line is the commonest slip.
  const tabLine = lines.findIndex((l) => /^[ ]*\t/.test(l));
  if (error.code === 'TAB_AS_INDENT' || (tabLine !== -1 && tabLine + firstLine <= line))
    return say(
      tabLine === -1 ? line : tabLine + firstLine,
      '这一行用 Tab 键缩进了，YAML 只能用空格缩进：请把行首的 Tab 换成空格（子项比上一级多两个空格）',
    );
  const fullWidthColon = /^\s*(?:-\s+)?[A-Za-z][\w.]*\s*：/;
  for (let n = firstLine; n <= line; n++) {
    if (fullWidthColon.test(near(n)))
      return say(
        n,
        '字段名后用了中文冒号“：”，应为英文冒号加一个空格“: ”，例如 title: 澄溪县人才公寓管理办法',
      );
  }
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    const opened = findUnclosedQuote(lines, line - firstLine);
    return say(
      opened === -1 ? line : opened + firstLine,
      '这一行的引号没有成对：开头用了引号，结尾也要有同样的引号（中文引号“”不算 YAML 的引号，可以直接写在文字里）',
    );
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^\s*([^:\s]+)\s*:/.exec(text)?.[1];
    return say(
      line,
      `字段${key ? `“${key}”` : ''}写了两次：每个字段只能出现一次，请删掉多余的一行`,
    );
  }
  if (/^\s*[A-Za-z][\w]*:[^\s/]/.test(text) && !/^\s*\w+:\/\//.test(text))
    return say(line, '冒号后缺少空格：应写成“字段名: 值”，冒号后加一个空格');
  if (error.code === 'BAD_INDENT' || error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    // `key: value` followed by a more indented line: the error points at the key, the slip is below.
    const indent = (l: string) => /^ */.exec(l)?.[0].length ?? 0;
    const next = near(line + 1);
    if (/:\s+\S/.test(text) && next.trim() && indent(next) > indent(text))
      return say(
        line + 1,
        `这一行比上一行多缩进了：上一行“${text.trim()}”已经写了值，下面不能再有子项；同一级的字段要左对齐`,
      );
    return say(
      line,
      '缩进不对：同一级的字段要左对齐，子项比上一级多缩进两个空格，列表项以“- ”开头',
    );
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'UNEXPECTED_TOKEN')
    return say(
      line,
      '这一行不是“字段名: 值”的形式：检查冒号、缩进和引号；如果这是正文，说明前面少了单独一行的 ---（字段写完后用它结束）',
    );
  return say(line, '请检查这一行的缩进、冒号后的空格和引号是否成对');
}

/** The index of the line (at or before `upTo`) where a quote is opened and not closed. */
function findUnclosedQuote(lines: readonly string[], upTo: number): number {
  for (let i = Math.min(upTo, lines.length - 1); i >= 0; i--) {
    const value = /:\s+(["'])(.*)$/.exec(lines[i] ?? '');
    if (value && !value[2]?.includes(value[1] ?? '')) return i;
  }
  return -1;
}
