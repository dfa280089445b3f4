import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { resolveContentDir } from '../lib/shared/buildSettings.ts';
import { siteAsOf } from './content.ts';

/**
 * The key under which Astro's incremental build (`experimental.incrementalBuild`) may reuse a
 * page rendered by an earlier build instead of rendering it again.
 *
 * Astro covers the code side itself: each page's module graph, the config, the lock file. The
 * key covers everything else a page can show: every file of the content tree (Markdown,
 * site.yaml, photos, attachments) and the as-of date (statuses change with it). The base path
 * needs no place in it: it is part of Astro's config hash, and of the cache folder's name.
 * It is one key for the whole site on purpose: pages show facts from other entries (a policy's
 * status and versions, the incentives citing it, the stories mentioning it, facet counts), so
 * any content change renders every page again, and a rebuild with nothing changed renders none.
 * Correct first; per-page keys would need every cross-entry dependency spelled out.
 */
let key: string | null = null;

/** The render cache key of this build, computed once. */
export function renderCacheKey(): string {
  key ??= contentTreeDigest(resolveContentDir(process.env.CONTENT_DIR), `${siteAsOf}\n`);
  return key;
}

/**
 * SHA-256 over `salt` and every file under `dir` (relative path and bytes, in path order).
 * @example contentTreeDigest('content', '2026-11-21\n').length // 64
 */
export function contentTreeDigest(dir: string, salt: string): string {
  const hash = createHash('sha256').update(salt);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}
