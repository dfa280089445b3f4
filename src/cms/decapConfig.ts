import { z } from 'astro/zod';
import {
  COLLECTION_LAYOUTS,
  DOC_NUMBER_PATTERN,
  SITE_FILE,
  incentiveSchema,
  indicatorsSchema,
  photoPathSchema,
  policySchema,
  siteSchema,
  talentSchema,
} from '../schemas/index.ts';

/**
 * The web editor's configuration (Decap CMS), generated from the schemas: every field with
 * its Chinese title and description, vocabularies as selects, required fields, patterns,
 * relations between entries, and files beside the entry. `npm run cms:config` writes it;
 * `npm run cms` serves the same configuration for the local working copy.
 */

/** A field of the editor's configuration (the subset of Decap's options this project uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int';
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  choose_url?: boolean;
  allow_multiple?: boolean;
}

/** One collection of the editor's configuration. */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description: string;
  folder?: string;
  files?: { name: string; label: string; file: string; format: string; fields: CmsField[] }[];
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  path?: string;
  media_folder?: string;
  public_folder?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  fields?: CmsField[];
}

/** The whole configuration, as Decap CMS reads it from `config.yml`. */
export interface CmsConfig {
  backend: Record<string, unknown>;
  local_backend?: boolean | { url: string };
  locale: string;
  site_url?: string;
  display_url?: string;
  show_preview_links: boolean;
  publish_mode: 'simple';
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
}

/** Where the configuration is used: the office's git server, or `npm run cms` on a working copy. */
export interface CmsConfigOptions {
  /**
   * Folder of the content tree as the backend sees it: `content` in the repository (git
   * server), `''` when the local server's file proxy is rooted at the content tree itself.
   */
  contentRoot: string;
  /** The backend block: the office's Gitea/Forgejo, or the local proxy of `npm run cms`. */
  backend: Record<string, unknown>;
  /** The local file proxy's address, for `npm run cms`. */
  localBackendUrl?: string;
}

/** The custom formats that `admin/rencai-cms.js` registers (frontmatter and YAML without empty fields). */
export const CMS_FORMATS = { markdown: 'rencai-frontmatter', yaml: 'rencai-yaml' } as const;

/** A node of the JSON Schema that Zod 4's `z.toJSONSchema` makes of a field (input side). */
interface JsonSchema {
  type?: string;
  enum?: string[];
  const?: unknown;
  pattern?: string;
  format?: string;
  title?: string;
  description?: string;
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
}

type Kind = 'policies' | 'incentives' | 'talents' | 'indicators' | 'site';

/** Fields whose value is the slug of another entry: shown as a searchable choice of titles. */
const RELATIONS: Record<string, { collection: 'policies' | 'incentives'; multiple: boolean }> = {
  'policies.supersedes': { collection: 'policies', multiple: true },
  'policies.amends': { collection: 'policies', multiple: true },
  'policies.interprets': { collection: 'policies', multiple: false },
  'incentives.policy': { collection: 'policies', multiple: false },
  'incentives.exclusiveWith': { collection: 'incentives', multiple: true },
};

/** Fields whose value is a file beside the entry. */
const FILES: Record<string, 'image' | 'file'> = {
  'talents.photo': 'image',
  'policies.attachments.file': 'file',
};

/** The schema of each collection, with the photo checked as a path (as in plain Node). */
const SCHEMAS: Record<Kind, z.ZodType> = {
  policies: policySchema,
  incentives: incentiveSchema,
  talents: talentSchema(photoPathSchema),
  indicators: indicatorsSchema,
  site: siteSchema,
};

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const URL_PATTERN = '^https?://\\S+$';

/** A value that no field accepts, to read a field's own error message from its schema. */
const PROBE = '?';

/**
 * The message the schema gives for a wrong value of the field at `path` (the probe value
 * itself, quoted as 「?」, removed), so the editor says what `npm run validate` says.
 */
function schemaMessage(kind: Kind, path: string[], list: boolean): string | undefined {
  const leaf = list ? [PROBE] : PROBE;
  const value = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf);
  const result = SCHEMAS[kind].safeParse(value);
  const wanted = list ? [...path, 0] : path;
  const issue = result.error?.issues.find(
    (i) => i.path.length === wanted.length && i.path.every((p, n) => p === wanted[n]),
  );
  return issue?.message.replace(`「${PROBE}」`, '').replace(/^：/, '');
}

/** The hint under a field: its description, and an example when the description has none. */
function hintOf(node: JsonSchema): string | undefined {
  const example = node.examples?.[0];
  const sample =
    typeof example === 'string' || typeof example === 'number' ? String(example) : undefined;
  const text = node.description ?? '';
  const withExample =
    sample && !text.includes(sample)
      ? `${text}${text && !text.endsWith('。') ? '。' : ''}例如：${sample}`
      : text;
  return withExample || undefined;
}

