import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { globSync } from 'tinyglobby';
import { incentiveSchema, type Incentive } from '../../src/schemas/incentive.ts';
import { policySchema, type Policy } from '../../src/schemas/policy.ts';

/**
 * The Markdown entries of a content tree read straight from their files, not through the
 * build, so that build tests can compare what was published with what the editor wrote.
 * The frontmatter goes through its collection's schema, the one definition of every field:
 * that types it, and turns the Date a YAML parser makes of an unquoted date into the
 * YYYY-MM-DD text the site shows.
 */

/** One entry: its slug (the file name), its path, its checked frontmatter and its body. */
export interface ContentSource<T> {
  slug: string;
  file: string;
  data: T;
  body: string;
}

function readSources<T>(pattern: string, parse: (data: unknown) => T): ContentSource<T>[] {
  return globSync(pattern).map((file) => {
    const { data, content } = matter(readFileSync(file, 'utf8'));
    return {
      slug: file
        .split('/')
        .pop()!
        .replace(/\.mdx?$/, ''),
      file,
      data: parse(data),
      body: content,
    };
  });
}

/** Every policy and 解读 of a content tree, drafts and embargoed ones included. */
export function readPolicySources(contentDir = 'content'): ContentSource<Policy>[] {
  return readSources(`${contentDir}/policies/**/*.{md,mdx}`, (data) => policySchema.parse(data));
}

/** Every incentive of a content tree, drafts and embargoed ones included. */
export function readIncentiveSources(contentDir = 'content'): ContentSource<Incentive>[] {
  return readSources(`${contentDir}/incentives/**/*.{md,mdx}`, (data) =>
    incentiveSchema.parse(data),
  );
}
