import { problem, type Problem } from '../problem.ts';
import { unknownSlugMessage } from '../suggestions.ts';
import type { ValidationIndex } from '../validationIndex.ts';
import type { ValidationRule } from './rule.ts';

/** The relation fields of a policy that name other policies, and how each is explained. */
const RELATIONS = [
  { field: 'supersedes', self: '文件不能替代自身', what: '被替代的文件' },
  { field: 'amends', self: '文件不能修正或补充自身', what: '被修正或补充的文件' },
] as const;

/**
 * Why `target`, named by a policy, cannot be the policy it claims to be, or null. A target
 * whose file could not be read stays unjudged: its own error comes first.
 */
export function policyTargetFault(
  index: ValidationIndex,
  self: string,
  target: string,
  what: string,
): string | null {
  if (!index.slugs.policies.has(target))
    return unknownSlugMessage(
      `找不到${what}“${target}”：请填写 policies 中已有文件的 slug（文件名，不含扩展名）`,
      target,
      index.slugs.policies,
    );
  if (index.unreadable.policies.has(target) || target === self) return null;
  if (index.policyBySlug.get(target)?.data.kind === '解读')
    return `“${target}”是政策解读，不能作为${what}`;
  return null;
}

/**
 * `supersedes` and `amends` name other policies (not a 解读, not the policy itself); a 解读's
 * `interprets` names the policy it explains, which is not itself a 解读.
 */
export const policyReferences: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const { source, data } of index.valid.policies) {
    for (const { field, self, what } of RELATIONS) {
      (data[field] ?? []).forEach((target, i) => {
        const fault =
          target === source.slug ? self : policyTargetFault(index, source.slug, target, what);
        if (fault) problems.push(problem(source, [field, i], 'reference', fault));
      });
    }
    const target = data.interprets;
    if (target === undefined) continue;
    let fault: string | null = null;
    if (target === source.slug) fault = '解读不能解读自身';
    else if (!index.slugs.policies.has(target))
      fault = unknownSlugMessage(
        `找不到所解读的文件“${target}”：请填写 policies 中已有文件的 slug`,
        target,
        index.slugs.policies,
      );
    else if (index.policyBySlug.get(target)?.data.kind === '解读')
      fault = `“${target}”本身是解读：解读应指向政策文件`;
    if (fault) problems.push(problem(source, ['interprets'], 'reference', fault));
  }
  return problems;
};
