import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import {
  COLLECTION_LAYOUTS,
  SITE_FILE,
  incentiveSchema,
  indicatorsSchema,
  policySchema,
  siteSchema,
  slugFromPath,
  talentSchema,
  type CollectionName,
} from './schemas/index.ts';
import { resolveContentDir } from './lib/shared/buildSettings.ts';

// The same schemas and layouts the validate script uses (src/schemas/registry.ts).
const contentDir = resolveContentDir(process.env.CONTENT_DIR);

function entries(name: CollectionName) {
  const layout = COLLECTION_LAYOUTS[name];
  return glob({
    base: `${contentDir}/${layout.dir}`,
    pattern: layout.pattern,
    generateId: ({ entry }) => slugFromPath(entry, layout.slugFrom),
  });
}

/** Loads site.yaml as the single entry `site`. */
const siteLoader: Loader = {
  name: 'rencai-site',
  async load({ store, parseData, generateDigest }) {
    const path = resolve(contentDir, SITE_FILE);
    const raw: unknown = parseYaml(await readFile(path, 'utf8'), { schema: 'core' });
    const data = await parseData({
      id: 'site',
      data: raw as Record<string, unknown>,
      filePath: path,
    });
    store.clear();
    store.set({ id: 'site', data, digest: generateDigest(data) });
  },
};

export const collections = {
  site: defineCollection({ loader: siteLoader, schema: siteSchema }),
  policies: defineCollection({ loader: entries('policies'), schema: policySchema }),
  incentives: defineCollection({ loader: entries('incentives'), schema: incentiveSchema }),
  talents: defineCollection({
    loader: entries('talents'),
    schema: ({ image }) => talentSchema(image),
  }),
  indicators: defineCollection({ loader: entries('indicators'), schema: indicatorsSchema }),
};
