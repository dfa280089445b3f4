import { problem, type Problem } from '../problem.ts';
import { unknownSlugMessage } from '../suggestions.ts';
import type { ValidationRule } from './rule.ts';

/** An incentive's `policy` names an existing policy document that is not a 解读. */
export const incentivePolicy: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const { source, data } of index.valid.incentives) {
    if (!index.slugs.policies.has(data.policy)) {
      const message = `找不到依据文件“${data.policy}”：请填写 policies 中已有文件的 slug`;
      problems.push(
        problem(
          source,
          ['policy'],
          'reference',
          unknownSlugMessage(message, data.policy, index.slugs.policies),
        ),
      );
    } else if (index.policyBySlug.get(data.policy)?.data.kind === '解读') {
      problems.push(
        problem(
          source,
          ['policy'],
          'reference',
          `“${data.policy}”是政策解读：激励事项应引用设立它的政策文件`,
        ),
      );
    }
  }
  return problems;
};
