import { AstroError } from 'astro/errors';

/**
 * Following a relation between published entries (an incentive's policy, a revised policy's
 * current version, incentives that exclude each other). Validation and the content model see
 * to it that every relation names a published entry: an entry whose target is not published
 * is held back with it. A miss here is therefore a fault of the site, not of the content, and
 * the error says which relation broke and what to do, instead of a TypeError on undefined.
 */

/** Which relation is followed, for the error message: `激励事项 boshi-anjia` and `policy`. */
export interface RelationSource {
  /** The entry the relation starts from, with its kind, e.g. `激励事项 boshi-anjia`. */
  from: string;
  /** The field (or computed relation) that names the target, e.g. `policy`. */
  field: string;
}

/**
 * The published entry a relation names; throws when it is not published.
 * @example relatedEntry(policiesBySlug, incentive.data.policy, { from: `激励事项 ${incentive.slug}`, field: 'policy' })
 */
export function relatedEntry<T>(
  entries: ReadonlyMap<string, T>,
  slug: string,
  source: RelationSource,
): T {
  const entry = entries.get(slug);
  if (entry === undefined) {
    throw new AstroError(
      `${source.from} 的 ${source.field} 指向 ${slug}，但本次构建的已发布内容中没有它`,
      '请先运行 npm run validate，按提示修正引用了不存在或未发布条目的文件。校验通过仍出现这个错误，说明是网站程序的问题，请把这条信息告诉技术支持人员。',
    );
  }
  return entry;
}

/**
 * The published entries a list relation names, in its order; throws when one is not published.
 * @example relatedEntries(incentivesBySlug, incentive.exclusiveWith, { from: `激励事项 ${incentive.slug}`, field: 'exclusiveWith' })
 */
export function relatedEntries<T>(
  entries: ReadonlyMap<string, T>,
  slugs: readonly string[],
  source: RelationSource,
): T[] {
  return slugs.map((slug) => relatedEntry(entries, slug, source));
}
