import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, runAxe } from '../support/browser.ts';

const PAGES = ['talents/', 'talents/team/zhuanye-jishu/', 'talents/tao-jingchuan/', 'press/'];
const WIDTHS = [360, 1280];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const open = async (path: string, width: number, options: { permissions?: string[] } = {}) => {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    permissions: options.permissions,
  });
  const page = await context.newPage();
  await page.goto(new URL(path, inject('sampleUrl')).href, { waitUntil: 'networkidle' });
  return { page, close: () => context.close() };
};

describe('talent pages in Chromium', () => {
  test.each(PAGES.flatMap((path) => WIDTHS.map((width) => [path, width] as const)))(
    '%s at %i px has no axe violations and no horizontal scrolling',
    async (path, width) => {
      const { page, close } = await open(path, width);
      try {
        expect(await runAxe(page)).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        ).toBe(true);
      } finally {
        await close();
      }
    },
  );

  test('the story photo causes no layout shift while it loads', async () => {
    const { page, close } = await open('talents/tao-jingchuan/', 360);
    try {
      await page.evaluate(() =>
        Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))),
      );
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
                total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 300);
          }),
      );
      expect(shift).toBeLessThan(0.01);
    } finally {
      await close();
    }
  });

  test('lazy photos below the fold are not loaded until scrolled to', async () => {
    const { page, close } = await open('talents/', 360);
    try {
      const loaded = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLImageElement>('.talent-grid img')].map(
          (img) => img.loading + ':' + (img.complete && img.naturalWidth > 0),
        ),
      );
      expect(loaded.at(-1)).toBe('lazy:false');
    } finally {
      await close();
    }
  });

  test('the press kit copies the citation to the clipboard and says so', async () => {
    const { page, close } = await open('talents/tao-jingchuan/', 1280, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      const button = page.locator('button[data-copy-from="kit-citation"]');
      await expect.poll(() => button.isVisible()).toBe(true);
      await button.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await page.locator('#kit-citation').textContent(),
      );
      await expect
        .poll(() => page.locator('[data-copy-status]').textContent())
        .toBe('已复制引用格式');
    } finally {
      await close();
    }
  });

  test('the filters work by keyboard without JavaScript', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 800 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    try {
      await page.goto(new URL('talents/', inject('sampleUrl')).href);
      await page.locator('.talent-filters a', { hasText: '国家级荣誉' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/talents\/honor\/national\/$/);
      expect(await page.locator('.talent-grid .talent-card__name').allTextContents()).toEqual([
        '陶景川',
      ]);
    } finally {
      await context.close();
    }
  });
});
