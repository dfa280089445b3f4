import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { globSync } from 'tinyglobby';

/**
 * Node helpers for the raster images of a built site: which ones carry metadata
 * (EXIF with its GPS block, XMP, IPTC, comments), which ones no built file refers to,
 * and how to re-encode one without its metadata. Used by the publishedImages
 * integration after the build and by scripts/build.ts as the last guard.
 */

/** The raster image files a site may publish. */
export const IMAGE_GLOB = '**/*.{jpg,jpeg,png,webp,avif,gif,JPG,JPEG,PNG,WEBP,AVIF,GIF}';

// Every built file that can name an image: pages, feeds, data, styles, scripts.
const TEXT_GLOB = '**/*.{html,xml,json,csv,txt,js,mjs,css,svg,webmanifest}';

/** A kind of metadata an image file can carry. */
export type ImageMetadataKind = 'exif' | 'xmp' | 'iptc' | 'comment';

/** Every raster image under a folder, as sorted relative paths. */
export function listImages(dir: string): string[] {
  return globSync(IMAGE_GLOB, { cwd: dir, onlyFiles: true, dot: true }).sort();
}

/**
 * The JPEG comment (COM) segments of a file, which sharp does not report.
 * Walks the marker segments up to the start of the scan.
 */
export function jpegComments(data: Uint8Array): string[] {
  const comments: string[] = [];
  if (data[0] !== 0xff || data[1] !== 0xd8) return comments;
  let at = 2;
  while (at + 4 <= data.length) {
    if (data[at] !== 0xff) break;
    const marker = data[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    } // fill byte
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // start of scan, end of image
    const length = (data[at + 2]! << 8) | data[at + 3]!;
    if (marker === 0xfe)
      comments.push(Buffer.from(data.subarray(at + 4, at + 2 + length)).toString('latin1'));
    at += 2 + length;
  }
  return comments;
}

/** The kinds of metadata an image carries (empty when it is clean). */
export async function imageMetadataKinds(file: string): Promise<ImageMetadataKind[]> {
  const data = readFileSync(file);
  const meta = await sharp(data, { failOn: 'none' }).metadata();
  const kinds: ImageMetadataKind[] = [];
  if (meta.exif?.length) kinds.push('exif');
  if (meta.xmp?.length || meta.xmpAsString) kinds.push('xmp');
  if (meta.iptc?.length) kinds.push('iptc');
  if (meta.comments?.length || (meta.format === 'jpeg' && jpegComments(data).length))
    kinds.push('comment');
  return kinds;
}

/**
 * Images in the assets folder that no built text file names. Astro copies the original
 * of every image a content collection imports (drafts and embargoed entries included)
 * and deletes it only when the original was transformed and never read, so originals
 * of entries no page shows stay behind with their EXIF and GPS.
 */
export function findUnreferencedAssetImages(distDir: string, assetsDir: string): string[] {
  const assets = assetsDir.replace(/^\/+|\/+$/g, '');
  const named = new Set<string>();
  const add = (name: string) => {
    named.add(name.toLowerCase());
    try {
      named.add(decodeURIComponent(name).toLowerCase());
    } catch {
      // Not percent-encoded after all (e.g. "50%.png"): the name as written is enough.
    }
  };
  // Every reference to an asset goes through the assets folder ("/_astro/x.jpg", also with a base
  // or an origin in front), so look only after that prefix: a pattern that tried every position
  // of a long Chinese page for a file name took a minute on a 10,000-page site.
  const prefix = `${assets}/`;
  const nameEnd = /["'`\s?#)(<>,;\\]/;
  for (const file of globSync(TEXT_GLOB, { cwd: distDir, onlyFiles: true, dot: true })) {
    const text = readFileSync(join(distDir, file), 'utf8');
    for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + prefix.length)) {
      let end = at + prefix.length;
      while (end < text.length && !nameEnd.test(text[end]!)) end++;
      add(
        text
          .slice(at + prefix.length, end)
          .split('/')
          .pop()!,
      );
    }
    // Stylesheets may also name an image relative to themselves: url(x.jpg).
    if (file.endsWith('.css'))
      for (const match of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g))
        add(match[1]!.split('/').pop()!);
  }
  return listImages(join(distDir, assets))
    .filter((file) => !named.has(basename(file).toLowerCase()))
    .map((file) => `${assets}/${file}`);
}

/**
 * Re-encodes an image in its own format without any metadata, turned upright first so
 * that dropping the EXIF orientation does not turn the picture. Deterministic: the same
 * input and sharp version give the same bytes.
 */
export async function reencodeWithoutMetadata(file: string): Promise<void> {
  const input = readFileSync(file);
  const { format } = await sharp(input, { failOn: 'none' }).metadata();
  const image = sharp(input, {
    failOn: 'none',
    animated: format === 'gif' || format === 'webp',
  }).rotate();
  const output = await (
    format === 'jpeg'
      ? image.jpeg({ quality: 90 })
      : format === 'png'
        ? image.png({ compressionLevel: 9 })
        : format === 'webp'
          ? image.webp({ quality: 90 })
          : format === 'gif'
            ? image.gif()
            : format === 'heif'
              ? image.avif({ quality: 70 })
              : (() => {
                  throw new Error(
                    `${file}: 无法识别的图片格式 ${format ?? '未知'}，不能去除元数据`,
                  );
                })()
  ).toBuffer();
  writeFileSync(file, output);
}

/** What cleaning a built site's images did. */
export interface ImageCleanReport {
  /** Originals removed because nothing refers to them. */
  removed: string[];
  /** Images re-encoded because they carried metadata. */
  stripped: { file: string; kinds: ImageMetadataKind[] }[];
}

/**
 * Makes every image of a built site publishable: removes unreferenced originals from the
 * assets folder, then re-encodes any image that still carries metadata. Throws when an
 * image keeps metadata after that, so the build fails instead of publishing it.
 */
export async function cleanBuiltImages(
  distDir: string,
  assetsDir: string,
): Promise<ImageCleanReport> {
  const removed = findUnreferencedAssetImages(distDir, assetsDir);
  for (const file of removed) unlinkSync(join(distDir, file));
  const stripped: ImageCleanReport['stripped'] = [];
  for (const file of listImages(distDir)) {
    const path = join(distDir, file);
    const kinds = await imageMetadataKinds(path);
    if (!kinds.length) continue;
    await reencodeWithoutMetadata(path);
    const left = await imageMetadataKinds(path);
    if (left.length) throw new Error(`${file}: 去除元数据后仍含 ${left.join('、')}`);
    stripped.push({ file, kinds });
  }
  return { removed, stripped };
}
