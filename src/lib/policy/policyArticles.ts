import { documentBlocks } from './documentBlocks.ts';
import { readDocumentStructure, type PolicyStructure } from './documentStructure.ts';

export type {
  BlockRole,
  DocumentScope,
  PolicyAnnex,
  PolicyArticle,
  PolicyChapter,
  PolicyClause,
  PolicyItem,
  PolicyPart,
  PolicySection,
  PolicyStructure,
} from './documentStructure.ts';
export { divisionOf } from './documentStructure.ts';

/**
 * The structure of a policy body, read from its Markdown source: the entry point of the one
 * structure reader (documentText → documentBlocks → documentStructure) for validation, the
 * table of contents, citations, the 修订对照 and the bench.
 */

// Validate, the table of contents and the diff all ask for the same bodies.
const structureCache = new Map<string, PolicyStructure>();

/**
 * Finds every division of a Markdown policy body.
 * @example parsePolicyStructure('## 第一章　总则\n\n第一条　为……').articles[0]?.anchor // 'art-1'
 */
export function parsePolicyStructure(body: string): PolicyStructure {
  const cached = structureCache.get(body);
  if (cached) return cached;
  const structure = readDocumentStructure(documentBlocks(body));
  if (structureCache.size > 256) structureCache.clear();
  structureCache.set(body, structure);
  return structure;
}
