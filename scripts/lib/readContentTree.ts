import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { globSync } from 'tinyglobby';
import {
  COLLECTION_LAYOUTS,
  COLLECTION_NAMES,
  SITE_FILE,
  slugFromPath,
  type CollectionName,
} from '../../src/schemas/registry.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';

/**
 * Reads a content tree from disk the way Astro will see it (YAML 1.2 core schema,
 * the same as Astro's frontmatter parser minus timestamps, so that a date stays the
 * text the editor wrote), and keeps enough of the source to point at lines.
 */

/** Where a value sits in its file. */
export type FieldPath = readonly (string | number)[];

/** One file of the content tree, parsed but not yet validated. */
export interface ContentFile {
  /** Path as shown in messages: relative to the working directory. */
  file: string;
  /** Absolute path. */
  absolutePath: string;
  collection: CollectionName | 'site';
  slug: string;
  /** The parsed frontmatter or YAML document; null when it could not be parsed. */
  data: unknown;
  /** Markdown body ('' for YAML files). */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** The 1-based line of the key at `path` (or of its nearest present parent). */
  lineOf(path: FieldPath): number;
}

/** A content tree read from disk, with the problems found while reading it. */
export interface ContentTree {
  root: string;
  site: ContentFile | null;
  files: ContentFile[];
  problems: Problem[];
}

/** Frontmatter parsed as YAML 1.2 core: dates stay strings, so 2023-02-30 cannot roll over. */
function parseYamlCore(text: string): unknown {
  return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
}

/** Builds a lazy line finder for a YAML text that starts at `firstLine` of its file. */
function lineFinder(yamlText: string, firstLine: number): (path: FieldPath) => number {
  let doc: ReturnType<typeof parseDocument> | null = null;
  const counter = new LineCounter();
  return (path) => {
    doc ??= parseDocument(yamlText, {
      lineCounter: counter,
      schema: 'core',
      keepSourceTokens: false,
    });
    let node: unknown = doc.contents;
    let line = firstLine;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) break;
        const keyNode = pair.key as YamlNode;
        if (keyNode.range) line = counter.linePos(keyNode.range[0]).line + firstLine - 1;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        const item = node.items[segment] as YamlNode;
        if (item.range) line = counter.linePos(item.range[0]).line + firstLine - 1;
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
}

function yamlProblem(file: string, error: unknown, lineOffset: number): Problem {
  const mark = error instanceof jsYaml.YAMLException ? error.mark : undefined;
  const reason = error instanceof jsYaml.YAMLException ? error.reason : String(error);
  return {
    file,
    line: (mark?.line ?? 0) + lineOffset,
    field: '(YAML)',
    rule: 'yaml-syntax',
    message: `YAML 语法错误：${reason}。请检查缩进、冒号后的空格和引号是否成对`,
    severity: 'error',
  };
}

function readMarkdownFile(
  absolutePath: string,
  shownPath: string,
  collection: CollectionName,
  slug: string,
  problems: Problem[],
): ContentFile {
  const source = readFileSync(absolutePath, 'utf8');
  const text = source.replace(/^\uFEFF/, '');
  const base = { file: shownPath, absolutePath, collection, slug };
  if (!/^---\r?\n/.test(text)) {
    problems.push({
      file: shownPath,
      line: 1,
      field: '(frontmatter)',
      rule: 'frontmatter-missing',
      message: '文件开头缺少 frontmatter：第一行应为 ---，字段写完后再用一行 --- 结束',
      severity: 'error',
    });
    return { ...base, data: null, body: text, bodyLine: 1, lineOf: () => 1 };
  }
  let data: unknown = null;
  let parsed: { content: string; matter: string };
  try {
    parsed = matter(text, {
      engines: { yaml: (s: string) => parseYamlCore(s) as object },
    }) as unknown as { content: string; matter: string; data: unknown };
    data = (parsed as unknown as { data: unknown }).data;
  } catch (error) {
    problems.push(yamlProblem(shownPath, error, 1));
    const end = text.indexOf('\n---', 3);
    parsed = { content: end === -1 ? '' : text.slice(text.indexOf('\n', end + 1) + 1), matter: '' };
  }
  const body = parsed.content;
  const prefix = text.slice(0, text.length - body.length);
  const bodyLine = prefix.split('\n').length;
  // The YAML text starts right after the opening ---, on line 1 of the file.
  const lineOf = lineFinder(
    text.slice(3, text.length - body.length).replace(/\r?\n---\s*$/, ''),
    1,
  );
  return { ...base, data: data ?? {}, body, bodyLine, lineOf };
}

