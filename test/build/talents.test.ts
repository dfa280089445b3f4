import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { TEST_AS_OF, testSiteDir, readSiteFile, type TestSiteName } from '../support/testSites.ts';
import { fileForUrl, loadPage } from '../support/siteFiles.ts';
import { findImageFileMetadata } from '../support/imageMetadata.ts';
import { validateTree } from '../../scripts/lib/validateTree.ts';
import { buildContentModel } from '../../src/lib/contentModel.ts';

const ORIGIN = 'https://rc.chengxi.example.gov.cn';

/** The sample's published talents at 2026-11-21: featured first (newest first), then the rest newest first. */
const DIRECTORY_ORDER = ['he-yanqiu', 'luo-chunya', 'su-nianhe', 'tao-jingchuan', 'long-siyuan', 'yang-zhiyuan', 'wei-yining', 'xiang-xiaolan'];
/** The same talents by publication date, newest first, as the press page, feed and data files list them. */
const NEWEST_FIRST = ['long-siyuan', 'yang-zhiyuan', 'wei-yining', 'xiang-xiaolan', 'he-yanqiu', 'luo-chunya', 'su-nianhe', 'tao-jingchuan'];
/** Embargoed (deng-tiesheng, publishedOn 2026-12-20) and draft (du-qinghe). */
const UNPUBLISHED = [
  { slug: 'deng-tiesheng', name: '邓铁生' },
  { slug: 'du-qinghe', name: '杜清和' },
];

const talentLinks = ($: ReturnType<typeof loadPage>, selector: string) =>
  $(selector).map((_, a) => $(a).attr('href')!.match(/\/talents\/([a-z0-9-]+)\/$/)?.[1]).get();

/** Asserts that every candidate of a srcset exists and has the width its descriptor claims. */
async function expectSrcsetResolves(site: TestSiteName, srcset: string) {
  const candidates = srcset.split(',').map((c) => c.trim().split(/\s+/) as [string, string]);
  expect(candidates.length).toBeGreaterThanOrEqual(2);
  for (const [url, descriptor] of candidates) {
    const file = fileForUrl(site, url);
    expect(file, url).not.toBeNull();
    expect(`${(await sharp(file!).metadata()).width}w`, url).toBe(descriptor);
  }
}

describe('/talents/', () => {
  const $ = loadPage('sample', '/talents/');

  test('lists every published talent, featured first, then newest first', () => {
    expect(talentLinks($, '.talent-grid .talent-card__name a')).toEqual(DIRECTORY_ORDER);
  });

  test('gives each card a responsive photo: AVIF and WebP sources, a JPEG fallback, sizes, width and height', async () => {
    const pictures = $('.talent-grid picture');
    expect(pictures.length).toBe(DIRECTORY_ORDER.length);
    for (const picture of pictures.toArray()) {
      const avif = $(picture).find('source[type="image/avif"]');
      const webp = $(picture).find('source[type="image/webp"]');
      const img = $(picture).find('img');
      expect(avif.attr('sizes')).toBeTruthy();
      await expectSrcsetResolves('sample', avif.attr('srcset')!);
      await expectSrcsetResolves('sample', webp.attr('srcset')!);
      await expectSrcsetResolves('sample', img.attr('srcset')!);
      expect(img.attr('src')).toMatch(/\.jpg$/);
      expect(Number(img.attr('width'))).toBeGreaterThan(0);
      expect(Number(img.attr('height'))).toBeGreaterThan(0);
      expect(img.attr('alt')).toMatch(/^插画：/);
    }
  });

  test('loads the first photos eagerly and the rest lazily', () => {
    expect($('.talent-grid img').map((_, img) => $(img).attr('loading')).get()).toEqual([...Array(3).fill('eager'), ...Array(DIRECTORY_ORDER.length - 3).fill('lazy')]);
  });

  test('offers every filter value with its count, linking only values that select someone', () => {
    const values = $('.talent-filters li').map((_, li) => ({ text: $(li).text().trim(), href: $(li).find('a').attr('href') ?? null })).get();
    expect(values).toContainEqual({ text: '全部人物（8）', href: '/talents/' });
    expect(values).toContainEqual({ text: '高技能人才（1）', href: '/talents/team/gaojineng/' });
    expect(values).toContainEqual({ text: '新材料（2）', href: '/talents/field/xincailiao/' });
    expect(values).toContainEqual({ text: '国家级荣誉（1）', href: '/talents/honor/national/' });
    expect(values).toContainEqual({ text: '返乡人才（3）', href: '/talents/returnee/' });
    expect(values.filter((v) => /人才（\d+）$/.test(v.text) && v.href?.startsWith('/talents/team/'))).toHaveLength(6);
    for (const { href } of values) if (href) expect(fileForUrl('sample', href), href).not.toBeNull();
  });
});

