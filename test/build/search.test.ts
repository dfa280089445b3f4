import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { globSync } from 'tinyglobby';
import { contentWords, startsSubResult } from '../../src/lib/search/searchSubResults.ts';
import { readPage, textOf } from '../support/builtSite.ts';
import { indexedText, readSearchFragments } from '../support/searchIndexFiles.ts';
import { readSiteFile, testSiteDir } from '../support/testSites.ts';

/**
 * The search index (/pagefind/) and the /search/ page of the sample site at the test as-of
 * date: what is indexed, with which filters and metadata, and what never is. The open data
 * files are the oracle for statuses and dates, so the index agrees with every other list.
 */

const sample = testSiteDir('sample');
const fragments = readSearchFragments(sample);
const ORIGIN = 'https://rc.chengxi.example.gov.cn';
const path = (url: string) => url.slice(ORIGIN.length);

interface PolicyRecord {
  slug: string;
  url: string;
  kind: string;
  topic: string;
  status: string;
  publishedOn: string;
  docNumber: string | null;
}
interface IncentiveRecord {
  slug: string;
  url: string;
  benefit: string;
  policy: string;
  policyStatus: string;
}
interface TalentRecord {
  slug: string;
  url: string;
  team: string;
  publishedOn: string;
}
const policies = (
  JSON.parse(readSiteFile('sample', 'data/policies.json')) as { policies: PolicyRecord[] }
).policies;
const incentives = JSON.parse(readSiteFile('sample', 'data/incentives.json')) as IncentiveRecord[];
const talents = (
  JSON.parse(readSiteFile('sample', 'data/talents.json')) as { talents: TalentRecord[] }
).talents;
const policyBySlug = new Map(policies.map((p) => [p.slug, p]));

