import { readFileSync } from 'node:fs';
import {
  readContentTree,
  referencedFileExists,
  referencedFileWithOtherCase,
  type ContentFile,
} from './readContentTree.ts';
import { checkMdxSource } from './checkMdx.ts';
import {
  validateContent,
  type ValidationResult,
} from '../../src/lib/validation/validateContent.ts';
import { sortProblems } from '../../src/lib/validation/problem.ts';
import type { IsoDate } from '../../src/lib/shared/isoDate.ts';

/** Reads and validates a content tree from disk: every problem, and the valid entries. */
export function validateTree(contentDir: string, asOf: IsoDate): ValidationResult {
  const tree = readContentTree(contentDir);
  const result = validateContent(tree.site, tree.files, {
    asOf,
    fileExists: (file, reference) => referencedFileExists(file as ContentFile, reference),
    fileWithOtherCase: (file, reference) =>
      referencedFileWithOtherCase(file as ContentFile, reference),
    // The whole file, frontmatter included, so that reported lines are lines of the file.
    checkMdx: (file) => checkMdxSource(readFileSync((file as ContentFile).absolutePath, 'utf8')),
  });
  return { ...result, problems: sortProblems([...tree.problems, ...result.problems]) };
}
