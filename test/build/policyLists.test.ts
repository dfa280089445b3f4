import { describe, expect, test } from 'vitest';
import { builtPagePaths, readPage, textOf } from '../support/builtSite.ts';
import { readSiteFile } from '../support/testSites.ts';

/**
 * The policy list and its filter pages, built without JavaScript: every facet value
 * has a page, the counts match the lists, and long lists are paginated by 15.
 */

const SITE = 'sample';
/** The published documents of the sample, newest first (publishedOn, then slug). */
const NEWEST_FIRST = [
  'jixu-jinque-rencai-mulu-2027',
  'rencai-fuwu-zhuanyuan-gongzuo-guize-tongzhi',
  'xichuan-rencai-fazhan-cujin-tiaoli',
  'gaoxiao-biyesheng-linghuo-jiuye-shebao-butie-buchong-tongzhi',
  'rencai-fazhan-shiwuwu-guihua',
  'rencai-butie-shenbao-tongzhi-2026',
  'disan-jie-chengxi-yingcai-biaozhang-jueding',
  'rencai-gongyu-guanli-banfa',
  'tese-hangye-rencai-pingjia-banfa',
  'jixu-jinque-rencai-mulu-2025',
  'gaoxiao-biyesheng-jiuye-chuangye-butie-xize',
  'chengcai-huigui-shishi-yijian-jiedu',
  'chengcai-huigui-shishi-yijian',
  'jiceng-zhongyiyao-rencai-shidaitu-peiyang-banfa',
  'gaocengci-rencai-yinjin-banfa-jiedu',
  'gaocengci-rencai-yinjin-banfa',
  'rencai-fazhan-zhuanxiang-zijin-guanli-guiding',
  'xincailiao-chanyeyuan-rencai-jiju-xingdong-fangan',
  'rencai-gongzuo-shishi-yijian',
  'chengcai-huigui-shishi-yijian-2021',
  'rencai-gongyu-guanli-zanxing-banfa',
];

const slugsOn = (path: string) =>
  readPage(SITE, path)
    .querySelectorAll('.policy-item')
    .map((item) => item.getAttribute('data-slug'));
/** The filter links of a page: facet label → [value, count, href]. */
const filterLinks = (path: string) =>
  readPage(SITE, path)
    .querySelectorAll('.filters__group')
    .map((group) => ({
      facet: textOf(group.querySelector('h3')),
      values: group.querySelectorAll('a').map((a) => {
        const [, value, count] = /^(.*)（(\d+)）$/.exec(textOf(a))!;
        return {
          value,
          count: Number(count),
          href: a.getAttribute('href')!,
          current: a.getAttribute('aria-current') === 'page',
        };
      }),
    }));

