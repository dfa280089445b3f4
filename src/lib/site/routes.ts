/**
 * The site's URLs, in one place. Paths are written without the deployment base;
 * withBase adds it, so the site also works under a sub-path such as /rencai/.
 */

/** Path of every page the site publishes, without the base. */
export const routes = {
  home: () => '/',
  policies: () => '/policies/',
  /** Page n (from 1) of the policy list. */
  policiesPage: (page: number) => (page <= 1 ? '/policies/' : `/policies/page/${page}/`),
  /** Page n (from 1) of the policies with one facet value, e.g. `/policies/topic/yinjin/`. */
  policyFacet: (facet: string, code: string, page = 1) =>
    `/policies/${facet}/${code}/${page <= 1 ? '' : `page/${page}/`}`,
  policy: (slug: string) => `/policies/${slug}/`,
  policyDiff: (slug: string) => `/policies/${slug}/diff/`,
  /** An attachment published with a policy. */
  policyFile: (slug: string, file: string) => `/policies/${slug}/files/${file}`,
  incentives: () => '/incentives/',
  incentive: (slug: string) => `/incentives/${slug}/`,
  finder: () => '/finder/',
  /** The 政策计算器's data, fetched once by its script (src/pages/finder/data.json.ts). */
  finderData: () => '/finder/data.json',
  talents: () => '/talents/',
  talent: (slug: string) => `/talents/${slug}/`,
  talentsByTeam: (code: string) => `/talents/team/${code}/`,
  talentsByField: (code: string) => `/talents/field/${code}/`,
  talentsByHonor: (code: string) => `/talents/honor/${code}/`,
  talentsReturnee: () => '/talents/returnee/',
  press: () => '/press/',
  stats: () => '/stats/',
  search: () => '/search/',
  policiesFeed: () => '/policies/rss.xml',
  talentsFeed: () => '/talents/rss.xml',
  data: (name: string) => `/data/${name}`,
  sitemap: () => '/sitemap.xml',
  robots: () => '/robots.txt',
} as const;

function viteBase(): string {
  return (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
}

/**
 * Prefixes a site path with the deployment base (Astro's `base`).
 * @example withBase('/policies/', '/rencai/') // '/rencai/policies/'
 */
export function withBase(path: string, base: string = viteBase()): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The absolute URL of a site path, for feeds, data files, citations and canonical links.
 * @example absoluteUrl('/policies/a/', 'https://rc.example.gov.cn', '/rencai/') // 'https://rc.example.gov.cn/rencai/policies/a/'
 */
export function absoluteUrl(path: string, origin: string, base: string = viteBase()): string {
  return new URL(withBase(path, base), origin).href;
}
