import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
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

/**
 * site.yaml as the single entry `site`, through Astro's own file() loader, so that the dev
 * server watches it; parsed as YAML 1.2 core like every other content file.
 */
const siteLoader = file(`${contentDir}/${SITE_FILE}`, {
  parser: (text) => ({ site: parseYaml(text, { schema: 'core' }) as Record<string, unknown> }),
});

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
