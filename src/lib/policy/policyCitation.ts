import type { PolicyStructure } from './documentStructure.ts';

/**
 * "How to cite" lines for a policy and for one of its articles, in the form Chinese
 * official writing uses (《标题》（发文字号）第五条), followed by the page's address.
 */

/** What a citation names. */
export interface CitedPolicy {
  title: string;
  docNumber?: string | undefined;
  /** Absolute URL of the policy's page. */
  url: string;
}

/**
 * The citation of a policy, or of one article when its label and anchor are given.
 * @example citePolicy({ title: '澄溪县高层次人才引进办法', docNumber: '澄委组发〔2024〕6号', url: 'https://rc.example.gov.cn/policies/a/' }, { label: '第五条', anchor: 'art-5' })
 * // '《澄溪县高层次人才引进办法》（澄委组发〔2024〕6号）第五条，https://rc.example.gov.cn/policies/a/#art-5'
 */
export function citePolicy(
  policy: CitedPolicy,
  article?: { label: string; anchor: string },
): string {
  const name = `${bookTitle(policy.title)}${policy.docNumber ? `（${policy.docNumber}）` : ''}`;
  return `${name}${article?.label ?? ''}，${citationUrl(policy.url, article?.anchor)}`;
}

/**
 * The URL a citation links to: the page, or the article's anchor on it.
 * @example citationUrl('https://rc.example.gov.cn/policies/a/', 'art-5') // 'https://rc.example.gov.cn/policies/a/#art-5'
 */
export function citationUrl(url: string, anchor?: string): string {
  return anchor ? `${url}#${anchor}` : url;
}

/**
 * A title in book-title marks; marks inside it become 〈〉, as Chinese typesetting nests them.
 * @example bookTitle('《澄溪县高层次人才引进办法》政策解读') // '《〈澄溪县高层次人才引进办法〉政策解读》'
 */
export function bookTitle(title: string): string {
  return `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/** A division shown as an example of citing part of a document. */
export interface CitationExample {
  /** What is cited, for the sentence that introduces it. */
  kind: '条' | '款' | '部分' | '项';
  /** As cited after the title, e.g. `第十八条第一款`, `二（五）`. */
  label: string;
  anchor: string;
}

/**
 * Examples of citing part of a document, taken from its own structure (never an invented
 * anchor): its first article and, when an article has more than one 款, that article's first
 * 款; in a document without articles, its first part and its first item.
 * @example citationExamples(parsePolicyStructure('第一条　甲\n\n第二条　乙\n\n丙')) // [{ kind: '条', label: '第一条', anchor: 'art-1' }, { kind: '款', label: '第二条第一款', anchor: 'art-2-1' }]
 */
export function citationExamples(structure: PolicyStructure): CitationExample[] {
  const [article] = structure.articles;
  if (article) {
    const withClauses = structure.articles.find((a) => a.clauses.length > 1);
    const clause = withClauses?.clauses[0];
    return [
      { kind: '条', label: article.label, anchor: article.anchor },
      ...(clause ? [{ kind: '款' as const, label: clause.citation, anchor: clause.anchor }] : []),
    ];
  }
  const [part] = structure.parts;
  const item = structure.parts.flatMap((p) => p.items)[0];
  return [
    ...(part ? [{ kind: '部分' as const, label: part.citation, anchor: part.anchor }] : []),
    ...(item ? [{ kind: '项' as const, label: item.citation, anchor: item.anchor }] : []),
  ];
}
