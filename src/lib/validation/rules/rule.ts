import type { Problem } from '../problem.ts';
import type { ValidationIndex } from '../validationIndex.ts';

/**
 * One rule of the content specification: reads the validation index, returns the problems it
 * finds (none when the tree keeps the rule). Rules never throw and never depend on each other.
 */
export type ValidationRule = (index: ValidationIndex) => Problem[];
