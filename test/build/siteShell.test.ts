import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { readSiteFile, testSiteDir } from '../support/testSites.ts';
import { validateTree } from '../../scripts/lib/validateTree.ts';
import { buildContentModel } from '../../src/lib/content/contentModel.ts';

const home = readSiteFile('sample', 'index.html');
const site = validateTree('content', '2026-11-21').site!;

describe('the site shell', () => {
  test('declares the language, title, description and canonical URL', () => {
    expect(home).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/);
    expect(home).toContain(`<title>${site.name}</title>`);
    expect(home).toMatch(/<meta name="description" content="[^"]{10,}">/);
    expect(home).toContain(`<link rel="canonical" href="${site.url}/">`);
  });

  test('carries the 政府网站发展指引 site meta tags', () => {
    expect(home).toContain(`<meta name="SiteName" content="${site.name}">`);
    expect(home).toContain(`<meta name="SiteDomain" content="${new URL(site.url).host}">`);
    expect(home).toContain(`<meta name="SiteIDCode" content="${site.siteCode}">`);
  });

  test('has a skip link to the main content, a labelled main navigation and a search box', () => {
    expect(home).toMatch(/<a class="skip-link" href="#main"[^>]*>跳到主要内容<\/a>/);
    expect(home).toMatch(/<main id="main"/);
    expect(home).toMatch(/<nav class="site-nav" aria-label="主导航"/);
    expect(home).toMatch(/<form class="site-search" role="search" action="\/search\/"/);
  });

  test('shows the office, contact, ICP number and site code in the footer', () => {
    const footer = home.slice(home.indexOf('<footer'));
    for (const text of [
      site.office,
      site.contact!.address!,
      site.contact!.phone!,
      site.contact!.email!,
      site.icp!,
      site.siteCode!,
    ])
      expect(footer).toContain(text);
    expect(footer).toContain('href="https://beian.miit.gov.cn/"');
  });

  test('loads styles from external files and no web fonts', () => {
    expect(home).not.toMatch(/<style[\s>]/);
    expect(home).toMatch(/<link rel="stylesheet" href="\/_astro\/[^"]+\.css">/);
    const css = globSync('_astro/*.css', { cwd: testSiteDir('sample') })
      .map((f) => readFileSync(join(testSiteDir('sample'), f), 'utf8'))
      .join('\n');
    expect(css).not.toMatch(/@font-face|fonts\.googleapis/);
    expect(css).toContain('@media print');
  });

  test('has one breadcrumb separator, with empty alternative text so screen readers skip it', () => {
    const css = globSync('_astro/*.css', { cwd: testSiteDir('sample') })
      .map((f) => readFileSync(join(testSiteDir('sample'), f), 'utf8'))
      .join('\n');
    const separators = [
      ...css.matchAll(/\.breadcrumbs?\[[^{]*\+li[^{]*:before\{content:([^;}]*)/g),
    ].map((m) => m[1]);
    expect(separators).toEqual(['"›" / ""']);
  });

  test('lists the latest published policies newest first, and the featured talents', () => {
    const model = buildContentModel(validateTree('content', '2026-11-21').input, '2026-11-21');
    const latest = model.policies.slice(0, 6).map((p) => p.data.title);
    const positions = latest.map((title) => home.indexOf(title));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const talent of model.talents.filter((t) => t.data.featured).slice(0, 3))
      expect(home).toContain(talent.data.name);
    expect(home).toContain('href="/finder/"');
  });
});

describe('a site built under a sub-path', () => {
  const pages = globSync('**/*.html', { cwd: testSiteDir('sampleBase') });

  test('prefixes every root-relative link and asset with the base', () => {
    for (const page of pages) {
      const html = readFileSync(join(testSiteDir('sampleBase'), page), 'utf8');
      const urls = [...html.matchAll(/\s(?:href|src|action|srcset)="(\/[^"]*)"/g)].map(
        (m) => m[1]!,
      );
      expect(
        urls.filter((u) => !u.startsWith('/rencai/')),
        page,
      ).toEqual([]);
    }
  });

  test('keeps the canonical URL on the site origin with the base', () => {
    expect(readSiteFile('sampleBase', 'index.html')).toContain(
      `<link rel="canonical" href="${site.url}/rencai/">`,
    );
  });
});
