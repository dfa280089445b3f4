import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { FinderData } from '../../src/lib/incentive/finderData.ts';
import { matchIncentives, toMatchOutput } from '../../src/lib/incentive/matchIncentives.ts';
import type { Profile } from '../../src/lib/incentive/profile.ts';
import {
  FINDER_PAGE_BUDGET_GZIP,
  FINDER_SCRIPT_BUDGET_GZIP,
  measureFile,
  measurePageScripts,
} from '../../scripts/lib/pageScripts.ts';
import { TEST_AS_OF, readSiteFile, testSiteDir } from '../support/testSites.ts';

const html = readSiteFile('sample', 'finder/index.html');
const data = JSON.parse(readSiteFile('sample', 'finder/data.json')) as FinderData;
const offered = (
  JSON.parse(readSiteFile('sample', 'data/incentives.json')) as { slug: string; offered: boolean }[]
).filter((r) => r.offered);

/** Runs npm run match's script on a profile against the sample content at the test date. */
function runMatch(profile: Profile) {
  const dir = mkdtempSync(join(tmpdir(), 'rencai-match-'));
  const file = join(dir, 'profile.json');
  writeFileSync(file, JSON.stringify(profile));
  const result = spawnSync(process.execPath, ['scripts/match.ts', file], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: 'content', SITE_AS_OF: TEST_AS_OF },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as unknown;
}

describe('/finder/ data', () => {
  test('holds the offered incentives only, as of the build date', () => {
    expect(data.asOf).toBe(TEST_AS_OF);
    expect(data.incentives.map((i) => i.slug)).toEqual(offered.map((r) => r.slug));
  });

  test('is a file of its own that the page names, not a block inside the page', () => {
    expect(html).not.toContain('application/json');
    expect(html).toContain('data-src="/finder/data.json"');
  });

  test('carries the amountNote of a cash incentive without a figure', () => {
    expect(
      data.incentives.find((i) => i.slug === 'gaoxiao-biyesheng-linghuo-jiuye-shebao-butie'),
    ).toMatchObject({
      amountNote:
        '按本人实际缴纳的基本养老保险费和基本医疗保险费的三分之二给予补贴，最长2年，按季度拨付',
      amountText:
        '按本人实际缴纳的基本养老保险费和基本医疗保险费的三分之二给予补贴，最长2年，按季度拨付',
    });
  });

  test.each<[string, Profile]>([
    [
      'a returnee 硕士',
      {
        education: '硕士研究生',
        fullTime: true,
        age: 28,
        graduationYear: 2024,
        groups: ['高校毕业生', '返乡人才'],
        tier: '无',
        title: '无',
        employer: '企业',
      },
    ],
    ['a profile with missing answers', { education: '本科', age: 30 }],
    [
      'a tier-A 博士',
      {
        education: '博士研究生',
        fullTime: true,
        age: 40,
        graduationYear: 2012,
        groups: ['高层次人才'],
        tier: 'A',
        title: '正高级',
        employer: '企业',
      },
    ],
  ])('gives npm run match the same answers for %s', (_, profile) => {
    expect(toMatchOutput(matchIncentives(data.incentives, profile, data.asOf))).toEqual(
      runMatch(profile),
    );
  });
});

describe('/finder/ page', () => {
  test('has no inline script: only bundled modules', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.every((attrs) => /\bsrc="/.test(attrs))).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  test('sends no Referer, so the answers in its address stay in the browser', () => {
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
  });

  test('says that nothing leaves the browser', () => {
    expect(html).toContain('您的回答不会离开您的浏览器');
  });

  test('lists every offered incentive with its criteria for readers without JavaScript', () => {
    const all = html.slice(html.indexOf('id="finder-all"'));
    const slugs = [...all.matchAll(/<article class="incentive-card"[^>]*data-slug="([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(slugs.sort()).toEqual(offered.map((r) => r.slug));
    expect(all).toContain(
      '全日制硕士研究生学历，35周岁以下，毕业5年以内，同时属于高校毕业生和返乡人才',
    );
    expect(html).toMatch(/<noscript>[\s\S]*没有启用 JavaScript/);
  });

  test('asks with a GET form whose field names are the profile keys', () => {
    const form = /<form id="finder-form"[^>]*>/.exec(html)![0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/finder/"');
    for (const key of [
      'education',
      'fullTime',
      'age',
      'graduationYear',
      'groups',
      'tier',
      'title',
      'employer',
    ]) {
      expect(html).toContain(`name="${key}"`);
      expect(html).toContain(`id="finder-q-${key}"`);
    }
  });

  test(`stays within ${FINDER_PAGE_BUDGET_GZIP / 1000} KB gzip, its data fetched apart`, () => {
    expect(measureFile(join(testSiteDir('sample'), 'finder', 'index.html')).gzip).toBeLessThan(
      FINDER_PAGE_BUDGET_GZIP,
    );
  });

  test(`keeps its script within ${FINDER_SCRIPT_BUDGET_GZIP / 1000} KB gzip`, () => {
    const scripts = measurePageScripts(testSiteDir('sample'), '/finder/');
    expect(scripts.files.length).toBeGreaterThan(0);
    expect(scripts.gzip).toBeLessThanOrEqual(FINDER_SCRIPT_BUDGET_GZIP);
  });

  test('bundles neither Zod nor the content model into the browser', () => {
    const { files } = measurePageScripts(testSiteDir('sample'), '/finder/');
    const source = files.map((f) => readFileSync(f.file, 'utf8')).join('\n');
    expect(source).not.toMatch(/ZodError|zod|buildContentModel|resolvePublication/);
    // One request: the GET of its data file (the same for every reader); nothing else is sent.
    expect([...source.matchAll(/\bfetch\(/g)]).toHaveLength(1);
    expect(source).not.toMatch(/sendBeacon|XMLHttpRequest|method:\s*["']POST/);
  });

  test('works under a sub-path', () => {
    const based = readSiteFile('sampleBase', 'finder/index.html');
    expect(based).toContain('action="/rencai/finder/"');
    expect(
      measurePageScripts(testSiteDir('sampleBase'), '/finder/', '/rencai/').files.length,
    ).toBeGreaterThan(0);
    expect(based).toContain('data-src="/rencai/finder/data.json"');
    const basedData = JSON.parse(readSiteFile('sampleBase', 'finder/data.json')) as FinderData;
    expect(basedData.incentives[0]!.href).toBe(
      `/rencai/incentives/${basedData.incentives[0]!.slug}/`,
    );
    expect(basedData.incentives[0]!.source.href.startsWith('/rencai/policies/')).toBe(true);
  });
});
