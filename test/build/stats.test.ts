import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { openDataJson } from '../../src/lib/shared/openData.ts';
import { buildContentModel } from '../../src/lib/content/contentModel.ts';
import { computeStats, type SiteStats } from '../../src/lib/stats/stats.ts';
import {
  formatCell,
  keyFigures,
  statsCsvFile,
  statsTableCsv,
  statsTables,
} from '../../src/lib/stats/statsTables.ts';
import { validateTree } from '../../scripts/lib/validateTree.ts';
import {
  readSiteFile,
  TEST_AS_OF,
  TEST_SITES,
  testSiteDir,
  type TestSiteName,
} from '../support/testSites.ts';

/** What the statistics module computes from a test site's content tree. */
function expected(site: TestSiteName) {
  const { input } = validateTree(TEST_SITES[site].contentDir, TEST_AS_OF);
  const stats = computeStats(buildContentModel(input, TEST_AS_OF));
  return { stats, tables: statsTables(stats) };
}

const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

describe.each(['sample', 'fixture'] as const)('/data/stats.json of %s', (site) => {
  const { stats } = expected(site);

  test('holds exactly what the statistics module computes, decimals to 4 places', () => {
    expect(readSiteFile(site, 'data/stats.json')).toBe(openDataJson(stats));
    expect(readSiteFile(site, 'data/stats.json')).not.toMatch(/\d\.\d{5,}/);
  });

  test('has the keys the content specification promises', () => {
    const json = JSON.parse(readSiteFile(site, 'data/stats.json')) as SiteStats;
    for (const key of ['byStatus', 'byTopic', 'byYear'] as const)
      expect(json.policies[key]).toBeTypeOf('object');
    expect(json.incentives.byBenefit).toBeTypeOf('object');
    expect(json.talents.byTeam).toBeTypeOf('object');
    expect(json.indicators.map((r) => r.year)).toEqual(stats.indicators.map((r) => r.year));
  });
});

describe('/data/stats.json of the sample (spot checks against the content)', () => {
  const json = JSON.parse(readSiteFile('sample', 'data/stats.json')) as SiteStats;

  test('counts the published policies, 解读 included, and every published incentive', () => {
    const { input } = validateTree('content', TEST_AS_OF);
    const published = input.policies.filter(
      (p) => !p.data.draft && p.data.publishedOn <= TEST_AS_OF,
    );
    const sum = (counts: Record<string, number>) =>
      Object.values(counts).reduce((a, b) => a + b, 0);
    expect(sum(json.policies.byStatus)).toBe(published.length);
    expect(sum(json.policies.byTopic)).toBe(published.length);
    expect(sum(json.policies.byYear)).toBe(published.length);
    expect(sum(json.incentives.byBenefit)).toBe(
      input.incentives.filter((i) => !i.data.draft).length,
    );
  });

  test('has one indicators record per year file', () => {
    expect(json.indicators.map((r) => [r.year, r.total])).toEqual([
      [2023, 16420],
      [2024, 17380],
      [2025, 18510],
    ]);
  });
});

describe.each(['sample', 'fixture'] as const)('the CSV downloads of %s', (site) => {
  const { tables } = expected(site);

  test('hold each table with exact numbers', () => {
    for (const table of tables)
      expect(readSiteFile(site, `data/${statsCsvFile(table.id)}`), table.id).toBe(
        statsTableCsv(table),
      );
  });

  test('are one per table and no more', () => {
    const files = readdirSync(join(testSiteDir(site), 'data'))
      .filter((f) => /^stats-.*\.csv$/.test(f))
      .sort();
    expect(files).toEqual(tables.map((t) => statsCsvFile(t.id)).sort());
  });
});

