import { articleNumbers } from './articleNumbers.ts';
import { entryFiles } from './entryFiles.ts';
import { exclusiveWith } from './exclusiveWith.ts';
import { heldBack } from './heldBack.ts';
import { hostileHtml } from './hostileHtml.ts';
import { incentiveClause } from './incentiveClause.ts';
import { incentivePolicy } from './incentivePolicy.ts';
import { indicatorYear } from './indicatorYear.ts';
import { mdxContent } from './mdxContent.ts';
import { pastedDocument } from './pastedDocument.ts';
import { policyReferences } from './policyReferences.ts';
import { privacy } from './privacy.ts';
import { relationCycles } from './relationCycles.ts';
import type { ValidationRule } from './rule.ts';
import { schemaFields } from './schemaFields.ts';
import { slugForm } from './slugForm.ts';
import { slugUnique } from './slugUnique.ts';
import { uniqueNumbers } from './uniqueNumbers.ts';

export type { ValidationRule } from './rule.ts';

/**
 * Every rule of the content specification, each in its own file. Adding a rule means adding
 * a file here; the order only groups related messages, since problems are sorted by file and
 * line before they are shown.
 */
export const VALIDATION_RULES: readonly ValidationRule[] = [
  schemaFields,
  slugForm,
  slugUnique,
  uniqueNumbers,
  policyReferences,
  relationCycles,
  incentivePolicy,
  incentiveClause,
  exclusiveWith,
  entryFiles,
  indicatorYear,
  articleNumbers,
  pastedDocument,
  privacy,
  hostileHtml,
  heldBack,
  mdxContent,
];
