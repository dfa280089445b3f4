import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  cleanBuiltImages,
  findUnreferencedAssetImages,
  imageMetadataKinds,
  jpegComments,
  reencodeWithoutMetadata,
} from '../../../src/integrations/builtImages.ts';
import { findImageFileMetadata } from '../../support/imageMetadata.ts';

// The sample photos carry EXIF (with GPS) and XMP on purpose; the PNG also has text chunks.
const TAGGED_JPEG = 'content/talents/tao-jingchuan/photo.jpg';
const TAGGED_PNG = 'content/talents/wei-yining/photo.png';
const TAGGED_WEBP = 'content/talents/luo-chunya/photo.webp';

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'rencai-images-'));
  mkdirSync(join(dist, '_astro'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const put = (path: string, content: string | Buffer) => {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), content);
};

describe('imageMetadataKinds', () => {
  test.each([
    [TAGGED_JPEG, ['exif', 'xmp']],
    [TAGGED_PNG, ['exif', 'xmp', 'comment']],
    [TAGGED_WEBP, ['exif', 'xmp']],
  ])('finds the metadata of %s', async (file, kinds) => {
    expect(await imageMetadataKinds(file)).toEqual(kinds);
  });

  test('finds a JPEG comment segment, which sharp does not report', async () => {
    const clean = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    const comment = Buffer.concat([
      Buffer.from([0xff, 0xfe, 0x00, 0x07]),
      Buffer.from('GPS!!', 'latin1'),
    ]);
    const tagged = Buffer.concat([clean.subarray(0, 2), comment, clean.subarray(2)]);
    expect(jpegComments(tagged)).toEqual(['GPS!!']);
    put('c.jpg', tagged);
    expect(await imageMetadataKinds(join(dist, 'c.jpg'))).toEqual(['comment']);
  });
});

describe('findUnreferencedAssetImages', () => {
  test('lists asset images that no page, feed, style or data file names', () => {
    for (const name of ['photo.AAA.jpg', 'photo.BBB_x1.webp', 'photo.CCC.png', 'photo.DDD.avif'])
      put(`_astro/${name}`, 'x');
    put('index.html', '<img src="/_astro/photo.BBB_x1.webp">');
    put('data/talents.json', '{"photo":"https://rc.example.gov.cn/_astro/photo.CCC.png"}');
    put('_astro/site.css', '.a{background:url(photo.DDD.avif)}');
    put('public-photo.jpg', 'x');
    expect(findUnreferencedAssetImages(dist, '_astro')).toEqual(['_astro/photo.AAA.jpg']);
  });
});

describe('reencodeWithoutMetadata', () => {
  test('drops every kind of metadata and keeps the format and size', async () => {
    for (const [source, name] of [
      [TAGGED_JPEG, 'a.jpg'],
      [TAGGED_PNG, 'b.png'],
      [TAGGED_WEBP, 'c.webp'],
    ] as const) {
      copyFileSync(source, join(dist, name));
      await reencodeWithoutMetadata(join(dist, name));
      expect(await findImageFileMetadata(join(dist, name)), name).toEqual([]);
      const [before, after] = await Promise.all([
        sharp(source).metadata(),
        sharp(join(dist, name)).metadata(),
      ]);
      expect([after.format, after.width, after.height]).toEqual([
        before.format,
        before.width,
        before.height,
      ]);
    }
  });

  test('turns a photo upright before dropping its EXIF orientation', async () => {
    const sideways = await sharp({
      create: { width: 40, height: 20, channels: 3, background: '#369' },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    put('side.jpg', sideways);
    await reencodeWithoutMetadata(join(dist, 'side.jpg'));
    const meta = await sharp(join(dist, 'side.jpg')).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([20, 40, undefined]);
  });

  test('gives the same bytes every time, so builds stay reproducible', async () => {
    copyFileSync(TAGGED_JPEG, join(dist, 'one.jpg'));
    copyFileSync(TAGGED_JPEG, join(dist, 'two.jpg'));
    await reencodeWithoutMetadata(join(dist, 'one.jpg'));
    await reencodeWithoutMetadata(join(dist, 'two.jpg'));
    expect(readFileSync(join(dist, 'one.jpg')).equals(readFileSync(join(dist, 'two.jpg')))).toBe(
      true,
    );
  });
});

describe('cleanBuiltImages', () => {
  test('removes unreferenced originals and re-encodes referenced images that carry metadata', async () => {
    copyFileSync(TAGGED_JPEG, join(dist, '_astro', 'photo.Orig1.jpg'));
    copyFileSync(TAGGED_PNG, join(dist, '_astro', 'photo.Used2.png'));
    copyFileSync(TAGGED_WEBP, join(dist, 'logo.webp'));
    put('index.html', '<img src="/_astro/photo.Used2.png"><img src="/logo.webp">');
    const report = await cleanBuiltImages(dist, '_astro');
    expect(report.removed).toEqual(['_astro/photo.Orig1.jpg']);
    expect(report.stripped).toEqual([
      { file: '_astro/photo.Used2.png', kinds: ['exif', 'xmp', 'comment'] },
      { file: 'logo.webp', kinds: ['exif', 'xmp'] },
    ]);
    for (const file of ['_astro/photo.Used2.png', 'logo.webp'])
      expect(await findImageFileMetadata(join(dist, file))).toEqual([]);
  });

  test('leaves a clean site untouched', async () => {
    const clean = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#abc' } })
      .webp()
      .toBuffer();
    put('_astro/photo.Ok_1.webp', clean);
    put('index.html', '<img src="/_astro/photo.Ok_1.webp">');
    expect(await cleanBuiltImages(dist, '_astro')).toEqual({ removed: [], stripped: [] });
    expect(readFileSync(join(dist, '_astro/photo.Ok_1.webp')).equals(clean)).toBe(true);
  });
});

describe('findUnreferencedAssetImages with odd names', () => {
  test('keeps an image named with percent-encoding and survives a stray percent sign', () => {
    put('_astro/照片.jpg', 'x');
    put('_astro/50%.png', 'x');
    put('_astro/人物.webp', 'x');
    put('index.html', '<img src="/_astro/%E7%85%A7%E7%89%87.jpg"><img src="/_astro/50%.png">');
    put('data/talents.json', '{"photo":"https://rc.example.gov.cn/_astro/人物.webp"}');
    expect(findUnreferencedAssetImages(dist, '_astro')).toEqual([]);
  });
});