describe('/policies/', () => {
  test('lists every published document newest first, 15 per page', () => {
    expect([...slugsOn('/policies/'), ...slugsOn('/policies/page/2/')]).toEqual(NEWEST_FIRST);
    expect(slugsOn('/policies/')).toHaveLength(15);
    expect(builtPagePaths(SITE).filter((p) => p.startsWith('/policies/page/'))).toEqual([
      '/policies/page/2/',
    ]);
  });

  test('links the pages to each other', () => {
    const pager = readPage(SITE, '/policies/page/2/').querySelector('nav.pagination');
    expect(textOf(pager?.querySelector('.pagination__where'))).toBe('第 2 页，共 2 页');
    expect(pager?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/policies/');
    expect(pager?.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe(
      '/policies/page/2/',
    );
    expect(readPage(SITE, '/policies/').querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
      '/policies/page/2/',
    );
  });

  test('shows status, kind, 发文字号, issuer and date of each document', () => {
    const item = readPage(SITE, '/policies/page/2/').querySelector(
      '.policy-item[data-slug="chengcai-huigui-shishi-yijian-2021"]',
    );
    expect(textOf(item?.querySelector('.policy-item__facts'))).toBe(
      '已修订 意见 澄委办发〔2021〕18号 中共澄溪县委办公室、澄溪县人民政府办公室 2021年5月20日发布',
    );
    expect(item?.getAttribute('data-status')).toBe('已修订');
  });

  test('names the policy a 解读 explains', () => {
    const item = readPage(SITE, '/policies/').querySelector(
      '.policy-item[data-slug="gaocengci-rencai-yinjin-banfa-jiedu"]',
    );
    expect(item?.querySelector('.policy-item__interprets a')?.getAttribute('href')).toBe(
      '/policies/gaocengci-rencai-yinjin-banfa/',
    );
  });
});

describe('filter pages', () => {
  const facets = filterLinks('/policies/');

  test('offer the six facets in order, with a count for each value', () => {
    expect(facets.map((f) => f.facet)).toEqual([
      '状态',
      '主题分类',
      '文种',
      '发文机关',
      '发布年份',
      '适用对象',
    ]);
    expect(facets[0]!.values.map((v) => `${v.value}:${v.count}`)).toEqual([
      '现行有效:17',
      '尚未施行:1',
      '已修订:1',
      '已废止:1',
      '已失效:1',
    ]);
    expect(facets[4]!.values.map((v) => `${v.value}:${v.count}`)).toEqual([
      '2026:6',
      '2025:3',
      '2024:7',
      '2023:2',
      '2022:1',
      '2021:1',
      '2020:1',
    ]);
  });

  test('use ASCII URLs', () => {
    for (const facet of facets)
      for (const value of facet.values)
        expect(value.href).toMatch(
          /^\/policies\/(status|topic|kind|issuer|year|audience)\/[a-z0-9-]+\/$/,
        );
    expect(facets[1]!.values.find((v) => v.value === '人才引进')?.href).toBe(
      '/policies/topic/yinjin/',
    );
  });

  test.each(['状态', '主题分类', '文种', '发文机关', '发布年份', '适用对象'])(
    'every %s value has a page listing exactly its count of documents',
    (label) => {
      for (const value of facets.find((f) => f.facet === label)!.values) {
        const first = slugsOn(value.href);
        const second = value.count > 15 ? slugsOn(`${value.href}page/2/`) : [];
        expect([...first, ...second], value.href).toHaveLength(value.count);
        // A filter page keeps the newest-first order of the full list.
        expect([...first, ...second]).toEqual(
          NEWEST_FIRST.filter((s) => [...first, ...second].includes(s)),
        );
      }
    },
  );

  test('mark the current value and offer the way back to all documents', () => {
    const page = readPage(SITE, '/policies/status/yi-xiuding/');
    expect(textOf(page.querySelector('h1'))).toBe('状态：已修订');
    expect(slugsOn('/policies/status/yi-xiuding/')).toEqual(['chengcai-huigui-shishi-yijian-2021']);
    const current = filterLinks('/policies/status/yi-xiuding/')
      .flatMap((f) => f.values)
      .filter((v) => v.current);
    expect(current.map((v) => v.href)).toEqual(['/policies/status/yi-xiuding/']);
    expect(page.querySelectorAll('.listing__tools a').map((a) => a.getAttribute('href'))).toContain(
      '/policies/',
    );
  });

  test('count a joint document under each of its issuers and audiences', () => {
    const issuers = facets.find((f) => f.facet === '发文机关')!.values;
    const slugs = issuers.flatMap((v) => slugsOn(v.href));
    expect(slugs.filter((s) => s === 'gaocengci-rencai-yinjin-banfa')).toHaveLength(3);
  });

  test('have their own title and canonical URL', () => {
    const html = readSiteFile(SITE, 'policies/topic/yinjin/index.html');
    expect(html).toContain('<title>主题分类：人才引进 - 政策文件 - 澄溪县人才工作网</title>');
    expect(html).toContain(
      '<link rel="canonical" href="https://rc.chengxi.example.gov.cn/policies/topic/yinjin/">',
    );
  });
});