describe('filter pages', () => {
  test.each([
    ['/talents/team/zhuanye-jishu/', '专业技术人才', ['he-yanqiu', 'su-nianhe', 'long-siyuan']],
    ['/talents/team/gaojineng/', '高技能人才', ['tao-jingchuan']],
    ['/talents/team/nongcun-shiyong/', '农村实用人才', ['luo-chunya']],
    ['/talents/field/xincailiao/', '新材料', ['he-yanqiu', 'long-siyuan']],
    ['/talents/field/zhongyaocai/', '中药材', ['yang-zhiyuan']],
    ['/talents/honor/national/', '国家级荣誉', ['tao-jingchuan']],
    ['/talents/honor/provincial/', '省级荣誉', ['he-yanqiu', 'luo-chunya', 'su-nianhe', 'tao-jingchuan', 'wei-yining']],
    ['/talents/returnee/', '返乡人才', ['he-yanqiu', 'luo-chunya', 'long-siyuan']],
  ])('%s lists exactly the published talents it selects', (path, label, slugs) => {
    const $ = loadPage('sample', path);
    expect($('h1').text()).toBe(`人才风采：${label}`);
    expect(talentLinks($, '.talent-grid .talent-card__name a')).toEqual(slugs);
    expect($(`.talent-filters a[aria-current="page"]`).attr('href')).toBe(path);
    expect($('.talent-directory__count').text().trim()).toBe(`${label}：共 ${slugs.length} 位`);
  });

  test('every filter page has an ASCII URL, and only values with talents get one', () => {
    const pages = globSync('talents/{team,field,honor}/*/index.html', { cwd: testSiteDir('sample') }).map((f) => f.replace(/index\.html$/, '')).sort();
    expect(pages).toEqual([
      'talents/field/chaye/', 'talents/field/shehuigongzuo/', 'talents/field/xiangcunguihua/', 'talents/field/xincailiao/',
      'talents/field/yudiao/', 'talents/field/zhongyaocai/', 'talents/field/zhongyi/',
      'talents/honor/county/', 'talents/honor/municipal/', 'talents/honor/national/', 'talents/honor/provincial/',
      'talents/team/dangzheng/', 'talents/team/gaojineng/', 'talents/team/nongcun-shiyong/', 'talents/team/qiye-jingying-guanli/',
      'talents/team/shehui-gongzuo/', 'talents/team/zhuanye-jishu/',
    ]);
  });
});

