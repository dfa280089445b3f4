/**
 * npm run validate [-- --json]
 * Checks the content tree (CONTENT_DIR, default content/) at SITE_AS_OF (default today,
 * Asia/Shanghai) and prints every problem as `<file>:<line>: <field>: <message>`.
 * Exit code 1 when there is any error; warnings alone exit 0.
 */
import { commandSettings } from './lib/commandSettings.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { validateTree } from './lib/validateTree.ts';
import { describeHeldBack, heldBackCounts } from '../src/lib/content/heldBackCounts.ts';

const json = process.argv.includes('--json');
const unknown = process.argv.slice(2).filter((a) => a !== '--json');
if (unknown.length) {
  console.error(`validate: 不认识的参数 ${unknown.join(' ')}。用法：npm run validate [-- --json]`);
  process.exit(2);
}

const { asOf, contentDir } = commandSettings();
const started = performance.now();
const { problems, input } = validateTree(contentDir, asOf);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

if (json) {
  process.stdout.write(`${JSON.stringify(problems, null, 2)}\n`);
} else {
  for (const p of problems)
    (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
  const entries =
    input.policies.length +
    input.incentives.length +
    input.talents.length +
    input.indicators.length;
  const heldBack = describeHeldBack(heldBackCounts(input, asOf));
  const summary = `validate: ${contentDir}（截至 ${asOf}）${entries} 个有效条目${heldBack ? `（${heldBack}）` : ''}，${errors} 个错误，${warnings} 个警告（${Math.round(performance.now() - started)} ms）`;
  (errors ? console.error : console.log)(summary);
}
process.exit(errors ? 1 : 0);
