import type { z } from 'astro/zod';
import { siteSchema } from './site.ts';
import { policySchema } from './policy.ts';
import { incentiveSchema } from './incentive.ts';
import { talentSchema, type ImageSchemaFactory } from './talent.ts';
import { indicatorsSchema } from './indicators.ts';

/**
 * The collection registry: where each collection lives in a content tree, how an
 * entry's slug is derived from its path, and its schema. Astro's content config
 * and the standalone scripts both read it, so there is one definition of each.
 */

/** How a collection's entries are laid out in the content tree. */
export interface CollectionLayout {
  /** Chinese name of the collection, for messages and the guide. */
  label: string;
  /** Folder under the content root. */
  dir: string;
  /** Glob of entry files inside `dir`. */
  pattern: string;
  /** Whether the slug is the file name (`file`) or the name of the folder that holds `index.md` (`folder`). */
  slugFrom: 'file' | 'folder';
  /** Markdown entries have a body; data entries are YAML only. */
  format: 'markdown' | 'yaml';
}

/** The four entry collections of a content tree. */
export const COLLECTION_LAYOUTS = {
  policies: {
    label: '政策文件',
    dir: 'policies',
    pattern: '**/*.{md,mdx}',
    slugFrom: 'file',
    format: 'markdown',
  },
  incentives: {
    label: '激励事项',
    dir: 'incentives',
    pattern: '**/*.{md,mdx}',
    slugFrom: 'file',
    format: 'markdown',
  },
  talents: {
    label: '人才风采',
    dir: 'talents',
    pattern: '*/index.{md,mdx}',
    slugFrom: 'folder',
    format: 'markdown',
  },
  indicators: {
    label: '年度统计',
    dir: 'indicators',
    pattern: '*.yaml',
    slugFrom: 'file',
    format: 'yaml',
  },
} as const satisfies Record<string, CollectionLayout>;

/** Name of an entry collection. */
export type CollectionName = keyof typeof COLLECTION_LAYOUTS;

/** Names of the entry collections, in the order messages list them. */
export const COLLECTION_NAMES = Object.keys(COLLECTION_LAYOUTS) as CollectionName[];

/** The site identity file, relative to the content root. */
export const SITE_FILE = 'site.yaml';

/**
 * The slug of an entry from its path relative to its collection folder.
 * @example slugFromPath('2024/gaocengci-banfa.md', 'file') // 'gaocengci-banfa'
 * @example slugFromPath('zhou-yutong/index.md', 'folder') // 'zhou-yutong'
 */
export function slugFromPath(relativePath: string, slugFrom: CollectionLayout['slugFrom']): string {
  const parts = relativePath.split(/[\\/]/);
  if (slugFrom === 'folder')
    return parts.length >= 2 ? parts[parts.length - 2]! : parts[0]!.replace(/\.[^.]+$/, '');
  return parts[parts.length - 1]!.replace(/\.[^.]+$/, '');
}

/** The schema of every collection, given the photo field's factory (Astro's `image()` or a path check). */
export function collectionSchemas<I extends z.ZodType>(image: ImageSchemaFactory<I>) {
  return {
    site: siteSchema,
    policies: policySchema,
    incentives: incentiveSchema,
    talents: talentSchema(image),
    indicators: indicatorsSchema,
  } satisfies Record<CollectionName | 'site', z.ZodType>;
}
