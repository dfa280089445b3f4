import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { TEST_AS_OF, testSiteDir, readSiteFile, type TestSiteName } from '../support/testSites.ts';
import type { HTMLElement } from 'node-html-parser';
import { breadcrumbTrail, fileForUrl, readPage } from '../support/builtSite.ts';
import { findImageFileMetadata } from '../support/imageMetadata.ts';
import { validateTree } from '../../scripts/lib/validateTree.ts';
import { buildContentModel } from '../../src/lib/content/contentModel.ts';

const ORIGIN = 'https://rc.chengxi.example.gov.cn';

/** The sample's published talents at 2026-11-21: featured first (newest first), then the rest newest first. */
const DIRECTORY_ORDER = [
  'he-yanqiu',
  'luo-chunya',
  'su-nianhe',
  'tao-jingchuan',
  'long-siyuan',
  'yang-zhiyuan',
  'wei-yining',
  'xiang-xiaolan',
];
/** The same talents by publication date, newest first, as the press page, feed and data files list them. */
const NEWEST_FIRST = [
  'long-siyuan',
  'yang-zhiyuan',
  'wei-yining',
  'xiang-xiaolan',
  'he-yanqiu',
  'luo-chunya',
  'su-nianhe',
  'tao-jingchuan',
];
/** Embargoed (deng-tiesheng, publishedOn 2026-12-20) and draft (du-qinghe). */
const UNPUBLISHED = [
  { slug: 'deng-tiesheng', name: '邓铁生' },
  { slug: 'du-qinghe', name: '杜清和' },
];

/** The untrimmed text of every element the selector matches, concatenated ('' when none does). */
const textAt = (root: HTMLElement, selector: string) =>
  root
    .querySelectorAll(selector)
    .map((el) => el.textContent)
    .join('');
/** An attribute of the first element the selector matches; undefined when none does or it lacks the attribute. */
const attrAt = (root: HTMLElement, selector: string, name: string) =>
  root.querySelector(selector)?.getAttribute(name);
/** An attribute of every element the selector matches, in document order, skipping elements that lack it. */
const attrsAt = (root: HTMLElement, selector: string, name: string) =>
  root.querySelectorAll(selector).flatMap((el) => el.getAttribute(name) ?? []);

const talentLinks = (page: HTMLElement, selector: string) =>
  page
    .querySelectorAll(selector)
    .flatMap((a) => /\/talents\/([a-z0-9-]+)\/$/.exec(a.getAttribute('href')!)?.[1] ?? []);

/** Asserts that every candidate of a srcset exists and has the width its descriptor claims. */
async function expectSrcsetResolves(site: TestSiteName, srcset: string | null | undefined) {
  expect(srcset).toBeTruthy();
  const candidates = (srcset ?? '')
    .split(',')
    .map((c) => c.trim().split(/\s+/) as [string, string]);
  expect(candidates.length).toBeGreaterThanOrEqual(2);
  for (const [url, descriptor] of candidates) {
    const file = fileForUrl(site, url);
    expect(file, url).not.toBeNull();
    expect(`${(await sharp(file!).metadata()).width}w`, url).toBe(descriptor);
  }
}

