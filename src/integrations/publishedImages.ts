import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cleanBuiltImages } from './builtImages.ts';

/**
 * Publishes images without metadata. Astro copies the original of every image that a
 * content collection imports into the assets folder (`_astro/`), EXIF, XMP and GPS
 * intact, and removes it only when a page transformed it and nothing read it: the
 * original photos of draft, embargoed and never-transformed entries stay behind.
 * After the build this removes every asset image that no built file names, then
 * re-encodes any image that still carries metadata. Deterministic, so two builds of
 * the same content stay byte-identical.
 */
export function publishedImages(): AstroIntegration {
  let assetsDir = '_astro';
  return {
    name: 'rencai:published-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { removed, stripped } = await cleanBuiltImages(fileURLToPath(dir), assetsDir);
        for (const file of removed) logger.info(`已删除无页面引用的原图 ${file}`);
        for (const { file, kinds } of stripped)
          logger.info(`已去除 ${file} 的元数据（${kinds.join('、')}）`);
      },
    },
  };
}
