import { COLLECTION_LAYOUTS } from '../../../schemas/registry.ts';
import { problem, type Problem } from '../problem.ts';
import { entryKey } from '../validationIndex.ts';
import type { ValidationRule } from './rule.ts';

/**
 * A slug is unique within its collection. Sub-folders are for the editors' tidiness and do
 * not appear in URLs, so `2023/banfa.md` and `2024/banfa.md` would claim the same page.
 */
export const slugUnique: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const source of index.files) {
    if (source.collection === 'site') continue;
    const first = index.firstFile.get(entryKey(source.collection, source.slug));
    if (!first || first === source) continue;
    const layout = COLLECTION_LAYOUTS[source.collection];
    const what = layout.slugFrom === 'folder' ? '文件夹名' : '文件名';
    problems.push(
      problem(
        source,
        [],
        'slug-unique',
        `${layout.label}中已有同名条目“${source.slug}”（${first.file}）：子文件夹不进入网址，${what}必须唯一`,
        { field: `(${what})` },
      ),
    );
  }
  return problems;
};
