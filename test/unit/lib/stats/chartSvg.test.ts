import { describe, expect, test } from 'vitest';
import {
  chartHeight,
  chartValueLabel,
  cleanChartSvg,
  renderChartSvg,
  CHART_COLORS,
} from '../../../../src/lib/stats/chartSvg.ts';
import type { ChartSpec } from '../../../../src/lib/stats/statsTables.ts';

const spec = (overrides: Partial<ChartSpec> = {}): ChartSpec => ({
  orientation: 'horizontal',
  valueKind: 'count',
  categories: ['现行有效', '已废止'],
  series: [{ name: '件数', values: [14, 1] }],
  ...overrides,
});

/** Relative luminance contrast of a #rrggbb colour against white (WCAG 2.1). */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

describe('renderChartSvg', () => {
  test('draws a scalable SVG named for assistive technology', () => {
    const svg = renderChartSvg(spec(), 'policies-status', '条形图：政策文件按效力状态');
    expect(svg).toMatch(
      /^<svg role="img" aria-label="条形图：政策文件按效力状态" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(svg).toMatch(/viewBox="0 0 360 \d+"/);
    expect(svg).not.toMatch(/^<svg[^>]* width=/);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  test('writes the category names and the values on the bars', () => {
    const svg = renderChartSvg(
      spec({
        categories: ['2023年', '2024年'],
        series: [{ name: '人才总量', values: [16420, 17380] }],
        orientation: 'vertical',
      }),
      'total',
      '人才总量',
    );
    for (const text of ['2023年', '2024年', '1.642万', '1.738万'])
      expect(svg).toContain(`>${text}</text>`);
  });

  test('writes amounts in 万元', () => {
    const svg = renderChartSvg(
      spec({ valueKind: 'yuan', series: [{ name: '资金', values: [31000000, 5000] }] }),
      'funding',
      '资金',
    );
    expect(svg).toContain('>3100万元</text>');
    expect(svg).toContain('>5000元</text>');
  });

  test('writes the total of a stacked bar once', () => {
    const svg = renderChartSvg(
      spec({
        stacked: true,
        series: [
          { name: '可申请', values: [3, 1] },
          { name: '已停止受理', values: [1, 0] },
        ],
      }),
      'benefit',
      '事项',
    );
    expect(svg).toContain('>4</text>');
    expect(svg).not.toContain('>3</text>');
    expect(svg).toContain('>可申请</text>');
  });

  test('is the same every time, with ids of its own', () => {
    const first = renderChartSvg(
      spec({
        series: [
          { name: 'a', values: [1, 2] },
          { name: 'b', values: [2, 1] },
        ],
      }),
      'flow',
      '引进与流失',
    );
    renderChartSvg(spec(), 'other', '其他');
    const again = renderChartSvg(
      spec({
        series: [
          { name: 'a', values: [1, 2] },
          { name: 'b', values: [2, 1] },
        ],
      }),
      'flow',
      '引进与流失',
    );
    expect(again).toBe(first);
    expect(first).toMatch(/id="chart-flow-/);
    expect(first).not.toMatch(/\bzr\d+-/);
  });

  test('has no script, stylesheet, inline style, class or hydration metadata', () => {
    const svg = renderChartSvg(
      spec({
        series: [
          { name: 'a', values: [1, 2] },
          { name: 'b', values: [2, 1] },
        ],
      }),
      'x',
      'x',
    );
    expect(svg).not.toMatch(/<script|<style|\sstyle=|\sclass=|ecmeta_|\son[a-z]+=/i);
  });

  test('escapes markup in names instead of running it', () => {
    const svg = renderChartSvg(
      spec({ categories: ['<script>alert(1)</script>', '"><img onerror=x>'] }),
      'x',
      '"><script>',
    );
    expect(svg).not.toMatch(/<script|<img/i);
    expect(svg).toContain('aria-label="&quot;&gt;&lt;script&gt;"');
  });

  test('draws a bar for every category', () => {
    const svg = renderChartSvg(
      spec({ categories: ['a', 'b', 'c'], series: [{ name: 'n', values: [3, 2, 1] }] }),
      'x',
      'x',
    );
    expect(svg.match(new RegExp(`fill="${CHART_COLORS[0]}"`, 'g'))).toHaveLength(3);
  });

  test('shows a legend, and stripes on the second series, when there are two', () => {
    const svg = renderChartSvg(
      spec({
        orientation: 'vertical',
        series: [
          { name: '引进', values: [3, 2] },
          { name: '流失', values: [1, 1] },
        ],
      }),
      'x',
      'x',
    );
    expect(svg).toContain('>引进</text>');
    expect(svg).toContain('>流失</text>');
    expect(svg).toMatch(/<pattern [^>]*id="chart-x-/);
  });
});

describe('chart colours', () => {
  test.each(CHART_COLORS.map((c) => [c]))('%s has at least 3:1 contrast with white', (colour) => {
    expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(3);
  });
});

describe('chartHeight', () => {
  test('grows with the number of bars and makes room for a legend', () => {
    expect(
      chartHeight(
        spec({ categories: ['a', 'b', 'c', 'd'], series: [{ name: 'n', values: [1, 1, 1, 1] }] }),
      ),
    ).toBeGreaterThan(chartHeight(spec()));
    expect(
      chartHeight(
        spec({
          series: [
            { name: 'a', values: [1, 1] },
            { name: 'b', values: [1, 1] },
          ],
          stacked: true,
        }),
      ),
    ).toBeGreaterThan(chartHeight(spec()));
  });
});

describe('chartValueLabel', () => {
  test.each([
    [17380, 'count', '1.738万'],
    [326, 'count', '326'],
    [200000, 'yuan', '20万元'],
  ] as const)('%i (%s) → %s', (value, kind, text) => {
    expect(chartValueLabel(value, kind)).toBe(text);
  });
});

describe('cleanChartSvg', () => {
  test('turns font styles into attributes and drops classes and metadata', () => {
    expect(
      cleanChartSvg(
        '<text style="font-size:14px;font-weight:bold;" class="zr3-cls-0" ecmeta_series_index="0">1</text>',
        'c',
      ),
    ).toBe('<text font-size="14px" font-weight="bold">1</text>');
  });

  test('keeps a style it cannot express as attributes', () => {
    expect(cleanChartSvg('<path style="mix-blend-mode:multiply;"></path>', 'c')).toBe(
      '<path style="mix-blend-mode:multiply;"></path>',
    );
  });

  test('renames zrender ids and references', () => {
    expect(
      cleanChartSvg(
        '<g clip-path="url(#zr12-c0)"></g><clipPath id="zr12-c0"></clipPath>',
        'chart-a',
      ),
    ).toBe('<g clip-path="url(#chart-a-c0)"></g><clipPath id="chart-a-c0"></clipPath>');
  });
});