describe('the search bundle', () => {
  test('holds what the browser needs and none of Pagefind’s own UIs or playground', () => {
    const entries = readdirSync(join(sample, 'pagefind')).sort();
    expect(entries).toEqual(
      expect.arrayContaining([
        'fragment',
        'filter',
        'index',
        'pagefind-entry.json',
        'pagefind-worker.js',
        'pagefind.js',
      ]),
    );
    expect(entries.some((e) => /^wasm\..*\.pagefind$/.test(e))).toBe(true);
    expect(entries.filter((e) => /ui|highlight|playground/.test(e))).toEqual([]);
  });

  test('is one Chinese index with every indexed page', () => {
    const entry = JSON.parse(readSiteFile('sample', 'pagefind/pagefind-entry.json')) as {
      version: string;
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBe(fragments.size);
  });
});

describe('what is indexed', () => {
  test('exactly the published policy, 解读, incentive and talent pages', () => {
    const expected = [...policies, ...incentives, ...talents].map((r) => path(r.url)).sort();
    expect([...fragments.keys()].sort()).toEqual(expected);
  });

  test.each([
    ['/policies/jiaoyu-weisheng-rencai-xianguan-xiaopin-banfa/', 'a draft policy'],
    ['/policies/rencai-fuwu-yijianshi-jicheng-banli-fangan/', 'an embargoed policy'],
    ['/talents/du-qinghe/', 'a draft talent story'],
    ['/talents/deng-tiesheng/', 'an embargoed talent story'],
    ['/', 'the home page'],
    ['/policies/', 'a list'],
    ['/finder/', 'the 政策计算器'],
    ['/search/', 'the search page'],
  ])('leaves out %s (%s)', (url) => {
    expect(fragments.has(url)).toBe(false);
  });

  test('finds no text of drafts or embargoed entries anywhere in the index', () => {
    const all = [...fragments.values()]
      .map((f) => `${indexedText(f)} ${Object.values(f.meta).join(' ')}`)
      .join('\n');
    for (const phrase of ['县管校聘', '杜清和', '邓铁生', '一件事”集成办理实施方案'])
      expect(all).not.toContain(phrase);
  });

  test('every indexed page can be sorted by date', () => {
    for (const url of fragments.keys()) {
      const html = readFileSync(join(sample, url, 'index.html'), 'utf8');
      expect(html, url).toMatch(/data-pagefind-sort="date">\d{4}-\d{2}-\d{2}</);
    }
  });
});

describe('text that is never indexed', () => {
  const texts = [...fragments.values()].map((f) => ({ url: f.url, text: indexedText(f) }));

  test.each([
    ['the skip link', '跳到主要内容'],
    ['the navigation', '政策计算器'],
    ['the footer', '网站标识码'],
    ['the footer address', '滨江路88号'],
    ['breadcrumbs', '首页'],
    ['the status banner', '效力提示'],
    ['the citation block', '引用本文'],
    ['the version timeline', '版本沿革'],
    ['the press kit', '媒体资料包'],
  ])('leaves out %s (%s)', (_, phrase) => {
    expect(texts.filter((t) => t.text.includes(phrase)).map((t) => t.url)).toEqual([]);
  });

  // Status is a filter, not text to match: a repealed document must not be found by 现行有效, nor any by its badge.
  test('leaves out status badges and the status and availability rows', () => {
    expect(texts.filter((t) => t.text.includes('现行有效')).map((t) => t.url)).toEqual([]);
    expect(texts.filter((t) => /受理状态|效力状态|状态 /.test(t.text)).map((t) => t.url)).toEqual(
      [],
    );
  });

  test.each([
    ['/policies/rencai-gongyu-guanli-zanxing-banfa/', '已废止'],
    ['/policies/chengcai-huigui-shishi-yijian-2021/', '已修订'],
    ['/policies/xincailiao-chanyeyuan-rencai-jiju-xingdong-fangan/', '已失效'],
    ['/policies/jixu-jinque-rencai-mulu-2027/', '尚未施行'],
    ['/incentives/boshi-yanjiusheng-anjia-butie/', '可申请'],
  ])('does not index the badge of %s (%s)', (url, status) => {
    expect(indexedText(fragments.get(url)!)).not.toContain(status);
  });

  test('leaves out the hidden search metadata as text', () => {
    expect(texts.filter((t) => /wh\d{4}n\d+h|\d+yuan/.test(t.text)).map((t) => t.url)).toEqual([]);
  });
});

describe('filters and metadata', () => {
  test('use only the filters of the spec', () => {
    const names = new Set([...fragments.values()].flatMap((f) => Object.keys(f.filters)));
    expect([...names].sort()).toEqual(
      ['benefit', 'status', 'team', 'topic', 'type', 'year'].sort(),
    );
  });

  test('give every policy and 解读 its type, topic, computed status and year', () => {
    for (const p of policies) {
      const fragment = fragments.get(path(p.url))!;
      expect(fragment.filters, p.slug).toEqual({
        type: [p.kind === '解读' ? '解读' : '政策'],
        topic: [p.topic],
        status: [p.status],
        year: [p.publishedOn.slice(0, 4)],
      });
      expect(fragment.meta.date).toBe(p.publishedOn);
      if (p.docNumber) expect(fragment.meta.docNumber).toBe(p.docNumber);
    }
  });

  test('give every incentive its benefit, and its source policy’s status, topic and year', () => {
    for (const i of incentives) {
      const source = policyBySlug.get(i.policy)!;
      expect(fragments.get(path(i.url))!.filters, i.slug).toEqual({
        type: ['激励'],
        benefit: [i.benefit],
        status: [i.policyStatus],
        topic: [source.topic],
        year: [source.publishedOn.slice(0, 4)],
      });
    }
  });

  test('give every talent story its team and year', () => {
    for (const t of talents) {
      expect(fragments.get(path(t.url))!.filters, t.slug).toEqual({
        type: ['人才'],
        team: [t.team],
        year: [t.publishedOn.slice(0, 4)],
      });
    }
  });

  test.each([
    ['/policies/rencai-gongyu-guanli-zanxing-banfa/', '已废止'],
    ['/policies/chengcai-huigui-shishi-yijian-2021/', '已修订'],
    ['/policies/xincailiao-chanyeyuan-rencai-jiju-xingdong-fangan/', '已失效'],
    ['/policies/jixu-jinque-rencai-mulu-2027/', '尚未施行'],
    ['/incentives/chengcai-huigui-shenghuo-butie-2021/', '已修订'],
  ])('mark %s %s', (url, status) => {
    expect(fragments.get(url)!.filters.status).toEqual([status]);
  });

  test('give a policy its own document number as a keyword and a 解读 the number of its policy as related', () => {
    expect(
      fragments.get('/policies/gaocengci-rencai-yinjin-banfa/')!.meta.keywords!.split(' '),
    ).toContain('wh2024n6h');
    expect(
      fragments.get('/policies/gaocengci-rencai-yinjin-banfa-jiedu/')!.meta.related!.split(' '),
    ).toContain('wh2024n6h');
    expect(
      fragments.get('/incentives/boshi-yanjiusheng-anjia-butie/')!.meta.keywords!.split(' '),
    ).toContain('200000yuan');
  });

  test('name the articles of a policy, so results can link to them', () => {
    const anchors = fragments.get('/policies/gaocengci-rencai-yinjin-banfa/')!.anchors;
    expect(anchors).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'art-10', element: 'p' })]),
    );
  });
});

