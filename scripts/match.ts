/**
 * npm run match -- <profile.json>
 * Prints, as JSON, which offered incentives a profile qualifies for, at SITE_AS_OF
 * (default today, Asia/Shanghai), reading the content tree CONTENT_DIR (default content/).
 * The 政策计算器 page calls the same function, so both give the same answers.
 * `-` reads the profile from standard input.
 *
 * Exit codes: 0 printed; 1 the content has errors; 2 bad arguments, settings or profile.
 */
import { readFileSync } from 'node:fs';
import { offeredMatchables } from '../src/lib/incentive/finderData.ts';
import { matchIncentives, toMatchOutput } from '../src/lib/incentive/matchIncentives.ts';
import { PROFILE_KEYS, parseProfile } from '../src/lib/incentive/profile.ts';
import { commandSettings, publishedContent } from './lib/commandSettings.ts';

const USAGE = `用法：npm run match -- <profile.json>
profile.json 是一个 JSON 对象，字段均可省略或为 null：${PROFILE_KEYS.join('、')}
例如：{ "education": "硕士研究生", "fullTime": true, "age": 28, "graduationYear": 2024, "groups": ["高校毕业生", "返乡人才"], "tier": "无", "title": "无", "employer": "企业" }`;

const exit = (message: string, code: number): never => {
  console.error(message);
  process.exit(code);
};

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
if (args.length !== 1)
  exit(
    `match: ${args.length === 0 ? '缺少画像文件' : `只能给出一个画像文件，现有 ${args.length} 个参数`}。\n${USAGE}`,
    2,
  );
const file = args[0]!;

const settings = commandSettings();
const { asOf } = settings;

let text = '';
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, '');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  exit(
    `${file}: ${code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹，应为 JSON 文件' : `无法读取（${code ?? String(error)}）`}`,
    2,
  );
}

let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  exit(
    `${file}: JSON 格式错误：${(error as Error).message}。请检查引号、逗号和括号是否成对（键和文字都要用英文双引号）`,
    2,
  );
}

const { profile, problems: profileProblems } = parseProfile(json);
if (profileProblems.length) {
  exit(profileProblems.map((p) => `${file}: ${p.field}: ${p.message}`).join('\n'), 2);
}

const { model } = publishedContent('match', settings);
const result = matchIncentives(offeredMatchables(model), profile, asOf);
process.stdout.write(`${JSON.stringify(toMatchOutput(result), null, 2)}\n`);
