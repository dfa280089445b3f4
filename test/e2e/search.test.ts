import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, runAxe } from '../support/browser.ts';
import { openSearch, resultPaths, waitForResults } from '../support/searchPage.ts';
import { startStaticServer } from '../support/staticServer.ts';
import { testSiteDir } from '../support/testSites.ts';
import { securityHeaders } from '../../src/lib/security/securityPolicy.ts';

/** The /search/ page in Chromium: keyboard, filters, shared addresses, sub-path, no-JS, CSP. */

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const site = () => inject('sampleUrl');

async function newPage(width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

/** Each result's type, status and title, in order. */
const results = (page: Page) =>
  page.$$eval('#search-list .search-result', (items) =>
    items.map((item) => ({
      type: (item as HTMLElement).dataset.type,
      status: (item as HTMLElement).dataset.status,
      badge: item.querySelector('.status-badge')?.textContent ?? null,
      title: item.querySelector('.search-result__title a')?.textContent,
      notice: item.querySelector('.search-result__notice')?.textContent ?? '',
    })),
  );

describe('searching', () => {
  test.each([360, 1280])(
    'has no axe violations with results and filters at %i px',
    async (width) => {
      const page = await newPage(width);
      await openSearch(page, site(), { q: '人才公寓' });
      await page.evaluate(
        () => ((document.getElementById('search-filter-panel') as HTMLDetailsElement).open = true),
      );
      expect(await runAxe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await page.close();
    },
  );

  test('works by keyboard alone: header box, filters, order, more results', async () => {
    const page = await newPage();
    await page.goto(site());
    await page.focus('#site-search-q');
    await page.keyboard.type('补贴');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForResults(page);
    expect(await page.inputValue('#search-q')).toBe('补贴');
    expect(await page.textContent('#search-status')).toMatch(/^找到与“补贴”相关的结果 \d+ 条。$/);

    // Tab from the page's search box reaches the filters; Space ticks one.
    await page.focus('#search-q');
    const reached: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement;
          return `${el.tagName.toLowerCase()}:${el.name || el.id || el.textContent?.trim()}`;
        }),
      );
    }
    expect(reached).toContain('summary:筛选结果');
    expect(reached).toContain('input:type');
    await page.focus('#search-filters input[name="type"][value="激励"]');
    expect(
      await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
    ).not.toBe('none');
    await page.keyboard.press('Space');
    await page.waitForURL(/type=%E6%BF%80%E5%8A%B1/);
    await waitForResults(page);
    expect(new Set((await results(page)).map((r) => r.type))).toEqual(new Set(['激励']));
    // Focus stays on the filter that was just used, although the filters were redrawn.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      '激励',
    );

    // The order is a select in the form; choosing by keyboard re-sorts.
    await page.focus('#search-sort');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/sort=date/);
    await waitForResults(page);

    // "显示更多结果" moves focus to the first result it added.
    const more = page.locator('#search-more');
    if (await more.isVisible()) {
      const before = (await results(page)).length;
      await more.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => document.querySelectorAll('#search-list .search-result').length > n,
        before,
      );
      const focused = await page.evaluate(
        () =>
          document.activeElement?.closest('.search-result') ===
          document.querySelectorAll('#search-list .search-result')[10],
      );
      expect(focused).toBe(true);
    }
    await page.close();
  });

  test('shows ten results first and the rest on request', async () => {
    const page = await newPage();
    await openSearch(page, site(), { q: '人才' });
    const total = Number(/结果 (\d+) 条/.exec((await page.textContent('#search-status'))!)![1]);
    expect(total).toBeGreaterThan(10);
    expect(await results(page)).toHaveLength(10);
    expect(await page.textContent('#search-more')).toBe(`显示更多结果（还有 ${total - 10} 条）`);
    await page.close();
  });

  test('announces results politely, and says so when nothing is found, with the lists to browse', async () => {
    const page = await newPage();
    await openSearch(page, site(), { q: '量子计算机' });
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(await page.textContent('#search-status')).toBe('没有找到与“量子计算机”相关的结果。');
    expect(await page.isVisible('#search-empty')).toBe(true);
    expect(
      await page.$$eval('#search-empty a', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      ),
    ).toEqual(['/policies/', '/incentives/', '/talents/']);
    await page.close();
  });

  test('highlights matches with <mark> and puts nothing else into an excerpt', async () => {
    const page = await newPage();
    await openSearch(page, site(), { q: '安家补贴' });
    const excerpt = await page.$$eval('#search-list .search-result__excerpt', (ps) =>
      ps.map((p) => ({
        marks: p.querySelectorAll('mark').length,
        others: [...p.querySelectorAll('*')].filter(
          (el) => el.tagName !== 'MARK' || el.children.length,
        ).length,
        text: p.textContent ?? '',
      })),
    );
    expect(excerpt[0]!.marks).toBeGreaterThan(0);
    expect(excerpt.every((e) => e.others === 0 && !e.text.includes('\u200b'))).toBe(true);
    await page.close();
  });

  test('shows text from the index as text, even markup (a tampered fragment cannot inject HTML)', async () => {
    const page = await newPage();
    await page.route('**/pagefind/fragment/*', async (route) => {
      const response = await route.fetch();
      const data = gunzipSync(await response.body());
      const fragment = JSON.parse(data.subarray(12).toString('utf8')) as {
        content: string;
        meta: Record<string, string>;
      };
      fragment.content = `安家补贴 <img src=x onerror="window.pwned=1"> ${fragment.content}`;
      fragment.meta.title = `<img src=x onerror="window.pwned=1">${fragment.meta.title}`;
      await route.fulfill({
        response,
        body: gzipSync(
          Buffer.concat([data.subarray(0, 12), Buffer.from(JSON.stringify(fragment))]),
        ),
      });
    });
    await openSearch(page, site(), { q: '安家补贴' });
    expect(await page.$$('#search-list img')).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    expect(await page.textContent('#search-list .search-result__title a')).toContain('<img src=x');
    await page.close();
  });
});

