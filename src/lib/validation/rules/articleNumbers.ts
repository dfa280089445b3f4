import { toChineseNumeral } from '../../shared/chineseNumerals.ts';
import { bodyProblem, type Problem } from '../problem.ts';
import type { ValidationFile } from '../validationIndex.ts';
import type { DocumentScope } from '../../policy/documentStructure.ts';
import type { ValidationRule } from './rule.ts';

/** The warnings of one scope (the main text, or one annex, numbered on its own). */
function scopeProblems(source: ValidationFile, scope: DocumentScope, where: string): Problem[] {
  const problems: Problem[] = [];
  const line = (bodyLine: number) => source.bodyLine + bodyLine - 1;
  for (const repeat of scope.repeated) {
    const first = scope.articles.find((a) => a.number === repeat.number);
    problems.push(
      bodyProblem(
        source,
        line(repeat.line),
        'article-duplicate',
        `${where}${repeat.label}重复出现${first ? `（第一次在第 ${line(first.line)} 行）` : ''}：条文锚点将指向第一处，引用也只能指向第一处`,
        'warning',
      ),
    );
  }
  scope.articles.forEach((article, i) => {
    const previous = scope.articles[i - 1]?.number ?? 0;
    if (article.number === previous + 1 || article.number <= previous) return;
    const missing =
      article.number - previous === 2
        ? `第${toChineseNumeral(previous + 1)}条`
        : `第${toChineseNumeral(previous + 1)}条至第${toChineseNumeral(article.number - 1)}条`;
    problems.push(
      bodyProblem(
        source,
        line(article.line),
        'article-skipped',
        `${where}${previous ? `第${toChineseNumeral(previous)}条之后是` : '第一条是'}${article.label}，缺少${missing}：请检查是否漏贴，或条号是否写错`,
        'warning',
      ),
    );
  });
  return problems;
}

/**
 * Article numbers run 1, 2, 3 … once each, in the main text and in each annex on its own: a
 * repeated 第X条 would give two articles one anchor, a skipped one usually means a paragraph
 * was lost when pasting.
 */
export const articleNumbers: ValidationRule = (index) =>
  index.valid.policies.flatMap(({ source }) => {
    const structure = index.structureOf(source.slug);
    return [
      ...scopeProblems(source, structure, ''),
      ...structure.annexes.flatMap((annex) => scopeProblems(source, annex, `${annex.label}中的`)),
    ];
  });
