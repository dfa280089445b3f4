import { describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import type { IncentiveDataRecord } from '../../src/lib/incentive/incentiveData.ts';
import type { FinderData } from '../../src/lib/incentive/finderData.ts';
import type { PolicyDataFile } from '../../src/lib/policy/policyData.ts';
import { parseCsv, readPage, textOf } from '../support/builtSite.ts';
import { readSiteFile, type TestSiteName } from '../support/testSites.ts';

/**
 * How real documents look on their built pages (issue 14, the page side): the table of contents
 * of a 条例, an 意见, a notice with its 附件 and a 规定 with its 附录; citing a 款; line breaks of
 * the 附件说明 and the 落款 kept; `amends` both ways on pages, data and the feed; `amountNote` on
 * pages and data. Asserted on the built `sample` and `real` sites.
 */

const REAL_ORIGIN = 'https://real.example.gov.cn';
const SAMPLE_ORIGIN = 'https://rc.chengxi.example.gov.cn';
const policy = (site: TestSiteName, slug: string) => readPage(site, `policies/${slug}/`);
const fold = (page: HTMLElement) => page.querySelector('.policy-toc--fold')!;
const tocHrefs = (toc: HTMLElement) =>
  toc.querySelectorAll('a').map((a) => a.getAttribute('href')!);
/** The lines of an element whose line breaks are <br>s, each trimmed. */
const lines = (element: HTMLElement | null) =>
  (element?.innerHTML ?? '')
    .split(/<br\s*\/?>/)
    .map((line) => line.replace(/<[^>]+>/g, '').trim())
    .filter(Boolean);

describe('table of contents', () => {
  test('the 条例 lists its 6 chapters and 60 articles, folded on a phone and beside the text', () => {
    const page = policy('real', 'shandong-rencai-fazhan-cujin-tiaoli');
    const toc = fold(page);
    expect(textOf(toc.querySelector('summary'))).toBe('目录（6 章 60 条）');
    expect(toc.querySelectorAll('.policy-toc__chapters > li')).toHaveLength(6);
    expect(toc.querySelectorAll('li.policy-toc__article')).toHaveLength(60);
    expect(toc.querySelector('.policy-toc__scroll')).not.toBeNull();
    expect(tocHrefs(page.querySelector('.policy-toc--sidebar')!)).toEqual(tocHrefs(toc));
    expect(tocHrefs(toc).slice(0, 2)).toEqual(['#ch-1', '#art-1']);
    expect(tocHrefs(toc).at(-1)).toBe('#art-60');
  });

  test('the 意见 lists its parts with their items', () => {
    const toc = fold(policy('real', 'cujin-jiuye-gongzuo-ruogan-yijian'));
    expect(textOf(toc.querySelector('summary'))).toBe('目录（5 个部分）');
    expect(toc.querySelectorAll('li.policy-toc__part')).toHaveLength(5);
    expect(toc.querySelectorAll('li.policy-toc__item')).toHaveLength(15);
    const part2 = toc.querySelectorAll('li.policy-toc__part')[1]!;
    expect(tocHrefs(part2)).toEqual(['#part-2', '#part-2-3', '#part-2-4', '#part-2-5']);
  });

  test('the notice lists its parts, then each 附件 with its own chapters and articles', () => {
    const toc = fold(policy('real', 'canji-jiuye-tiaoli-xuexi-tongzhi'));
    expect(textOf(toc.querySelector('summary'))).toBe('目录（2 个部分，附件 2 个）');
    const annexes = toc.querySelectorAll('li.policy-toc__annex');
    expect(annexes.map((a) => textOf(a.querySelector('a')))).toEqual([
      '附件1残疾人就业条例',
      '附件2学习情况统计表',
    ]);
    expect(tocHrefs(annexes[0]!)).toContain('#annex-1-ch-1');
    expect(tocHrefs(annexes[0]!)).toContain('#annex-1-art-30');
    expect(tocHrefs(toc).filter((h) => h.startsWith('#art-'))).toEqual([]);
  });

  test('the 规定 lists its 16 articles, then its 附录 with the 附录’s parts', () => {
    const toc = fold(policy('real', 'nvzhigong-laodong-baohu-tebie-guiding'));
    expect(textOf(toc.querySelector('summary'))).toBe('目录（16 条，附件 1 个）');
    const annex = toc.querySelector('li.policy-toc__annex')!;
    expect(tocHrefs(annex).slice(0, 2)).toEqual(['#annex-1', '#annex-1-part-1']);
  });

  test.each<[TestSiteName, string]>([
    ['real', 'shandong-rencai-fazhan-cujin-tiaoli'],
    ['real', 'cujin-jiuye-gongzuo-ruogan-yijian'],
    ['real', 'canji-jiuye-tiaoli-xuexi-tongzhi'],
    ['real', 'nvzhigong-laodong-baohu-tebie-guiding'],
    ['sample', 'rencai-fuwu-zhuanyuan-gongzuo-guize-tongzhi'],
    ['sample', 'xichuan-rencai-fazhan-cujin-tiaoli'],
  ])('%s %s: every entry links to an element of the page', (site, slug) => {
    const page = policy(site, slug);
    for (const href of tocHrefs(page.querySelector('.policy-toc')!))
      expect(page.querySelector(`[id="${href.slice(1)}"]`), href).not.toBeNull();
  });
});

describe('the text as in the original', () => {
  test('the 附件说明 and the 落款 keep each line on its own line', () => {
    const page = policy('real', 'canji-jiuye-tiaoli-xuexi-tongzhi');
    expect(lines(page.querySelector('p.attachment-note'))).toEqual([
      '附件：1．残疾人就业条例',
      '2．学习情况统计表',
    ]);
    expect(lines(page.querySelector('p.closing'))).toEqual([
      '人才政策文件汇编编辑组',
      '2026年9月15日',
    ]);
  });

  test('the sample notice: 附件说明 lines, 落款 lines, and its 附件 labelled and anchored', () => {
    const page = policy('sample', 'rencai-fuwu-zhuanyuan-gongzuo-guize-tongzhi');
    expect(lines(page.querySelector('p.attachment-note'))).toEqual([
      '附件：1．澄溪县人才服务专员工作规则',
      '2．澄溪县人才服务专员联系卡（样式）',
    ]);
    expect(lines(page.querySelector('p.closing'))).toEqual([
      '中共澄溪县委人才工作领导小组办公室',
      '2026年9月8日',
    ]);
    expect(page.querySelectorAll('.annex').map((a) => [a.id, textOf(a)])).toEqual([
      ['annex-1', '附件1'],
      ['annex-2', '附件2'],
    ]);
    expect(page.querySelector('.prose--document #annex-1-art-5')).not.toBeNull();
    expect(textOf(page.querySelector('p.addressee'))).toBe(
      '各乡镇党委，县委各部门，县级国家机关各部门，县属国有企业，澄溪新材料产业园管委会：',
    );
  });

  test('the real 通知’s one-line 附件说明 and two-line 落款', () => {
    const page = policy('real', 'tuiguang-dierpi-zhichi-chuangxin-gaige-juce-tongzhi');
    expect(lines(page.querySelector('p.attachment-note'))).toEqual([
      '附件：第二批支持创新相关改革举措推广清单',
    ]);
    expect(lines(page.querySelector('p.closing'))).toEqual(['国务院办公厅', '2018年12月23日']);
    expect(page.querySelector('#annex-1')?.classList.contains('annex')).toBe(true);
  });

  test('the body is set as a document: the prose styles have its rules', () => {
    const css = policy('real', 'canji-jiuye-tiaoli-xuexi-tongzhi')
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => readSiteFile('real', l.getAttribute('href')!))
      .join('\n');
    for (const rule of [
      /\.prose--document p\{text-indent:2em\}/,
      /\.prose--document p\.closing\{[^}]*text-align:right/,
      /\.prose--document p\.addressee\{text-indent:0\}/,
      /\.prose--document p\.attachment-note\{[^}]*text-indent:-3em/,
      /\.prose--document \.annex\{[^}]*border-top:/,
    ])
      expect(css).toMatch(rule);
    expect(
      policy('real', 'canji-jiuye-tiaoli-xuexi-tongzhi').querySelector('.prose--document'),
    ).not.toBeNull();
  });
});

