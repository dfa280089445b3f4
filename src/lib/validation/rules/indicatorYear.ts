import { problem, type Problem } from '../problem.ts';
import type { ValidationRule } from './rule.ts';

/** The `year` inside an indicators file equals its file name (`2024.yaml` holds 2024). */
export const indicatorYear: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const { source, data } of index.valid.indicators) {
    if (/^\d{4}$/.test(source.slug) && String(data.year) !== source.slug)
      problems.push(
        problem(
          source,
          ['year'],
          'indicator-year',
          `年份 ${data.year} 与文件名 ${source.slug}.yaml 不一致`,
        ),
      );
  }
  return problems;
};
