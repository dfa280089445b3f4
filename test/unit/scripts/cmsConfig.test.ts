import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

describe('admin/config.yml', () => {
  test('is exactly what the schemas generate (npm run cms:config -- --check)', () => {
    const result = spawnSync(process.execPath, ['scripts/cmsConfig.ts', '--check'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
