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
