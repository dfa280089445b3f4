import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { testSiteDir, type TestSiteName } from '../support/testSites.ts';
import { findImageFileMetadata, imageFiles } from '../support/imageMetadata.ts';

const SITES: TestSiteName[] = ['sample', 'sampleBase', 'fixture'];
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('images in the built sites', () => {
  // The sample photos deliberately carry EXIF, XMP and GPS: the readers must see them, or a clean result means nothing.
  test('the checker finds EXIF, GPS and XMP in every source photo', async () => {
    const sources = globSync([
      'content/talents/*/photo.*',
      'test/fixtures/valid/talents/*/photo.*',
    ]).sort();
    expect(sources.length).toBeGreaterThanOrEqual(11);
    for (const file of sources) {
      const found = await findImageFileMetadata(file);
      expect(found, file).toContain('sharp:exif');
      if (file.startsWith('content/')) expect(found, file).toContain('sharp:xmp');
      if (!file.endsWith('.webp')) expect(found, file).toContain('exifr:gps');
      else expect(found, file).toContain('webp:EXIF');
    }
  });

  test.each(SITES)(
    'every image file in %s carries no EXIF, XMP, GPS, IPTC or comment',
    async (site) => {
      const dir = testSiteDir(site);
      const files = imageFiles(dir);
      const formats = new Set<string>();
      for (const file of files) {
        expect(await findImageFileMetadata(join(dir, file)), file).toEqual([]);
        formats.add((await sharp(join(dir, file)).metadata()).format);
      }
      // Not vacuous: the site publishes photos in every format the pages use.
      expect(files.length).toBeGreaterThan(10);
      expect([...formats].sort()).toEqual(['heif', 'jpeg', 'webp']);
    },
  );

  test.each(SITES)('no source photo is copied into %s byte for byte', (site) => {
    const dir = testSiteDir(site);
    const sourceHashes = new Set(
      globSync(['content/talents/*/photo.*', 'test/fixtures/valid/talents/*/photo.*']).map((f) =>
        sha256(readFileSync(f)),
      ),
    );
    const copies = globSync('**/*', { cwd: dir, onlyFiles: true, dot: true }).filter((f) =>
      sourceHashes.has(sha256(readFileSync(join(dir, f)))),
    );
    expect(copies).toEqual([]);
  });
});
