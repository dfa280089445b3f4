import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { testSiteDir } from '../support/testSites.ts';
import { contentSecurityPolicy } from '../../src/lib/security/securityPolicy.ts';

const dir = testSiteDir('sample');
const pages = globSync('**/*.html', { cwd: dir }).sort();

/** What a strict CSP would block in a page. */
function inlineCode(html: string): string[] {
  const found: string[] = [];
  let inScript: { type: string; src: boolean } | null = null;
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const [key, value] of Object.entries(attributes)) {
        if (/^on/i.test(key)) found.push(`<${name} ${key}>`);
        if (/^\s*javascript:/i.test(value)) found.push(`<${name} ${key}="javascript:…">`);
        if (key.toLowerCase() === 'style') found.push(`<${name} style="${value.slice(0, 30)}">`);
      }
      if (name === 'script') inScript = { type: attributes.type ?? '', src: 'src' in attributes };
    },
    ontext(text) {
      // Data blocks (type="application/json") are not run, so CSP does not apply to them.
      if (inScript && !inScript.src && inScript.type !== 'application/json' && text.trim())
        found.push(`inline <script>: ${text.trim().slice(0, 40)}`);
    },
    onclosetag(name) {
      if (name === 'script') inScript = null;
    },
  });
  parser.end(html);
  return found;
}

describe('built pages under a strict Content-Security-Policy', () => {
  test('contain no inline script, event handler, style attribute or script URL', () => {
    for (const page of pages)
      expect(inlineCode(readFileSync(join(dir, page), 'utf8')), page).toEqual([]);
  });

  test('each carry the policy as a <meta>', () => {
    for (const page of pages) {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(
        readFileSync(join(dir, page), 'utf8'),
      );
      expect(meta, page).not.toBeNull();
      expect(meta![1]).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(meta![1]).not.toContain("'unsafe-inline'");
    }
  });

  test('ship a _headers file with the same policy for static hosts', () => {
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy()}`);
    expect(headers).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});
