/**
 * Finds the policies and incentives a talent story mentions, so its page can link
 * them: a policy when its exact title appears in 《》, an incentive when its title
 * appears anywhere in the text (the longest title wins where titles overlap).
 * Callers pass only published entries, so nothing unpublished is ever linked.
 */

/** A policy or incentive that a story may mention. */
export interface MentionTarget {
  slug: string;
  title: string;
  /** Used to choose among policies with the same title: the newest wins. */
  publishedOn?: string;
}

/** What a story mentions, each list in order of first mention. */
export interface StoryMentions {
  policies: string[];
  incentives: string[];
}

// Full-width letters, digits and brackets become ASCII, one character for one, so offsets stay valid.
const normalise = (text: string): string =>
  text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');

const sameTitle = (title: string): string => normalise(title).replace(/\s+/g, '');

/**
 * The published policies and incentives a story's text mentions.
 * @example findStoryMentions('按照《人才引进办法》申领了安家补贴', { policies: [{ slug: 'p', title: '人才引进办法' }], incentives: [{ slug: 'i', title: '安家补贴' }] }) // { policies: ['p'], incentives: ['i'] }
 */
export function findStoryMentions(
  text: string,
  targets: { policies: readonly MentionTarget[]; incentives: readonly MentionTarget[] },
): StoryMentions {
  return storyMentionFinder(targets)(text);
}

/**
 * A finder for many stories against the same targets: the titles are normalised once,
 * not once per story (a site with thousands of stories and policies would otherwise
 * spend most of its build here).
 * @example storyMentionFinder({ policies: [], incentives: [{ slug: 'i', title: '安家补贴' }] })('领了安家补贴') // { policies: [], incentives: ['i'] }
 */
export function storyMentionFinder(targets: {
  policies: readonly MentionTarget[];
  incentives: readonly MentionTarget[];
}): (text: string) => StoryMentions {
  const policiesByTitle = new Map<string, MentionTarget>();
  for (const policy of targets.policies) {
    const key = sameTitle(policy.title);
    const current = policiesByTitle.get(key);
    const newer =
      !current ||
      (policy.publishedOn ?? '') > (current.publishedOn ?? '') ||
      ((policy.publishedOn ?? '') === (current.publishedOn ?? '') && policy.slug < current.slug);
    if (newer) policiesByTitle.set(key, policy);
  }
  const incentives = [...targets.incentives]
    .map((i) => ({ slug: i.slug, title: normalise(i.title).trim() }))
    .filter((i) => i.title.length > 0)
    .sort((a, b) => b.title.length - a.title.length || (a.slug < b.slug ? -1 : 1));

  return (text) => {
    const body = normalise(text);
    const claimed: [number, number][] = [];
    const isFree = (start: number, end: number) =>
      claimed.every(([s, e]) => end <= s || start >= e);
    const found = { policies: new Map<string, number>(), incentives: new Map<string, number>() };
    // A title in 《》 is a document's name whether or not it matches: nothing inside counts as an incentive.
    for (const match of body.matchAll(/《([^《》\n]+)》/g)) {
      claimed.push([match.index, match.index + match[0].length]);
      const policy = policiesByTitle.get(sameTitle(match[1]!));
      if (policy && !found.policies.has(policy.slug)) found.policies.set(policy.slug, match.index);
    }
    for (const incentive of incentives) {
      for (
        let at = body.indexOf(incentive.title);
        at !== -1;
        at = body.indexOf(incentive.title, at + 1)
      ) {
        const end = at + incentive.title.length;
        if (!isFree(at, end)) continue;
        claimed.push([at, end]);
        const first = found.incentives.get(incentive.slug);
        if (first === undefined || at < first) found.incentives.set(incentive.slug, at);
      }
    }
    const inOrder = (map: Map<string, number>) =>
      [...map].sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1)).map(([slug]) => slug);
    return { policies: inOrder(found.policies), incentives: inOrder(found.incentives) };
  };
}
