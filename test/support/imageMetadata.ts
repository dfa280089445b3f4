import { readFileSync } from 'node:fs';
import exifr from 'exifr';
import sharp from 'sharp';
import { globSync } from 'tinyglobby';

/**
 * Reads what metadata an image file carries, with three independent readers so that
 * a test does not rely on the library the build strips metadata with: sharp/libvips
 * (EXIF, XMP, IPTC, PNG text), exifr (EXIF, GPS, XMP, IPTC in JPEG, PNG, AVIF), and a
 * walk of the container's own segments (JPEG markers, PNG chunks, WebP RIFF chunks).
 */

/** One piece of metadata found, e.g. `sharp:exif`, `exifr:gps`, `jpeg:COM`, `webp:EXIF`. */
export type FoundMetadata = string;

/** Every raster image file under a folder, as sorted relative paths. */
export function imageFiles(dir: string): string[] {
  return globSync('**/*.{jpg,jpeg,png,webp,avif,gif,JPG,JPEG,PNG,WEBP,AVIF,GIF}', {
    cwd: dir,
    onlyFiles: true,
    dot: true,
  }).sort();
}

// JPEG: APP1 (Exif, XMP), APP13 (IPTC/Photoshop), COM.
function jpegSegments(data: Buffer): FoundMetadata[] {
  const found: FoundMetadata[] = [];
  let at = 2;
  while (at + 4 <= data.length && data[at] === 0xff) {
    const marker = data[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break;
    const length = data.readUInt16BE(at + 2);
    const payload = data.subarray(at + 4, at + 2 + length);
    if (marker === 0xe1 && payload.subarray(0, 4).toString('latin1') === 'Exif')
      found.push('jpeg:APP1-Exif');
    if (marker === 0xe1 && payload.toString('latin1').startsWith('http://ns.adobe.com/xap/'))
      found.push('jpeg:APP1-XMP');
    if (marker === 0xed) found.push('jpeg:APP13-IPTC');
    if (marker === 0xfe) found.push('jpeg:COM');
    at += 2 + length;
  }
  return found;
}

// PNG: eXIf, text chunks (tEXt, zTXt, iTXt — XMP lives in iTXt).
function pngChunks(data: Buffer): FoundMetadata[] {
  const found: FoundMetadata[] = [];
  for (let at = 8; at + 8 <= data.length;) {
    const length = data.readUInt32BE(at);
    const type = data.subarray(at + 4, at + 8).toString('latin1');
    if (['eXIf', 'tEXt', 'zTXt', 'iTXt'].includes(type)) found.push(`png:${type}`);
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return found;
}

// WebP: RIFF chunks EXIF and XMP.
function webpChunks(data: Buffer): FoundMetadata[] {
  const found: FoundMetadata[] = [];
  for (let at = 12; at + 8 <= data.length;) {
    const type = data.subarray(at, at + 4).toString('latin1');
    const length = data.readUInt32LE(at + 4);
    if (type === 'EXIF' || type === 'XMP ') found.push(`webp:${type.trim()}`);
    at += 8 + length + (length % 2);
  }
  return found;
}

/** Every piece of metadata an image file carries; empty when it is clean. */
export async function findImageMetadata(data: Buffer): Promise<FoundMetadata[]> {
  const found: FoundMetadata[] = [];
  const meta = await sharp(data).metadata();
  if (meta.exif?.length) found.push('sharp:exif');
  if (meta.xmp?.length) found.push('sharp:xmp');
  if (meta.iptc?.length) found.push('sharp:iptc');
  if (meta.comments?.length) found.push('sharp:comments');
  if (meta.format === 'jpeg' || meta.format === 'png' || meta.format === 'heif') {
    const parsed = (await exifr.parse(data, {
      tiff: true,
      ifd1: true,
      exif: true,
      gps: true,
      interop: true,
      xmp: true,
      iptc: true,
      icc: false,
      jfif: false,
      ihdr: false,
      mergeOutput: false,
    })) as Record<string, unknown> | undefined;
    for (const block of Object.keys(parsed ?? {})) found.push(`exifr:${block}`);
  }
  if (meta.format === 'jpeg') found.push(...jpegSegments(data));
  if (meta.format === 'png') found.push(...pngChunks(data));
  if (meta.format === 'webp') found.push(...webpChunks(data));
  return found;
}

/** Reads a file and finds its metadata. */
export async function findImageFileMetadata(file: string): Promise<FoundMetadata[]> {
  return findImageMetadata(readFileSync(file));
}
