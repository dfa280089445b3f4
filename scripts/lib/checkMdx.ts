import { mdxToMdast } from 'satteri';
import {
  checkMdxTree,
  type MdxFinding,
  type MdxNode,
  type MdxReference,
} from '../../src/lib/content/contentComponents.ts';

/**
 * Parses an MDX file with the same parser Astro uses (Sätteri) and checks it against the
 * content components. A syntax error is reported with its line, so a broken MDX file is
 * caught by validate rather than halfway through a build.
 */
export function checkMdxSource(source: string): {
  findings: MdxFinding[];
  references: MdxReference[];
} {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(source, { position: true }) as unknown as MdxNode;
  } catch (error) {
    const message = (error as Error).message;
    // Sätteri puts the position first ("11:1: …") or in brackets ("… (11:1)").
    const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? /\((\d+):\d+\)/.exec(message)?.[1] ?? 1);
    const reason = message
      .replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '')
      .replace(/\s*\(\d+:\d+\)/, '')
      .replace(/\s*\([\w-]+:[\w-]+\)$/, '');
    return {
      findings: [{ line, rule: 'mdx-syntax', message: `MDX 语法错误：${reason}` }],
      references: [],
    };
  }
  return checkMdxTree(tree);
}
