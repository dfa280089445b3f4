import stringWidth from 'string-width';
import type { SiteStats } from './stats.ts';
import { formatCell, keyFigures, statsTables, type StatsSectionId } from './statsTables.ts';

/**
 * The statistics as plain text for a terminal (`npm run stats`): the key figures and every
 * table of /stats/, with the same formatted cells, columns aligned for Chinese text.
 */

function pad(text: string, width: number, alignRight: boolean): string {
  const space = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return alignRight ? space + text : text + space;
}

/**
 * Aligns rows of cells into columns, measuring Chinese characters as two columns wide;
 * numeric columns (by default all but the first) are right-aligned.
 * @example alignColumns([['类型', '件数'], ['办法', '3']]) // '类型  件数\n办法     3'
 */
export function alignColumns(
  rows: readonly (readonly string[])[],
  alignRight: (column: number) => boolean = (column) => column > 0,
): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => stringWidth(r[i] ?? ''))));
  return rows
    .map((r) =>
      r
        .map((cell, i) => pad(cell, widths[i]!, alignRight(i)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** What the report names besides the figures. */
export interface StatsReportOptions {
  contentDir: string;
  sections: readonly { id: StatsSectionId; title: string }[];
}

/**
 * The whole report, ending with a newline.
 * @example formatStatsReport(stats, { contentDir: 'content', sections: STATS_SECTIONS }).startsWith('数据统计') // true
 */
export function formatStatsReport(stats: SiteStats, options: StatsReportOptions): string {
  const tables = statsTables(stats);
  const lines = [`数据统计（${options.contentDir}，截至 ${stats.asOf}）`, ''];
  lines.push(
    alignColumns(
      [
        ['指标', '数值', '说明'],
        ...keyFigures(stats).map((f) => [f.label, formatCell(f.cell), f.note]),
      ],
      (column) => column === 1,
    ),
  );
  for (const section of options.sections) {
    const own = tables.filter((t) => t.section === section.id);
    if (!own.length) continue;
    lines.push('', `== ${section.title} ==`);
    for (const table of own) {
      lines.push('', `${table.title}（#${table.id}）`);
      const textColumns = new Set(
        table.rows[0]!.flatMap((cell, i) => (cell.kind === 'text' ? [i] : [])),
      );
      lines.push(
        alignColumns(
          [table.columns.map((c) => c.label), ...table.rows.map((row) => row.map(formatCell))],
          (column) => !textColumns.has(column),
        ),
      );
      if (table.note) lines.push(`注：${table.note}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
