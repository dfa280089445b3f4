import type { z } from 'astro/zod';
import {
  collectionSchemas,
  COLLECTION_LAYOUTS,
  type CollectionName,
} from '../../schemas/registry.ts';
import { SLUG_PATTERN } from '../../schemas/fields.ts';
import { siteSchema, type Site } from '../../schemas/site.ts';
import { photoPathSchema, type Talent } from '../../schemas/talent.ts';
import type { Policy } from '../../schemas/policy.ts';
import type { Incentive } from '../../schemas/incentive.ts';
import type { Indicators } from '../../schemas/indicators.ts';
import type { IsoDate } from '../shared/isoDate.ts';
import {
  personalDataFinder,
  maskPersonalNumber,
  type PersonalDataMatch,
} from '../security/personalData.ts';
import { findHostileHtml, HOSTILE_HTML_MESSAGES } from '../security/hostileHtml.ts';
import { parsePolicyStructure } from '../policy/policyArticles.ts';
import type { MdxFinding, MdxReference } from '../content/contentComponents.ts';
import { RESERVED_TALENT_SLUGS } from '../talent/talentFacets.ts';
import { RESERVED_POLICY_SLUGS } from '../policy/policyFacets.ts';
import { resolvePublication, type ContentInput } from '../content/contentModel.ts';
import { formatFieldPath, sortProblems, type Problem } from './problem.ts';
import { schemaProblems } from './schemaProblems.ts';

/**
 * Every rule of the content specification over a whole content tree: each file
 * against its schema, then the rules between entries (slugs, unique numbers,
 * references, cited articles, files, privacy, hostile HTML, publication).
 * Pure: the caller reads the files and says which referenced files exist.
 */

/** A file of the content tree as the validator needs it. */
export interface ValidationFile {
  file: string;
  collection: CollectionName | 'site';
  slug: string;
  data: unknown;
  body: string;
  bodyLine: number;
  lineOf(path: readonly (string | number)[]): number;
}

/** What the validator needs besides the files. */
export interface ValidationContext {
  asOf: IsoDate;
  /** Whether `reference`, relative to the entry file, names an existing file. */
  fileExists(file: ValidationFile, reference: string): boolean;
  /** Checks an .mdx entry (parsed by the caller) against the content components. */
  checkMdx?(file: ValidationFile): { findings: MdxFinding[]; references: MdxReference[] };
}

/** The result of validating a tree: the problems, and the validated entries. */
export interface ValidationResult {
  problems: Problem[];
  site: Site | null;
  /** Entries that passed their schema (photos as paths). */
  input: ContentInput<string>;
}

interface Valid<T> {
  source: ValidationFile;
  data: T;
}

const problem = (
  source: ValidationFile,
  path: readonly (string | number)[],
  rule: string,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem => ({
  file: source.file,
  line: path.length ? source.lineOf(path) : 1,
  field: formatFieldPath(path),
  rule,
  message,
  severity,
});

/** Calls `visit` for every string or number in a parsed YAML value, with its path. */
function eachScalar(
  value: unknown,
  path: (string | number)[],
  visit: (text: string, path: (string | number)[]) => void,
): void {
  if (typeof value === 'string') visit(value, path);
  else if (typeof value === 'number' || typeof value === 'bigint') visit(String(value), path);
  else if (Array.isArray(value)) value.forEach((item, i) => eachScalar(item, [...path, i], visit));
  else if (value instanceof Date) return;
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) eachScalar(v, [...path, k], visit);
}

function lineInBody(source: ValidationFile, index: number): number {
  let line = source.bodyLine;
  for (let i = 0; i < index; i++) if (source.body.charCodeAt(i) === 10) line++;
  return line;
}

