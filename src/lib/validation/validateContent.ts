import type { Site } from '../../schemas/site.ts';
import type { ContentInput } from '../content/contentModel.ts';
import { sortProblems, type Problem } from './problem.ts';
import { VALIDATION_RULES, type ValidationRule } from './rules/index.ts';
import {
  buildValidationIndex,
  type ValidationContext,
  type ValidationFile,
} from './validationIndex.ts';

export type { ValidationContext, ValidationFile } from './validationIndex.ts';

/**
 * Every rule of the content specification over a whole content tree: the index is built once
 * (each file against its schema, slugs, structures, publication), then each rule of
 * `rules/` reads it. Pure: the caller reads the files and says which referenced files exist.
 */

/** The result of validating a tree: the problems, and the validated entries. */
export interface ValidationResult {
  problems: Problem[];
  site: Site | null;
  /** Entries that passed their schema (photos as paths). */
  input: ContentInput<string>;
}

/** Validates a whole content tree and returns every problem at once, sorted by file and line. */
export function validateContent(
  site: ValidationFile | null,
  files: readonly ValidationFile[],
  context: ValidationContext,
  rules: readonly ValidationRule[] = VALIDATION_RULES,
): ValidationResult {
  const index = buildValidationIndex(site, files, context);
  return {
    problems: sortProblems(rules.flatMap((rule) => rule(index))),
    site: index.site,
    input: index.input,
  };
}
