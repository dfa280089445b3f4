import type { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from '../../schemas/registry.ts';
import { siteSchema, type Site } from '../../schemas/site.ts';
import { photoPathSchema, type Talent } from '../../schemas/talent.ts';
import type { Policy } from '../../schemas/policy.ts';
import type { Incentive } from '../../schemas/incentive.ts';
import type { Indicators } from '../../schemas/indicators.ts';
import type { IsoDate } from '../shared/isoDate.ts';
import { parsePolicyStructure, type PolicyStructure } from '../policy/policyArticles.ts';
import type { MdxFinding, MdxReference } from '../content/contentComponents.ts';
import { resolvePublication, type ContentInput } from '../content/contentModel.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schemaProblems.ts';

/**
 * Everything the validation rules ask about a content tree, worked out once: each file
 * against its schema, the slugs of every collection, the first file of each slug, policies by
 * slug and their document structure, and what is published at the as-of date. Each rule in
 * `rules/` is then a function of this index alone.
 */

/** A file of the content tree as the validator needs it. */
export interface ValidationFile {
  file: string;
  collection: CollectionName | 'site';
  slug: string;
  /** The parsed frontmatter or YAML; null when the file could not be read (encoding, YAML syntax). */
  data: unknown;
  body: string;
  bodyLine: number;
  lineOf(path: readonly (string | number)[]): number;
}

/** What the validator needs besides the files. */
export interface ValidationContext {
  asOf: IsoDate;
  /** Whether `reference`, relative to the entry file, names an existing file. */
  fileExists: (file: ValidationFile, reference: string) => boolean;
  /**
   * The name of a file beside the entry that matches `reference` except for letter case
   * (`照片.JPG` for `照片.jpg`), or null. Case matters on the web server even where it does not
   * on the editor's PC.
   */
  fileWithOtherCase?: (file: ValidationFile, reference: string) => string | null;
  /** Checks an .mdx entry (parsed by the caller) against the content components. */
  checkMdx?: (file: ValidationFile) => { findings: MdxFinding[]; references: MdxReference[] };
}

/** An entry that passed its schema, with the file it came from. */
export interface Valid<T> {
  source: ValidationFile;
  data: T;
}

/** The index every rule reads. */
export interface ValidationIndex {
  context: ValidationContext;
  /** site.yaml as read, and its data when valid. */
  siteFile: ValidationFile | null;
  site: Site | null;
  /** Every entry file (site.yaml excluded), valid or not, in the order read. */
  files: readonly ValidationFile[];
  /** Entries that passed their schema, by collection. */
  valid: {
    policies: Valid<Policy>[];
    incentives: Valid<Incentive>[];
    talents: Valid<Talent>[];
    indicators: Valid<Indicators>[];
  };
  /** The schema problems found while building the index. */
  schemaProblems: Problem[];
  /** Every slug present in each collection, whether its file is valid, invalid or unreadable. */
  slugs: Record<CollectionName, ReadonlySet<string>>;
  /**
   * Slugs whose file could not be read at all. Nothing is known of such an entry but that it
   * exists, so rules stay silent about what refers to it: its one error says what to fix.
   */
  unreadable: Record<CollectionName, ReadonlySet<string>>;
  /** The first file of each `collection/slug` (a second one is a duplicate). */
  firstFile: ReadonlyMap<string, ValidationFile>;
  /** Valid policies by slug. */
  policyBySlug: ReadonlyMap<string, Valid<Policy>>;
  /** The chapters, articles and other divisions of a policy's body (valid or not), by slug. */
  structureOf(slug: string): PolicyStructure;
  /** The valid entries as the content model reads them. */
  input: ContentInput<string>;
  /** What is published at the as-of date, and what is held back. */
  publication: ReturnType<typeof resolvePublication>;
  /** Numbers the privacy check must accept (site.yaml officialPhones, even if site.yaml is invalid). */
  officialPhones: string[];
}

/** The key of an entry in `firstFile`. */
export const entryKey = (collection: CollectionName, slug: string): string =>
  `${collection}/${slug}`;

function emptySets(): Record<CollectionName, Set<string>> {
  return { policies: new Set(), incentives: new Set(), talents: new Set(), indicators: new Set() };
}

function parseSite(siteFile: ValidationFile | null, problems: Problem[]): Site | null {
  if (!siteFile || siteFile.data === null) return null;
  const parsed = siteSchema.safeParse(siteFile.data, { reportInput: true });
  if (parsed.success) return parsed.data;
  problems.push(...schemaProblems(siteSchema, siteFile.data, parsed.error.issues, siteFile));
  return null;
}

function officialPhonesOf(siteFile: ValidationFile | null, site: Site | null): string[] {
  if (site?.officialPhones) return site.officialPhones;
  const raw = (siteFile?.data as { officialPhones?: unknown } | null | undefined)?.officialPhones;
  return Array.isArray(raw) ? raw.map(String) : [];
}

/** Builds the index of a content tree: parses every file against its schema, once. */
export function buildValidationIndex(
  siteFile: ValidationFile | null,
  files: readonly ValidationFile[],
  context: ValidationContext,
): ValidationIndex {
  const problems: Problem[] = [];
  const site = parseSite(siteFile, problems);
  const schemas = collectionSchemas(photoPathSchema);
  const valid: ValidationIndex['valid'] = {
    policies: [],
    incentives: [],
    talents: [],
    indicators: [],
  };
  const slugs = emptySets();
  const unreadable = emptySets();
  const firstFile = new Map<string, ValidationFile>();
  const policyFiles = new Map<string, ValidationFile>();
  for (const source of files) {
    if (source.collection === 'site') continue;
    slugs[source.collection].add(source.slug);
    const key = entryKey(source.collection, source.slug);
    if (!firstFile.has(key)) firstFile.set(key, source);
    if (source.collection === 'policies' && !policyFiles.has(source.slug))
      policyFiles.set(source.slug, source);
    if (source.data === null) {
      unreadable[source.collection].add(source.slug);
      continue;
    }
    const schema: z.ZodType = schemas[source.collection];
    const parsed = schema.safeParse(source.data, { reportInput: true });
    if (parsed.success)
      (valid[source.collection] as Valid<unknown>[]).push({ source, data: parsed.data });
    else problems.push(...schemaProblems(schema, source.data, parsed.error.issues, source));
  }

  const structures = new Map<string, PolicyStructure>();
  const input: ContentInput<string> = {
    policies: valid.policies.map(({ source, data }) => ({
      slug: source.slug,
      data,
      body: source.body,
    })),
    incentives: valid.incentives.map(({ source, data }) => ({
      slug: source.slug,
      data,
      body: source.body,
    })),
    talents: valid.talents.map(({ source, data }) => ({
      slug: source.slug,
      data,
      body: source.body,
    })),
    indicators: valid.indicators.map(({ data }) => data),
  };
  return {
    context,
    siteFile,
    site,
    files,
    valid,
    schemaProblems: problems,
    slugs,
    unreadable,
    firstFile,
    policyBySlug: new Map(valid.policies.map((p) => [p.source.slug, p])),
    structureOf(slug) {
      let structure = structures.get(slug);
      if (!structure) {
        structure = parsePolicyStructure(policyFiles.get(slug)?.body ?? '');
        structures.set(slug, structure);
      }
      return structure;
    },
    input,
    publication: resolvePublication(input, context.asOf),
    officialPhones: officialPhonesOf(siteFile, site),
  };
}
