import type { z } from 'astro/zod';
import { fieldAt, knownKeysAt } from '../../schemas/describe.ts';
import { formatFieldPath, type Problem, type ProblemLocation } from './problem.ts';
import { closestKey } from './suggestions.ts';

function valueAt(
  data: unknown,
  path: readonly PropertyKey[],
): { present: boolean; value: unknown } {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !(segment in current))
      return { present: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return { present: true, value: current };
}

/** Maps a Zod issue's code to the stable rule name reported in `--json`. */
function ruleOf(issue: z.core.$ZodIssue, missing: boolean): string {
  if (missing) return 'required';
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'invalid_value':
      return 'vocabulary';
    case 'custom':
      return (issue.params as { rule?: string } | undefined)?.rule ?? 'field-rule';
    default:
      return 'field-type';
  }
}

/**
 * Turns Zod's issues for one file into problems an editor can act on: the field's
 * Chinese name, the line of the key, one problem per unknown key with a suggestion.
 */
export function schemaProblems(
  schema: z.ZodType,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  where: ProblemLocation,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const suggestion = closestKey(key, known);
        const suggestionInfo = suggestion ? fieldAt(schema, [...path, suggestion]) : null;
        problems.push({
          file: where.file,
          line: where.lineOf(keyPath),
          field: formatFieldPath(keyPath),
          rule: 'unknown-field',
          message: suggestion
            ? `未知字段“${key}”，是否应为“${suggestion}”（${suggestionInfo?.title ?? suggestion}）？`
            : `未知字段“${key}”。此处可用的字段：${known.join('、')}`,
          severity: 'error',
        });
      }
      continue;
    }
    const info = fieldAt(schema, path);
    const { present } = valueAt(data, path);
    const missing = !present && (issue.code === 'invalid_type' || issue.code === 'invalid_union');
    const title = info && info.title !== info.key ? info.title : null;
    const prefix = title && !issue.message.includes(title) ? `${title}：` : '';
    const message = missing
      ? `缺少必填字段${title ? `“${title}”` : ''}${info?.description ? `：${info.description}` : ''}`
      : `${prefix}${issue.message}`;
    problems.push({
      file: where.file,
      line: where.lineOf(path),
      field: formatFieldPath(path) || '(frontmatter)',
      rule: ruleOf(issue, missing),
      message,
      severity: 'error',
    });
  }
  return problems;
}
