import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, runAxe } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const open = async (width: number, path = 'stats/') => {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(new URL(path, inject('sampleUrl')).href);
  return page;
};

describe('/stats/ in Chromium', () => {
  test.each([360, 1280])('has no WCAG 2.1 AA violations at %i px', async (width) => {
    const page = await open(width);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  test.each([360, 1280])(
    'does not scroll sideways at %i px; wide tables scroll in their own box',
    async (width) => {
      const page = await open(width);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    },
  );

  test('draws every chart within its column at 360 px with legible text', async () => {
    const page = await open(360);
    const charts = await page.$$eval('.stats-chart svg', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const text = svg.querySelector('text')!.getBoundingClientRect();
        return { right: box.right, width: box.width, textHeight: text.height };
      }),
    );
    expect(charts.length).toBeGreaterThan(5);
    for (const chart of charts) {
      expect(chart.right).toBeLessThanOrEqual(360);
      expect(chart.width).toBeGreaterThan(300);
      // 14 px text drawn at 360 px and scaled to the column stays above 11 px.
      expect(chart.textHeight).toBeGreaterThan(11);
    }
    await page.close();
  });

  test('scrolls a figure into view from its permalink', async () => {
    const page = await open(1280, 'stats/#indicators-targets');
    const top = await page.$eval('#indicators-targets', (el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await page.close();
  });

  test('reaches the table scroll boxes and permalinks with the keyboard', async () => {
    const page = await open(360);
    const focusable = await page.$$eval(
      '.stats-figure .table-scroll, .stats-figure .permalink',
      (els) => els.every((el) => (el as HTMLElement).tabIndex >= 0),
    );
    expect(focusable).toBe(true);
    await page.close();
  });
});
