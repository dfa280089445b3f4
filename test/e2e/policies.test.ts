import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, runAxe } from '../support/browser.ts';

/**
 * The policy pages in Chromium: accessibility (axe, WCAG 2.1 AA) at phone and
 * desktop widths, no horizontal scrolling at 360 px, print layout, and citing one
 * article without any script.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  ['list', 'policies/'],
  ['list, page 2', 'policies/page/2/'],
  ['facet page', 'policies/topic/yinjin/'],
  ['policy with chapters and an attachment', 'policies/gaocengci-rencai-yinjin-banfa/'],
  ['revised policy with banner and timeline', 'policies/chengcai-huigui-shishi-yijian-2021/'],
  ['解读', 'policies/chengcai-huigui-shishi-yijian-jiedu/'],
  ['修订对照', 'policies/chengcai-huigui-shishi-yijian/diff/'],
  ['修订对照 of a 目录', 'policies/jixu-jinque-rencai-mulu-2027/diff/'],
] as const;

describe.each([360, 1280])('policy pages at %i px', (width) => {
  test.each(PAGES)('%s has no axe violations and no horizontal scroll', async (_, path) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.goto(new URL(path, inject('sampleUrl')).href);
      expect(await runAxe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    } finally {
      await page.close();
    }
  });
});

describe('feeds and sitemap', () => {
  test.each(['policies/rss.xml', 'sitemap.xml'])(
    '%s is well-formed XML for the browser',
    async (path) => {
      const page = await browser.newPage();
      try {
        const response = await page.goto(new URL(path, inject('sampleUrl')).href);
        const xml = await response!.text();
        const errors = await page.evaluate(
          (text) =>
            new DOMParser()
              .parseFromString(text, 'application/xml')
              .getElementsByTagName('parsererror').length,
          xml,
        );
        expect(errors).toBe(0);
      } finally {
        await page.close();
      }
    },
  );
});

describe('a policy page in print', () => {
  test('hides navigation, starts each chapter after the first on a new page and prints link URLs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(
        new URL('policies/chengcai-huigui-shishi-yijian-2021/', inject('sampleUrl')).href,
      );
      await page.emulateMedia({ media: 'print' });
      const facts = await page.evaluate(() => {
        const shown = (selector: string) =>
          [...document.querySelectorAll(selector)].some(
            (el) => getComputedStyle(el).display !== 'none',
          );
        const after = (selector: string) =>
          getComputedStyle(document.querySelector(selector)!, '::after').content;
        return {
          nav: shown('.site-nav'),
          search: shown('.site-search'),
          breadcrumbs: shown('.breadcrumbs'),
          toc: shown('.policy-toc'),
          citeLinks: shown('a.article-cite'),
          bannerLink: after('.status-banner a'),
          versionLink: after('.versions__title a'),
        };
      });
      expect(facts).toMatchObject({
        nav: false,
        search: false,
        breadcrumbs: false,
        toc: false,
        citeLinks: false,
      });
      expect(facts.bannerLink).toBe(
        '" <https://rc.chengxi.example.gov.cn/policies/chengcai-huigui-shishi-yijian/>"',
      );

      await page.goto(new URL('policies/gaocengci-rencai-yinjin-banfa/', inject('sampleUrl')).href);
      await page.emulateMedia({ media: 'print' });
      const breaks = await page.evaluate(() =>
        [...document.querySelectorAll('.prose h2.chapter')].map(
          (h) => getComputedStyle(h).breakBefore,
        ),
      );
      expect(breaks.length).toBeGreaterThan(1);
      expect(breaks).toEqual(['auto', ...breaks.slice(1).map(() => 'page')]);
    } finally {
      await page.close();
    }
  });
});

describe('citing one article', () => {
  test('the 引用 link of an article moves to it and puts its anchor in the address', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(new URL('policies/chengcai-huigui-shishi-yijian/', inject('sampleUrl')).href);
      await page.click('#art-12 a.article-cite');
      expect(new URL(page.url()).hash).toBe('#art-12');
    } finally {
      await context.close();
    }
  });

  test('one click selects a whole citation line, ready to copy, with no script', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    try {
      await page.goto(new URL('policies/chengcai-huigui-shishi-yijian/', inject('sampleUrl')).href);
      for (const selector of [
        '.citation__text:not(.citation__text--article)',
        '.citation__text--article',
      ]) {
        await page.click(selector);
        expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(
          (await page.textContent(selector))!.trim(),
        );
      }
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(
        '《澄溪县“澄才回归”工程实施意见（2024年修订）》（澄委办发〔2024〕9号）第一条，https://rc.chengxi.example.gov.cn/policies/chengcai-huigui-shishi-yijian/#art-1',
      );
    } finally {
      await page.close();
    }
  });
});
