import { bodyProblem, type Problem } from '../problem.ts';
import type { MdxReference } from '../../content/contentComponents.ts';
import type { ValidationFile, ValidationIndex } from '../validationIndex.ts';
import { resolveClause } from '../../policy/clauses.ts';
import type { ValidationRule } from './rule.ts';

/** Why a content component's reference cannot be rendered, or null. */
function referenceFault(
  index: ValidationIndex,
  source: ValidationFile,
  ref: MdxReference,
): { rule: string; message: string } | null {
  if (!index.slugs[ref.collection].has(ref.slug))
    return {
      rule: 'reference',
      message: `<${ref.component}> 指向的“${ref.slug}”不存在：请填写 ${ref.collection} 中已有条目的 slug`,
    };
  const published = index.publication.published;
  if (
    source.collection !== 'site' &&
    source.collection !== 'indicators' &&
    published[source.collection].has(source.slug) &&
    !published[ref.collection].has(ref.slug)
  )
    // A published page must not link to, or reveal, an entry that is not published yet.
    return {
      rule: 'reference',
      message: `<${ref.component}> 指向的“${ref.slug}”尚未发布（草稿或发布日期未到），本条目却已发布：请等其发布后再引用`,
    };
  if (ref.clause !== undefined) {
    const target = resolveClause(index.structureOf(ref.slug), ref.clause);
    if (!target.ok)
      return {
        rule: 'clause',
        message: `<${ref.component}> 引用的“${ref.slug}”中${target.message}`,
      };
  }
  return null;
}

/**
 * MDX is code: an .mdx body may use only the site's content components, with plain attributes
 * naming existing, published entries and existing articles.
 */
export const mdxContent: ValidationRule = (index) => {
  const check = index.context.checkMdx;
  if (!check) return [];
  const problems: Problem[] = [];
  for (const source of index.files) {
    if (!source.file.endsWith('.mdx') || source.data === null) continue;
    const { findings, references } = check(source);
    for (const finding of findings)
      problems.push(bodyProblem(source, finding.line, finding.rule, finding.message));
    for (const ref of references) {
      const fault = referenceFault(index, source, ref);
      if (fault) problems.push(bodyProblem(source, ref.line, fault.rule, fault.message));
    }
  }
  return problems;
};