describe('/talents/', () => {
  const page = readPage('sample', '/talents/');

  test('lists every published talent, featured first, then newest first', () => {
    expect(talentLinks(page, '.talent-grid .talent-card__name a')).toEqual(DIRECTORY_ORDER);
  });

  test('gives each card a responsive photo: AVIF and WebP sources, a JPEG fallback, sizes, width and height', async () => {
    const pictures = page.querySelectorAll('.talent-grid picture');
    expect(pictures.length).toBe(DIRECTORY_ORDER.length);
    for (const picture of pictures) {
      const avif = picture.querySelector('source[type="image/avif"]');
      const webp = picture.querySelector('source[type="image/webp"]');
      const img = picture.querySelector('img');
      expect(avif?.getAttribute('sizes')).toBeTruthy();
      await expectSrcsetResolves('sample', avif?.getAttribute('srcset'));
      await expectSrcsetResolves('sample', webp?.getAttribute('srcset'));
      await expectSrcsetResolves('sample', img?.getAttribute('srcset'));
      expect(img?.getAttribute('src')).toMatch(/\.jpg$/);
      expect(Number(img?.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img?.getAttribute('height'))).toBeGreaterThan(0);
      expect(img?.getAttribute('alt')).toMatch(/^插画：/);
    }
  });

  test('loads the first photos eagerly and the rest lazily', () => {
    expect(attrsAt(page, '.talent-grid img', 'loading')).toEqual([
      ...Array<string>(3).fill('eager'),
      ...Array<string>(DIRECTORY_ORDER.length - 3).fill('lazy'),
    ]);
  });

  test('offers every filter value with its count, linking only values that select someone', () => {
    const values = page
      .querySelectorAll('.talent-filters li')
      .map((li) => ({ text: li.textContent.trim(), href: attrAt(li, 'a', 'href') ?? null }));
    expect(values).toContainEqual({ text: '全部人物（8）', href: '/talents/' });
    expect(values).toContainEqual({ text: '高技能人才（1）', href: '/talents/team/gaojineng/' });
    expect(values).toContainEqual({ text: '新材料（2）', href: '/talents/field/xincailiao/' });
    expect(values).toContainEqual({ text: '国家级荣誉（1）', href: '/talents/honor/national/' });
    expect(values).toContainEqual({ text: '返乡人才（3）', href: '/talents/returnee/' });
    expect(
      values.filter((v) => /人才（\d+）$/.test(v.text) && v.href?.startsWith('/talents/team/')),
    ).toHaveLength(6);
    for (const { href } of values)
      if (href) expect(fileForUrl('sample', href), href).not.toBeNull();
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
    [
      '/talents/honor/provincial/',
      '省级荣誉',
      ['he-yanqiu', 'luo-chunya', 'su-nianhe', 'tao-jingchuan', 'wei-yining'],
    ],
    ['/talents/returnee/', '返乡人才', ['he-yanqiu', 'luo-chunya', 'long-siyuan']],
  ])('%s lists exactly the published talents it selects', (path, label, slugs) => {
    const page = readPage('sample', path);
    expect(textAt(page, 'h1')).toBe(`人才风采：${label}`);
    expect(talentLinks(page, '.talent-grid .talent-card__name a')).toEqual(slugs);
    expect(attrAt(page, '.talent-filters a[aria-current="page"]', 'href')).toBe(path);
    expect(textAt(page, '.talent-directory__count').trim()).toBe(`${label}：共 ${slugs.length} 位`);
  });

  test('every filter page has an ASCII URL, and only values with talents get one', () => {
    const pages = globSync('talents/{team,field,honor}/*/index.html', {
      cwd: testSiteDir('sample'),
    })
      .map((f) => f.replace(/index\.html$/, ''))
      .sort();
    expect(pages).toEqual([
      'talents/field/chaye/',
      'talents/field/shehuigongzuo/',
      'talents/field/xiangcunguihua/',
      'talents/field/xincailiao/',
      'talents/field/yudiao/',
      'talents/field/zhongyaocai/',
      'talents/field/zhongyi/',
      'talents/honor/county/',
      'talents/honor/municipal/',
      'talents/honor/national/',
      'talents/honor/provincial/',
      'talents/team/dangzheng/',
      'talents/team/gaojineng/',
      'talents/team/nongcun-shiyong/',
      'talents/team/qiye-jingying-guanli/',
      'talents/team/shehui-gongzuo/',
      'talents/team/zhuanye-jishu/',
    ]);
  });
});