describe('/talents/<slug>/', () => {
  const $ = loadPage('sample', '/talents/tao-jingchuan/');

  test('tells the story with name, organisation, team, tier, field and the rendered body', () => {
    expect($('h1').length).toBe(1);
    expect($('h1').text()).toBe('陶景川');
    const facts = $('.talent-story__facts li').map((_, li) => $(li).text()).get();
    expect(facts).toEqual(['人才队伍：高技能人才', '人才层次：C类（省级领军人才）', '行业领域：玉雕', '工作单位：澄溪县景川玉雕工作室']);
    expect($('.talent-story__body p').first().text()).toMatch(/^清晨七点，澄溪县玉石街尽头/);
    expect($('main').attr('data-pagefind-body')).toBe('');
  });

  test('shows the photo eagerly with its alt text, width and height, and the credit', async () => {
    const img = $('.talent-story__figure img');
    expect(img.attr('alt')).toBe('插画：玉雕师陶景川坐在工作台前，手持雕刀打磨一块青白玉料，身后是远山和工作室的木窗。');
    expect(img.attr('loading')).toBe('eager');
    expect([img.attr('width'), img.attr('height')]).toEqual(['1600', '1067']);
    await expectSrcsetResolves('sample', $('.talent-story__figure source[type="image/avif"]').attr('srcset')!);
    expect($('.talent-story__figure figcaption').text()).toBe('图：澄溪县融媒体中心 绘');
  });

  test('shows the quote and the honours as a timeline, oldest first, with the level written out', () => {
    expect($('.talent-story__quote p').text()).toBe('玉料不会说话，但每一道绺裂都在告诉你它想成为什么。');
    const honors = $('.honor-timeline li').map((_, li) => [[$(li).find('time').attr('datetime'), $(li).find('.honor-timeline__title').text(), $(li).find('.honor-timeline__level').text()]]).get();
    expect(honors).toEqual([
      ['2019', '省工艺美术大师', '省级'],
      ['2022', '全国技术能手', '国家级'],
      ['2023', '市级技能大师工作室领办人', '市级'],
      ['2025', '第三届“澄溪英才”', '县级'],
    ]);
  });

  test.each([
    ['tao-jingchuan', ['tese-hangye-rencai-pingjia-banfa'], ['jineng-dengji-tisheng-jiangli']],
    ['he-yanqiu', ['gaocengci-rencai-yinjin-banfa'], ['boshi-yanjiusheng-anjia-butie', 'gaocengci-rencai-keyan-qidong-jingfei']],
    ['long-siyuan', ['chengcai-huigui-shishi-yijian'], ['fanxiang-shuoshi-shenghuo-butie', 'fanxiang-shuoshi-anjia-butie', 'gaoxiao-biyesheng-qiye-jiuye-jiangli']],
    ['luo-chunya', ['chengcai-huigui-shishi-yijian-2021'], ['fanxiang-chuangye-butie']],
    ['wei-yining', [], []],
  ])('%s links the policies and incentives its story mentions', (slug, policies, incentives) => {
    const page = loadPage('sample', `/talents/${slug}/`);
    const hrefs = page('.story-mentions a').map((_, a) => page(a).attr('href')).get();
    expect(hrefs).toEqual([...policies.map((p) => `/policies/${p}/`), ...incentives.map((i) => `/incentives/${i}/`)]);
    expect(page('.story-mentions').attr('data-pagefind-ignore')).toBe(policies.length + incentives.length ? '' : undefined);
  });

  test('never links an unpublished policy or incentive from any talent page', () => {
    const { input } = validateTree('content', TEST_AS_OF);
    const model = buildContentModel(input, TEST_AS_OF);
    const published = new Set([...model.policies.map((p) => `/policies/${p.slug}/`), ...model.incentives.map((i) => `/incentives/${i.slug}/`)]);
    for (const slug of DIRECTORY_ORDER) {
      const page = loadPage('sample', `/talents/${slug}/`);
      for (const href of page('main a[href^="/policies/"], main a[href^="/incentives/"]').map((_, a) => page(a).attr('href')).get()) {
        expect(published.has(href), `${slug} → ${href}`).toBe(true);
      }
    }
  });

  test('tells the search index its type, team and year, and its field as metadata', () => {
    const filters = $('[data-pagefind-filter]').map((_, el) => `${$(el).attr('data-pagefind-filter')}=${$(el).text()}`).get();
    expect(filters).toEqual(['type=人才', 'team=高技能人才', 'year=2025']);
    expect($('[data-pagefind-meta="field"]').text()).toBe('玉雕');
    expect($('[data-pagefind-sort="date"]').text()).toBe('2025-10-15');
    expect($('.search-meta').length).toBe(1);
  });
});

