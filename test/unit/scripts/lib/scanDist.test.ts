import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { scanDistForImageMetadata } from '../../../../scripts/lib/scanDist.ts';

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'rencai-scan-'));
  mkdirSync(join(dist, '_astro'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('scanDistForImageMetadata', () => {
  test('reports every image that still carries metadata, and no clean one', async () => {
    copyFileSync('content/talents/tao-jingchuan/photo.jpg', join(dist, '_astro', 'photo.X.jpg'));
    writeFileSync(
      join(dist, '_astro', 'clean.avif'),
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#abc' } })
        .avif()
        .toBuffer(),
    );
    const found = await scanDistForImageMetadata(dist);
    expect(found).toEqual([
      {
        file: relative(process.cwd(), join(dist, '_astro', 'photo.X.jpg'))
          .split('\\')
          .join('/'),
        kinds: ['exif', 'xmp'],
      },
    ]);
  });
});
