import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPolicies, getSite } from '../../queries/content.ts';
import {
  feedLastBuildDate,
  policyFeedItem,
  POLICY_FEED_SIZE,
} from '../../lib/policy/policyFeed.ts';
import { absoluteUrl, routes } from '../../lib/site/routes.ts';
import { amendmentPolicy, getPolicyMap } from '../../queries/policyPages.ts';

/** /policies/rss.xml: the newest policies and 解读, RSS 2.0, with their status. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const policies = (await getPolicies()).slice(0, POLICY_FEED_SIZE);
  const policyMap = await getPolicyMap();
  const feedUrl = absoluteUrl(routes.policiesFeed(), site.url);
  return rss({
    title: `${site.name} - 政策文件`,
    description: `${site.office}发布的人才政策文件和政策解读，每条注明现行效力状态。`,
    site: absoluteUrl(routes.policies(), site.url),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>zh-cn</language>',
      `<lastBuildDate>${feedLastBuildDate(policies.map((p) => p.data.publishedOn)).toUTCString()}</lastBuildDate>`,
      `<atom:link href="${feedUrl}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: policies.map((p) =>
      policyFeedItem(
        p,
        absoluteUrl(routes.policy(p.slug), site.url),
        p.amends.map((slug) => amendmentPolicy(policyMap, slug, p.slug)),
      ),
    ),
  });
};