describe('policies in results', () => {
  test('show the status badge from the index on every policy and 解读, and a notice on those no longer in force', async () => {
    const page = await newPage();
    await openSearch(page, site(), { q: '人才公寓' });
    const list = await results(page);
    for (const r of list.filter((r) => r.type === '政策' || r.type === '解读'))
      expect(r.badge).toBe(r.status);
    const repealed = list.find((r) => r.title === '澄溪县人才公寓管理暂行办法')!;
    expect(repealed).toMatchObject({ status: '已废止', badge: '已废止' });
    expect(repealed.notice).toContain('已废止');
    expect(
      await page.$eval(
        '#search-list [data-status="已废止"] .status-badge',
        (b: Element) => b.className,
      ),
    ).toContain('status-badge--repealed');
    await page.close();
  });

  test.each([
    ['人才公寓管理办法', '澄溪县人才公寓管理办法', '澄溪县人才公寓管理暂行办法'],
    [
      '澄才回归 实施意见',
      '澄溪县“澄才回归”工程实施意见（2024年修订）',
      '澄溪县“澄才回归”工程实施意见',
    ],
    ['返乡 生活补贴', '返乡硕士研究生生活补贴', '返乡高校毕业生生活补贴（2021年版）'],
  ])('rank the version in force first for %s', async (q, current, outdated) => {
    const page = await newPage();
    await openSearch(page, site(), { q });
    const titles = (await results(page)).map((r) => r.title);
    expect(titles).toContain(outdated);
    expect(titles.indexOf(current)).toBeLessThan(titles.indexOf(outdated));
    await page.close();
  });

  test('find a document by its number first, in force or not', async () => {
    const page = await newPage();
    await openSearch(page, site(), { q: '澄住建发[2020]15号' });
    expect((await results(page))[0]).toMatchObject({
      title: '澄溪县人才公寓管理暂行办法',
      badge: '已废止',
    });
    await page.close();
  });

  test('say when a document number matched nothing exactly and only its words were found', async () => {
    const page = await newPage();
    await openSearch(page, site(), { q: '〔2024〕99号' });
    expect(await page.isVisible('#search-loose')).toBe(true);
    expect(await page.textContent('#search-loose')).toContain(
      '没有找到与“〔2024〕99号”完全对应的文号或金额',
    );
    await page.close();
  });

  test('link a matching article of a policy straight to its anchor', async () => {
    const page = await newPage();
    await openSearch(page, site(), { q: '博士研究生 安家补贴 45周岁' });
    const sections = await page.$$eval('#search-list .search-result__sections a', (as) =>
      as.map((a) => ({ text: a.textContent, href: (a as HTMLAnchorElement).getAttribute('href') })),
    );
    expect(sections).toContainEqual({
      text: '第十条',
      href: '/policies/gaocengci-rencai-yinjin-banfa/#art-10',
    });
    await page.close();
  });
});