/** The JSON Schema node of a field, with `anyOf` of a date or number alternative folded away. */
function coreOf(node: JsonSchema): JsonSchema {
  if (!node.anyOf) return node;
  const string = node.anyOf.find((n) => n.type === 'string');
  const array = node.anyOf.find((n) => n.type === 'array');
  // One value or a list of them (联合发文): the editor always writes a list, which the schema accepts.
  if (array && string) return { ...node, ...array, anyOf: undefined };
  return { ...node, ...(string ?? node.anyOf[0]), anyOf: undefined };
}

/** The editor field for one schema field. */
function fieldOf(kind: Kind, path: string[], node: JsonSchema, required: boolean): CmsField {
  const key = path.join('.');
  const name = path[path.length - 1]!;
  const core = coreOf(node);
  const base: CmsField = { name, label: node.title ?? name, widget: 'string', required };
  const hint = hintOf(node);
  if (hint) base.hint = hint;

  const relation = RELATIONS[`${kind}.${key}`];
  if (relation) {
    return {
      ...base,
      widget: 'relation',
      collection: relation.collection,
      // The slug is the file name (policies and incentives), not Decap's path-based identifier.
      value_field: '{{filename}}',
      search_fields: relation.collection === 'policies' ? ['title', 'docNumber'] : ['title'],
      display_fields: ['title'],
      options_length: 50,
      ...(relation.multiple ? { multiple: true } : {}),
    };
  }
  const file = FILES[`${kind}.${key}`];
  if (file) return { ...base, widget: file, choose_url: false, allow_multiple: false };

  if (core.format === 'date') {
    return {
      ...base,
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
      pattern: [DATE_PATTERN, schemaMessage(kind, path, false) ?? '应为 YYYY-MM-DD 格式的日期'],
      ...(required ? {} : { default: '' }),
    };
  }
  if (core.type === 'boolean') {
    // consent must be true: the editor cannot express that, the project's validator says it on save.
    return { ...base, widget: 'boolean', ...(required ? {} : { default: false }) };
  }
  if (core.type === 'integer' || core.type === 'number') {
    return {
      ...base,
      widget: 'number',
      value_type: 'int',
      ...(core.minimum !== undefined ? { min: core.minimum } : {}),
      ...(core.maximum !== undefined ? { max: core.maximum } : {}),
    };
  }
  if (core.type === 'string' && core.enum)
    return { ...base, widget: 'select', options: [...core.enum] };
  if (core.type === 'object' && core.properties) {
    return { ...base, widget: 'object', collapsed: !required, fields: fieldsOf(kind, path, core) };
  }
  if (core.type === 'array' && core.items) {
    const items = coreOf(core.items);
    const min = core.minItems ? { min: core.minItems } : {};
    if (items.enum)
      return { ...base, widget: 'select', options: [...items.enum], multiple: true, ...min };
    if (items.type === 'object' && items.properties) {
      const fields = fieldsOf(kind, path, items);
      return { ...base, widget: 'list', ...min, summary: `{{fields.${fields[0]!.name}}}`, fields };
    }
    const item = fieldOf(kind, path, { ...items, title: node.title }, true);
    const message = items.pattern ? schemaMessage(kind, path, true) : undefined;
    if (message) item.pattern = [items.pattern!, message];
    return { ...base, widget: 'list', ...min, field: item };
  }
  if (core.type === 'string') {
    const pattern = patternOf(kind, path, core);
    return pattern ? { ...base, pattern } : base;
  }
  return base;
}

/** The pattern a text field must match, with the schema's own message. */
function patternOf(kind: Kind, path: string[], core: JsonSchema): [string, string] | undefined {
  const key = `${kind}.${path.join('.')}`;
  // 发文字号 is checked by a refinement (so that the message can name a lookalike bracket):
  // JSON Schema cannot carry it, the exported pattern can.
  const source =
    key === 'policies.docNumber'
      ? DOC_NUMBER_PATTERN.source
      : core.format === 'uri'
        ? URL_PATTERN
        : core.pattern;
  if (!source) return undefined;
  return [source, schemaMessage(kind, path, false) ?? `格式不对，应符合 ${source}`];
}

/** The editor fields of an object schema, in the schema's order. */
function fieldsOf(kind: Kind, parent: string[], node: JsonSchema): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, child]) =>
    fieldOf(kind, [...parent, key], child, required.has(key)),
  );
}

