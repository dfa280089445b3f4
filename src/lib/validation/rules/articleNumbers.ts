import { bodyProblem, type Problem } from '../problem.ts';
import type { ValidationRule } from './rule.ts';

/**
 * An article number appears once in a policy: a repeated 第X条 would give two articles one
 * anchor, and citations would point at the first.
 */
export const articleNumbers: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const { source } of index.valid.policies) {
    const seen = new Map<number, number>();
    for (const article of index.structureOf(source.slug).articles) {
      const line = source.bodyLine + article.line - 1;
      const first = seen.get(article.number);
      if (first === undefined) {
        seen.set(article.number, line);
        continue;
      }
      problems.push(
        bodyProblem(
          source,
          line,
          'article-duplicate',
          `${article.label}重复出现（第一次在第 ${first} 行）：条文锚点 #art-${article.number} 将指向第一处`,
          'warning',
        ),
      );
    }
  }
  return problems;
};
