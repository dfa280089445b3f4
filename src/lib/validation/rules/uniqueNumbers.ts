import { problem, type Problem } from '../problem.ts';
import type { ValidationRule } from './rule.ts';

const NUMBERS = [
  { field: 'docNumber', label: '发文字号', rule: 'doc-number-unique' },
  { field: 'indexNo', label: '索引号', rule: 'index-no-unique' },
] as const;

/** A 发文字号 and an 索引号 each name one document: no two policies share one. */
export const uniqueNumbers: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const { field, label, rule } of NUMBERS) {
    const groups = new Map<string, (typeof index.valid.policies)[number][]>();
    for (const policy of index.valid.policies) {
      const value = policy.data[field];
      if (value !== undefined) groups.set(value, [...(groups.get(value) ?? []), policy]);
    }
    for (const [value, group] of groups) {
      if (group.length < 2) continue;
      for (const item of group) {
        const others = group
          .filter((g) => g !== item)
          .map((g) => g.source.file)
          .join('、');
        problems.push(
          problem(
            item.source,
            [field],
            rule,
            `${label}“${value}”与 ${others} 重复，${label}必须唯一`,
          ),
        );
      }
    }
  }
  return problems;
};