function privacyProblems(
  source: ValidationFile,
  findPersonalData: (text: string) => PersonalDataMatch[],
): Problem[] {
  const found: Problem[] = [];
  const describe = (kind: 'residentId' | 'mobile', value: string) =>
    kind === 'residentId'
      ? `疑似居民身份证号码 ${maskPersonalNumber(value)}：身份证号码不得公开，请删除`
      : `疑似个人手机号码 ${maskPersonalNumber(value)}：个人手机号码不得公开；如为官方服务号码，请加入 site.yaml 的 officialPhones`;
  eachScalar(source.data, [], (text, path) => {
    for (const match of findPersonalData(text)) {
      found.push(
        problem(
          source,
          path,
          match.kind === 'residentId' ? 'privacy-resident-id' : 'privacy-mobile',
          describe(match.kind, match.value),
        ),
      );
    }
  });
  for (const match of findPersonalData(source.body)) {
    found.push({
      file: source.file,
      line: lineInBody(source, match.index),
      field: 'body',
      rule: match.kind === 'residentId' ? 'privacy-resident-id' : 'privacy-mobile',
      message: describe(match.kind, match.value),
      severity: 'error',
    });
  }
  return found;
}

function duplicates<T>(
  items: Valid<T>[],
  key: (data: T) => string | undefined,
): Map<string, Valid<T>[]> {
  const groups = new Map<string, Valid<T>[]>();
  for (const item of items) {
    const value = key(item.data);
    if (value === undefined) continue;
    groups.set(value, [...(groups.get(value) ?? []), item]);
  }
  return new Map([...groups].filter(([, group]) => group.length > 1));
}

