import type { ValidationRule } from './rule.ts';

/**
 * Every field of every file against its collection's schema (required fields, types,
 * vocabularies, forms, unknown keys). The index parses each file once, so this rule only
 * reports what that parse found. Unreadable files have no fields to check.
 */
export const schemaFields: ValidationRule = (index) => index.schemaProblems;