describe('sub-results of a long real document', () => {
  const real = readSearchFragments(testSiteDir('real'));
  const SHANDONG = '/policies/shandong-rencai-fazhan-cujin-tiaoli/';

  /** Each sub-result of a page by its anchor: its title and the words that are its own. */
  function subResults(url: string) {
    const fragment = real.get(url)!;
    const words = contentWords(fragment.content);
    const starts = fragment.anchors.filter(startsSubResult).sort((a, b) => a.location - b.location);
    return new Map(
      starts.map((anchor, i) => [
        anchor.id,
        {
          title: anchor.title ?? anchor.text,
          words: words.slice(anchor.location, starts[i + 1]?.location ?? words.length),
        },
      ]),
    );
  }

  test('makes every article of the 60-article 条例 its own sub-result, titled with its label', () => {
    const subs = subResults(SHANDONG);
    const articles = [...subs.keys()].filter((id) => id.startsWith('art-'));
    expect(articles).toEqual(Array.from({ length: 60 }, (_, i) => `art-${i + 1}`));
    expect(subs.get('art-52')!.title).toBe('第五十二条');
    expect(subs.get('art-52')!.words.join('')).toContain('人才公寓');
  });

  test('puts each article’s token inside its own sub-result, and nowhere else', () => {
    const subs = subResults(SHANDONG);
    for (const [id, sub] of subs) {
      const tokens = sub.words.map((w) => w.trim()).filter((w) => /^tiao\d+t$/.test(w));
      expect(tokens, id).toEqual(id.startsWith('art-') ? [`tiao${id.slice(4)}t`] : []);
    }
  });

  test('names the articles of an annex with the annex and gives them their prefixed anchors', () => {
    const subs = subResults('/policies/canji-jiuye-tiaoli-xuexi-tongzhi/');
    expect(subs.get('annex-1')!.title).toBe('附件1');
    expect(subs.get('annex-1-art-8')!.title).toBe('附件1第八条');
    expect(subs.get('annex-1-art-8')!.words.map((w) => w.trim())).toContain('tiao8t');
    expect(subs.has('art-8')).toBe(false);
  });

  test('shows no token on the page: it is an attribute, not text', () => {
    const page = readPage('real', 'policies/shandong-rencai-fazhan-cujin-tiaoli/');
    const article = page.querySelector('#art-52')!;
    expect(article.getAttribute('data-search-tokens')).toBe('tiao52t');
    expect(article.getAttribute('data-pagefind-index-attrs')).toBe('data-search-tokens');
    // The hidden search fields (SearchMeta.astro) list them as keywords; the text never does.
    for (const meta of page.querySelectorAll('.search-meta')) meta.remove();
    expect(textOf(page.querySelector('main'))).toContain('第五十二条');
    expect(textOf(page.querySelector('main'))).not.toMatch(/tiao\d+t|fujian\d+f/);
  });
});

describe('the index under a sub-path', () => {
  test('stores the same pages, with paths that Pagefind prefixes with the base in the browser', () => {
    const based = readSearchFragments(testSiteDir('sampleBase'));
    expect([...based.keys()].sort()).toEqual([...fragments.keys()].sort());
  });
});

describe('/search/', () => {
  const html = readSiteFile('sample', 'search/index.html');

  test('says without JavaScript that search needs it, and links to the lists', () => {
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noscript).toContain('需要浏览器启用 JavaScript');
    for (const href of ['/policies/', '/incentives/', '/talents/'])
      expect(noscript).toContain(`href="${href}"`);
  });

  test('is not itself indexed and loads its script from a file', () => {
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>[^<]/);
  });

  test('is where every page’s header search form sends its query, under both bases', () => {
    const pages = globSync('**/*.html', { cwd: sample, ignore: ['pagefind/**'] });
    for (const page of pages.slice(0, 40))
      expect(readFileSync(join(sample, page), 'utf8')).toContain('action="/search/"');
    expect(readSiteFile('sampleBase', 'index.html')).toContain('action="/rencai/search/"');
    expect(existsSync(join(testSiteDir('sampleBase'), 'search', 'index.html'))).toBe(true);
  });
});
