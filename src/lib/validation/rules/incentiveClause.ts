import { problem, type Problem } from '../problem.ts';
import { entryKey, type ValidationIndex } from '../validationIndex.ts';
import type { ValidationRule } from './rule.ts';

/** The article labels (第X条) of a policy's body, as written. */
export function articleLabels(index: ValidationIndex, slug: string): Set<string> {
  return new Set(index.structureOf(slug).articles.map((a) => a.label));
}

/** How the articles of a policy read in a message: all of them, or the first and last few. */
function listArticles(labels: readonly string[]): string {
  if (!labels.length) return '该文件正文中没有“第X条”形式的条款';
  const shown =
    labels.length > 6
      ? `${labels.slice(0, 3).join('、')} …… ${labels.slice(-2).join('、')}`
      : labels.join('、');
  return `该文件的条款为：${shown}`;
}

/**
 * The `clause` an incentive cites exists in its policy's body. The body is read from the
 * policy file whether its frontmatter is valid or not, so a fault in a policy's fields does
 * not hide a wrong clause; a policy file that cannot be read at all is not judged.
 */
export const incentiveClause: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const { source, data } of index.valid.incentives) {
    if (data.clause === undefined || !index.slugs.policies.has(data.policy)) continue;
    if (index.unreadable.policies.has(data.policy)) continue;
    if (index.policyBySlug.get(data.policy)?.data.kind === '解读') continue;
    const labels = articleLabels(index, data.policy);
    if (labels.has(data.clause)) continue;
    const policyFile = index.firstFile.get(entryKey('policies', data.policy))?.file ?? data.policy;
    problems.push(
      problem(
        source,
        ['clause'],
        'clause',
        `依据文件“${data.policy}”（${policyFile}）中没有${data.clause}：${listArticles([...labels])}`,
      ),
    );
  }
  return problems;
};
