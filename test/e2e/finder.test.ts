import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, runAxe } from '../support/browser.ts';
import { TEST_AS_OF } from '../support/testSites.ts';
import { profileFromQuery, type Profile } from '../../src/lib/incentive/profile.ts';
import type { MatchOutput } from '../../src/lib/incentive/matchIncentives.ts';

const sampleUrl = inject('sampleUrl');
const sampleBaseUrl = inject('sampleBaseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const tmp = mkdtempSync(join(tmpdir(), 'rencai-finder-e2e-'));
/** What `npm run match` prints for a profile, on the sample content at the test date. */
function npmRunMatch(profile: Profile): MatchOutput {
  const file = join(tmp, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(profile));
  const result = spawnSync(process.execPath, ['scripts/match.ts', file], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: 'content', SITE_AS_OF: TEST_AS_OF },
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as MatchOutput;
}

/** Answers the form with clicks and typing, as a reader would, leaving out unanswered questions. */
async function fillForm(page: Page, profile: Profile): Promise<void> {
  if (profile.education) await page.selectOption('#finder-q-education', profile.education);
  if (profile.fullTime !== undefined && profile.fullTime !== null)
    await page.check(`input[name="fullTime"][value="${profile.fullTime}"]`);
  if (profile.age) await page.fill('#finder-q-age', String(profile.age));
  if (profile.graduationYear)
    await page.fill('#finder-q-graduationYear', String(profile.graduationYear));
  if (profile.groups) {
    if (profile.groups.length === 0) await page.check('input[name="groups"][value="无"]');
    for (const group of profile.groups) await page.check(`input[name="groups"][value="${group}"]`);
  }
  if (profile.tier) await page.selectOption('#finder-q-tier', profile.tier);
  if (profile.title) await page.selectOption('#finder-q-title', profile.title);
  if (profile.employer) await page.selectOption('#finder-q-employer', profile.employer);
}

/** What the results show: the slugs of each list and the total, read from the page. */
async function shownResult(page: Page) {
  await page.waitForSelector('#finder-results:not([hidden])');
  return page.evaluate(() => {
    const slugs = (id: string) =>
      [...document.querySelectorAll(`#${id} > li`)].map((li) => li.getAttribute('data-slug'));
    const total = document.getElementById('finder-total')!;
    return {
      eligible: slugs('finder-eligible'),
      unknown: slugs('finder-unknown'),
      ineligible: slugs('finder-ineligible'),
      total: {
        min: Number(total.dataset.min),
        max: Number(total.dataset.max),
        unpriced: Number(total.dataset.unpriced),
      },
      totalText: document.getElementById('finder-total-value')!.textContent,
      missing: [...document.querySelectorAll('#finder-unknown > li')].map((li) =>
        [...li.querySelectorAll('a[data-field]')].map((a) => a.getAttribute('data-field')),
      ),
      reasons: [...document.querySelectorAll('#finder-ineligible > li')].map(
        (li) => li.textContent,
      ),
    };
  });
}

const expected = (output: MatchOutput) => ({
  eligible: output.eligible.map((e) => e.slug),
  unknown: output.unknown.map((e) => e.slug),
  ineligible: output.ineligible.map((e) => e.slug),
  total: output.total,
  missing: output.unknown.map((u) => u.missing),
});

const PROFILES: [string, Profile][] = [
  [
    'a 28-year-old full-time 硕士 returnee graduate of 2024 at a company',
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
  ['a profile with missing answers', { education: '本科', age: 30, groups: ['返乡人才'] }],
  [
    'a tier-A full-time 博士 with a senior title at a public institution',
    {
      education: '博士研究生',
      fullTime: true,
      age: 42,
      graduationYear: 2010,
      groups: ['高层次人才'],
      tier: 'A',
      title: '正高级',
      employer: '机关事业单位',
    },
  ],
  [
    'a part-time 大专 graduate in none of the groups',
    {
      education: '大专',
      fullTime: false,
      age: 24,
      graduationYear: 2025,
      groups: [],
      tier: '无',
      title: '初级',
      employer: '社会组织',
    },
  ],
];

describe('政策计算器', () => {
  test.each(PROFILES)('shows what npm run match prints for %s', async (_, profile) => {
    const page = await browser.newPage();
    await page.goto(`${sampleUrl}finder/`);
    await fillForm(page, profile);
    await page.click('#finder-form button[type="submit"]');
    const cli = npmRunMatch(profile);
    const shown = await shownResult(page);
    expect(shown).toMatchObject(expected(cli));
    for (const [i, item] of cli.ineligible.entries())
      expect(shown.reasons[i]).toContain(item.reason);

    // The answers are in the address, in the spec's form, and a bookmark shows the same result.
    const url = new URL(page.url());
    expect(profileFromQuery(url.search).profile).toEqual(profile);
    const again = await browser.newPage();
    await again.goto(url.href);
    expect(await shownResult(again)).toEqual(shown);
    await again.close();
    await page.close();
  });

  test('reads the specification example address', async () => {
    const page = await browser.newPage();
    await page.goto(`${sampleUrl}finder/?education=硕士研究生&age=28&groups=高校毕业生,返乡人才`);
    expect(await shownResult(page)).toMatchObject(
      expected(
        npmRunMatch({ education: '硕士研究生', age: 28, groups: ['高校毕业生', '返乡人才'] }),
      ),
    );
    expect(await page.inputValue('#finder-q-education')).toBe('硕士研究生');
    expect(await page.isChecked('input[name="groups"][value="返乡人才"]')).toBe(true);
    await page.close();
  });

  test('says which answers in a hand-edited address it cannot read, and treats them as unanswered', async () => {
    const page = await browser.newPage();
    await page.goto(`${sampleUrl}finder/?education=本科&age=abc`);
    expect(await shownResult(page)).toMatchObject(expected(npmRunMatch({ education: '本科' })));
    expect(await page.textContent('#finder-ignored')).toBe(
      '无法识别的回答：年龄，已按未回答处理。',
    );
    expect(await page.isVisible('#finder-ignored')).toBe(true);
    await page.close();
  });

  test('works by keyboard alone, and moves to the results', async () => {
    const page = await browser.newPage();
    await page.goto(`${sampleUrl}finder/`);
    const active = () =>
      page.evaluate(
        () =>
          document.activeElement?.id ||
          `${(document.activeElement as HTMLInputElement | null)?.name}=${(document.activeElement as HTMLInputElement | null)?.value}`,
      );
    for (let i = 0; i < 40 && (await active()) !== 'finder-q-education'; i++)
      await page.keyboard.press('Tab');
    expect(await active()).toBe('finder-q-education');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // 博士研究生, 硕士研究生
    await page.keyboard.press('Tab'); // the checked radio: 未回答
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // 否, then 是
    await page.keyboard.press('Tab');
    await page.keyboard.type('28');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2024');
    await page.keyboard.press('Tab'); // 高层次人才
    await page.keyboard.press('Tab'); // 急需紧缺人才
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // 高校毕业生
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // 返乡人才
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab'); // 海外 青年 创业 技能 以上都不属于 → 人才层次
    expect(await active()).toBe('finder-q-tier');
    await page.keyboard.press('ArrowDown'); // 无
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // 无职称
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // 企业
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('查看结果');
    await page.keyboard.press('Enter');

    const profile = PROFILES[0]![1];
    expect(await shownResult(page)).toMatchObject(expected(npmRunMatch(profile)));
    expect(await active()).toBe('finder-results-title');
    expect(await page.textContent('#finder-status')).toContain('符合条件 7 项');

    // The next Tab reaches the first result, with a visible focus indicator.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        text: el.textContent,
        inEligible: Boolean(el.closest('#finder-eligible')),
        outline: style.outlineStyle,
        width: style.outlineWidth,
      };
    });
    expect(focused.inEligible).toBe(true);
    expect(focused.outline).not.toBe('none');
    expect(focused.width).not.toBe('0px');
    await page.close();
  });

  test('shows a cash incentive without a figure with its rule, and says the total leaves it out', async () => {
    const page = await browser.newPage();
    await page.goto(
      `${sampleUrl}finder/?education=硕士研究生&fullTime=true&age=28&graduationYear=2024&groups=高校毕业生,返乡人才&employer=企业`,
    );
    await shownResult(page);
    const item = page.locator(
      '#finder-eligible > li[data-slug="gaoxiao-biyesheng-linghuo-jiuye-shebao-butie"]',
    );
    expect(await item.locator('.result__amount').textContent()).toBe(
      '按本人实际缴纳的基本养老保险费和基本医疗保险费的三分之二给予补贴，最长2年，按季度拨付',
    );
    expect(await item.locator('.result__unpriced').textContent()).toBe(
      '现金补贴，金额按上述规定核定，未计入合计。',
    );
    expect(await page.isVisible('#finder-unpriced')).toBe(true);
    expect(await page.textContent('#finder-unpriced')).toBe(
      '另有 1 项金额按规定核定，未计入合计。',
    );
    expect(await page.textContent('#finder-status')).toContain('另有 1 项金额按规定核定');
    await page.close();
  });

  test('says in Chinese what to do when its data cannot be loaded', async () => {
    const page = await browser.newPage();
    await page.route('**/finder/data.json', (route) => route.abort());
    await page.goto(`${sampleUrl}finder/?education=本科`);
    await page.waitForSelector('.finder-status--error');
    expect(await page.textContent('#finder-status')).toContain(
      '政策数据没有加载成功，计算器暂时无法给出结果',
    );
    expect(await page.getAttribute('#finder-status a', 'href')).toBe('/incentives/');
    expect(await page.isHidden('#finder-results')).toBe(true);
    await page.close();
  });

  test('takes the reader from "还需回答" to the question', async () => {
    const page = await browser.newPage();
    await page.goto(`${sampleUrl}finder/?education=本科`);
    await shownResult(page);
    await page.click('#finder-unknown a[data-field="age"] >> nth=0');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finder-q-age');
    await page.close();
  });

  test('goes back to the previous answers with the browser’s back button', async () => {
    const page = await browser.newPage();
    await page.goto(`${sampleUrl}finder/?fullTime=true&tier=A&employer=企业`);
    const first = await shownResult(page);
    await page.selectOption('#finder-q-tier', '无');
    await page.click('#finder-form button[type="submit"]');
    await page.waitForURL(/tier=%E6%97%A0/);
    expect((await shownResult(page)).eligible).not.toEqual(first.eligible);
    await page.goBack();
    expect(await shownResult(page)).toEqual(first);
    expect(await page.inputValue('#finder-q-tier')).toBe('A');
    await page.close();
  });

  test('sends nothing the reader types: no request while answering, no Referer when leaving', async () => {
    const page = await browser.newPage();
    await page.goto(`${sampleUrl}finder/`, { waitUntil: 'networkidle' });
    const requests: { url: string; referer: string | undefined }[] = [];
    page.on('request', (request) =>
      requests.push({ url: request.url(), referer: request.headers().referer }),
    );
    await fillForm(page, PROFILES[0]![1]);
    await page.click('#finder-form button[type="submit"]');
    await shownResult(page);
    expect(page.url()).toContain('education=');
    await page.waitForTimeout(300);
    // At most the static files the page loads anyway (the favicon), never with the answers.
    expect(requests.filter((r) => !r.url.endsWith('/favicon.svg'))).toEqual([]);

    await page.click('#finder-eligible > li:first-child h4 a');
    await page.waitForLoadState('load');
    expect(requests.some((r) => r.url.includes('/incentives/'))).toBe(true);
    for (const request of requests) {
      expect(new URL(request.url).search).toBe('');
      // The pages that follow may name themselves; nothing may name the finder's address.
      expect(request.referer ?? '').not.toContain('/finder/');
    }
    await page.close();
  });

  test('prints the results and the checklist, not the form', async () => {
    const page = await browser.newPage();
    await page.goto(
      `${sampleUrl}finder/?education=硕士研究生&fullTime=true&age=28&graduationYear=2024&groups=高校毕业生,返乡人才&employer=企业`,
    );
    await shownResult(page);
    expect(await page.locator('#finder-materials > li').count()).toBeGreaterThan(5);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#finder-form')).toBe(false);
    expect(await page.isVisible('.privacy-note')).toBe(false);
    expect(await page.isVisible('#finder-eligible')).toBe(true);
    expect(await page.isVisible('#finder-materials')).toBe(true);
    await page.close();
  });

  test('lists every incentive with its criteria without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sampleUrl}finder/`);
    expect(await page.isVisible('#finder-results')).toBe(false);
    expect(await page.locator('#finder-all .incentive-card').count()).toBe(23);
    expect(await page.isVisible('.noscript-note')).toBe(true);
    await context.close();
  });

  test('works under a sub-path', async () => {
    const page = await browser.newPage();
    await page.goto(`${sampleBaseUrl}finder/?tier=A&fullTime=true`);
    const shown = await shownResult(page);
    expect(shown.eligible).toContain('gaocengci-rencai-jintie');
    expect(
      await page.getAttribute('#finder-eligible a[href*="/incentives/"] >> nth=0', 'href'),
    ).toMatch(/^\/rencai\/incentives\//);
    await page.close();
  });
});

describe('accessibility of the incentive pages', () => {
  const pages = [
    ['/incentives/', null],
    ['/incentives/fanxiang-shuoshi-shenghuo-butie/', null],
    ['/incentives/chengcai-huigui-shenghuo-butie-2021/', null],
    ['/finder/', null],
    [
      '/finder/?education=硕士研究生&fullTime=true&age=28&graduationYear=2024&groups=高校毕业生,返乡人才&employer=企业',
      '#finder-results:not([hidden])',
    ],
    ['/finder/?education=本科', '#finder-results:not([hidden])'],
  ] as const;
  for (const width of [360, 1280]) {
    test.each(pages)(`%s has no axe violations at ${width} px`, async (path, ready) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(new URL(path.slice(1), sampleUrl).href);
      if (ready) {
        await page.waitForSelector(ready);
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((d) => {
            d.open = true;
          }),
        );
      }
      expect(await runAxe(page)).toEqual([]);
      // Nothing wider than the screen: a phone reader never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await page.close();
    });
  }
});
