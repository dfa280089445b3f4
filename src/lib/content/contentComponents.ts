/**
 * MDX is code. An MDX body may use the site's own content components, written as
 * tags with plain text attributes, and nothing else: no import or export, no {…}
 * expression, no other tag. This module says which components exist and checks a
 * parsed MDX tree (mdast) against that list; validate reports what it finds.
 */

/** An attribute a content component takes. */
export interface ComponentAttribute {
  required: boolean;
  /** Allowed values, when the attribute is a choice. */
  values?: readonly string[];
  /** The collection whose slug the attribute names, checked by validate. */
  ref?: 'policies' | 'incentives';
  description: string;
}

/** A component editors may use in an MDX body. */
export interface ContentComponent {
  description: string;
  attributes: Readonly<Record<string, ComponentAttribute>>;
  /** Whether the component wraps Markdown content (Callout) or stands alone (links). */
  hasContent: boolean;
}

/** The site's content components, by the tag name editors write. */
export const CONTENT_COMPONENTS: Readonly<Record<string, ContentComponent>> = {
  Callout: {
    description: '提示框：把一段需要特别提醒读者的内容框起来',
    hasContent: true,
    attributes: {
      type: {
        required: false,
        values: ['提示', '注意', '重要'],
        description: '提示框的类型，默认为“提示”',
      },
      title: { required: false, description: '提示框的标题' },
    },
  },
  PolicyLink: {
    description: '链接到本站的一份政策文件，显示其标题和当前状态',
    hasContent: false,
    attributes: {
      slug: { required: true, ref: 'policies', description: '政策文件的 slug' },
      clause: {
        required: false,
        description: '链接到其中的条款，例如 第五条、第五条第二款、三（二）',
      },
    },
  },
  IncentiveLink: {
    description: '链接到本站的一个激励事项，显示其名称和金额',
    hasContent: false,
    attributes: {
      slug: { required: true, ref: 'incentives', description: '激励事项的 slug' },
    },
  },
};

/** The part of an mdast node the check reads. */
export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdxNode[];
}

/** Something in an MDX body that is not allowed, at a line of the file. */
export interface MdxFinding {
  line: number;
  rule: 'mdx-esm' | 'mdx-expression' | 'mdx-component' | 'mdx-syntax';
  message: string;
}

/** A slug an MDX component names, for validate to check that it exists. */
export interface MdxReference {
  line: number;
  collection: 'policies' | 'incentives';
  slug: string;
  component: string;
  /** The article named with the slug (PolicyLink's clause), checked against the policy's body. */
  clause?: string;
}

const AVAILABLE = Object.keys(CONTENT_COMPONENTS).join('、');

/** What checking a tree finds: problems, and the entries its components refer to. */
interface MdxCheck {
  findings: MdxFinding[];
  references: MdxReference[];
}

const ESM_MESSAGE = 'MDX 正文中不允许 import 或 export：本站的内容组件无需导入即可直接使用';
const EXPRESSION_MESSAGE =
  '不允许 {…} 表达式（MDX 会把花括号里的内容当作代码运行）；要显示花括号本身，请写作 \\{ 和 \\}';

/** A tag that is not one of the site's components: plain HTML, or an unknown name. */
function unknownTagMessage(name: string): string {
  return /^[a-z]/.test(name) || name === ''
    ? `MDX 正文中不允许直接写 HTML 标签 <${name}>：请用 Markdown 语法，或本站的内容组件（${AVAILABLE}）`
    : `未知的组件 <${name}>：可用的内容组件为 ${AVAILABLE}`;
}

type MdxAttribute = NonNullable<MdxNode['attributes']>[number];

/** Checks one attribute of a component: plain text, known to it, one of its values. */
function checkAttribute(
  component: ContentComponent,
  name: string,
  attribute: MdxAttribute,
  line: number,
  check: MdxCheck,
): string | null {
  const plain =
    attribute.type === 'mdxJsxAttribute' &&
    (attribute.value === null ||
      attribute.value === undefined ||
      typeof attribute.value === 'string');
  if (!plain) {
    check.findings.push({
      line,
      rule: 'mdx-expression',
      message: `<${name}> 的属性只能写成 名称="文字"，不能使用 {…} 表达式`,
    });
    return null;
  }
  const attributeName = attribute.name ?? '';
  const spec = component.attributes[attributeName];
  if (!spec) {
    check.findings.push({
      line,
      rule: 'mdx-component',
      message: `<${name}> 没有属性“${attributeName}”：可用的属性为 ${Object.keys(component.attributes).join('、')}`,
    });
    return null;
  }
  const value = typeof attribute.value === 'string' ? attribute.value : '';
  if (spec.values && !spec.values.includes(value))
    check.findings.push({
      line,
      rule: 'mdx-component',
      message: `<${name}> 的 ${attributeName} 应为以下之一：${spec.values.join('、')}`,
    });
  if (spec.ref) check.references.push({ line, collection: spec.ref, slug: value, component: name });
  return attributeName;
}

/** Checks one component tag: its attributes, the required ones, and content where none belongs. */
function checkComponent(node: MdxNode, line: number, check: MdxCheck): void {
  const name = node.name ?? '';
  const component = CONTENT_COMPONENTS[name];
  if (!component) {
    check.findings.push({ line, rule: 'mdx-component', message: unknownTagMessage(name) });
    return;
  }
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    const attributeName = checkAttribute(component, name, attribute, line, check);
    if (attributeName) given.add(attributeName);
  }
  // PolicyLink's clause is checked against the policy its slug names.
  const clause = node.attributes?.find((a) => a.name === 'clause' && typeof a.value === 'string');
  const policyRef = check.references.at(-1);
  if (clause && policyRef?.line === line && policyRef.component === name)
    policyRef.clause = clause.value as string;
  for (const [attributeName, spec] of Object.entries(component.attributes)) {
    if (spec.required && !given.has(attributeName))
      check.findings.push({
        line,
        rule: 'mdx-component',
        message: `<${name}> 缺少属性 ${attributeName}（${spec.description}）`,
      });
  }
  if (!component.hasContent && (node.children ?? []).length > 0)
    check.findings.push({
      line,
      rule: 'mdx-component',
      message: `<${name}> 不包含内容，请写成 <${name} … />`,
    });
}

/**
 * Checks a parsed MDX tree: every tag is a content component with plain attributes.
 * @example checkMdxTree({ type: 'root', children: [{ type: 'mdxjsEsm', position: { start: { line: 5 } } }] }).findings[0].rule // 'mdx-esm'
 */
export function checkMdxTree(tree: MdxNode): MdxCheck {
  const check: MdxCheck = { findings: [], references: [] };
  const visit = (node: MdxNode) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        check.findings.push({ line, rule: 'mdx-esm', message: ESM_MESSAGE });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        check.findings.push({ line, rule: 'mdx-expression', message: EXPRESSION_MESSAGE });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkComponent(node, line, check);
        if (!CONTENT_COMPONENTS[node.name ?? '']) return;
        break;
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return check;
}
