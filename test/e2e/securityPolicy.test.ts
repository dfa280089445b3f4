import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startStaticServer } from '../support/staticServer.ts';
import { testSiteDir } from '../support/testSites.ts';
import { securityHeaders } from '../../src/lib/security/securityPolicy.ts';
import { TEMPLATE_PAGES } from './templates.ts';

/**
 * The site served with the deployment's security headers, as DEPLOY.md configures nginx:
 * no page triggers a Content-Security-Policy violation, and the scripts still work.
 */

let browser: Browser;
let server: Server;
let siteUrl = '';
beforeAll(async () => {
  browser = await launchChromium();
  ({ server, url: siteUrl } = await startStaticServer(
    testSiteDir('sample'),
    '/',
    securityHeaders(),
  ));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page and records every CSP violation it reports. */
async function openWatched(
  path: string,
): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Init scripts come from the browser's debugging protocol, not the page, so the CSP does not apply to them.
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
  return {
    page,
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

describe('under the strict Content-Security-Policy header', () => {
  test('the headers are the ones the deployment guide sets', async () => {
    const response = await fetch(siteUrl);
    expect(response.headers.get('content-security-policy')).toContain(
      "script-src 'self' 'wasm-unsafe-eval'",
    );
  });

  test.each(TEMPLATE_PAGES)('$template loads without a policy violation', async ({ path }) => {
    const { page, violations } = await openWatched(path);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  test('the 适老化 switch still works', async () => {
    const { page, violations } = await openWatched('');
    await page.locator('[data-elder-toggle]').click();
    expect(await page.evaluate(() => document.documentElement.dataset.elder)).toBe('on');
    expect(await violations()).toEqual([]);
    await page.close();
  });

  test('the calculator still computes results', async () => {
    const { page, violations } = await openWatched(
      TEMPLATE_PAGES.find((p) => p.template === '政策计算器')!.path,
    );
    await expect
      .poll(() => page.locator('#finder-results, [data-finder-results]').first().textContent())
      .toMatch(/符合|最高/);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  test('the search page still finds results', async () => {
    const { page, violations } = await openWatched('search/?q=安家补贴');
    await expect
      .poll(
        () => page.locator('main a[href*="/incentives/"], main a[href*="/policies/"]').count(),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
