/**
 * npm run bench:validate
 * Generates a 10,000-entry content tree (6,000 policies, 2,000 incentives, 2,000 talents
 * sharing 200 photos) and times `npm run validate` on it, end to end (process start to
 * exit), three runs. Goal: under 3 s on the project's reference machine (2 cores).
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { BENCH_SIZE, generateContentTree } from './generateContentTree.ts';

const outDir = resolve(process.env.BENCH_DIR ?? 'bench-output/tree-10k');
const runs = Number(process.env.BENCH_RUNS ?? 3);

const started = performance.now();
generateContentTree(outDir, BENCH_SIZE);
console.log(
  `生成 ${BENCH_SIZE.policies + BENCH_SIZE.incentives + BENCH_SIZE.talents} 个条目：${((performance.now() - started) / 1000).toFixed(1)} s（${outDir}）`,
);

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, [join('scripts', 'validate.ts')], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: outDir, SITE_AS_OF: '2026-11-21' },
  });
  times.push(performance.now() - t0);
  if (result.status !== 0) {
    console.error(result.stderr.split('\n').slice(-5).join('\n'));
    console.error('bench: 生成的内容树未通过校验');
    process.exit(1);
  }
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(
  `validate（10,000 条，端到端）：中位数 ${(median / 1000).toFixed(2)} s；各次 ${times.map((t) => (t / 1000).toFixed(2)).join(' / ')} s；目标 < 3 s：${median < 3000 ? '达到' : '未达到'}`,
);
