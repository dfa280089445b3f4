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
