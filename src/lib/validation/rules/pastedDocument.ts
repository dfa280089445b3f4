import { CHINESE_NUMERAL_CHARS } from '../../shared/chineseNumerals.ts';
import { bodyProblem, problem, type Problem } from '../problem.ts';
import type { ValidationRule } from './rule.ts';

/** 文种 whose documents are made of articles. */
const ARTICLE_KINDS = new Set(['条例', '办法', '规定', '细则']);
/** A second article label inside a paragraph: after a sentence ends, followed by a space. */
const INNER_ARTICLE = new RegExp(`[。；;]\\s*(第[${CHINESE_NUMERAL_CHARS}]+条)[\\s\\u3000]`);

/**
 * A pasted document that lost its shape: a 条例, 办法, 规定 or 细则 in which neither an article
 * nor a part was found (the text was probably pasted without its 第X条 at the start of lines), and a
 * paragraph that holds a second 第X条 (two articles run together, so one cannot be cited).
 */
export const pastedDocument: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const { source, data } of index.valid.policies) {
    const structure = index.structureOf(source.slug);
    // A 规定 made of parts (一、二、) has its shape; one with neither articles nor parts lost it.
    const shapeless = structure.articles.length === 0 && structure.parts.length === 0;
    if (ARTICLE_KINDS.has(data.kind) && shapeless && source.body.trim())
      problems.push(
        problem(
          source,
          ['kind'],
          'kind-without-articles',
          `文种为“${data.kind}”，但正文中没有找到以“第X条”开头的段落：每一条应另起一段，以“第一条”“第二条”开头（不要加编号或空格以外的符号）`,
          { severity: 'warning' },
        ),
      );
    for (const article of structure.articles) {
      for (const clause of article.clauses) {
        const inner = INNER_ARTICLE.exec(clause.text);
        if (!inner) continue;
        problems.push(
          bodyProblem(
            source,
            source.bodyLine + clause.line - 1,
            'article-in-paragraph',
            `${article.label}的段落里还有“${inner[1] ?? ''}”：两条连在了一起，后一条无法单独引用。请在“${inner[1] ?? ''}”前换行并空一行`,
            'warning',
          ),
        );
      }
    }
  }
  return problems;
};
