import { describe, expect, test } from 'vitest';
import { buildContentModel } from '../../../../src/lib/content/contentModel.ts';
import { computeStats } from '../../../../src/lib/stats/stats.ts';
import {
  formatCell,
  keyFigures,
  STATS_SECTIONS,
  statsTables,
} from '../../../../src/lib/stats/statsTables.ts';
import { alignColumns, formatStatsReport } from '../../../../src/lib/stats/statsReport.ts';
import { validateTree } from '../../../../scripts/lib/validateTree.ts';
import { TEST_AS_OF } from '../../../support/testSites.ts';

const stats = computeStats(
  buildContentModel(validateTree('test/fixtures/valid', TEST_AS_OF).input, TEST_AS_OF),
);

describe('alignColumns', () => {
  test('counts a Chinese character as two columns', () => {
    expect(
      alignColumns([
        ['类型', '件数'],
        ['办法', '3'],
        ['a', '10'],
      ]),
    ).toBe('类型  件数\n办法     3\na       10');
  });

  test('aligns the columns it is told are text to the left', () => {
    expect(
      alignColumns(
        [
          ['a', 'bb'],
          ['ccc', 'd'],
        ],
        () => false,
      ),
    ).toBe('a    bb\nccc  d');
  });
});

describe('formatStatsReport', () => {
  const report = formatStatsReport(stats, {
    contentDir: 'test/fixtures/valid',
    sections: STATS_SECTIONS,
  });
  const lines = report.split('\n');

  test('names the tree and the as-of date', () => {
    expect(lines[0]).toBe('数据统计（test/fixtures/valid，截至 2026-11-21）');
    expect(report.endsWith('\n')).toBe(true);
  });

  test('prints every table with its title and every row with its formatted cells', () => {
    for (const table of statsTables(stats)) {
      expect(lines).toContain(`${table.title}（#${table.id}）`);
      for (const row of table.rows) {
        const cells = row.map(formatCell);
        const line = lines.find(
          (l) =>
            l
              .split(/\s{2,}/)
              .map((s) => s.trim())
              .filter(Boolean)
              .join('|') === cells.join('|'),
        );
        expect(line, `${table.id}: ${cells.join(' ')}`).toBeDefined();
      }
    }
  });

  test('prints the key figures first', () => {
    const [first] = keyFigures(stats);
    expect(lines[3]).toMatch(
      new RegExp(`^${first!.label}\\s+${formatCell(first!.cell)}\\s+${first!.note}$`),
    );
  });
});
