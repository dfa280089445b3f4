import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, runAxe } from '../support/browser.ts';
import { TEMPLATE_PAGES } from './templates.ts';

/**
 * The promises every template keeps (GB/T 37668, WCAG 2.1 AA, 适老化): no axe violation at
 * phone and desktop widths, nothing wider than a phone, and a visible focus on everything
 * a keyboard reaches. Pages with their own richer tests (calculator, search) are checked here too.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const open = async (path: string, width: number, elder = false): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  if (elder) await context.addInitScript(() => localStorage.setItem('rencai-elder-mode', 'on'));
  const page = await context.newPage();
  await page.goto(new URL(path, inject('sampleUrl')).href, { waitUntil: 'networkidle' });
  return page;
};

describe.each(TEMPLATE_PAGES)('$template', ({ path }) => {
  test.each([360, 1280])('has no axe violation at %i px', async (width) => {
    const page = await open(path, width);
    expect(await runAxe(page)).toEqual([]);
    await page.context().close();
  });

  test('fits a 360 px screen in 适老化 mode without sideways scrolling', async () => {
    const page = await open(path, 360, true);
    expect(await page.evaluate(() => document.documentElement.dataset.elder)).toBe('on');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.context().close();
  });

  test('shows where the keyboard focus is on every element it reaches', async () => {
    const page = await open(path, 1280);
    const invisible: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return {
          name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${(el.textContent ?? '').trim().slice(0, 20)}`,
          indicated:
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
            style.boxShadow !== 'none',
          onScreen: rect.width > 0 && rect.height > 0,
        };
      });
      if (!focus) break;
      if (!focus.indicated || !focus.onScreen) invisible.push(focus.name);
    }
    expect(invisible).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard alone', () => {
  test.each([
    ['every policy facet', 'policies/', 'nav.filters a'],
    ['every talent filter', 'talents/', 'nav.talent-filters a'],
    ['the calculator form', 'finder/', 'form input, form select, form button'],
  ])('reaches %s', async (_, path, selector) => {
    const page = await open(path, 1280);
    // A radio group is one Tab stop (arrow keys move inside it), as in every browser.
    const stops = await page.evaluate((sel) => {
      const all = [...document.querySelectorAll(sel)];
      return [
        ...new Set(
          all.map((el) =>
            el instanceof HTMLInputElement && el.type === 'radio'
              ? `radio:${el.name}`
              : String(all.indexOf(el)),
          ),
        ),
      ];
    }, selector);
    expect(stops.length).toBeGreaterThan(0);
    const reached = new Set<string>();
    for (let i = 0; i < 400 && reached.size < stops.length; i++) {
      await page.keyboard.press('Tab');
      const hit = await page.evaluate((sel) => {
        const el = document.activeElement;
        if (!el?.matches(sel)) return null;
        const all = [...document.querySelectorAll(sel)];
        return el instanceof HTMLInputElement && el.type === 'radio'
          ? `radio:${el.name}`
          : String(all.indexOf(el));
      }, selector);
      if (hit !== null) reached.add(hit);
    }
    expect([...reached].sort()).toEqual([...stops].sort());
    await page.context().close();
  });
});