function readYamlFile(
  absolutePath: string,
  shownPath: string,
  collection: CollectionName | 'site',
  slug: string,
  problems: Problem[],
): ContentFile {
  const text = readFileSync(absolutePath, 'utf8').replace(/^\uFEFF/, '');
  let data: unknown = null;
  try {
    data = parseYamlCore(text) ?? {};
  } catch (error) {
    problems.push(yamlProblem(shownPath, error, 1));
  }
  return {
    file: shownPath,
    absolutePath,
    collection,
    slug,
    data,
    body: '',
    bodyLine: 1,
    lineOf: lineFinder(text, 1),
  };
}

/** Shown path of a file: relative to the working directory, with forward slashes. */
function shown(absolutePath: string): string {
  return relative(process.cwd(), absolutePath).split(sep).join('/');
}

/**
 * Reads every entry of a content tree. Files in the wrong place (a talent outside
 * its folder, an indicators file that is not `<year>.yaml`) are reported, not skipped silently.
 */
export function readContentTree(contentDir: string): ContentTree {
  const root = resolve(contentDir);
  const problems: Problem[] = [];
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return {
      root,
      site: null,
      files: [],
      problems: [
        {
          file: shown(root),
          line: 1,
          field: '(CONTENT_DIR)',
          rule: 'content-dir',
          message: `内容目录不存在：${root}。请检查 CONTENT_DIR`,
          severity: 'error',
        },
      ],
    };
  }
  const sitePath = join(root, SITE_FILE);
  let site: ContentFile | null = null;
  if (existsSync(sitePath)) {
    site = readYamlFile(sitePath, shown(sitePath), 'site', 'site', problems);
  } else {
    problems.push({
      file: shown(sitePath),
      line: 1,
      field: '(site.yaml)',
      rule: 'site-missing',
      message: '缺少网站信息文件 site.yaml（网站名称、主办单位、行政区划、网址）',
      severity: 'error',
    });
  }

  const files: ContentFile[] = [];
  for (const collection of COLLECTION_NAMES) {
    const layout = COLLECTION_LAYOUTS[collection];
    const dir = join(root, layout.dir);
    if (!existsSync(dir)) continue;
    const matched = new Set(globSync(layout.pattern, { cwd: dir, onlyFiles: true }).sort());
    for (const entry of matched) {
      const absolutePath = join(dir, entry);
      const slug = slugFromPath(entry, layout.slugFrom);
      files.push(
        layout.format === 'yaml'
          ? readYamlFile(absolutePath, shown(absolutePath), collection, slug, problems)
          : readMarkdownFile(absolutePath, shown(absolutePath), collection, slug, problems),
      );
    }
    // Entry-like files the collection's pattern does not pick up would silently vanish: say so.
    const strays = globSync(
      layout.format === 'yaml' ? '**/*.{yaml,yml,md,mdx}' : '**/*.{md,mdx,markdown,yaml,yml}',
      { cwd: dir, onlyFiles: true },
    ).filter((f) => !matched.has(f));
    for (const stray of strays.sort()) {
      const hint =
        collection === 'talents'
          ? '人才风采应放在 talents/<slug>/index.md，照片放在同一文件夹'
          : collection === 'indicators'
            ? '年度统计应命名为 indicators/<年份>.yaml，例如 indicators/2024.yaml'
            : `${layout.label}应为 .md 或 .mdx 文件`;
      problems.push({
        file: shown(join(dir, stray)),
        line: 1,
        field: '(文件位置)',
        rule: 'file-layout',
        message: `此文件不会被发布：${hint}`,
        severity: 'error',
      });
    }
  }
  return { root, site, files, problems };
}

/** Whether a file referenced from an entry exists (relative to the entry's folder). */
export function referencedFileExists(entry: ContentFile, reference: string): boolean {
  const target = resolve(dirname(entry.absolutePath), reference);
  return existsSync(target) && statSync(target).isFile();
}
