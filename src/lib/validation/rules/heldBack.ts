import { problem, type Problem } from '../problem.ts';
import { entryKey } from '../validationIndex.ts';
import type { ValidationRule } from './rule.ts';

/**
 * An entry that refers to a draft or not-yet-published entry is held back with it: a warning,
 * so that an editor who publishes one sees what stays behind.
 */
export const heldBack: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const held of index.publication.heldBack) {
    const source = index.firstFile.get(entryKey(held.collection, held.slug));
    if (!source) continue;
    const target = index.firstFile.get(entryKey(held.refersTo.collection, held.refersTo.slug));
    let field: string;
    if (held.collection === 'incentives')
      field = held.refersTo.collection === 'policies' ? 'policy' : 'exclusiveWith';
    else {
      const policy = index.policyBySlug.get(held.slug)?.data;
      field =
        policy?.interprets === held.refersTo.slug
          ? 'interprets'
          : policy?.amends?.includes(held.refersTo.slug)
            ? 'amends'
            : 'supersedes';
    }
    problems.push(
      problem(
        source,
        [field],
        'held-back',
        `引用了尚未发布（草稿或发布日期未到）的“${held.refersTo.slug}”${target ? `（${target.file}）` : ''}，本条目将随之暂不发布`,
        { severity: 'warning' },
      ),
    );
  }
  return problems;
};
