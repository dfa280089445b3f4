import { problem, type Problem } from '../problem.ts';
import { resolveClause } from '../../policy/clauses.ts';
import { entryKey } from '../validationIndex.ts';
import type { ValidationRule } from './rule.ts';

/**
 * The \`clause\` an incentive cites exists in its policy's body: an article, a 款 or 项 of it,
 * or in a document without articles a part, an item of a part, or an item label that occurs
 * once. The body is read from the policy file whether its frontmatter is valid or not, so a
 * fault in a policy's fields does not hide a wrong clause; a policy file that cannot be read
 * at all is not judged. The message lists what the document has, 款 counts included.
 */
export const incentiveClause: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const { source, data } of index.valid.incentives) {
    if (data.clause === undefined || !index.slugs.policies.has(data.policy)) continue;
    if (index.unreadable.policies.has(data.policy)) continue;
    if (index.policyBySlug.get(data.policy)?.data.kind === '解读') continue;
    const target = resolveClause(index.structureOf(data.policy), data.clause);
    if (target.ok) continue;
    const policyFile = index.firstFile.get(entryKey('policies', data.policy))?.file ?? data.policy;
    problems.push(
      problem(
        source,
        ['clause'],
        'clause',
        `依据文件“${data.policy}”（${policyFile}）中${target.message}`,
      ),
    );
  }
  return problems;
};
