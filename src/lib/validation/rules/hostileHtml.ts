import { findHostileHtml, HOSTILE_HTML_MESSAGES } from '../../security/hostileHtml.ts';
import { bodyProblem, lineInBody, type Problem } from '../problem.ts';
import type { ValidationRule } from './rule.ts';

/** Raw HTML in a body never runs script in a reader's browser: no script, handler or script URL. */
export const hostileHtml: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const source of index.files) {
    for (const match of findHostileHtml(source.body)) {
      problems.push(
        bodyProblem(
          source,
          lineInBody(source, match.index),
          'hostile-html',
          `${HOSTILE_HTML_MESSAGES[match.kind]}：“${match.snippet}”`,
        ),
      );
    }
  }
  return problems;
};
