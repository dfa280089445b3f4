import {
  personalDataFinder,
  maskPersonalNumber,
  type PersonalDataMatch,
} from '../../security/personalData.ts';
import { bodyProblem, lineInBody, problem, type Problem } from '../problem.ts';
import type { ValidationFile } from '../validationIndex.ts';
import type { ValidationRule } from './rule.ts';

/**
 * Calls `visit` for every string (and, unless `figures` says they are figures, every number)
 * in a parsed YAML value, with its path.
 */
function eachScalar(
  value: unknown,
  path: (string | number)[],
  numbersAreFigures: boolean,
  visit: (text: string, path: (string | number)[]) => void,
): void {
  if (typeof value === 'string') visit(value, path);
  else if (typeof value === 'number' || typeof value === 'bigint') {
    if (!numbersAreFigures) visit(String(value), path);
  } else if (Array.isArray(value))
    value.forEach((item, i) => eachScalar(item, [...path, i], numbersAreFigures, visit));
  else if (value instanceof Date) return;
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      eachScalar(v, [...path, k], numbersAreFigures, visit);
}

const ruleOf = (match: PersonalDataMatch) =>
  match.kind === 'residentId' ? 'privacy-resident-id' : 'privacy-mobile';

function describe(match: PersonalDataMatch): string {
  return match.kind === 'residentId'
    ? `疑似居民身份证号码 ${maskPersonalNumber(match.value)}：身份证号码不得公开，请删除`
    : `疑似个人手机号码 ${maskPersonalNumber(match.value)}：个人手机号码不得公开；如为官方服务号码，请加入 site.yaml 的 officialPhones`;
}

function fileProblems(
  source: ValidationFile,
  validData: unknown,
  find: (text: string) => PersonalDataMatch[],
): Problem[] {
  const problems: Problem[] = [];
  // In a valid entry every number sits in a number field (amount, total, funding, year): a
  // figure, never somebody's number. A phone written without quotes is a text field, and the
  // schema has already made it text. An invalid entry is read as written, numbers included.
  const numbersAreFigures = validData !== undefined;
  eachScalar(validData ?? source.data, [], numbersAreFigures, (text, path) => {
    for (const match of find(text))
      problems.push(problem(source, path, ruleOf(match), describe(match)));
  });
  for (const match of find(source.body))
    problems.push(
      bodyProblem(source, lineInBody(source, match.index), ruleOf(match), describe(match)),
    );
  return problems;
}

/**
 * No resident ID number and no personal mobile number, in any field or body of any file
 * (site.yaml included), unless the number is one of site.yaml's officialPhones.
 */
export const privacy: ValidationRule = (index) => {
  const find = personalDataFinder(index.officialPhones);
  const validData = new Map<ValidationFile, unknown>(
    Object.values(index.valid).flatMap((entries: { source: ValidationFile; data: unknown }[]) =>
      entries.map((entry) => [entry.source, entry.data] as const),
    ),
  );
  if (index.siteFile && index.site) validData.set(index.siteFile, index.site);
  const sources = [...(index.siteFile ? [index.siteFile] : []), ...index.files];
  return sources.flatMap((source) => fileProblems(source, validData.get(source), find));
};