describe('in a long document (the real-document site)', () => {
  /** The result of a page: its excerpt and its sub-results, each with its highlights. */
  const resultOf = (page: Page, path: string) =>
    page.$$eval(
      '#search-list .search-result',
      (items, path) => {
        const item = items.find(
          (i) => i.querySelector<HTMLAnchorElement>('.search-result__title a')?.pathname === path,
        );
        if (!item) return null;
        const marks = (el: Element | null) =>
          [...(el?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? '');
        const excerpt = item.querySelector('.search-result__excerpt');
        return {
          excerpt: { text: excerpt?.textContent ?? '', marks: marks(excerpt) },
          sections: [...item.querySelectorAll('.search-result__sections li')].map((li) => ({
            title: li.querySelector('a')?.textContent ?? '',
            href: li.querySelector('a')?.getAttribute('href') ?? '',
            text: li.textContent ?? '',
            marks: marks(li),
          })),
        };
      },
      path,
    );

  test('lands a query that names an article on that article, with its label highlighted and no token shown', async () => {
    const page = await newPage();
    await openSearch(page, inject('realUrl'), { q: '条例第52条' });
    const result = await resultOf(page, '/policies/shandong-rencai-fazhan-cujin-tiaoli/');
    expect(result!.sections[0]).toMatchObject({
      title: '第五十二条',
      href: '/policies/shandong-rencai-fazhan-cujin-tiaoli/#art-52',
    });
    const shown = [result!.excerpt.text, ...result!.sections.map((s) => s.text)].join('');
    expect(shown).not.toMatch(/tiao\d+t|fujian\d+f/);
    expect([...result!.excerpt.marks, ...result!.sections.flatMap((s) => s.marks)]).toContain(
      '第五十二条',
    );
    await page.close();
  });

  test('lands an article of an annex on its prefixed anchor, named with the annex', async () => {
    const page = await newPage();
    await openSearch(page, inject('realUrl'), { q: '残疾人就业条例第八条' });
    const result = await resultOf(page, '/policies/canji-jiuye-tiaoli-xuexi-tongzhi/');
    expect(result!.sections[0]).toMatchObject({
      title: '附件1第八条',
      href: '/policies/canji-jiuye-tiaoli-xuexi-tongzhi/#annex-1-art-8',
    });
    await page.close();
  });

  test('puts the article where the words stand together first, not the first article with one of them', async () => {
    const page = await newPage();
    await openSearch(page, inject('realUrl'), { q: '人才公寓' });
    const result = await resultOf(page, '/policies/shandong-rencai-fazhan-cujin-tiaoli/');
    expect(result!.sections[0]!.href).toBe('/policies/shandong-rencai-fazhan-cujin-tiaoli/#art-52');
    const marks = [...result!.excerpt.marks, ...result!.sections[0]!.marks];
    expect(new Set(marks)).toEqual(new Set(['人才公寓']));
    await page.close();
  });

  test('highlights a compound the browser splits into single characters whole, never its characters', async () => {
    const page = await newPage();
    await openSearch(page, inject('realUrl'), { q: '双师型' });
    const result = await resultOf(
      page,
      '/policies/guojia-zhiye-jiaoyu-gaige-shishi-fangan-tongzhi/',
    );
    const marks = [...result!.excerpt.marks, ...result!.sections.flatMap((s) => s.marks)];
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['双师型']));
    expect(result!.excerpt.text).toContain('双师型');
    await page.close();
  });

  test('says when no article matched the number and only its words were found', async () => {
    const page = await newPage();
    await openSearch(page, inject('realUrl'), { q: '第九百九十九条' });
    if (await page.isVisible('#search-loose'))
      expect(await page.textContent('#search-loose')).toContain(
        '没有找到与“第九百九十九条”完全对应的条文或附件',
      );
    else expect(await page.isVisible('#search-empty')).toBe(true);
    await page.close();
  });
});