describe('citing part of a document', () => {
  test('the 条例 shows how to cite a 款, with the anchor of a real 款', () => {
    const page = policy('real', 'shandong-rencai-fazhan-cujin-tiaoli');
    expect(textOf(page.querySelector('.citation__text--clause'))).toBe(
      `《山东省人才发展促进条例》第二条第一款，${REAL_ORIGIN}/policies/shandong-rencai-fazhan-cujin-tiaoli/#art-2-1`,
    );
    expect(page.querySelector('#art-2-2')).not.toBeNull();
    expect(page.querySelector('span#art-2-1')).not.toBeNull();
  });

  test('the 意见 shows how to cite a part and an item', () => {
    const page = policy('real', 'cujin-jiuye-gongzuo-ruogan-yijian');
    expect(textOf(page.querySelector('.citation__text--item'))).toBe(
      `《国务院关于做好当前和今后一个时期促进就业工作的若干意见》（国发〔2018〕39号）一（一），${REAL_ORIGIN}/policies/cujin-jiuye-gongzuo-ruogan-yijian/#part-1-1`,
    );
    expect(page.querySelector('.citation__text--article')).toBeNull();
  });

  test('a 公告 number keeps its own brackets inside the citation’s', () => {
    const page = policy('real', 'guangzhou-qingnian-chuangxin-chuangye-cujin-tiaoli');
    expect(textOf(page.querySelector('.citation__text'))).toBe(
      `《广州市青年创新创业促进条例》（广州市第十六届人民代表大会常务委员会公告（第11号）），${REAL_ORIGIN}/policies/guangzhou-qingnian-chuangxin-chuangye-cujin-tiaoli/`,
    );
    const row = page
      .querySelectorAll('.policy-meta tr')
      .find((tr) => textOf(tr.querySelector('th')) === '发文字号');
    expect(textOf(row?.querySelector('td'))).toBe(
      '广州市第十六届人民代表大会常务委员会公告（第11号）',
    );
  });

  test('the policy page names the clause of each incentive that cites it, at its exact anchor', () => {
    const related = policy('real', 'shandong-rencai-fazhan-cujin-tiaoli').querySelector(
      '#incentives-title',
    )?.parentNode;
    const link = related?.querySelector('a[href="#art-52-1"]');
    expect(textOf(link)).toBe('第五十二条第一款');
  });

  test('the incentive list, the calculator and the open data link to the exact anchor', () => {
    const href = '/policies/shandong-rencai-fazhan-cujin-tiaoli/#art-52-1';
    expect(
      readPage('real', 'incentives/')
        .querySelectorAll('a')
        .some((a) => a.getAttribute('href') === href),
    ).toBe(true);
    const finder = JSON.parse(readSiteFile('real', 'finder/data.json')) as FinderData;
    expect(finder.incentives.find((i) => i.slug === 'shandong-rencai-gongyu')!.source.href).toBe(
      href,
    );
    const data = JSON.parse(readSiteFile('real', 'data/incentives.json')) as IncentiveDataRecord[];
    expect(data.find((r) => r.slug === 'shandong-rencai-gongyu')!.sourceUrl).toBe(
      `${REAL_ORIGIN}${href}`,
    );
  });
});

