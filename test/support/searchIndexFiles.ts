import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Reads a built site's Pagefind index in Node for the build tests: each indexed page's
 * fragment (gzip, then the signature `pagefind_dcd`, then JSON) holds its URL, indexed
 * text, filters and metadata, exactly as the browser receives them.
 */

/** One indexed page as Pagefind stores it. */
export interface SearchFragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string; title?: string; location: number }[];
}

const SIGNATURE = 'pagefind_dcd';

/** Decompresses one Pagefind file (fragment, index or filter chunk) and strips its signature. */
export function readPagefindFile(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
    throw new Error(`${path} 不是 Pagefind 文件`);
  return data.subarray(SIGNATURE.length);
}

/** Every indexed page of a built site, by URL (without the site's base, as Pagefind stores it). */
export function readSearchFragments(siteDir: string): Map<string, SearchFragment> {
  const dir = join(siteDir, 'pagefind', 'fragment');
  const fragments = new Map<string, SearchFragment>();
  for (const file of readdirSync(dir).sort()) {
    const fragment = JSON.parse(
      readPagefindFile(join(dir, file)).toString('utf8'),
    ) as SearchFragment;
    fragments.set(fragment.url, fragment);
  }
  return fragments;
}

/** The text Pagefind indexed for a page, without the zero-width spaces it puts between words. */
export function indexedText(fragment: SearchFragment): string {
  return fragment.content.replaceAll('\u200b', '');
}
