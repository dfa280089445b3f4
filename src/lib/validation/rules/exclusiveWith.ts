import { problem, type Problem } from '../problem.ts';
import { unknownSlugMessage } from '../suggestions.ts';
import type { ValidationRule } from './rule.ts';

/** `exclusiveWith` names other existing incentives, never the incentive itself. */
export const exclusiveWith: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const { source, data } of index.valid.incentives) {
    (data.exclusiveWith ?? []).forEach((target, i) => {
      if (target === source.slug) {
        problems.push(problem(source, ['exclusiveWith', i], 'reference', '事项不能与自身不可兼得'));
      } else if (!index.slugs.incentives.has(target)) {
        const message = `找不到激励事项“${target}”：请填写 incentives 中已有事项的 slug`;
        problems.push(
          problem(
            source,
            ['exclusiveWith', i],
            'reference',
            unknownSlugMessage(message, target, index.slugs.incentives),
          ),
        );
      }
    });
  }
  return problems;
};
