import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { join, relative, resolve, dirname, sep, basename } from 'node:path';
import matter from 'gray-matter';
import { globSync } from 'tinyglobby';
import {
  COLLECTION_LAYOUTS,
  COLLECTION_NAMES,
  SITE_FILE,
  slugFromPath,
  type CollectionName,
} from '../../src/schemas/registry.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';
import { decodeContentText } from '../../src/lib/content/textEncoding.ts';
import {
  parseYamlSource,
  type FieldPath,
  type YamlSource,
} from '../../src/lib/content/yamlSource.ts';

/**
 * Reads a content tree from disk the way Astro will see it, and keeps enough of the source to
 * point at lines. A file that cannot be read (not UTF-8, YAML that does not parse, frontmatter
 * without its closing ---) gets one problem that says why, and `data: null`, so that nothing
 * else is reported about it or about what refers to it.
 */

export type { FieldPath } from '../../src/lib/content/yamlSource.ts';

/** One file of the content tree, parsed but not yet validated. */
export interface ContentFile {
  /** Path as shown in messages: relative to the working directory. */
  file: string;
  /** Absolute path. */
  absolutePath: string;
  collection: CollectionName | 'site';
  slug: string;
  /** The parsed frontmatter or YAML document; null when it could not be read. */
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

type FileBase = Pick<ContentFile, 'file' | 'absolutePath' | 'collection' | 'slug'>;

const unreadable = (base: FileBase, body = '', bodyLine = 1): ContentFile => ({
  ...base,
  data: null,
  body,
  bodyLine,
  lineOf: () => 1,
});

function fileProblem(
  file: string,
  line: number,
  field: string,
  rule: string,
  message: string,
): Problem {
  return { file, line, field, rule, message, severity: 'error' };
}

/** The file's text, or a problem naming its encoding. */
function readText(base: FileBase, problems: Problem[]): string | null {
  const decoded = decodeContentText(readFileSync(base.absolutePath));
  if (decoded.ok) return decoded.text.replace(/^\uFEFF/, '');
  problems.push(fileProblem(base.file, decoded.line, '(文件编码)', 'encoding', decoded.message));
  return null;
}

/** The line of the closing --- of a frontmatter block, or -1 when there is none. */
function closingDelimiterLine(lines: readonly string[]): number {
  return lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
}

function readMarkdownFile(base: FileBase, problems: Problem[]): ContentFile {
  const text = readText(base, problems);
  if (text === null) return unreadable(base);
  if (!/^---\r?\n/.test(text)) {
    problems.push(
      fileProblem(
        base.file,
        1,
        '(frontmatter)',
        'frontmatter-missing',
        '文件开头缺少 frontmatter：第一行应为 ---，字段写完后再用一行 --- 结束',
      ),
    );
    return unreadable(base, text);
  }
  if (closingDelimiterLine(text.split(/\r?\n/)) === -1) {
    problems.push(
      fileProblem(
        base.file,
        1,
        '(frontmatter)',
        'frontmatter-unclosed',
        'frontmatter 没有结束：第 1 行的 --- 之后找不到单独一行的 ---。请在最后一个字段之后、正文之前加一行 ---',
      ),
    );
    return unreadable(base);
  }
  // gray-matter splits frontmatter from body; the YAML is parsed by the project's own engine
  // (yamlSource.ts), never by gray-matter's bundled js-yaml 3. The YAML starts on line 2.
  let yaml: YamlSource | null = null;
  const parsed = matter(text, {
    engines: {
      yaml: (source: string) => {
        yaml = parseYamlSource(source.replace(/^\r?\n/, ''), 2);
        return {};
      },
    },
  });
  const body = parsed.content;
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  const source = yaml as YamlSource | null;
  if (!source) return unreadable(base, body, bodyLine);
  if (source.error) {
    problems.push(
      fileProblem(base.file, source.error.line, '(YAML)', 'yaml-syntax', source.error.message),
    );
    return unreadable(base, body, bodyLine);
  }
  return { ...base, data: source.data ?? {}, body, bodyLine, lineOf: source.lineOf };
}

function readYamlFile(base: FileBase, problems: Problem[]): ContentFile {
  const text = readText(base, problems);
  if (text === null) return unreadable(base);
  const source = parseYamlSource(text, 1);
  if (source.error) {
    problems.push(
      fileProblem(base.file, source.error.line, '(YAML)', 'yaml-syntax', source.error.message),
    );
    return unreadable(base);
  }
  return { ...base, data: source.data ?? {}, body: '', bodyLine: 1, lineOf: source.lineOf };
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
    site = readYamlFile(
      { file: shown(sitePath), absolutePath: sitePath, collection: 'site', slug: 'site' },
      problems,
    );
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
      const base = { file: shown(absolutePath), absolutePath, collection, slug };
      files.push(
        layout.format === 'yaml' ? readYamlFile(base, problems) : readMarkdownFile(base, problems),
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
  return (
    existsSync(target) &&
    statSync(target).isFile() &&
    readdirSync(dirname(target)).includes(basename(target))
  );
}

/**
 * A file in the referenced folder whose name differs from the reference only in letter case,
 * or null. On Windows and macOS `照片.JPG` opens as `照片.jpg`; on the web server it does not.
 */
export function referencedFileWithOtherCase(entry: ContentFile, reference: string): string | null {
  const target = resolve(dirname(entry.absolutePath), reference);
  const folder = dirname(target);
  if (!existsSync(folder)) return null;
  const wanted = basename(target).toLowerCase();
  const found = readdirSync(folder).find((name) => name.toLowerCase() === wanted);
  return found && found !== basename(target) ? found : null;
}
