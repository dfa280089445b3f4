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

const url = (path = '') => new URL(path, inject('sampleUrl')).href;

describe('the site shell in Chromium', () => {
  test.each([360, 1280])('has no axe violations on the home page at %i px', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url());
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  test('lets a keyboard user skip to the main content, with a visible focus', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url());
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        text: el.textContent,
        top: el.getBoundingClientRect().top,
        outline: style.outlineStyle,
      };
    });
    expect(skip.text).toBe('跳到主要内容');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  test('reaches the header search box by keyboard and submits to /search/?q=', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url());
    for (
      let i = 0;
      i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'site-search-q';
      i++
    )
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('安家补贴');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('q') ?? '')).toBe('安家补贴');
    await page.close();
  });

  test('keeps every page within a 360 px screen (no sideways scrolling)', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(url());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.close();
  });
});

describe('适老化 mode', () => {
  test('enlarges text and targets, is remembered across pages, and fits a 360 px screen', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(url());
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const toggle = page.locator('[data-elder-toggle]');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const after = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const button = document.querySelector('.site-search button')!.getBoundingClientRect();
      return {
        font: parseFloat(body.fontSize),
        lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
        target: button.height,
      };
    });
    expect(after.font).toBeGreaterThanOrEqual(before * 1.2);
    expect(after.lineHeight).toBeGreaterThanOrEqual(1.3);
    expect(after.target).toBeGreaterThanOrEqual(48);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    // A new page load keeps the choice, applied before the page is shown.
    await page.goto(url());
    expect(await page.evaluate(() => document.documentElement.dataset.elder)).toBe('on');
    expect(await page.locator('[data-elder-toggle]').getAttribute('aria-pressed')).toBe('true');
    expect(await runAxe(page)).toEqual([]);

    await page.locator('[data-elder-toggle]').click();
    await page.goto(url());
    expect(await page.evaluate(() => document.documentElement.dataset.elder)).toBeUndefined();
    await context.close();
  });

  test('is hidden without JavaScript, where browser zoom remains', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url());
    expect(await page.locator('[data-elder-toggle]').isVisible()).toBe(false);
    await context.close();
  });
});
