// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { parse as parseYaml } from 'yaml';
import { siteSchema } from './src/schemas/site.ts';
import { resolveBasePath, resolveContentDir } from './src/lib/shared/buildSettings.ts';
import { documentAnchors } from './src/markdown/documentAnchors.ts';
import { documentText } from './src/markdown/documentText.ts';
import { MARKDOWN_FEATURES } from './src/lib/policy/documentBlocks.ts';
import { sanitizeHtml } from './src/markdown/sanitizeHtml.ts';
import { astroCspConfig } from './src/lib/security/securityPolicy.ts';
import { publishedImages } from './src/integrations/publishedImages.ts';
import { sitemapXml } from './src/integrations/sitemapIntegration.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// The canonical origin comes from the content's site.yaml, so one content tree = one site.
const contentDir = resolveContentDir(process.env.CONTENT_DIR);
const siteFile = resolve(contentDir, 'site.yaml');
const site = siteSchema.safeParse(parseYaml(readFileSync(siteFile, 'utf8'), { schema: 'core' }));
if (!site.success) {
  throw new Error(`${siteFile}: site.yaml 无效，请先运行 npm run validate 查看具体问题`);
}

// BASE_PATH publishes the site under a sub-path, e.g. BASE_PATH=/rencai/.
const base = resolveBasePath(process.env.BASE_PATH);

// Articles of policies get a "引用" permalink (src/markdown/articleAnchors.ts).
const policiesDir = resolve(contentDir, 'policies') + sep;
const isPolicyFile = (/** @type {URL | undefined} */ fileURL) =>
  fileURL !== undefined && fileURLToPath(fileURL).startsWith(policiesDir);

// Astro keeps parsed and rendered content, and processed images, in its cache between builds.
// One cache per content tree and per version of the code that parses and renders it: a cache
// filled from another tree (CONTENT_DIR) or by older Markdown plugins must never be reused.
function cacheKey() {
  // The base path too: builds of one tree under two bases must not evict each other's pages.
  const hash = createHash('sha256').update(`${resolve(contentDir)}\n${base}\n`);
  const files = globSync(
    [
      'astro.config.mjs',
      'package-lock.json',
      'src/content.config.ts',
      'src/markdown/**',
      'src/schemas/**',
      'src/lib/**',
    ],
    { onlyFiles: true },
  );
  for (const file of files.sort()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

export default defineConfig({
  site: site.data.url,
  cacheDir: `./node_modules/.astro/cache-${cacheKey()}`,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  // A rebuild reuses the pages of the previous one (kept in cacheDir) when neither their code nor
  // their cacheKey changed; every dynamic route keys its pages with src/queries/renderCacheKey.ts.
  experimental: { incrementalBuild: true },
  // The one policy of src/lib/security/securityPolicy.ts, as a <meta> on every page.
  security: { csp: astroCspConfig() },
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      // AVIF effort 3 instead of sharp's 4: AVIF encoding was most of a cold build's image time.
      // Measured on the sample: image generation 38.7 s → 18.2 s, AVIF files 8 % larger (still a third
      // smaller than the WebP ones); effort 2 was 13.1 s but 15 % larger.
      config: { avif: { effort: 3 } },
    },
  },
  markdown: {
    // Policy documents have no code to colour; Shiki's inline styles would also need a looser CSP.
    syntaxHighlight: false,
    processor: satteri({
      // Pasted indentation is never a code block; a line break stays a line break.
      mdastPlugins: [documentText()],
      // Every division of a policy gets the anchor of the content specification.
      hastPlugins: [
        sanitizeHtml(),
        documentAnchors({ documents: isPolicyFile, citeLinks: isPolicyFile }),
      ],
      // The same features the structure reader parses with (src/lib/policy/documentBlocks.ts).
      features: MARKDOWN_FEATURES,
    }),
  },
  // Never inline scripts or assets into pages: Astro inlines scripts under 4 kB, which a strict CSP would block.
  vite: { build: { assetsInlineLimit: 0 } },
  // After the build: publishedImages leaves no image with EXIF/XMP/GPS and no unused original;
  // sitemapXml lists every page that was actually built; pagefindIndex then indexes the
  // finished pages for /search/ (and fails the build on any indexing error).
  integrations: [mdx(), publishedImages(), sitemapXml(), pagefindIndex()],
});