describe('press kit on a talent page', () => {
  const $ = loadPage('sample', '/talents/tao-jingchuan/');
  const kit = (key: string) => $(`#kit-${key}`).text();

  test('offers the full-size photo as a metadata-free JPEG with a meaningful file name', async () => {
    const link = $('.press-kit__download a');
    expect(link.attr('download')).toBe('tao-jingchuan-1600x1067.jpg');
    const file = fileForUrl('sample', link.attr('href')!);
    expect(file).not.toBeNull();
    const meta = await sharp(file!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1600, 1067]);
    expect(await findImageFileMetadata(file!)).toEqual([]);
  });

  test('gives the credit line, a suggested caption, the quote and a ready-to-paste citation', () => {
    expect(kit('credit')).toBe('澄溪县融媒体中心 绘');
    expect(kit('caption')).toBe('插画：玉雕师陶景川坐在工作台前，手持雕刀打磨一块青白玉料，身后是远山和工作室的木窗。（陶景川，澄溪县景川玉雕工作室；澄溪县融媒体中心 绘）');
    expect(kit('quote')).toBe('玉料不会说话，但每一道绺裂都在告诉你它想成为什么。');
    expect(kit('citation')).toBe('澄溪县人才工作网《人才风采｜陶景川：玉料不会说话，但每一道绺裂都在告诉你它想成为什么》，2025年10月15日，https://rc.chengxi.example.gov.cn/talents/tao-jingchuan/');
    expect($('meta[name="ArticleTitle"]').attr('content')).toBe('人才风采｜陶景川：玉料不会说话，但每一道绺裂都在告诉你它想成为什么');
    expect($('meta[name="PubDate"]').attr('content')).toBe('2025-10-15');
  });

  test('has a 1200×630 Open Graph and Twitter card image made from the photo', async () => {
    const url = $('meta[property="og:image"]').attr('content')!;
    expect(url.startsWith(`${ORIGIN}/_astro/`)).toBe(true);
    const file = fileForUrl('sample', url, ORIGIN);
    expect(file).not.toBeNull();
    const meta = await sharp(file!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    expect(await findImageFileMetadata(file!)).toEqual([]);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:image:alt"]').attr('content')).toBe($('.talent-story__figure img').attr('alt'));
  });

  test('keeps the copy buttons hidden without JavaScript and loads their script from a file', () => {
    expect($('.press-kit__copy').length).toBe(4);
    expect($('.press-kit__copy:not([hidden])').length).toBe(0);
    expect($('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])').length).toBe(0);
    expect($('script[type="module"][src^="/_astro/"]').length).toBeGreaterThanOrEqual(1);
  });
});

