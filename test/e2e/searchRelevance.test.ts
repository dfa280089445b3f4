import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { rawPagefindResults, rawPagefindShownResults } from '../support/pagefindInPage.ts';
import {
  firstSectionIs,
  scoreQuery,
  subResultPrecision,
  summarize,
  type QueryScore,
} from '../support/relevanceMetrics.ts';
import { openSearch, resultPaths, shownResults } from '../support/searchPage.ts';
import { REAL_RELEVANCE_QUERIES, type RealQueryKind } from './realRelevanceQueries.ts';
import { RELEVANCE_QUERIES, type Persona } from './relevanceQueries.ts';

/**
 * The relevance suite: every query of relevanceQueries.ts typed into the real /search/ page
 * of the sample site in Chromium, scored on the pages that must be among its first three
 * results. Prints precision@3 and MRR overall and per persona, beside the same queries sent
 * raw to Pagefind's own API on the same index (no query preparation, default weights, no
 * status ranking), and fails below the floors. Then the same for realRelevanceQueries.ts on
 * the real-document site, with sub-result precision@1 beside them (see its floors below).
 *
 * Floors: precision@3 ≥ 0.93 and MRR ≥ 0.90 over the 44 queries. The page scored 0.977 and
 * 0.943 when they were set (raw Pagefind 1.6 on the index as first built: 0.826 and 0.794),
 * so one or two queries may slip with a new Chromium segmenter, a third fails the suite.
 */
export const PRECISION_FLOOR = 0.93;

// Each query loads the search page and waits for its results: about 1.5 s on a busy 2-core
// machine, so a suite of 44 queries needs more than the browser tests' default minute.
const SUITE_TIMEOUT = 180_000;
export const MRR_FLOOR = 0.9;