describe.each(['sample', 'fixture'] as const)('/stats/ of %s', (site) => {
  const { stats, tables } = expected(site);
  const html = readSiteFile(site, 'stats/index.html');
  const page = parse(html);
  const main = page.querySelector('main')!;

  test('has one h1 and a section per kind of content', () => {
    expect(page.querySelectorAll('h1').map(text)).toEqual(['数据统计']);
    expect(main.querySelectorAll('section > h2').map(text)).toEqual(
      expect.arrayContaining([
        '政策文件',
        '激励与补贴事项',
        '人才风采',
        '年度人才工作统计',
        '统计口径',
        '开放数据',
      ]),
    );
  });

  test('shows every table with the figures the module computes', () => {
    expect(main.querySelectorAll('figure.stats-figure').map((f) => f.id)).toEqual(
      tables.map((t) => t.id),
    );
    for (const table of tables) {
      const figure = main.querySelector(`figure#${table.id}`)!;
      expect(text(figure.querySelector('caption')), table.id).toBe(`${table.title}（数据表）`);
      expect(figure.querySelectorAll('thead th').map(text), table.id).toEqual(
        table.columns.map((c) => c.label),
      );
      const rows = figure
        .querySelectorAll('tbody tr')
        .map((tr) => tr.querySelectorAll('th, td').map(text));
      expect(rows, table.id).toEqual(table.rows.map((row) => row.map(formatCell)));
    }
  });

  test('gives every figure a title, a permalink and a CSV download', () => {
    for (const table of tables) {
      const figure = main.querySelector(`figure#${table.id}`)!;
      const heading = figure.querySelector('figcaption h3')!;
      expect(text(heading).startsWith(table.title), table.id).toBe(true);
      expect(heading.querySelector('a.permalink')!.getAttribute('href')).toBe(`#${table.id}`);
      const csv = figure
        .querySelectorAll('a')
        .find((a) => a.getAttribute('href') === `/data/${statsCsvFile(table.id)}`);
      expect(csv, table.id).toBeDefined();
      expect(figure.querySelectorAll('th[scope="col"]').length).toBe(table.columns.length);
      expect(figure.querySelectorAll('tbody th[scope="row"]').length).toBe(table.rows.length);
    }
  });

  test('draws a chart as an SVG image for every table that has one, with its figures on it', () => {
    for (const table of tables) {
      const svgs = main.querySelectorAll(`figure#${table.id} svg`);
      if (!table.chart) {
        expect(svgs, table.id).toHaveLength(0);
        continue;
      }
      expect(svgs, table.id).toHaveLength(1);
      const svg = svgs[0]!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toContain(table.title);
      const labels = svg.querySelectorAll('text').map(text);
      const values =
        table.chart.series.length === 1 || !table.chart.stacked
          ? table.chart.series.flatMap((s) => s.values)
          : [];
      for (const value of values)
        expect(labels, `${table.id}: ${value}`).toContain(
          formatCell({ value, kind: table.chart.valueKind === 'yuan' ? 'yuan' : 'count' }),
        );
    }
  });

  test('links the key figures to their tables and shows what the module computes', () => {
    const figures = main
      .querySelectorAll('.key-figures > div')
      .map((d) => [
        text(d.querySelector('dt')),
        text(d.querySelector('.key-figures__value')),
        d.querySelector('a')!.getAttribute('href'),
      ]);
    expect(figures).toEqual(
      keyFigures(stats).map((f) => [f.label, formatCell(f.cell), `#${f.table}`]),
    );
  });

  test('resolves every in-page link', () => {
    const ids = new Set(page.querySelectorAll('[id]').map((el) => el.id));
    const anchors = main
      .querySelectorAll('a[href^="#"]')
      .map((a) => a.getAttribute('href')!.slice(1));
    expect(anchors.length).toBeGreaterThan(tables.length);
    for (const anchor of anchors) expect(ids.has(anchor), anchor).toBe(true);
  });

  test('lists the open data files', () => {
    const section = main.querySelector('#open-data')!.parentNode!;
    const links = section.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const file of [
      'stats.json',
      'policies.json',
      'policies.csv',
      'incentives.json',
      'incentives.csv',
      'talents.json',
      'talents.csv',
      ...tables.map((t) => statsCsvFile(t.id)),
    ]) {
      expect(links, file).toContain(`/data/${file}`);
    }
  });

  test('has ids that are unique on the page', () => {
    const ids = page.querySelectorAll('[id]').map((el) => el.id);
    expect(ids.length).toBe(new Set(ids).size);
  });
});

describe('/stats/ ships no chart script', () => {
  test('has no script inside the page content and no chart library in the JavaScript', () => {
    const page = parse(readSiteFile('sample', 'stats/index.html'));
    expect(page.querySelectorAll('main script')).toHaveLength(0);
    const scripts = globSync('**/*.{js,mjs}', { cwd: testSiteDir('sample') });
    for (const file of scripts)
      expect(readFileSync(join(testSiteDir('sample'), file), 'utf8'), file).not.toMatch(
        /zrender|echarts/i,
      );
  });

  test('has no script or event handler inside the charts', () => {
    const html = readSiteFile('sample', 'stats/index.html');
    for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? [])
      expect(svg).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
  });
});

describe('/stats/ under a base path', () => {
  const page = parse(readSiteFile('sampleBase', 'stats/index.html'));

  test('prefixes downloads and links with the base', () => {
    const hrefs = page
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href')!)
      .filter((h) => !h.startsWith('#'));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href, href).toMatch(/^\/rencai\//);
    expect(existsSync(join(testSiteDir('sampleBase'), 'data', 'stats.json'))).toBe(true);
  });

  test('draws the same charts byte for byte as the build at the root', () => {
    const charts = (site: TestSiteName) =>
      readSiteFile(site, 'stats/index.html').match(/<svg[\s\S]*?<\/svg>/g);
    expect(charts('sampleBase')).toEqual(charts('sample'));
    expect(charts('sample')!.length).toBeGreaterThan(5);
  });
});
