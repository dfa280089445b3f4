import { problem, type Problem } from '../problem.ts';
import type { ValidationRule } from './rule.ts';

/** Finds a cycle through `start` in a graph of slugs, returned as the slugs along it. */
export function cycleThrough(
  start: string,
  edges: ReadonlyMap<string, readonly string[]>,
): string[] | null {
  const path: string[] = [];
  const visit = (slug: string): string[] | null => {
    if (path.includes(slug)) return slug === start ? [...path, slug] : null;
    path.push(slug);
    for (const next of edges.get(slug) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    return null;
  };
  return visit(start);
}

const RELATIONS = [
  { field: 'supersedes', rule: 'supersedes-cycle', label: '替代关系' },
  { field: 'amends', rule: 'amends-cycle', label: '修正补充关系' },
] as const;

/**
 * A policy cannot, through a chain of `supersedes` (or of `amends`), end up replacing (or
 * amending) itself: the version history would have no beginning.
 */
export const relationCycles: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const { field, rule, label } of RELATIONS) {
    const edges = new Map(index.valid.policies.map((p) => [p.source.slug, p.data[field] ?? []]));
    for (const { source } of index.valid.policies) {
      const cycle = cycleThrough(source.slug, edges);
      if (cycle)
        problems.push(problem(source, [field], rule, `${label}形成循环：${cycle.join(' → ')}`));
    }
  }
  return problems;
};
