import type { CollectionName } from '../../src/schemas/registry.ts';
import {
  buildValidationIndex,
  type ValidationContext,
  type ValidationFile,
  type ValidationIndex,
} from '../../src/lib/validation/validationIndex.ts';
import {
  makeIncentive,
  makeIndicators,
  makePolicy,
  makeSite,
  makeTalent,
  type Raw,
} from './factories.ts';

/**
 * Content files as the validator sees them, built from the factories: one file per call,
 * with overrides for its frontmatter and body. Every field sits on its own line, in the order
 * of the frontmatter, so a problem's line says which field it is about.
 */

const EXT: Record<CollectionName, string> = {
  policies: 'md',
  incentives: 'md',
  talents: 'md',
  indicators: 'yaml',
};

function fileOf(
  collection: CollectionName | 'site',
  slug: string,
  data: Raw | null,
  body = '',
  path?: string,
): ValidationFile {
  const keys = data ? Object.keys(data) : [];
  const file =
    path ??
    (collection === 'site'
      ? 'content/site.yaml'
      : collection === 'talents'
        ? `content/talents/${slug}/index.md`
        : `content/${collection}/${slug}.${EXT[collection]}`);
  return {
    file,
    collection,
    slug,
    data,
    body,
    bodyLine: keys.length + 3,
    lineOf: (fieldPath) => {
      const i = keys.indexOf(String(fieldPath[0]));
      return i === -1 ? 1 : i + 2;
    },
  };
}

/** A policy file; `data: null` stands for a file that could not be read. */
export const policyFile = (
  slug: string,
  overrides: Raw = {},
  body = '第一条　为了……',
): ValidationFile => fileOf('policies', slug, makePolicy(overrides), body);
/** An incentive file. */
export const incentiveFile = (slug: string, overrides: Raw = {}, body = ''): ValidationFile =>
  fileOf('incentives', slug, makeIncentive(overrides), body);
/** A talent's index.md. */
export const talentFile = (slug: string, overrides: Raw = {}, body = ''): ValidationFile =>
  fileOf('talents', slug, makeTalent(overrides), body);
/** A year of indicators, named `<slug>.yaml`. */
export const indicatorsFile = (slug: string, overrides: Raw = {}): ValidationFile =>
  fileOf('indicators', slug, makeIndicators(overrides));
/** site.yaml. */
export const siteFile = (overrides: Raw = {}): ValidationFile =>
  fileOf('site', 'site', makeSite(overrides));
/** A file of a collection that could not be read (wrong encoding, YAML syntax error). */
export const unreadableFile = (collection: CollectionName, slug: string): ValidationFile =>
  fileOf(collection, slug, null);
/** Any file with raw data, for cases the factories do not cover. */
export const rawFile = fileOf;

/** A context in which every referenced file exists, at the as-of date 2026-11-21. */
export const CONTEXT: ValidationContext = { asOf: '2026-11-21', fileExists: () => true };

/** The validation index of some files, with site.yaml unless one is given. */
export function indexOf(
  files: readonly ValidationFile[],
  context: Partial<ValidationContext> = {},
  site: ValidationFile | null = siteFile(),
): ValidationIndex {
  return buildValidationIndex(site, files, { ...CONTEXT, ...context });
}
