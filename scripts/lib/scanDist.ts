import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { personalDataFinder, maskPersonalNumber } from '../../src/lib/security/personalData.ts';
import {
  imageMetadataKinds,
  listImages,
  type ImageMetadataKind,
} from '../../src/integrations/builtImages.ts';

/** A personal number found in a built file. */
export interface DistLeak {
  file: string;
  kind: 'residentId' | 'mobile';
  masked: string;
}

/**
 * Scans every text file of a built site (HTML, XML, JSON, CSV, text, JS) for resident
 * ID and mobile numbers not in the official list: the last check before publishing,
 * in case something reached the output by a path validate does not see. `figures` are the
 * numbers the site publishes as figures (src/lib/security/publishedFigures.ts).
 */
export function scanDistForPersonalData(
  distDir: string,
  officialPhones: readonly string[],
  figures: Iterable<number> = [],
): DistLeak[] {
  const leaks: DistLeak[] = [];
  const findPersonalData = personalDataFinder(officialPhones, figures);
  for (const file of globSync('**/*.{html,xml,json,csv,txt,js,mjs,css,svg,webmanifest}', {
    cwd: distDir,
    onlyFiles: true,
  }).sort()) {
    const text = readFileSync(join(distDir, file), 'utf8');
    for (const match of findPersonalData(text)) {
      leaks.push({
        file: relative(process.cwd(), join(distDir, file)).split(sep).join('/'),
        kind: match.kind,
        masked: maskPersonalNumber(match.value),
      });
    }
  }
  return leaks;
}

/** An image of a built site that still carries metadata. */
export interface TaggedImage {
  file: string;
  kinds: ImageMetadataKind[];
}

/**
 * Every raster image of a built site that still carries EXIF, XMP, IPTC or comments:
 * the last check before publishing, in case an image reached the output by a path the
 * publishedImages integration does not see.
 */
export async function scanDistForImageMetadata(distDir: string): Promise<TaggedImage[]> {
  const tagged: TaggedImage[] = [];
  for (const file of listImages(distDir)) {
    const kinds = await imageMetadataKinds(join(distDir, file));
    if (kinds.length)
      tagged.push({
        file: relative(process.cwd(), join(distDir, file)).split(sep).join('/'),
        kinds,
      });
  }
  return tagged;
}
