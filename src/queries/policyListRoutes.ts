import { POLICY_FACET_LABELS } from '../lib/policy/policyFacets.ts';
import { routes } from '../lib/site/routes.ts';
import { getPolicies } from './content.ts';
import { getPolicyListPages, type PolicyListPage } from './policyPages.ts';
import { renderCacheKey } from './renderCacheKey.ts';

/**
 * The static paths of the four list routes (all policies or one facet value; page 1
 * or a later page) and what each page renders, so the route files stay one-liners.
 */

/** What a list route renders. */
export interface PolicyListProps {
  list: PolicyListPage;
  titles: Map<string, string>;
  allCount: number;
  /** Page title and path without base. */
  title: string;
  path: string;
}

let titlesBySlug: Promise<Map<string, string>> | null = null;
/** Every published title by slug, built once and shared by all list pages (thousands on a large site). */
function titles(): Promise<Map<string, string>> {
  titlesBySlug ??= getPolicies().then(
    (policies) => new Map(policies.map((p) => [p.slug, p.data.title])),
  );
  return titlesBySlug;
}

async function props(list: PolicyListPage): Promise<PolicyListProps> {
  const policies = await getPolicies();
  const name = list.selected
    ? `${POLICY_FACET_LABELS[list.selected.facet]}：${list.selected.value} - 政策文件`
    : '政策文件';
  return {
    list,
    titles: await titles(),
    allCount: policies.length,
    title: list.page > 1 ? `${name}（第${list.page}页）` : name,
    path: list.selected
      ? routes.policyFacet(list.selected.facet, list.selected.code, list.page)
      : routes.policiesPage(list.page),
  };
}

/** Paths of the list routes: `facet` says whether the route is a facet route, `paged` whether it serves pages after the first. */
export async function policyListPaths({ facet, paged }: { facet: boolean; paged: boolean }) {
  const lists = (await getPolicyListPages()).filter(
    (l) => Boolean(l.selected) === facet && l.page > 1 === paged,
  );
  return Promise.all(
    lists.map(async (list) => ({
      params: {
        ...(list.selected ? { facet: list.selected.facet, value: list.selected.code } : {}),
        ...(paged ? { page: String(list.page) } : {}),
      },
      props: await props(list),
      cacheKey: renderCacheKey(),
    })),
  );
}
