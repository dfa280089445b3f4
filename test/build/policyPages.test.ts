import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePolicyStructure } from '../../src/lib/policy/policyArticles.ts';
import { readPage, readSiteBytes, textOf } from '../support/builtSite.ts';
import { testSiteDir } from '../support/testSites.ts';
import { readIncentiveSources, readPolicySources } from '../support/contentSources.ts';
import {
  measurePageScripts,
  POLICY_PAGE_SCRIPTS,
  unexpectedScripts,
} from '../../scripts/lib/pageScripts.ts';

/**
 * The policy detail pages of the sample site at the test as-of date (2026-11-21):
 * status, banner, metadata, anchors, relations, attachments, citation, metadata for
 * search engines and for the search index. Expectations are written by hand from
 * the sample content and the spec's status rules.
 */

const SITE = 'sample';
const ORIGIN = 'https://rc.chengxi.example.gov.cn';

/** Every published policy of the sample and its status on 2026-11-21. */
const STATUSES: Record<string, string> = {
  'jixu-jinque-rencai-mulu-2027': '尚未施行',
  'rencai-fazhan-shiwuwu-guihua': '现行有效',
  'rencai-butie-shenbao-tongzhi-2026': '现行有效',
  'disan-jie-chengxi-yingcai-biaozhang-jueding': '现行有效',
  'rencai-gongyu-guanli-banfa': '现行有效',
  'tese-hangye-rencai-pingjia-banfa': '现行有效',
  'jixu-jinque-rencai-mulu-2025': '现行有效',
  'gaoxiao-biyesheng-jiuye-chuangye-butie-xize': '现行有效',
  'chengcai-huigui-shishi-yijian-jiedu': '现行有效',
  'chengcai-huigui-shishi-yijian': '现行有效',
  'jiceng-zhongyiyao-rencai-shidaitu-peiyang-banfa': '现行有效',
  'gaocengci-rencai-yinjin-banfa-jiedu': '现行有效',
  'gaocengci-rencai-yinjin-banfa': '现行有效',
  'rencai-fazhan-zhuanxiang-zijin-guanli-guiding': '现行有效',
  'xincailiao-chanyeyuan-rencai-jiju-xingdong-fangan': '已失效',
  'rencai-gongzuo-shishi-yijian': '现行有效',
  'chengcai-huigui-shishi-yijian-2021': '已修订',
  'rencai-gongyu-guanli-zanxing-banfa': '已废止',
};
const SLUGS = Object.keys(STATUSES);

/** The sample's policy and incentive files, read directly. */
const policySources = new Map(readPolicySources().map((s) => [s.slug, s]));
const incentiveSources = readIncentiveSources();
const policySource = (slug: string) => policySources.get(slug)!;

const page = (slug: string) => readPage(SITE, `/policies/${slug}/`);
const banner = (slug: string) => page(slug).querySelector('.status-banner');
const metaRow = (slug: string, label: string) =>
  textOf(
    page(slug)
      .querySelectorAll('.policy-meta tr')
      .find((tr) => textOf(tr.querySelector('th')) === label)
      ?.querySelector('td'),
  );