describe('the address of a search', () => {
  test('opens a shared search with its query, filters and order', async () => {
    const page = await newPage();
    await openSearch(page, site(), { q: '人才公寓', type: ['政策', '解读'], sort: 'date' });
    expect(await page.inputValue('#search-q')).toBe('人才公寓');
    expect(await page.inputValue('#search-sort')).toBe('date');
    expect(
      await page.$$eval('#search-filters input:checked', (boxes) =>
        boxes.map((b) => (b as HTMLInputElement).value),
      ),
    ).toEqual(['政策', '解读']);
    const list = await results(page);
    expect(list.every((r) => r.type === '政策' || r.type === '解读')).toBe(true);
    expect(await page.textContent('#search-status')).toContain('（类型为政策文件或政策解读）');
    expect(await page.title()).toMatch(/^人才公寓 - 全文检索 - /);
    await page.close();
  });

  test('orders by date when asked, newest first', async () => {
    const page = await newPage();
    await openSearch(page, site(), { q: '人才', type: '政策', sort: 'date' });
    const dates = await page.$$eval('#search-list .search-result__facts', (ps) =>
      ps.map((p) =>
        /(\d{4})年(\d{1,2})月(\d{1,2})日发布/
          .exec(p.textContent ?? '')!
          .slice(1)
          .map(Number),
      ),
    );
    const keys = dates.map(([y, m, d]) => y! * 10000 + m! * 100 + d!);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    await page.close();
  });

  test('lists by filter alone, without a query', async () => {
    const page = await newPage();
    await openSearch(page, site(), { type: '人才' });
    const list = await results(page);
    expect(list).toHaveLength(8);
    expect(list.every((r) => r.type === '人才')).toBe(true);
    await page.close();
  });

  test('steps back through searches with the back button', async () => {
    const page = await newPage();
    await openSearch(page, site(), { q: '安家补贴' });
    await page.fill('#search-q', '陶景川');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=%E9%99%B6/);
    await waitForResults(page);
    expect((await results(page))[0]!.title).toBe('陶景川');
    await page.goBack();
    await waitForResults(page);
    expect(await page.inputValue('#search-q')).toBe('安家补贴');
    expect((await results(page)).map((r) => r.title)).toContain('博士研究生安家补贴');
    await page.close();
  });
});

describe('under a sub-path', () => {
  test('loads the index and links results under /rencai/', async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await openSearch(page, inject('sampleBaseUrl'), { q: '安家补贴' });
    const paths = await resultPaths(page, '/rencai/');
    expect(paths).toContain('/incentives/boshi-yanjiusheng-anjia-butie/');
    expect(
      await page.$$eval('#search-list a', (as) =>
        as.every((a) => new URL((a as HTMLAnchorElement).href).pathname.startsWith('/rencai/')),
      ),
    ).toBe(true);
    const pagefind = requests.filter((p) => p.includes('/pagefind/'));
    expect(pagefind.length).toBeGreaterThan(0);
    expect(pagefind.every((p) => p.startsWith('/rencai/pagefind/'))).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  test('says that search needs it and links to the lists', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(new URL('search/?q=安家补贴', site()).href);
    expect(await page.locator('.search-noscript').isVisible()).toBe(true);
    expect(await page.locator('.search-noscript strong').textContent()).toBe(
      '全文检索需要浏览器启用 JavaScript。',
    );
    expect(await page.isVisible('#search-app')).toBe(false);
    for (const name of ['政策文件', '激励政策', '人才风采'])
      expect(await page.locator('.search-noscript').getByRole('link', { name }).isVisible()).toBe(
        true,
      );
    await context.close();
  });
});

describe('under the strict Content-Security-Policy', () => {
  test('searches with no policy violation, with the policy as <meta> and as a header', async () => {
    const { server, url } = await startStaticServer(testSiteDir('sample'), '/', securityHeaders());
    try {
      const page = await newPage();
      await page.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { violations: string[] }).violations.push(
            `${e.violatedDirective} ${e.blockedURI}`,
          ),
        );
      });
      const response = await page.goto(new URL('search/?q=人才公寓', url).href);
      expect(response?.headers()['content-security-policy']).toContain(
        "script-src 'self' 'wasm-unsafe-eval'",
      );
      expect(
        await page.$eval('meta[http-equiv="content-security-policy"]', (m) =>
          m.getAttribute('content'),
        ),
      ).toContain("script-src 'self' 'wasm-unsafe-eval'");
      await waitForResults(page);
      expect((await results(page)).length).toBeGreaterThan(0);
      expect(
        await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
      ).toEqual([]);
      await page.close();
    } finally {
      server.close();
    }
  });
});
