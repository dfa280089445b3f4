import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { testSiteDir } from '../support/testSites.ts';

/** The web editor lives under /admin/ of `npm run cms` or the office's own server, never in the public site. */
describe('the public build', () => {
  const dir = testSiteDir('sample');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });

  test('has no /admin/ folder and no file of the editor', () => {
    expect(files.filter((f) => /(^|\/)admin(\/|$)|decap|rencai-cms|config\.yml$/i.test(f))).toEqual(
      [],
    );
  });

  test('names neither Decap CMS nor the editor in any page, script or data file', () => {
    const texts = files.filter(
      (f) => /\.(html|js|css|json|xml|txt|csv)$/.test(f) || f === '_headers',
    );
    expect(texts.length).toBeGreaterThan(50);
    const mentioning = texts.filter((f) =>
      /decap|netlify-cms|\/admin\//i.test(readFileSync(join(dir, f), 'utf8')),
    );
    expect(mentioning).toEqual([]);
  });
});