describe('policy page: status', () => {
  test.each(SLUGS)('%s shows its status in the badge and the metadata table', (slug) => {
    const html = page(slug);
    expect(html.querySelector('.policy__facts .status-badge')?.getAttribute('data-status')).toBe(
      STATUSES[slug],
    );
    expect(html.querySelector('article.policy')?.getAttribute('data-status')).toBe(STATUSES[slug]);
    expect(metaRow(slug, '状态')).toContain(STATUSES[slug]);
  });

  test.each([
    [
      'chengcai-huigui-shishi-yijian-2021',
      '已修订',
      '本文件自2024年7月1日起不再执行，已被《澄溪县“澄才回归”工程实施意见（2024年修订）》（澄委办发〔2024〕9号）修订。修订内容见修订对照。该版本现行有效。',
    ],
    [
      'rencai-gongyu-guanli-zanxing-banfa',
      '已废止',
      '本文件已于2025年6月30日废止，不再执行。现行有效的版本是《澄溪县人才公寓管理办法》（澄住建发〔2025〕8号）。',
    ],
    [
      'xincailiao-chanyeyuan-rencai-jiju-xingdong-fangan',
      '已失效',
      '本文件有效期至2025年12月31日，自2026年1月1日起失效。',
    ],
    [
      'jixu-jinque-rencai-mulu-2027',
      '尚未施行',
      '本文件自2027年1月1日起施行。施行前，继续执行《澄溪县急需紧缺人才目录（2025—2026年版）》（澄委人才办发〔2024〕12号）。',
    ],
    [
      'jixu-jinque-rencai-mulu-2025',
      '新版本即将施行',
      '本文件现行有效。新版本《澄溪县急需紧缺人才目录（2027—2028年版）》（澄委人才办发〔2026〕9号）将于2027年1月1日起施行，届时本文件不再执行。',
    ],
  ])('%s has a banner saying why: %s', (slug, headline, text) => {
    expect(textOf(banner(slug)?.querySelector('h2'))).toBe(`!效力提示：${headline}`);
    expect(textOf(banner(slug)?.querySelector('p'))).toBe(text);
    expect(banner(slug)?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  test('the banners link to the version to follow and to the 修订对照', () => {
    const links = banner('chengcai-huigui-shishi-yijian-2021')!
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/policies/chengcai-huigui-shishi-yijian/',
      '/policies/chengcai-huigui-shishi-yijian/diff/',
    ]);
    expect(
      banner('rencai-gongyu-guanli-zanxing-banfa')!.querySelector('a')?.getAttribute('href'),
    ).toBe('/policies/rencai-gongyu-guanli-banfa/');
    expect(banner('jixu-jinque-rencai-mulu-2027')!.querySelector('a')?.getAttribute('href')).toBe(
      '/policies/jixu-jinque-rencai-mulu-2025/',
    );
  });

  test.each(
    SLUGS.filter(
      (s) =>
        ![
          'chengcai-huigui-shishi-yijian-2021',
          'rencai-gongyu-guanli-zanxing-banfa',
          'xincailiao-chanyeyuan-rencai-jiju-xingdong-fangan',
          'jixu-jinque-rencai-mulu-2027',
          'jixu-jinque-rencai-mulu-2025',
        ].includes(s),
    ),
  )('%s, in force with no new version coming, has no banner', (slug) => {
    expect(banner(slug)).toBeNull();
  });

  test('a 解读 carries the status of the policy it explains', () => {
    expect(metaRow('chengcai-huigui-shishi-yijian-jiedu', '状态')).toBe('现行有效（随所解读文件）');
  });
});

describe('policy page: metadata', () => {
  test('shows the standard fields of a government document', () => {
    const slug = 'chengcai-huigui-shishi-yijian-2021';
    expect(
      Object.fromEntries(
        [
          '索引号',
          '主题分类',
          '发文机关',
          '成文日期',
          '发文字号',
          '发布日期',
          '施行日期',
          '有效期至',
          '文种',
          '适用对象',
        ].map((l) => [l, metaRow(slug, l)]),
      ),
    ).toEqual({
      索引号: 'CXRC-2021-00018',
      主题分类: '人才引进',
      发文机关: '中共澄溪县委办公室、澄溪县人民政府办公室',
      成文日期: '2021年5月10日',
      发文字号: '澄委办发〔2021〕18号',
      发布日期: '2021年5月20日',
      施行日期: '2021年6月1日',
      有效期至: '2026年5月31日',
      文种: '意见',
      适用对象: '返乡人才、高校毕业生、创业人才',
    });
  });

  test('defaults 施行日期 to 发布日期, shows 长期 without expiry and 废止日期 when repealed', () => {
    expect(metaRow('rencai-fazhan-shiwuwu-guihua', '施行日期')).toBe(
      metaRow('rencai-fazhan-shiwuwu-guihua', '发布日期'),
    );
    expect(metaRow('gaocengci-rencai-yinjin-banfa', '有效期至')).toBe('长期');
    expect(metaRow('rencai-gongyu-guanli-zanxing-banfa', '废止日期')).toBe('2025年6月30日');
  });

  test.each(SLUGS)(
    '%s has the 政府网站发展指引 meta tags and its summary as description',
    (slug) => {
      const { data } = policySource(slug);
      const meta = (name: string) =>
        page(slug).querySelector(`meta[name="${name}"]`)?.getAttribute('content');
      expect(meta('ArticleTitle')).toBe(data.title);
      expect(meta('PubDate')).toBe(data.publishedOn);
      expect(meta('ContentSource')).toBe(data.issuer.join('、'));
      expect(meta('Keywords')).toBe(data.tags?.join(','));
      expect(meta('description')).toBe(data.summary);
      expect(page(slug).querySelectorAll('h1')).toHaveLength(1);
    },
  );

  test.each(SLUGS)('%s tells the search index its type, filters and 发文字号', (slug) => {
    const { data } = policySource(slug);
    const html = page(slug);
    const filters = html
      .querySelectorAll('[data-pagefind-filter]')
      .map((el) => `${el.getAttribute('data-pagefind-filter')}=${textOf(el)}`);
    expect(filters).toEqual([
      `type=${data.kind === '解读' ? '解读' : '政策'}`,
      `topic=${data.topic}`,
      `status=${STATUSES[slug]}`,
      `year=${data.publishedOn.slice(0, 4)}`,
    ]);
    expect(textOf(html.querySelector('[data-pagefind-meta="docNumber"]')) || undefined).toBe(
      data.docNumber,
    );
    expect(html.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
    for (const selector of [
      '.versions',
      '.related',
      '.citation',
      '.policy-toc',
      '.breadcrumbs',
      '.policy__source',
    ]) {
      for (const block of html.querySelectorAll(selector))
        expect(block.hasAttribute('data-pagefind-ignore'), selector).toBe(true);
    }
  });
});

describe('policy page: article and chapter anchors', () => {
  test.each(SLUGS)(
    '%s has an anchor for every article and chapter, and its contents link to them',
    (slug) => {
      const html = page(slug);
      const structure = parsePolicyStructure(policySource(slug).body);
      for (const article of structure.articles) {
        const element = html.querySelector(`#${article.anchor}`);
        expect(element?.classList.contains('article'), article.anchor).toBe(true);
        expect(textOf(element).startsWith(article.label)).toBe(true);
      }
      for (const chapter of structure.chapters)
        expect(
          html.querySelector(`#${chapter.anchor}`)?.classList.contains('chapter'),
          chapter.anchor,
        ).toBe(true);
      for (const link of html.querySelectorAll('.policy-toc a')) {
        expect(
          html.querySelector(link.getAttribute('href')!),
          link.getAttribute('href'),
        ).not.toBeNull();
      }
    },
  );

  test('the contents list chapters with their articles', () => {
    const toc = page('gaocengci-rencai-yinjin-banfa').querySelector('.policy-toc');
    const structure = parsePolicyStructure(policySource('gaocengci-rencai-yinjin-banfa').body);
    expect(textOf(toc?.querySelector('summary'))).toBe(
      `目录（${structure.chapters.length} 章 ${structure.articles.length} 条）`,
    );
    expect(toc?.querySelectorAll('.policy-toc__chapters > li')).toHaveLength(
      structure.chapters.length,
    );
    expect(toc?.querySelectorAll('.policy-toc__chapters ol a')).toHaveLength(
      structure.articles.length,
    );
  });

  test('each article ends with a 引用 link to its own anchor', () => {
    const html = page('chengcai-huigui-shishi-yijian');
    const links = html.querySelectorAll('a.article-cite');
    expect(links).toHaveLength(20);
    for (const link of links) {
      expect(link.getAttribute('href')).toBe(`#${link.parentNode?.getAttribute('id')}`);
      expect(link.getAttribute('aria-label')).toMatch(/^引用第.+条$/);
      expect(link.hasAttribute('data-pagefind-ignore')).toBe(true);
    }
  });

  test('a body without articles gets a contents list of its sections', () => {
    const html = page('rencai-gongzuo-shishi-yijian');
    const links = html.querySelectorAll('.policy-toc a');
    expect(links.length).toBeGreaterThan(2);
    expect(textOf(links[0])).toBe('一、总体要求');
  });

  test('other collections get no 引用 links', () => {
    expect(readPage(SITE, '/').querySelectorAll('a.article-cite')).toHaveLength(0);
  });
});

describe('policy page: relations', () => {
  test('a policy links to its 解读, and the 解读 back to it', () => {
    const policyLinks = page('gaocengci-rencai-yinjin-banfa')
      .querySelectorAll('.related a')
      .map((a) => a.getAttribute('href'));
    expect(policyLinks).toContain('/policies/gaocengci-rencai-yinjin-banfa-jiedu/');
    const back = page('gaocengci-rencai-yinjin-banfa-jiedu')
      .querySelector('#interprets-title')
      ?.parentNode?.querySelector('a');
    expect(back?.getAttribute('href')).toBe('/policies/gaocengci-rencai-yinjin-banfa/');
    expect(
      page('chengcai-huigui-shishi-yijian')
        .querySelectorAll('.related a')
        .map((a) => a.getAttribute('href')),
    ).toContain('/policies/chengcai-huigui-shishi-yijian-jiedu/');
  });

  test('the header links a 解读 to its policy, and a policy to its 解读 below', () => {
    const jiedu = page('gaocengci-rencai-yinjin-banfa-jiedu').querySelector('.policy__interprets');
    expect(textOf(jiedu)).toBe('解读文件：《澄溪县高层次人才引进办法》');
    expect(jiedu?.querySelector('a')?.getAttribute('href')).toBe(
      '/policies/gaocengci-rencai-yinjin-banfa/',
    );
    expect(
      page('gaocengci-rencai-yinjin-banfa').querySelector('.policy__facts a')?.getAttribute('href'),
    ).toBe('#interpretations-title');
    expect(page('rencai-fazhan-shiwuwu-guihua').querySelector('.policy__facts a')).toBeNull();
  });

  test('a policy without 解读 says so', () => {
    expect(
      textOf(
        page('rencai-fazhan-shiwuwu-guihua').querySelector('#interpretations-title')?.parentNode,
      ),
    ).toContain('本文件暂无解读');
  });

  test.each(SLUGS)(
    '%s lists exactly the incentives that cite it, each with its article',
    (slug) => {
      const citing = incentiveSources.filter((s) => s.data.policy === slug);
      const section = page(slug).querySelector('#incentives-title')?.parentNode;
      const items = section?.querySelectorAll('li') ?? [];
      expect(items.map((li) => li.querySelector('a')?.getAttribute('href')).sort()).toEqual(
        citing.map((s) => `/incentives/${s.file.split('/').pop()!.replace(/\.md$/, '')}/`).sort(),
      );
      for (const source of citing) {
        if (!source.data.clause) continue;
        const li = items.find((item) =>
          item
            .querySelector('a')
            ?.getAttribute('href')
            ?.includes(`/${source.file.split('/').pop()!.replace(/\.md$/, '')}/`),
        );
        const clauseLink = li?.querySelector('.related__meta a');
        expect(textOf(clauseLink)).toBe(source.data.clause);
        expect(page(slug).querySelector(clauseLink!.getAttribute('href')!)).not.toBeNull();
      }
    },
  );

  test.each([
    [
      'chengcai-huigui-shishi-yijian-2021',
      ['chengcai-huigui-shishi-yijian-2021', 'chengcai-huigui-shishi-yijian'],
    ],
    [
      'chengcai-huigui-shishi-yijian',
      ['chengcai-huigui-shishi-yijian-2021', 'chengcai-huigui-shishi-yijian'],
    ],
    [
      'rencai-gongyu-guanli-zanxing-banfa',
      ['rencai-gongyu-guanli-zanxing-banfa', 'rencai-gongyu-guanli-banfa'],
    ],
    [
      'jixu-jinque-rencai-mulu-2027',
      ['jixu-jinque-rencai-mulu-2025', 'jixu-jinque-rencai-mulu-2027'],
    ],
  ])('%s shows its versions oldest first, itself marked', (slug, chain) => {
    const items = page(slug).querySelectorAll('.versions__item');
    expect(
      items.map(
        (li) =>
          li.querySelector('.versions__title a')?.getAttribute('href') ?? `/policies/${slug}/`,
      ),
    ).toEqual(chain.map((s) => `/policies/${s}/`));
    const current = items.find((li) => li.classList.contains('versions__item--current'));
    expect(current?.querySelector('[aria-current="page"]')).not.toBeNull();
    expect(items[1]?.querySelector('a[href$="/diff/"]')?.getAttribute('href')).toBe(
      `/policies/${chain[1]}/diff/`,
    );
  });

  test('a 解读 shows the versions of the policy it explains', () => {
    const items = page('chengcai-huigui-shishi-yijian-jiedu').querySelectorAll('.versions__item');
    expect(items).toHaveLength(2);
    expect(textOf(items[1])).toContain('本解读所解读的版本');
  });

  test('a policy with a single version has no timeline', () => {
    expect(page('rencai-fazhan-shiwuwu-guihua').querySelector('.versions')).toBeNull();
  });
});

describe('policy page: attachments, source and citation', () => {
  test.each([
    [
      'gaocengci-rencai-yinjin-banfa',
      'content/policies/2024/gaocengci-rencai-yinjin-banfa/gaocengci-rencai-fenlei-rending-biaozhun.pdf',
      'gaocengci-rencai-fenlei-rending-biaozhun.pdf',
      '（PDF，4 KB）',
    ],
    [
      'rencai-butie-shenbao-tongzhi-2026',
      'content/policies/2026/rencai-butie-shenbao-tongzhi-2026/chengxi-rencai-butie-shenbaobiao.xlsx',
      'chengxi-rencai-butie-shenbaobiao.xlsx',
      '（XLSX，3 KB）',
    ],
    [
      'rencai-butie-shenbao-tongzhi-2026',
      'content/policies/2026/rencai-butie-shenbao-tongzhi-2026/chengxi-rencai-butie-cailiao-qingdan.docx',
      'chengxi-rencai-butie-cailiao-qingdan.docx',
      '（DOCX，2 KB）',
    ],
  ])('%s publishes %s byte for byte, with its type and size', (slug, source, fileName, facts) => {
    const href = `/policies/${slug}/files/${fileName}`;
    expect(readSiteBytes(SITE, href).equals(readFileSync(source))).toBe(true);
    const link = page(slug)
      .querySelectorAll('.attachments a')
      .find((a) => a.getAttribute('href') === href);
    expect(link?.getAttribute('download')).toBe(fileName);
    expect(link?.getAttribute('data-print-url')).toBe(`${ORIGIN}${href}`);
    expect(textOf(link?.parentNode?.querySelector('.attachments__facts'))).toBe(facts);
  });

  test('links the original document', () => {
    expect(
      page('gaocengci-rencai-yinjin-banfa')
        .querySelector('.policy__source a')
        ?.getAttribute('href'),
    ).toBe(policySource('gaocengci-rencai-yinjin-banfa').data.source);
  });

  test.each([
    [
      'chengcai-huigui-shishi-yijian',
      '《澄溪县“澄才回归”工程实施意见（2024年修订）》（澄委办发〔2024〕9号），https://rc.chengxi.example.gov.cn/policies/chengcai-huigui-shishi-yijian/',
      '《澄溪县“澄才回归”工程实施意见（2024年修订）》（澄委办发〔2024〕9号）第一条，https://rc.chengxi.example.gov.cn/policies/chengcai-huigui-shishi-yijian/#art-1',
    ],
    [
      'gaocengci-rencai-yinjin-banfa-jiedu',
      '《〈澄溪县高层次人才引进办法〉政策解读》，https://rc.chengxi.example.gov.cn/policies/gaocengci-rencai-yinjin-banfa-jiedu/',
      null,
    ],
  ])(
    '%s says how to cite it, and how to cite one of its articles',
    (slug, citation, articleCitation) => {
      const block = page(slug).querySelector('.citation');
      expect(textOf(block?.querySelector('.citation__text'))).toBe(citation);
      expect(textOf(block?.querySelector('.citation__hint'))).toBe(
        '点一下引用文字即可全选，便于复制。',
      );
      expect(textOf(block?.querySelector('.citation__text--article')) || null).toBe(
        articleCitation,
      );
      expect(Boolean(block?.querySelector('.citation__how'))).toBe(articleCitation !== null);
    },
  );
});

describe('policy page: weight', () => {
  // Issue 8: a policy page runs no JavaScript except the search box (a plain form here); the
  // only scripts are the site-wide 适老化 switch's, and nothing they import. Inline scripts are
  // ruled out on every page by securityOutput.test.ts.
  test.each(SLUGS)('%s loads no script but the 适老化 switch', (slug) => {
    const scripts = measurePageScripts(testSiteDir(SITE), `/policies/${slug}/`);
    expect(unexpectedScripts(testSiteDir(SITE), scripts, POLICY_PAGE_SCRIPTS), slug).toEqual([]);
    expect(scripts.files.length).toBe(POLICY_PAGE_SCRIPTS.length);
  });
});
