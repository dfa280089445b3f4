import { describe, expect, test } from 'vitest';
import { parsePolicyStructure } from '../../src/lib/policy/policyArticles.ts';
import { readPage } from '../support/builtSite.ts';
import { readIncentiveSources, readPolicySources } from '../support/contentSources.ts';

/**
 * The real, public documents of test/fixtures/real (sources in its SOURCES.md), built as the
 * test site `real`: every division the structure reader finds in a document's source is an
 * anchor on its page, and every incentive links to the exact anchor of its clause.
 */
const REAL = 'test/fixtures/real';
const policies = readPolicySources(REAL);

describe('real documents', () => {
  test.each(policies.map((p) => [p.slug, p] as const))(
    '%s: every 第X条, 章, 节, part, item and annex has its anchor on the page',
    (slug, policy) => {
      const page = readPage('real', `policies/${slug}/`);
      const ids = new Set(page.querySelectorAll('[id]').map((e) => e.id));
      const structure = parsePolicyStructure(policy.body);
      const expected = structure.roles.flatMap((r) => [r.anchor, r.innerAnchor]).filter(Boolean);
      for (const scope of [structure, ...structure.annexes])
        for (const article of scope.articles) expect(ids, article.label).toContain(article.anchor);
      for (const anchor of expected) expect(ids, `${slug}#${anchor}`).toContain(anchor);
    },
  );

  test('the SOURCES.md anchors of the incentives are the ones their pages link to', () => {
    const expected: Record<string, string> = {
      'shandong-rencai-gongyu': '#art-52-1',
      'guangzhou-youxiu-qingnian-chuangxin-chuangye-rencai-zizhu': '#art-12',
      'beijing-canji-renyuan-jiuye-yuanzhu': '#art-2-2-4',
      'zhuanye-jishu-zhiwu-renzhi-tiaojian': '#part-3',
      'gaoxiao-jiaoshi-renzhi-zige-pingding': '#part-4-5',
      'chengren-gaodeng-jiaoyu-jixu-jiaoyu': '#part-1-11',
      'jiuye-jianxi-butie': '#part-2-5',
      'kunnan-qunzhong-linshi-shenghuo-buzhu': '#part-4-11',
      'shiye-danwei-niandu-kaohe-youxiu': '#art-28-2',
    };
    const incentives = readIncentiveSources(REAL);
    expect(incentives.map((i) => i.slug).sort()).toEqual(Object.keys(expected).sort());
    for (const incentive of incentives) {
      const page = readPage('real', `incentives/${incentive.slug}/`);
      const href = `/policies/${incentive.data.policy}/${expected[incentive.slug] ?? ''}`;
      expect(
        page.querySelectorAll('a').some((a) => a.getAttribute('href') === href),
        `${incentive.slug} → ${href}`,
      ).toBe(true);
    }
  });

  test('pasted indentation never becomes a code block', () => {
    for (const policy of policies)
      expect(readPage('real', `policies/${policy.slug}/`).querySelector('main pre')).toBeNull();
  });
});