describe('amends: 修正/补充 without replacing', () => {
  const cases = [
    {
      site: 'real' as const,
      origin: REAL_ORIGIN,
      amended: 'gaoji-zhuanjia-lixiu-tuixiu-zanxing-guiding',
      amendedTitle: '国务院关于高级专家离休退休若干问题的暂行规定',
      amending: 'gaoji-zhuanjia-tuixiu-buchong-guiding',
      amendingTitle: '国务院关于高级专家退休问题的补充规定',
    },
    {
      site: 'sample' as const,
      origin: SAMPLE_ORIGIN,
      amended: 'gaoxiao-biyesheng-jiuye-chuangye-butie-xize',
      amendedTitle: '澄溪县高校毕业生来澄就业创业补贴实施细则',
      amending: 'gaoxiao-biyesheng-linghuo-jiuye-shebao-butie-buchong-tongzhi',
      amendingTitle: '关于做好离校未就业高校毕业生灵活就业社会保险补贴工作的补充通知',
    },
  ];

  test.each(cases)(
    '$site: the amended page names its amending document and stays in force',
    (c) => {
      const page = policy(c.site, c.amended);
      const line = page.querySelector('.amendments__line--amended-by');
      expect(textOf(line)).toMatch(new RegExp(`^本文件已被《${c.amendingTitle}》(（.+）)?补充。$`));
      expect(line?.querySelector('a')?.getAttribute('href')).toBe(`/policies/${c.amending}/`);
      expect(page.querySelector('article.policy')?.getAttribute('data-status')).toBe('现行有效');
      expect(page.querySelector('.status-banner')).toBeNull();
    },
  );

  test.each(cases)('$site: the amending page names the document it amends', (c) => {
    const page = policy(c.site, c.amending);
    const line = page.querySelector('.amendments__line--amends');
    expect(textOf(line)).toMatch(
      new RegExp(`^本文件补充《${c.amendedTitle}》(（.+）)?，不替代原文件。$`),
    );
    expect(line?.querySelector('a')?.getAttribute('href')).toBe(`/policies/${c.amended}/`);
  });

  test.each(cases)('$site: both version timelines show the amendment among the versions', (c) => {
    for (const slug of [c.amended, c.amending]) {
      const items = policy(c.site, slug).querySelectorAll('.versions__item');
      expect(items.map((i) => i.classList.contains('versions__item--amendment'))).toEqual([
        false,
        true,
      ]);
      expect(textOf(items[1]!.querySelector('.versions__amends'))).toBe(
        `补充《${c.amendedTitle}》，不替代原文件`,
      );
    }
  });

  test.each(cases)('$site: the open data names both directions, by slug and URL', (c) => {
    const { policies } = JSON.parse(readSiteFile(c.site, 'data/policies.json')) as PolicyDataFile;
    const amended = policies.find((p) => p.slug === c.amended)!;
    const amending = policies.find((p) => p.slug === c.amending)!;
    expect(amended).toMatchObject({
      status: '现行有效',
      amends: [],
      amendedBy: [c.amending],
      amendedByUrls: [`${c.origin}/policies/${c.amending}/`],
      supersededBy: [],
    });
    expect(amending).toMatchObject({
      amends: [c.amended],
      amendsUrls: [`${c.origin}/policies/${c.amended}/`],
      amendedBy: [],
    });
    const [header, ...rows] = parseCsv(readSiteFile(c.site, 'data/policies.csv'));
    const row = rows.find((r) => r[0] === c.amended)!;
    expect(row[header!.indexOf('被修正补充于')]).toBe(c.amending);
  });

  test.each(cases)('$site: the feed item of the amending document says what it amends', (c) => {
    const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(
      readSiteFile(c.site, 'policies/rss.xml'),
    ) as { rss: { channel: { item: { link: string; description: string }[] } } };
    const items = feed.rss.channel.item;
    const amending = items.find((i) => i.link === `${c.origin}/policies/${c.amending}/`)!;
    expect(amending.description).toContain(`本文件补充《${c.amendedTitle}》`);
    const amended = items.find((i) => i.link === `${c.origin}/policies/${c.amended}/`);
    if (amended) expect(amended.description).not.toContain('本文件补充');
  });
});

