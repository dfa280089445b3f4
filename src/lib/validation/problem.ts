/** One problem found in the content, as `npm run validate` reports it. */
export interface Problem {
  /** The file, relative to the working directory. */
  file: string;
  /** 1-based line of the offending key (or of the body line), 1 when there is none. */
  line: number;
  /** The field path, e.g. `amount.times` or `honors[1].year`; `body` for the Markdown text. */
  field: string;
  /** A stable identifier of the rule, for tools reading `--json`. */
  rule: string;
  /** What is wrong and what is expected, in Chinese. */
  message: string;
  severity: 'error' | 'warning';
}

/** Where a problem is reported: a file, and how to find the line of one of its fields. */
export interface ProblemLocation {
  file: string;
  lineOf(path: readonly (string | number)[]): number;
}

/** How a problem departs from the usual: a warning, a field label, or a known line. */
export interface ProblemOptions {
  severity?: Problem['severity'];
  /** Shown instead of the field path, e.g. `(文件名)` for the file's own name. */
  field?: string;
  /** The line, when it is known rather than found from the field path. */
  line?: number;
}

/**
 * One problem of a file at a field path: its line is the line of that field (1 for the file
 * as a whole).
 * @example problem({ file: 'content/a.md', lineOf: () => 3 }, ['title'], 'required', '缺少必填字段') // { file: 'content/a.md', line: 3, field: 'title', … }
 */
export function problem(
  where: ProblemLocation,
  path: readonly (string | number)[],
  rule: string,
  message: string,
  options: ProblemOptions = {},
): Problem {
  return {
    file: where.file,
    line: options.line ?? (path.length ? where.lineOf(path) : 1),
    field: options.field ?? formatFieldPath(path),
    rule,
    message,
    severity: options.severity ?? 'error',
  };
}

/** A Markdown body and where it starts in its file. */
export interface BodyLocation {
  file: string;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

/**
 * The line of the file on which the body's character at `index` stands.
 * @example lineInBody({ file: 'a.md', body: 'x\ny', bodyLine: 5 }, 2) // 6
 */
export function lineInBody(where: BodyLocation, index: number): number {
  let line = where.bodyLine;
  for (let i = 0; i < index; i++) if (where.body.charCodeAt(i) === 10) line++;
  return line;
}

/** One problem in a Markdown body, at a line of the file. */
export function bodyProblem(
  where: BodyLocation,
  line: number,
  rule: string,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file: where.file, line, field: 'body', rule, message, severity };
}

/**
 * A problem as one line: `<file>:<line>: <field>: <message>`.
 * @example formatProblem({ file: 'content/a.md', line: 3, field: 'title', rule: 'required', message: '缺少必填字段', severity: 'error' }) // 'content/a.md:3: title: 缺少必填字段'
 */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? '警告：' : '';
  return `${problem.file}:${problem.line}: ${problem.field}: ${prefix}${problem.message}`;
}

/**
 * A field path as editors read it.
 * @example formatFieldPath(['honors', 1, 'year']) // 'honors[1].year'
 */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, segment) =>
      typeof segment === 'number'
        ? `${out}[${segment}]`
        : out
          ? `${out}.${String(segment)}`
          : String(segment),
    '',
  );
}

/** Sorts problems by file, then line, so an editor can work down the list. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.file === b.file
      ? a.line - b.line || a.field.localeCompare(b.field)
      : a.file < b.file
        ? -1
        : 1,
  );
}