let browser: Browser;
let page: Page;
const scores: QueryScore[] = [];
const rawScores: QueryScore[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const fmt = (n: number) => n.toFixed(3);

describe('search relevance on the sample content', () => {
  test('has at least 30 queries, each with one to three pages that must be found', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(30);
    for (const q of RELEVANCE_QUERIES) expect(q.relevant.length, q.query).toBeGreaterThanOrEqual(1);
    expect(new Set(RELEVANCE_QUERIES.map((q) => q.query)).size).toBe(RELEVANCE_QUERIES.length);
  });

  test(
    `finds the right pages in the top 3: precision@3 ≥ ${PRECISION_FLOOR}, MRR ≥ ${MRR_FLOOR}`,
    async () => {
      for (const q of RELEVANCE_QUERIES) {
        await openSearch(page, inject('sampleUrl'), { q: q.query });
        scores.push(scoreQuery(q.query, await resultPaths(page, '/'), q.relevant));
      }
      // From a page without the search script, so that Pagefind runs with its own defaults.
      await page.goto(inject('sampleUrl'));
      const raw = await rawPagefindResults(
        page,
        '/',
        RELEVANCE_QUERIES.map((q) => q.query),
      );
      RELEVANCE_QUERIES.forEach((q, i) => rawScores.push(scoreQuery(q.query, raw[i]!, q.relevant)));

      const lines = [
        '',
        '搜索相关性（示例内容）：未满分的查询｜precision@3｜倒数排名｜前 3 条结果',
      ];
      for (const s of scores) {
        if (s.precision < 1 || s.reciprocalRank < 1)
          lines.push(
            `  ${s.query}｜${s.precision.toFixed(2)}｜${s.reciprocalRank.toFixed(2)}｜${s.ranked.slice(0, 3).join(' ')}`,
          );
      }
      const personas = [...new Set(RELEVANCE_QUERIES.map((q) => q.persona))] as Persona[];
      for (const persona of personas) {
        const mine = scores.filter((_, i) => RELEVANCE_QUERIES[i]!.persona === persona);
        const sum = summarize(mine);
        lines.push(
          `${persona}（${sum.queries} 条）：precision@3 ${fmt(sum.precision)}，MRR ${fmt(sum.mrr)}`,
        );
      }
      const page_ = summarize(scores);
      const raw_ = summarize(rawScores);
      lines.push(
        `全部 ${page_.queries} 条 — 检索页：precision@3 ${fmt(page_.precision)}，MRR ${fmt(page_.mrr)}；直接调用 Pagefind：precision@3 ${fmt(raw_.precision)}，MRR ${fmt(raw_.mrr)}；下限 ${PRECISION_FLOOR} / ${MRR_FLOOR}`,
      );
      console.log(lines.join('\n'));

      expect(page_.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
      expect(page_.mrr).toBeGreaterThanOrEqual(MRR_FLOOR);
    },
    SUITE_TIMEOUT,
  );
});

/**
 * Floors on the real-document site, over the 23 queries of realRelevanceQueries.ts. When set,
 * the search page scored precision@3 1.000, MRR 1.000 and sub-result precision@1 1.000; before
 * articles had tokens and sub-results their own order, it scored 0.913, 0.797 and 0.000 (it
 * showed a 条例's first articles, 第一条 for 人才公寓), and raw Pagefind on today's index scores
 * 0.913, 0.826 and 0.087. With 23 queries, 0.95 lets one query slip on each measure (a new
 * Chromium segmenter may split a name differently) and fails on a second.
 */
export const REAL_PRECISION_FLOOR = 0.95;
export const REAL_MRR_FLOOR = 0.95;
export const REAL_SUB_RESULT_FLOOR = 0.95;

describe('search relevance on real documents', () => {
  test('has at least 20 queries, each with the page and the division it must land on', () => {
    expect(REAL_RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(20);
    for (const q of REAL_RELEVANCE_QUERIES) expect(q.relevant, q.query).toContain(q.anchor.page);
    expect(new Set(REAL_RELEVANCE_QUERIES.map((q) => q.query)).size).toBe(
      REAL_RELEVANCE_QUERIES.length,
    );
  });

  test(
    `lands on the right article: precision@3 ≥ ${REAL_PRECISION_FLOOR}, MRR ≥ ${REAL_MRR_FLOOR}, sub-result precision@1 ≥ ${REAL_SUB_RESULT_FLOOR}`,
    async () => {
      const real: QueryScore[] = [];
      const landed: boolean[] = [];
      const firstShown: string[] = [];
      for (const q of REAL_RELEVANCE_QUERIES) {
        await openSearch(page, inject('realUrl'), { q: q.query });
        const shown = await shownResults(page, '/');
        real.push(
          scoreQuery(
            q.query,
            shown.map((r) => r.path),
            q.relevant,
          ),
        );
        landed.push(firstSectionIs(shown, q.anchor));
        firstShown.push(shown.find((r) => r.path === q.anchor.page)?.sections[0] ?? '—');
      }
      await page.goto(inject('realUrl'));
      const raw = await rawPagefindShownResults(
        page,
        '/',
        REAL_RELEVANCE_QUERIES.map((q) => q.query),
      );
      const rawScores = REAL_RELEVANCE_QUERIES.map((q, i) =>
        scoreQuery(
          q.query,
          raw[i]!.map((r) => r.path),
          q.relevant,
        ),
      );
      const rawLanded = REAL_RELEVANCE_QUERIES.map((q, i) => firstSectionIs(raw[i]!, q.anchor));

      const lines = [
        '',
        '搜索相关性（真实文件）：未满分的查询｜precision@3｜倒数排名｜应落在｜实际首个子结果｜前 3 条结果',
      ];
      REAL_RELEVANCE_QUERIES.forEach((q, i) => {
        const s = real[i]!;
        if (s.precision < 1 || s.reciprocalRank < 1 || !landed[i])
          lines.push(
            `  ${q.query}｜${s.precision.toFixed(2)}｜${s.reciprocalRank.toFixed(2)}｜#${q.anchor.id}｜#${firstShown[i]}｜${s.ranked.slice(0, 3).join(' ')}`,
          );
      });
      const kinds = [...new Set(REAL_RELEVANCE_QUERIES.map((q) => q.kind))] as RealQueryKind[];
      for (const kind of kinds) {
        const mine = REAL_RELEVANCE_QUERIES.flatMap((q, i) => (q.kind === kind ? [i] : []));
        const sum = summarize(mine.map((i) => real[i]!));
        lines.push(
          `${kind}（${sum.queries} 条）：precision@3 ${fmt(sum.precision)}，MRR ${fmt(sum.mrr)}，子结果 precision@1 ${fmt(subResultPrecision(mine.map((i) => landed[i]!)))}`,
        );
      }
      const page_ = summarize(real);
      const raw_ = summarize(rawScores);
      const sub = subResultPrecision(landed);
      lines.push(
        `全部 ${page_.queries} 条 — 检索页：precision@3 ${fmt(page_.precision)}，MRR ${fmt(page_.mrr)}，子结果 precision@1 ${fmt(sub)}；直接调用 Pagefind：precision@3 ${fmt(raw_.precision)}，MRR ${fmt(raw_.mrr)}，子结果 precision@1 ${fmt(subResultPrecision(rawLanded))}；下限 ${REAL_PRECISION_FLOOR} / ${REAL_MRR_FLOOR} / ${REAL_SUB_RESULT_FLOOR}`,
      );
      console.log(lines.join('\n'));

      expect(page_.precision).toBeGreaterThanOrEqual(REAL_PRECISION_FLOOR);
      expect(page_.mrr).toBeGreaterThanOrEqual(REAL_MRR_FLOOR);
      expect(sub).toBeGreaterThanOrEqual(REAL_SUB_RESULT_FLOOR);
    },
    SUITE_TIMEOUT,
  );
});