describe('amountNote: cash whose amount a rule sets', () => {
  const NOTE =
    '按本人实际缴纳的基本养老保险费和基本医疗保险费的三分之二给予补贴，最长2年，按季度拨付';
  const SLUG = 'gaoxiao-biyesheng-linghuo-jiuye-shebao-butie';

  test('the incentive page shows the rule as its amount, and says it is cash without a figure', () => {
    const page = readPage('sample', `incentives/${SLUG}/`);
    expect(textOf(page.querySelector('.incentive-facts__amount'))).toBe(NOTE);
    expect(textOf(page.querySelector('.incentive-facts__note dd'))).toContain('现金补贴');
    expect(textOf(page.querySelector('.incentive-facts__amount'))).not.toContain('服务类');
  });

  test('the incentive list shows the rule with the item', () => {
    const card = readPage('sample', 'incentives/').querySelector(
      `.incentive-card[data-slug="${SLUG}"]`,
    );
    expect(textOf(card?.querySelector('.incentive-card__amount'))).toBe(NOTE);
    expect(textOf(card?.querySelector('.incentive-card__note dd'))).toBe(
      '现金补贴，金额按上述规定核定',
    );
  });

  test.each<[TestSiteName, string]>([
    ['sample', SLUG],
    ['real', 'jiuye-jianxi-butie'],
  ])('%s: the open data carries %s’s amountNote in JSON and CSV', (site, slug) => {
    const records = JSON.parse(readSiteFile(site, 'data/incentives.json')) as IncentiveDataRecord[];
    const record = records.find((r) => r.slug === slug)!;
    expect(record.amountNote).toBeTruthy();
    expect(record).toMatchObject({ amount: null, amountText: record.amountNote });
    const [header, ...rows] = parseCsv(readSiteFile(site, 'data/incentives.csv'));
    expect(rows.find((r) => r[0] === slug)![header!.indexOf('amountNote')]).toBe(record.amountNote);
  });
});

describe('new 文种 flow through the facets and the statistics', () => {
  test('the statistics count the real 条例 and 规定 by kind', () => {
    const stats = JSON.parse(readSiteFile('real', 'data/stats.json')) as {
      policies: { byKind: Record<string, number> };
    };
    expect(stats.policies.byKind).toMatchObject({ 条例: 3, 规定: 7, 意见: 1, 通知: 4 });
  });

  test('the 条例 kind page lists the three real 条例', () => {
    const page = readPage('real', 'policies/kind/tiaoli/');
    expect(textOf(page.querySelector('h1'))).toContain('条例');
    const links = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const slug of [
      'shandong-rencai-fazhan-cujin-tiaoli',
      'guangzhou-qingnian-chuangxin-chuangye-cujin-tiaoli',
      'renli-ziyuan-shichang-zanxing-tiaoli',
    ])
      expect(links).toContain(`/policies/${slug}/`);
  });
});
