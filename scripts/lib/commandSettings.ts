import { resolveContentDir, resolveSiteAsOf } from '../../src/lib/shared/buildSettings.ts';
import { buildContentModel, type ContentModel } from '../../src/lib/content/contentModel.ts';
import type { IsoDate } from '../../src/lib/shared/isoDate.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import type { Site } from '../../src/schemas/site.ts';
import { validateTree } from './validateTree.ts';

/** What every command reads from the environment. */
export interface CommandSettings {
  asOf: IsoDate;
  contentDir: string;
}

/**
 * SITE_AS_OF and CONTENT_DIR for a command. A malformed SITE_AS_OF ends the command
 * with exit code 2 and the Chinese message that names the variable.
 */
export function commandSettings(): CommandSettings {
  try {
    return {
      asOf: resolveSiteAsOf(process.env.SITE_AS_OF),
      contentDir: resolveContentDir(process.env.CONTENT_DIR),
    };
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

/**
 * The published content for a command that reads it (match, stats): the tree is validated
 * first, and content with errors ends the command with exit code 1, listing every problem.
 */
export function publishedContent(
  command: string,
  { asOf, contentDir }: CommandSettings,
): { model: ContentModel<string>; site: Site | null } {
  const { problems, input, site } = validateTree(contentDir, asOf);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    for (const problem of errors) console.error(formatProblem(problem));
    console.error(
      `${command}: ${contentDir} 有 ${errors.length} 个内容错误，请先修正（npm run validate 可单独检查）。`,
    );
    process.exit(1);
  }
  return { model: buildContentModel(input, asOf), site };
}
