import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  astroCspConfig,
  contentSecurityPolicy,
  securityHeaders,
} from '../../../../src/lib/security/securityPolicy.ts';
import { hostHeadersFile } from '../../../../src/lib/security/hostHeaders.ts';

describe('the security policy', () => {
  test('never allows inline scripts or eval', () => {
    const scriptSrc = contentSecurityPolicy()
      .split('; ')
      .find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(contentSecurityPolicy()).toContain("object-src 'none'");
  });

  test('allows no inline styles, not even style attributes', () => {
    expect(contentSecurityPolicy()).not.toContain("'unsafe-inline'");
    expect(astroCspConfig().styleDirective.resources).toEqual(["'self'"]);
  });

  test('gives Astro the same sources as the header', () => {
    const config = astroCspConfig();
    expect(config.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const directive of config.directives) expect(contentSecurityPolicy()).toContain(directive);
  });

  test('is quoted exactly in the nginx example of DEPLOY.md', () => {
    const deploy = readFileSync('DEPLOY.md', 'utf8');
    expect(deploy).toContain(
      `add_header Content-Security-Policy "${contentSecurityPolicy()}" always;`,
    );
    for (const [name, value] of Object.entries(securityHeaders()))
      expect(deploy).toContain(`add_header ${name} "${value}" always;`);
  });
});

describe('hostHeadersFile', () => {
  test('puts the security headers on every path and long caching on hashed assets', () => {
    const file = hostHeadersFile(
      { 'X-Content-Type-Options': 'nosniff' },
      { all: '/rencai/*', assets: '/rencai/_astro/*', search: '/rencai/pagefind/*' },
    );
    expect(file).toBe(
      '/rencai/*\n  X-Content-Type-Options: nosniff\n\n/rencai/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n\n/rencai/pagefind/*\n  Cache-Control: public, max-age=3600, must-revalidate\n',
    );
  });
});