describe('/press/', () => {
  const $ = loadPage('sample', '/press/');

  test('lists every published story, newest first, each with its kit', () => {
    expect(talentLinks($, '.press-story h3 a')).toEqual(NEWEST_FIRST);
    for (const story of $('.press-story').toArray()) {
      const download = $(story).find('.press-kit__download a');
      expect(fileForUrl('sample', download.attr('href')!)).not.toBeNull();
      expect(download.attr('download')).toMatch(/^[a-z0-9-]+-\d+x\d+\.jpg$/);
      expect($(story).find('[id$="-citation"]').text()).toMatch(/^澄溪县人才工作网《人才风采｜.+》，\d{4}年\d{1,2}月\d{1,2}日，https:\/\/rc\.chengxi\.example\.gov\.cn\/talents\/[a-z0-9-]+\/$/);
      expect($(story).find('[id$="-credit"]').text()).not.toBe('');
    }
  });

  test('gives the office’s media contact from site.yaml', () => {
    const contact = $('.press-contact').text();
    for (const value of ['中共澄溪县委人才工作领导小组办公室', '0838-6201234', 'rcb@chengxi.example.gov.cn', '澄溪县城关镇滨江路88号县委大院3号楼204室']) expect(contact).toContain(value);
    expect($('.press-contact a[href="mailto:rcb@chengxi.example.gov.cn"]').length).toBe(1);
  });

  test('has one h1 and ids unique on the page', () => {
    expect($('h1').length).toBe(1);
    const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('/talents/rss.xml', () => {
  const rss = new XMLParser({ ignoreAttributes: false }).parse(readSiteFile('sample', 'talents/rss.xml'));

  test('is an RSS 2.0 feed of the published stories, newest first', () => {
    expect(rss.rss['@_version']).toBe('2.0');
    expect(rss.rss.channel.title).toBe('澄溪县人才工作网 - 人才风采');
    expect(rss.rss.channel.link).toBe(`${ORIGIN}/talents/`);
    expect(rss.rss.channel.description).toBeTruthy();
    const items = rss.rss.channel.item as { link: string; guid: { '#text': string }; title: string; pubDate: string }[];
    expect(items.map((i) => i.link)).toEqual(NEWEST_FIRST.map((slug) => `${ORIGIN}/talents/${slug}/`));
    expect(items.every((i) => i.guid['#text'] === i.link && i.title.startsWith('人才风采｜'))).toBe(true);
  });

  test('dates each item from its publishedOn, not from the clock', () => {
    const item = (rss.rss.channel.item as { link: string; pubDate: string }[]).find((i) => i.link.endsWith('/tao-jingchuan/'))!;
    expect(item.pubDate).toBe('Tue, 14 Oct 2025 16:00:00 GMT');
    expect(readSiteFile('sample', 'talents/rss.xml')).not.toMatch(/lastBuildDate/);
  });
});

describe('/data/talents.json and /data/talents.csv', () => {
  const json = JSON.parse(readSiteFile('sample', 'data/talents.json')) as { asOf: string; count: number; talents: Record<string, unknown>[] };

  test('holds every published talent with absolute URLs and no unpublished fields', () => {
    expect(json.asOf).toBe(TEST_AS_OF);
    expect(json.talents.map((t) => t.slug)).toEqual(NEWEST_FIRST);
    expect(json.count).toBe(NEWEST_FIRST.length);
    const tao = json.talents.find((t) => t.slug === 'tao-jingchuan')!;
    expect(tao).toMatchObject({ url: `${ORIGIN}/talents/tao-jingchuan/`, name: '陶景川', team: '高技能人才', tier: 'C', field: '玉雕', returnee: false, publishedOn: '2025-10-15', photoCredit: '澄溪县融媒体中心 绘' });
    expect(Object.keys(tao)).not.toContain('consent');
    expect(Object.keys(tao)).not.toContain('draft');
  });

  test('points each photo at the metadata-free full-size JPEG', async () => {
    for (const talent of json.talents) {
      const file = fileForUrl('sample', String(talent.photo), ORIGIN);
      expect(file, String(talent.photo)).not.toBeNull();
      expect((await sharp(file!).metadata()).format).toBe('jpeg');
      expect(await findImageFileMetadata(file!)).toEqual([]);
    }
  });

  test('has the same records as CSV with a BOM and a header of the JSON keys', () => {
    const csv = readSiteFile('sample', 'data/talents.csv');
    expect(csv.startsWith('\uFEFFslug,url,name,team,tier,field,organization,honors,returnee,quote,summary,publishedOn,photo,photoAlt,photoCredit\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n').slice(1);
    expect(rows.map((r) => r.split(',')[0])).toEqual(NEWEST_FIRST);
    expect(rows.find((r) => r.startsWith('tao-jingchuan,'))).toContain('2019 省工艺美术大师（省级）；2022 全国技术能手（国家级）');
  });
});

describe('unpublished talents', () => {
  test.each(['sample', 'sampleBase'] as const)('never reach %s: neither name nor slug is in any file, compressed or not', (site) => {
    const dir = testSiteDir(site);
    const files = globSync('**/*', { cwd: dir, onlyFiles: true, dot: true });
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const data = readFileSync(join(dir, file));
      const texts = [data.toString('utf8')];
      if (data[0] === 0x1f && data[1] === 0x8b) texts.push(gunzipSync(data).toString('utf8'));
      for (const text of texts) {
        for (const { slug, name } of UNPUBLISHED) {
          expect(text.includes(name), `${file} 含 ${name}`).toBe(false);
          expect(text.includes(slug), `${file} 含 ${slug}`).toBe(false);
        }
      }
    }
  });
});

describe('under a base path', () => {
  test('links, images, feed and data carry /rencai/', () => {
    const $ = loadPage('sampleBase', '/talents/tao-jingchuan/');
    expect($('.breadcrumbs a').first().attr('href')).toBe('/rencai/');
    expect($('meta[property="og:image"]').attr('content')).toMatch(new RegExp(`^${ORIGIN}/rencai/_astro/`));
    expect(fileForUrl('sampleBase', $('meta[property="og:image"]').attr('content')!, ORIGIN)).not.toBeNull();
    expect(fileForUrl('sampleBase', $('.press-kit__download a').attr('href')!)).not.toBeNull();
    expect($('#kit-citation').text()).toContain(`${ORIGIN}/rencai/talents/tao-jingchuan/`);
    const list = loadPage('sampleBase', '/talents/');
    for (const href of list('.talent-filters a, .talent-card__name a').map((_, a) => list(a).attr('href')).get()) {
      expect(fileForUrl('sampleBase', href), href).not.toBeNull();
    }
    const json = JSON.parse(readSiteFile('sampleBase', 'data/talents.json')) as { talents: { url: string; photo: string }[] };
    expect(json.talents.every((t) => t.url.startsWith(`${ORIGIN}/rencai/talents/`) && fileForUrl('sampleBase', t.photo, ORIGIN) !== null)).toBe(true);
    expect(readSiteFile('sampleBase', 'talents/rss.xml')).toContain(`<link>${ORIGIN}/rencai/talents/tao-jingchuan/</link>`);
  });
});