describe('/talents/<slug>/', () => {
  const page = readPage('sample', '/talents/tao-jingchuan/');

  test('tells the story with name, organisation, team, tier, field and the rendered body', () => {
    expect(page.querySelectorAll('h1').length).toBe(1);
    expect(textAt(page, 'h1')).toBe('陶景川');
    const facts = page.querySelectorAll('.talent-story__facts li').map((li) => li.textContent);
    expect(facts).toEqual([
      '人才队伍：高技能人才',
      '人才层次：C类（省级领军人才）',
      '行业领域：玉雕',
      '工作单位：澄溪县景川玉雕工作室',
    ]);
    expect(page.querySelector('.talent-story__body p')?.textContent ?? '').toMatch(
      /^清晨七点，澄溪县玉石街尽头/,
    );
    expect(attrAt(page, 'main', 'data-pagefind-body')).toBe('');
  });

  test('has the shared breadcrumbs: 首页, 人才风采, then the person', () => {
    expect(breadcrumbTrail(page)).toEqual([
      { label: '首页', href: '/', current: false },
      { label: '人才风采', href: '/talents/', current: false },
      { label: '陶景川', href: null, current: true },
    ]);
  });

  test('shows the photo eagerly with its alt text, width and height, and the credit', async () => {
    const img = page.querySelector('.talent-story__figure img');
    expect(img?.getAttribute('alt')).toBe(
      '插画：玉雕师陶景川坐在工作台前，手持雕刀打磨一块青白玉料，身后是远山和工作室的木窗。',
    );
    expect(img?.getAttribute('loading')).toBe('eager');
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['1600', '1067']);
    await expectSrcsetResolves(
      'sample',
      attrAt(page, '.talent-story__figure source[type="image/avif"]', 'srcset'),
    );
    expect(textAt(page, '.talent-story__figure figcaption')).toBe('图：澄溪县融媒体中心 绘');
  });

  test('shows the quote and the honours as a timeline, oldest first, with the level written out', () => {
    expect(textAt(page, '.talent-story__quote p')).toBe(
      '玉料不会说话，但每一道绺裂都在告诉你它想成为什么。',
    );
    const honors = page
      .querySelectorAll('.honor-timeline li')
      .map((li) => [
        attrAt(li, 'time', 'datetime'),
        textAt(li, '.honor-timeline__title'),
        textAt(li, '.honor-timeline__level'),
      ]);
    expect(honors).toEqual([
      ['2019', '省工艺美术大师', '省级'],
      ['2022', '全国技术能手', '国家级'],
      ['2023', '市级技能大师工作室领办人', '市级'],
      ['2025', '第三届“澄溪英才”', '县级'],
    ]);
  });

  test.each([
    ['tao-jingchuan', ['tese-hangye-rencai-pingjia-banfa'], ['jineng-dengji-tisheng-jiangli']],
    [
      'he-yanqiu',
      ['gaocengci-rencai-yinjin-banfa'],
      ['boshi-yanjiusheng-anjia-butie', 'gaocengci-rencai-keyan-qidong-jingfei'],
    ],
    [
      'long-siyuan',
      ['chengcai-huigui-shishi-yijian'],
      [
        'fanxiang-shuoshi-shenghuo-butie',
        'fanxiang-shuoshi-anjia-butie',
        'gaoxiao-biyesheng-qiye-jiuye-jiangli',
      ],
    ],
    ['luo-chunya', ['chengcai-huigui-shishi-yijian-2021'], ['fanxiang-chuangye-butie']],
    ['wei-yining', [], []],
  ])('%s links the policies and incentives its story mentions', (slug, policies, incentives) => {
    const page = readPage('sample', `/talents/${slug}/`);
    const hrefs = attrsAt(page, '.story-mentions a', 'href');
    expect(hrefs).toEqual([
      ...policies.map((p) => `/policies/${p}/`),
      ...incentives.map((i) => `/incentives/${i}/`),
    ]);
    expect(attrAt(page, '.story-mentions', 'data-pagefind-ignore')).toBe(
      policies.length + incentives.length ? '' : undefined,
    );
  });

  test('never links an unpublished policy or incentive from any talent page', () => {
    const { input } = validateTree('content', TEST_AS_OF);
    const model = buildContentModel(input, TEST_AS_OF);
    const published = new Set([
      ...model.policies.map((p) => `/policies/${p.slug}/`),
      ...model.incentives.map((i) => `/incentives/${i.slug}/`),
    ]);
    for (const slug of DIRECTORY_ORDER) {
      const page = readPage('sample', `/talents/${slug}/`);
      for (const href of attrsAt(
        page,
        'main a[href^="/policies/"], main a[href^="/incentives/"]',
        'href',
      )) {
        expect(published.has(href), `${slug} → ${href}`).toBe(true);
      }
    }
  });

  test('tells the search index its type, team and year, and its field as metadata', () => {
    const filters = page
      .querySelectorAll('[data-pagefind-filter]')
      .map((el) => `${el.getAttribute('data-pagefind-filter')}=${el.textContent}`);
    expect(filters).toEqual(['type=人才', 'team=高技能人才', 'year=2025']);
    expect(textAt(page, '[data-pagefind-meta="field"]')).toBe('玉雕');
    expect(textAt(page, '[data-pagefind-sort="date"]')).toBe('2025-10-15');
    expect(page.querySelectorAll('.search-meta').length).toBe(1);
  });
});