/** The fields of a collection, read from its schema through Zod's JSON Schema output. */
export function schemaFields(kind: Kind): CmsField[] {
  const json = z.toJSONSchema(SCHEMAS[kind], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return fieldsOf(kind, [], json);
}

/** The slug field: suggested in pinyin from the title, written into the file name, never into the frontmatter. */
function slugField(source: string): CmsField {
  return {
    name: 'slug',
    label: '网址名称（slug）',
    widget: 'rencai-slug',
    // Required for a new entry only (the widget checks it): an existing entry's slug is its file name.
    required: false,
    hint: `用作文件名和网址，只能用小写字母、数字和连字符。根据${source}自动生成拼音，可以改短；保存后不能再改。`,
    pattern: [
      '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      schemaMessage('policies', ['interprets'], false) ?? '应为 slug',
    ],
  };
}

/** The Markdown body, edited as plain text (no rich-text editor: it mishandles Chinese input methods). */
function bodyField(label: string, hint: string): CmsField {
  return { name: 'body', label, widget: 'text', required: false, hint };
}

/** Default values that make a new entry a draft until the clerk says otherwise. */
function withDraftDefault(fields: CmsField[]): CmsField[] {
  return fields.map((f) => (f.name === 'draft' ? { ...f, default: true } : f));
}

function join(root: string, path: string): string {
  return root ? `${root}/${path}` : path;
}

/**
 * The editor's whole configuration for a content root and backend.
 * @example buildCmsConfig({ contentRoot: 'content', backend: { name: 'gitea' } }).collections.map((c) => c.name)
 * // ['policies', 'incentives', 'talents', 'indicators', 'site']
 */
export function buildCmsConfig(options: CmsConfigOptions): CmsConfig {
  const root = options.contentRoot;
  const markdown = CMS_FORMATS.markdown;
  return {
    backend: options.backend,
    ...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl } } : {}),
    locale: 'zh_Hans',
    show_preview_links: false,
    publish_mode: 'simple',
    // Files live beside their entry (media_folder '' per collection); this global folder is never used.
    media_folder: join(root, 'uploads'),
    public_folder: './',
    slug: { encoding: 'ascii', clean_accents: false, sanitize_replacement: '-' },
    collections: [
      {
        name: 'policies',
        label: COLLECTION_LAYOUTS.policies.label,
        label_singular: '政策文件',
        description:
          '政策文件和政策解读。新文件保存在 policies/<年份>/<slug>/<slug>.md，附件放在同一文件夹。',
        folder: join(root, COLLECTION_LAYOUTS.policies.dir),
        extension: 'md',
        format: markdown,
        create: true,
        delete: false,
        slug: '{{fields.slug}}',
        path: '{{year}}/{{slug}}/{{slug}}',
        media_folder: '',
        public_folder: '',
        identifier_field: 'title',
        summary: '{{title}}（{{publishedOn}}）',
        sortable_fields: ['publishedOn', 'title'],
        fields: [
          slugField('标题'),
          ...withDraftDefault(schemaFields('policies')),
          bodyField(
            '正文',
            '文件正文。以“第一条”“第二条”……开头的段落自动成为可引用的条款；每条之间空一行。章标题写成“## 第一章　总则”。',
          ),
        ],
      },
      {
        name: 'incentives',
        label: COLLECTION_LAYOUTS.incentives.label,
        label_singular: '激励事项',
        description: '激励与补贴事项。新事项保存在 incentives/<年份>/<slug>.md。',
        folder: join(root, COLLECTION_LAYOUTS.incentives.dir),
        extension: 'md',
        format: markdown,
        create: true,
        delete: false,
        slug: '{{fields.slug}}',
        path: '{{year}}/{{slug}}',
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: ['title'],
        fields: [
          slugField('事项名称'),
          ...withDraftDefault(schemaFields('incentives')),
          bodyField('说明', '用平实的语言说明：谁能申请、能得到什么、怎么办理。'),
        ],
      },
      {
        name: 'talents',
        label: COLLECTION_LAYOUTS.talents.label,
        label_singular: '人才风采',
        description: '人才风采。每人一个文件夹 talents/<slug>/，照片放在同一文件夹。',
        folder: join(root, COLLECTION_LAYOUTS.talents.dir),
        extension: 'md',
        format: markdown,
        create: true,
        delete: false,
        slug: '{{fields.slug}}',
        path: '{{slug}}/index',
        media_folder: '',
        public_folder: '',
        identifier_field: 'name',
        summary: '{{name}}（{{field}}）',
        sortable_fields: ['publishedOn', 'name'],
        fields: [
          slugField('姓名'),
          ...withDraftDefault(schemaFields('talents')),
          bodyField('人物故事', '人物故事。正文中不得出现身份证号码和个人手机号码。'),
        ],
      },
      {
        name: 'indicators',
        label: COLLECTION_LAYOUTS.indicators.label,
        label_singular: '年度统计',
        description: '年度人才工作统计，每年一个文件 indicators/<年份>.yaml。',
        folder: join(root, COLLECTION_LAYOUTS.indicators.dir),
        extension: 'yaml',
        format: CMS_FORMATS.yaml,
        create: true,
        delete: false,
        slug: '{{fields.year}}',
        identifier_field: 'year',
        // {{year}} alone is Decap's date placeholder (the year of saving), not the field.
        summary: '{{fields.year}} 年',
        sortable_fields: ['year'],
        fields: schemaFields('indicators'),
      },
      {
        name: 'site',
        label: '网站信息',
        description: '网站名称、主办单位、联系方式和备案信息（site.yaml）。',
        files: [
          {
            name: 'site',
            label: '网站信息（site.yaml）',
            file: join(root, SITE_FILE),
            format: CMS_FORMATS.yaml,
            fields: schemaFields('site'),
          },
        ],
      },
    ],
  };
}