/** Finds a cycle in the supersedes graph, returned as the slugs along it. */
function supersedesCycle(start: string, edges: Map<string, readonly string[]>): string[] | null {
  const path: string[] = [];
  const visit = (slug: string): string[] | null => {
    if (path.includes(slug)) return slug === start ? [...path, slug] : null;
    path.push(slug);
    for (const next of edges.get(slug) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    return null;
  };
  return visit(start);
}

/** Validates a whole content tree and returns every problem at once. */
export function validateContent(
  site: ValidationFile | null,
  files: readonly ValidationFile[],
  context: ValidationContext,
): ValidationResult {
  const problems: Problem[] = [];
  const schemas = collectionSchemas(photoPathSchema);

  // 1. Each file against its schema.
  let siteData: Site | null = null;
  if (site && site.data !== null) {
    const parsed = siteSchema.safeParse(site.data, { reportInput: true });
    if (parsed.success) siteData = parsed.data;
    else problems.push(...schemaProblems(siteSchema, site.data, parsed.error.issues, site));
  }
  const valid = {
    policies: [] as Valid<Policy>[],
    incentives: [] as Valid<Incentive>[],
    talents: [] as Valid<Talent>[],
    indicators: [] as Valid<Indicators>[],
  };
  for (const source of files) {
    if (source.collection === 'site' || source.data === null) continue;
    const schema: z.ZodType = schemas[source.collection];
    const parsed = schema.safeParse(source.data, { reportInput: true });
    if (parsed.success)
      (valid[source.collection] as Valid<unknown>[]).push({ source, data: parsed.data });
    else problems.push(...schemaProblems(schema, source.data, parsed.error.issues, source));
  }

  // 2. Slugs: form and uniqueness within a collection.
  const slugs = {
    policies: new Set<string>(),
    incentives: new Set<string>(),
    talents: new Set<string>(),
    indicators: new Set<string>(),
  };
  const firstFile = new Map<string, ValidationFile>();
  for (const source of files) {
    if (source.collection === 'site') continue;
    const layout = COLLECTION_LAYOUTS[source.collection];
    const what = layout.slugFrom === 'folder' ? '文件夹名' : '文件名';
    if (source.collection === 'indicators') {
      if (!/^\d{4}$/.test(source.slug))
        problems.push(
          problem(
            source,
            [],
            'slug-form',
            `年度统计文件应以四位年份命名，例如 2024.yaml，而不是“${source.slug}.yaml”`,
          ),
        );
    } else if (!SLUG_PATTERN.test(source.slug)) {
      problems.push({
        ...problem(
          source,
          [],
          'slug-form',
          `${what}“${source.slug}”不能用作网址：只能用小写字母、数字和连字符（如 gaocengci-rencai-banfa），不能有空格、大写或汉字`,
        ),
        field: `(${what})`,
      });
    } else if (source.collection === 'talents' && RESERVED_TALENT_SLUGS.includes(source.slug)) {
      problems.push({
        ...problem(
          source,
          [],
          'slug-reserved',
          `${what}“${source.slug}”与人才风采的筛选页网址冲突，不能使用 ${RESERVED_TALENT_SLUGS.join('、')}，请改用人物姓名拼音`,
        ),
        field: `(${what})`,
      });
    } else if (source.collection === 'policies' && RESERVED_POLICY_SLUGS.includes(source.slug)) {
      problems.push({
        ...problem(
          source,
          [],
          'slug-reserved',
          `${what}“${source.slug}”已被政策列表的筛选网址占用（/policies/${source.slug}/…），请换一个文件名；不能使用：${RESERVED_POLICY_SLUGS.join('、')}`,
        ),
        field: `(${what})`,
      });
    }
    const key = `${source.collection}/${source.slug}`;
    const earlier = firstFile.get(key);
    if (earlier) {
      problems.push({
        ...problem(
          source,
          [],
          'slug-unique',
          `${layout.label}中已有同名条目“${source.slug}”（${earlier.file}）：子文件夹不进入网址，${what}必须唯一`,
        ),
        field: `(${what})`,
      });
    } else {
      firstFile.set(key, source);
    }
    slugs[source.collection].add(source.slug);
  }

  // 3. Unique document numbers and index numbers.
  for (const [field, label] of [
    ['docNumber', '发文字号'],
    ['indexNo', '索引号'],
  ] as const) {
    for (const [value, group] of duplicates(valid.policies, (p) => p[field])) {
      for (const item of group) {
        const others = group
          .filter((g) => g !== item)
          .map((g) => g.source.file)
          .join('、');
        problems.push(
          problem(
            item.source,
            [field],
            `${field === 'docNumber' ? 'doc-number' : 'index-no'}-unique`,
            `${label}“${value}”与 ${others} 重复，${label}必须唯一`,
          ),
        );
      }
    }
  }

  // 4. References between policies.
  const policyBySlug = new Map(valid.policies.map((p) => [p.source.slug, p]));
  for (const { source, data } of valid.policies) {
    (data.supersedes ?? []).forEach((target, i) => {
      if (target === source.slug)
        problems.push(problem(source, ['supersedes', i], 'reference', '文件不能替代自身'));
      else if (!slugs.policies.has(target))
        problems.push(
          problem(
            source,
            ['supersedes', i],
            'reference',
            `找不到被替代的文件“${target}”：请填写 policies 中已有文件的 slug（文件名，不含扩展名）`,
          ),
        );
      else if (policyBySlug.get(target)?.data.kind === '解读')
        problems.push(
          problem(
            source,
            ['supersedes', i],
            'reference',
            `“${target}”是政策解读，不能作为被替代的文件`,
          ),
        );
    });
    if (data.interprets !== undefined) {
      const target = policyBySlug.get(data.interprets);
      if (data.interprets === source.slug)
        problems.push(problem(source, ['interprets'], 'reference', '解读不能解读自身'));
      else if (!slugs.policies.has(data.interprets))
        problems.push(
          problem(
            source,
            ['interprets'],
            'reference',
            `找不到所解读的文件“${data.interprets}”：请填写 policies 中已有文件的 slug`,
          ),
        );
      else if (target?.data.kind === '解读')
        problems.push(
          problem(
            source,
            ['interprets'],
            'reference',
            `“${data.interprets}”本身是解读：解读应指向政策文件`,
          ),
        );
    }
  }
  const edges = new Map(valid.policies.map((p) => [p.source.slug, p.data.supersedes ?? []]));
  for (const { source } of valid.policies) {
    const cycle = supersedesCycle(source.slug, edges);
    if (cycle)
      problems.push(
        problem(
          source,
          ['supersedes'],
          'supersedes-cycle',
          `替代关系形成循环：${cycle.join(' → ')}`,
        ),
      );
  }

  // 5. Incentives: source policy, cited article, exclusive partners.
  // Bodies are read from every policy file, valid or not, so a fault in a policy's frontmatter
  // does not hide a wrong clause in the incentives that cite it.
  const policyFiles = new Map(
    files.filter((f) => f.collection === 'policies').map((f) => [f.slug, f]),
  );
  const articlesOf = new Map<string, Set<string>>();
  const labelsOf = (slug: string) => {
    if (!articlesOf.has(slug))
      articlesOf.set(
        slug,
        new Set(
          parsePolicyStructure(policyFiles.get(slug)?.body ?? '').articles.map((a) => a.label),
        ),
      );
    return articlesOf.get(slug)!;
  };
  for (const { source, data } of valid.incentives) {
    const policy = policyBySlug.get(data.policy);
    if (!slugs.policies.has(data.policy)) {
      problems.push(
        problem(
          source,
          ['policy'],
          'reference',
          `找不到依据文件“${data.policy}”：请填写 policies 中已有文件的 slug`,
        ),
      );
    } else if (policy?.data.kind === '解读') {
      problems.push(
        problem(
          source,
          ['policy'],
          'reference',
          `“${data.policy}”是政策解读：激励事项应引用设立它的政策文件`,
        ),
      );
    } else if (data.clause !== undefined && !labelsOf(data.policy).has(data.clause)) {
      const labels = [...labelsOf(data.policy)];
      const available = labels.length
        ? `该文件的条款为：${labels.length > 6 ? `${labels.slice(0, 3).join('、')} …… ${labels.slice(-2).join('、')}` : labels.join('、')}`
        : '该文件正文中没有“第X条”形式的条款';
      problems.push(
        problem(
          source,
          ['clause'],
          'clause',
          `依据文件“${data.policy}”（${policyFiles.get(data.policy)?.file}）中没有${data.clause}：${available}`,
        ),
      );
    }
    (data.exclusiveWith ?? []).forEach((target, i) => {
      if (target === source.slug)
        problems.push(problem(source, ['exclusiveWith', i], 'reference', '事项不能与自身不可兼得'));
      else if (!slugs.incentives.has(target))
        problems.push(
          problem(
            source,
            ['exclusiveWith', i],
            'reference',
            `找不到激励事项“${target}”：请填写 incentives 中已有事项的 slug`,
          ),
        );
    });
  }

  // 6. Files an entry names: attachments and photos.
  for (const { source, data } of valid.policies) {
    (data.attachments ?? []).forEach((attachment, i) => {
      if (!context.fileExists(source, attachment.file))
        problems.push(
          problem(
            source,
            ['attachments', i, 'file'],
            'file-missing',
            `附件文件“${attachment.file}”不存在（路径相对于本文件所在文件夹）`,
          ),
        );
    });
  }
  for (const { source, data } of valid.talents) {
    if (!context.fileExists(source, data.photo))
      problems.push(
        problem(
          source,
          ['photo'],
          'file-missing',
          `照片文件“${data.photo}”不存在：照片应与 index.md 放在同一文件夹`,
        ),
      );
  }

  // 7. Indicators: the year inside equals the file name.
  for (const { source, data } of valid.indicators) {
    if (/^\d{4}$/.test(source.slug) && String(data.year) !== source.slug) {
      problems.push(
        problem(
          source,
          ['year'],
          'indicator-year',
          `年份 ${data.year} 与文件名 ${source.slug}.yaml 不一致`,
        ),
      );
    }
  }

  // 8. Articles that cannot be cited reliably.
  for (const { source } of valid.policies) {
    const seen = new Map<number, number>();
    for (const article of parsePolicyStructure(source.body).articles) {
      if (seen.has(article.number)) {
        problems.push({
          file: source.file,
          line: source.bodyLine + article.line - 1,
          field: 'body',
          rule: 'article-duplicate',
          message: `${article.label}重复出现（第一次在第 ${seen.get(article.number)} 行）：条文锚点 #art-${article.number} 将指向第一处`,
          severity: 'warning',
        });
      } else {
        seen.set(article.number, source.bodyLine + article.line - 1);
      }
    }
  }

  // 9. Privacy in every field and body, hostile HTML in bodies.
  const rawPhones = (site?.data as { officialPhones?: unknown } | null)?.officialPhones;
  const officialPhones =
    siteData?.officialPhones ?? (Array.isArray(rawPhones) ? rawPhones.map(String) : []);
  const finder = personalDataFinder(officialPhones);
  for (const source of [...(site ? [site] : []), ...files]) {
    problems.push(...privacyProblems(source, finder));
    for (const match of findHostileHtml(source.body)) {
      problems.push({
        file: source.file,
        line: lineInBody(source, match.index),
        field: 'body',
        rule: 'hostile-html',
        message: `${HOSTILE_HTML_MESSAGES[match.kind]}：“${match.snippet}”`,
        severity: 'error',
      });
    }
  }

  // 10. Entries held back because they refer to unpublished ones.
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
  const fileOf = (collection: CollectionName, slug: string) =>
    firstFile.get(`${collection}/${slug}`);
  const publication = resolvePublication(input, context.asOf);
  for (const held of publication.heldBack) {
    const source = fileOf(held.collection, held.slug);
    const target = fileOf(held.refersTo.collection, held.refersTo.slug);
    if (!source) continue;
    const field =
      held.collection === 'incentives'
        ? held.refersTo.collection === 'policies'
          ? 'policy'
          : 'exclusiveWith'
        : 'supersedes';
    const path =
      field === 'supersedes' &&
      valid.policies.find((p) => p.source === source)?.data.interprets === held.refersTo.slug
        ? ['interprets']
        : [field];
    problems.push(
      problem(
        source,
        path,
        'held-back',
        `引用了尚未发布（草稿或发布日期未到）的“${held.refersTo.slug}”${target ? `（${target.file}）` : ''}，本条目将随之暂不发布`,
        'warning',
      ),
    );
  }

  // 11. MDX is code: only the site's content components, with plain attributes naming existing entries.
  for (const source of files) {
    if (!source.file.endsWith('.mdx') || !context.checkMdx) continue;
    const { findings, references } = context.checkMdx(source);
    for (const finding of findings)
      problems.push({
        file: source.file,
        line: finding.line,
        field: 'body',
        rule: finding.rule,
        message: finding.message,
        severity: 'error',
      });
    for (const ref of references) {
      if (!slugs[ref.collection].has(ref.slug)) {
        problems.push({
          file: source.file,
          line: ref.line,
          field: 'body',
          rule: 'reference',
          message: `<${ref.component}> 指向的“${ref.slug}”不存在：请填写 ${ref.collection} 中已有条目的 slug`,
          severity: 'error',
        });
      } else if (
        source.collection !== 'site' &&
        source.collection !== 'indicators' &&
        publication.published[source.collection].has(source.slug) &&
        !publication.published[ref.collection].has(ref.slug)
      ) {
        // A published page must not link to, or reveal, an entry that is not published yet.
        problems.push({
          file: source.file,
          line: ref.line,
          field: 'body',
          rule: 'reference',
          message: `<${ref.component}> 指向的“${ref.slug}”尚未发布（草稿或发布日期未到），本条目却已发布：请等其发布后再引用`,
          severity: 'error',
        });
      } else if (ref.clause !== undefined && !labelsOf(ref.slug).has(ref.clause)) {
        problems.push({
          file: source.file,
          line: ref.line,
          field: 'body',
          rule: 'clause',
          message: `<${ref.component}> 引用的“${ref.slug}”中没有${ref.clause}`,
          severity: 'error',
        });
      }
    }
  }

  return { problems: sortProblems(problems), site: siteData, input };
}