describe('press kit on a talent page', () => {
  const page = readPage('sample', '/talents/tao-jingchuan/');
  const kit = (key: string) => textAt(page, `#kit-${key}`);

  test('offers the full-size photo as a metadata-free JPEG with a meaningful file name', async () => {
    const link = page.querySelector('.press-kit__download a');
    expect(link?.getAttribute('download')).toBe('tao-jingchuan-1600x1067.jpg');
    const file = fileForUrl('sample', link?.getAttribute('href') ?? '');
    expect(file).not.toBeNull();
    const meta = await sharp(file!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1600, 1067]);
    expect(await findImageFileMetadata(file!)).toEqual([]);
  });

  test('gives the credit line, a suggested caption, the quote and a ready-to-paste citation', () => {
    expect(kit('credit')).toBe('澄溪县融媒体中心 绘');
    expect(kit('caption')).toBe(
      '插画：玉雕师陶景川坐在工作台前，手持雕刀打磨一块青白玉料，身后是远山和工作室的木窗。（陶景川，澄溪县景川玉雕工作室；澄溪县融媒体中心 绘）',
    );
    expect(kit('quote')).toBe('玉料不会说话，但每一道绺裂都在告诉你它想成为什么。');
    expect(kit('citation')).toBe(
      '澄溪县人才工作网《人才风采｜陶景川：玉料不会说话，但每一道绺裂都在告诉你它想成为什么》，2025年10月15日，https://rc.chengxi.example.gov.cn/talents/tao-jingchuan/',
    );
    expect(attrAt(page, 'meta[name="ArticleTitle"]', 'content')).toBe(
      '人才风采｜陶景川：玉料不会说话，但每一道绺裂都在告诉你它想成为什么',
    );
    expect(attrAt(page, 'meta[name="PubDate"]', 'content')).toBe('2025-10-15');
  });

  test('has a 1200×630 Open Graph and Twitter card image made from the photo', async () => {
    const url = attrAt(page, 'meta[property="og:image"]', 'content')!;
    expect(url.startsWith(`${ORIGIN}/_astro/`)).toBe(true);
    const file = fileForUrl('sample', url, ORIGIN);
    expect(file).not.toBeNull();
    const meta = await sharp(file!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    expect(await findImageFileMetadata(file!)).toEqual([]);
    expect(attrAt(page, 'meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
    expect(attrAt(page, 'meta[property="og:type"]', 'content')).toBe('article');
    expect(attrAt(page, 'meta[property="og:image:alt"]', 'content')).toBe(
      attrAt(page, '.talent-story__figure img', 'alt'),
    );
  });

  test('keeps the copy buttons hidden without JavaScript and loads their script from a file', () => {
    expect(page.querySelectorAll('.press-kit__copy').length).toBe(4);
    expect(page.querySelectorAll('.press-kit__copy:not([hidden])').length).toBe(0);
    expect(
      page.querySelectorAll(
        'script:not([src]):not([type="application/json"]):not([type="application/ld+json"])',
      ).length,
    ).toBe(0);
    expect(
      page.querySelectorAll('script[type="module"][src^="/_astro/"]').length,
    ).toBeGreaterThanOrEqual(1);
  });
});

describe('/press/', () => {
  const page = readPage('sample', '/press/');

  test('lists every published story, newest first, each with its kit', () => {
    expect(talentLinks(page, '.press-story h3 a')).toEqual(NEWEST_FIRST);
    for (const story of page.querySelectorAll('.press-story')) {
      const download = story.querySelector('.press-kit__download a');
      expect(fileForUrl('sample', download?.getAttribute('href') ?? '')).not.toBeNull();
      expect(download?.getAttribute('download')).toMatch(/^[a-z0-9-]+-\d+x\d+\.jpg$/);
      expect(textAt(story, '[id$="-citation"]')).toMatch(
        /^澄溪县人才工作网《人才风采｜.+》，\d{4}年\d{1,2}月\d{1,2}日，https:\/\/rc\.chengxi\.example\.gov\.cn\/talents\/[a-z0-9-]+\/$/,
      );
      expect(textAt(story, '[id$="-credit"]')).not.toBe('');
    }
  });

  test('gives the office’s media contact from site.yaml', () => {
    const contact = textAt(page, '.press-contact');
    for (const value of [
      '中共澄溪县委人才工作领导小组办公室',
      '0838-6201234',
      'rcb@chengxi.example.gov.cn',
      '澄溪县城关镇滨江路88号县委大院3号楼204室',
    ])
      expect(contact).toContain(value);
    expect(
      page.querySelectorAll('.press-contact a[href="mailto:rcb@chengxi.example.gov.cn"]').length,
    ).toBe(1);
  });

  test('has one h1 and ids unique on the page', () => {
    expect(page.querySelectorAll('h1').length).toBe(1);
    const ids = attrsAt(page, '[id]', 'id');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('/talents/rss.xml', () => {
  const rss = new XMLParser({ ignoreAttributes: false }).parse(
    readSiteFile('sample', 'talents/rss.xml'),
  ) as {
    rss: {
      '@_version': string;
      channel: {
        title: string;
        link: string;
        description: string;
        item: { link: string; guid: { '#text': string }; title: string; pubDate: string }[];
      };
    };
  };

  test('is an RSS 2.0 feed of the published stories, newest first', () => {
    expect(rss.rss['@_version']).toBe('2.0');
    expect(rss.rss.channel.title).toBe('澄溪县人才工作网 - 人才风采');
    expect(rss.rss.channel.link).toBe(`${ORIGIN}/talents/`);
    expect(rss.rss.channel.description).toBeTruthy();
    const items = rss.rss.channel.item;
    expect(items.map((i) => i.link)).toEqual(
      NEWEST_FIRST.map((slug) => `${ORIGIN}/talents/${slug}/`),
    );
    expect(items.every((i) => i.guid['#text'] === i.link && i.title.startsWith('人才风采｜'))).toBe(
      true,
    );
  });

  test('dates each item from its publishedOn, not from the clock', () => {
    const item = rss.rss.channel.item.find((i) => i.link.endsWith('/tao-jingchuan/'))!;
    expect(item.pubDate).toBe('Tue, 14 Oct 2025 16:00:00 GMT');
    expect(readSiteFile('sample', 'talents/rss.xml')).not.toMatch(/lastBuildDate/);
  });
});

describe('/data/talents.json and /data/talents.csv', () => {
  const json = JSON.parse(readSiteFile('sample', 'data/talents.json')) as {
    asOf: string;
    count: number;
    talents: Record<string, unknown>[];
  };

  test('holds every published talent with absolute URLs and no unpublished fields', () => {
    expect(json.asOf).toBe(TEST_AS_OF);
    expect(json.talents.map((t) => t.slug)).toEqual(NEWEST_FIRST);
    expect(json.count).toBe(NEWEST_FIRST.length);
    const tao = json.talents.find((t) => t.slug === 'tao-jingchuan')!;
    expect(tao).toMatchObject({
      url: `${ORIGIN}/talents/tao-jingchuan/`,
      name: '陶景川',
      team: '高技能人才',
      tier: 'C',
      field: '玉雕',
      returnee: false,
      publishedOn: '2025-10-15',
      photoCredit: '澄溪县融媒体中心 绘',
    });
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
    expect(
      csv.startsWith(
        '\uFEFFslug,url,name,team,tier,field,organization,honors,returnee,quote,summary,publishedOn,photo,photoAlt,photoCredit\r\n',
      ),
    ).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n').slice(1);
    expect(rows.map((r) => r.split(',')[0])).toEqual(NEWEST_FIRST);
    expect(rows.find((r) => r.startsWith('tao-jingchuan,'))).toContain(
      '2019 省工艺美术大师（省级）；2022 全国技术能手（国家级）',
    );
  });
});

describe('unpublished talents', () => {
  test.each(['sample', 'sampleBase'] as const)(
    'never reach %s: neither name nor slug is in any file, compressed or not',
    (site) => {
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
    },
  );
});

describe('under a base path', () => {
  test('links, images, feed and data carry /rencai/', () => {
    const page = readPage('sampleBase', '/talents/tao-jingchuan/');
    expect(attrAt(page, '.breadcrumbs a', 'href')).toBe('/rencai/');
    expect(attrAt(page, 'meta[property="og:image"]', 'content')).toMatch(
      new RegExp(`^${ORIGIN}/rencai/_astro/`),
    );
    expect(
      fileForUrl('sampleBase', attrAt(page, 'meta[property="og:image"]', 'content')!, ORIGIN),
    ).not.toBeNull();
    expect(
      fileForUrl('sampleBase', attrAt(page, '.press-kit__download a', 'href')!),
    ).not.toBeNull();
    expect(textAt(page, '#kit-citation')).toContain(`${ORIGIN}/rencai/talents/tao-jingchuan/`);
    const list = readPage('sampleBase', '/talents/');
    for (const href of attrsAt(list, '.talent-filters a, .talent-card__name a', 'href')) {
      expect(fileForUrl('sampleBase', href), href).not.toBeNull();
    }
    const json = JSON.parse(readSiteFile('sampleBase', 'data/talents.json')) as {
      talents: { url: string; photo: string }[];
    };
    expect(
      json.talents.every(
        (t) =>
          t.url.startsWith(`${ORIGIN}/rencai/talents/`) &&
          fileForUrl('sampleBase', t.photo, ORIGIN) !== null,
      ),
    ).toBe(true);
    expect(readSiteFile('sampleBase', 'talents/rss.xml')).toContain(
      `<link>${ORIGIN}/rencai/talents/tao-jingchuan/</link>`,
    );
  });
});
