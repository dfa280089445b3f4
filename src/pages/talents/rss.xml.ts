import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../../queries/content.ts';
import { getTalentsNewestFirst } from '../../queries/talents.ts';
import { absoluteUrl, routes } from '../../lib/site/routes.ts';
import { storyTitle } from '../../lib/talent/talentStory.ts';

// Dates come from the content (publishedOn at midnight in China), never from the clock, so the feed is reproducible.
export const GET: APIRoute = async () => {
  const site = await getSite();
  const talents = await getTalentsNewestFirst();
  const self = absoluteUrl(routes.talentsFeed(), site.url);
  return rss({
    title: `${site.name} - 人才风采`,
    description: `${site.region}优秀人才的故事`,
    site: absoluteUrl(routes.talents(), site.url),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-cn</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: talents.map((t) => ({
      title: storyTitle(t.data),
      link: absoluteUrl(routes.talent(t.slug), site.url),
      pubDate: new Date(`${t.data.publishedOn}T00:00:00+08:00`),
      description: t.data.summary,
      categories: [t.data.team, t.data.field],
    })),
  });
};
