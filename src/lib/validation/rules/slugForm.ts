import { COLLECTION_LAYOUTS } from '../../../schemas/registry.ts';
import { SLUG_PATTERN } from '../../../schemas/fields.ts';
import { RESERVED_TALENT_SLUGS } from '../../talent/talentFacets.ts';
import { RESERVED_POLICY_SLUGS } from '../../policy/policyFacets.ts';
import { suggestPinyinSlug } from '../../shared/pinyinSlug.ts';
import { problem, type Problem } from '../problem.ts';
import type { ValidationRule } from './rule.ts';

const HAN = /\p{Script=Han}/u;

/** Why a slug cannot be used, or null when it can. */
function slugFault(collection: string, slug: string): string | null {
  if (collection === 'indicators')
    return /^\d{4}$/.test(slug)
      ? null
      : `年度统计文件应以四位年份命名，例如 2024.yaml，而不是“${slug}.yaml”`;
  const what = collection === 'talents' ? '文件夹名' : '文件名';
  if (!SLUG_PATTERN.test(slug)) {
    const suggestion = HAN.test(slug) ? suggestPinyinSlug(slug) : '';
    const hint = suggestion ? `，建议改为拼音“${suggestion}”` : '';
    return `${what}“${slug}”不能用作网址：只能用小写字母、数字和连字符（如 gaocengci-rencai-banfa），不能有空格、大写或汉字${hint}`;
  }
  if (collection === 'talents' && RESERVED_TALENT_SLUGS.includes(slug))
    return `${what}“${slug}”与人才风采的筛选页网址冲突，不能使用 ${RESERVED_TALENT_SLUGS.join('、')}，请改用人物姓名拼音`;
  if (collection === 'policies' && RESERVED_POLICY_SLUGS.includes(slug))
    return `${what}“${slug}”已被政策列表的筛选网址占用（/policies/${slug}/…），请换一个文件名；不能使用：${RESERVED_POLICY_SLUGS.join('、')}`;
  return null;
}

/**
 * A slug (file or folder name) is an ASCII kebab-case URL segment, is not one of the words
 * the list pages use in their URLs, and an indicators file is named by its year. A Chinese
 * name gets a suggested pinyin slug.
 */
export const slugForm: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const source of index.files) {
    if (source.collection === 'site') continue;
    const fault = slugFault(source.collection, source.slug);
    if (!fault) continue;
    const layout = COLLECTION_LAYOUTS[source.collection];
    const field =
      source.collection === 'indicators'
        ? undefined
        : `(${layout.slugFrom === 'folder' ? '文件夹名' : '文件名'})`;
    const rule = SLUG_PATTERN.test(source.slug) && field ? 'slug-reserved' : 'slug-form';
    problems.push(problem(source, [], rule, fault, field ? { field } : {}));
  }
  return problems;
};
