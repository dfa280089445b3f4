import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { copyTree } from '../support/contentTrees.ts';
import { TEST_AS_OF } from '../support/testSites.ts';

/**
 * The publishing workflow that Forgejo and Gitea Actions run on every push, read from its YAML
 * and run here step by step (except `npm ci`, whose lock file is checked instead): for main, a
 * build published as the live site, the one before kept; for another branch, a preview under
 * /preview/<branch>/; for content with an error, nothing published.
 */

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
}
interface Workflow {
  on: {
    push?: { branches?: string[] };
    schedule?: { cron: string }[];
    workflow_dispatch?: unknown;
  };
  jobs: Record<string, { 'runs-on': string; env?: Record<string, string>; steps: Step[] }>;
}

const FORGEJO = '.forgejo/workflows/publish.yml';
const GITEA = '.gitea/workflows/publish.yml';
const workflow = parse(readFileSync(FORGEJO, 'utf8')) as Workflow;
const job = workflow.jobs.publish!;
const scripts = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
).scripts;

/** Whether a step runs for a branch; the workflow uses only these two conditions. */
function runsFor(step: Step, branch: string): boolean {
  if (step.if === undefined) return true;
  const condition = /^github\.ref_name (==|!=) '([^']+)'$/.exec(step.if.trim());
  if (!condition) throw new Error(`publish.yml: 测试不认识的条件 ${step.if}`);
  return condition[1] === '==' ? branch === condition[2] : branch !== condition[2];
}

const scratch = mkdtempSync(join(tmpdir(), 'rencai-workflow-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs the workflow's `run:` steps for a push to `branch` the way the runner does (bash, stop
 * at the first failing step), with PUBLISH_TARGET and the test's content tree and output folder.
 */
function runWorkflow(
  branch: string,
  env: Record<string, string>,
): { ran: string[]; failed?: string; output: string } {
  const ran: string[] = [];
  let output = '';
  for (const step of job.steps) {
    if (!step.run || !runsFor(step, branch)) continue;
    if (step.run.trim() === 'npm ci') continue; // checked below: never run in tests
    const result = spawnSync('bash', ['-e', '-c', step.run], {
      encoding: 'utf8',
      env: {
        ...process.env,
        ...env,
        BRANCH: branch,
        GITHUB_REF_NAME: branch,
        SITE_AS_OF: TEST_AS_OF,
      },
    });
    ran.push(step.name ?? step.run);
    output += result.stdout + result.stderr;
    if (result.status !== 0) return { ran, failed: step.name ?? step.run, output };
  }
  return { ran, output };
}

describe('the publishing workflow (.forgejo/workflows and .gitea/workflows)', () => {
  test('is the same file for Forgejo and Gitea', () => {
    expect(readFileSync(GITEA, 'utf8')).toBe(readFileSync(FORGEJO, 'utf8'));
  });

  test('runs on every push, daily (so embargoed entries go live on their date) and by hand', () => {
    expect(workflow.on.push?.branches).toEqual(['**']);
    expect(workflow.on.schedule).toEqual([{ cron: '5 16 * * *' }]); // 00:05 in Asia/Shanghai
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(job['runs-on']).toBe('rencai-publish');
    expect(job.env).toEqual({
      PUBLISH_TARGET: '${{ vars.PUBLISH_TARGET }}',
      BRANCH: '${{ github.ref_name }}',
    });
  });

  test('installs with npm ci, validates, then builds and publishes; uses no action but checkout', () => {
    expect(job.steps.filter((s) => s.uses).map((s) => s.uses)).toEqual(['actions/checkout@v4']);
    const runs = job.steps.filter((s) => s.run).map((s) => s.run!.trim());
    expect(runs.slice(0, 2)).toEqual(['npm ci', 'npm run validate']);
    expect(existsSync('package-lock.json')).toBe(true);
    for (const run of runs) {
      for (const [, script] of run.matchAll(/npm run (?:--silent )?([\w:-]+)/g))
        expect(scripts, run).toHaveProperty(script!);
      expect(run, 'every command is an npm script').toMatch(
        /^(npm ci|npm run |BASE_PATH="\$\(npm run )/,
      );
    }
  });

  test(
    'for main: validates, builds and publishes the live site, keeping the one before',
    { timeout: 300_000 },
    () => {
      const target = join(scratch, 'www', 'site');
      const env = {
        CONTENT_DIR: resolve('test/fixtures/valid'),
        OUT_DIR: join(scratch, 'dist-main'),
        PUBLISH_TARGET: target,
      };
      const first = runWorkflow('main', env);
      expect(first.failed, first.output.slice(-3000)).toBeUndefined();
      expect(first.ran).toEqual(['校验内容', '构建正式网站', '发布正式网站']);
      expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe(
        readFileSync(join(env.OUT_DIR, 'index.html'), 'utf8'),
      );
      expect(existsSync(join(target, 'policies', 'yinjin-banfa', 'index.html'))).toBe(true);
      const second = runWorkflow('main', env);
      expect(second.failed, second.output.slice(-3000)).toBeUndefined();
      expect(existsSync(join(`${target}.previous`, 'index.html'))).toBe(true);
    },
  );

  test(
    'for another branch: builds with BASE_PATH /preview/<branch>/ and publishes the preview beside the live site',
    { timeout: 300_000 },
    () => {
      const target = join(scratch, 'www', 'site');
      const env = {
        CONTENT_DIR: resolve('test/fixtures/valid'),
        OUT_DIR: join(scratch, 'dist-preview'),
        PUBLISH_TARGET: target,
      };
      const result = runWorkflow('editor/2026-xin-zhengce', env);
      expect(result.failed, result.output.slice(-3000)).toBeUndefined();
      expect(result.ran).toEqual(['校验内容', '构建预览', '发布预览']);
      const preview = join(target, 'preview', 'editor-2026-xin-zhengce');
      const home = readFileSync(join(preview, 'index.html'), 'utf8');
      expect(home).toContain('href="/preview/editor-2026-xin-zhengce/policies/"');
      expect(home).not.toMatch(/href="\/policies\//);
      // The live site is still the main build.
      expect(readFileSync(join(target, 'index.html'), 'utf8')).not.toContain('/preview/');
    },
  );

  test(
    'with an error in the content: stops at validation and publishes nothing',
    { timeout: 120_000 },
    () => {
      const tree = copyTree();
      try {
        tree.edit('incentives/boshi-anjia.md', 'clause: 第二条', 'clause: 第九条');
        const target = join(scratch, 'www-broken', 'site');
        const result = runWorkflow('main', {
          CONTENT_DIR: tree.dir,
          OUT_DIR: join(scratch, 'dist-broken'),
          PUBLISH_TARGET: target,
        });
        expect(result.failed).toBe('校验内容');
        expect(result.output).toContain('clause');
        expect(existsSync(target)).toBe(false);
        // Had the build run anyway, publishing would refuse: there is no dist/.
        const publish = spawnSync('bash', ['-e', '-c', 'npm run publish -- "$PUBLISH_TARGET"'], {
          encoding: 'utf8',
          env: {
            ...process.env,
            CONTENT_DIR: tree.dir,
            OUT_DIR: join(scratch, 'dist-broken'),
            PUBLISH_TARGET: target,
          },
        });
        expect(publish.status).toBe(1);
        expect(publish.stderr).toContain('找不到构建结果');
        expect(existsSync(target)).toBe(false);
      } finally {
        tree.cleanup();
      }
    },
  );
});
