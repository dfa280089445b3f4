import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeFields } from '../../../src/schemas/describe.ts';
import {
  incentiveSchema,
  indicatorsSchema,
  photoPathSchema,
  policySchema,
  siteSchema,
  talentSchema,
} from '../../../src/schemas/index.ts';

describe('CONTENT-GUIDE.md', () => {
  test('is exactly what the schemas generate (npm run guide)', () => {
    const result = spawnSync(process.execPath, ['scripts/contentGuide.ts', '--check'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('documents every field of every collection with its Chinese title', () => {
    const guide = readFileSync('CONTENT-GUIDE.md', 'utf8');
    for (const schema of [
      siteSchema,
      policySchema,
      incentiveSchema,
      talentSchema(photoPathSchema),
      indicatorsSchema,
    ]) {
      const walk = (fields: ReturnType<typeof describeFields>): void => {
        for (const field of fields) {
          // An ASCII key needs a Chinese title; Chinese keys (byTeam.党政人才) are their own title.
          if (/^\p{ASCII}+$/u.test(field.key)) expect(field.title, field.path).not.toBe(field.key);
          expect(field.description, field.path).not.toBe('');
          expect(guide).toContain(`| \`${field.path}\` | ${field.title} |`);
          if (field.children) walk(field.children);
        }
      };
      walk(describeFields(schema));
    }
  });
});
