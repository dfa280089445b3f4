import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { findHostileHtml } from '../security/hostileHtml.ts';
import { formatExactCount, formatExactYuan } from '../shared/formatNumber.ts';
import type { ChartSpec } from './statsTables.ts';

/**
 * Charts as SVG, drawn at build time by Apache ECharts' server-side renderer, so readers get
 * a static image and no chart script. The output is cleaned to be deterministic (no global
 * element ids) and free of inline CSS, and is checked to hold no script.
 */

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption>;

/**
 * Okabe–Ito colours that colour-blind readers can tell apart, each at least 3:1 against white:
 * blue, vermillion, bluish green.
 */
export const CHART_COLORS = ['#0072B2', '#D55E00', '#007A5A'] as const;

/** Text colours of the site (tokens.css): body text and muted text, both over 7:1 on white. */
const TEXT = '#1f2328';
const MUTED = '#545d68';
const FONT_SIZE = 14;

/** The width every chart is drawn at; it scales to its box, so 14 px text is ~12.8 px on a 360 px phone. */
export const CHART_WIDTH = 360;

/**
 * Stripes on the second and third series, so bars differ by more than colour.
 * (ECharts 'decal' patterns, drawn over the fill.)
 */
const DECALS = [
  undefined,
  {
    symbol: 'rect',
    dashArrayX: [1, 0],
    dashArrayY: [3, 3],
    rotation: -Math.PI / 4,
    color: 'rgba(255,255,255,0.55)',
  },
  {
    symbol: 'circle',
    symbolSize: 0.6,
    dashArrayX: [[6, 6]],
    dashArrayY: [6, 0],
    color: 'rgba(255,255,255,0.6)',
  },
] as const;

/**
 * The value of a bar as its label: 万 for large counts, 万元 for large amounts.
 * @example chartValueLabel(17380, 'count') // '1.738万'
 */
export function chartValueLabel(value: number, kind: ChartSpec['valueKind']): string {
  return kind === 'yuan' ? formatExactYuan(value) : formatExactCount(value);
}

/** How tall a chart is drawn, from its layout and number of bars. */
export function chartHeight(spec: ChartSpec): number {
  const legend = spec.series.length > 1 ? 32 : 0;
  if (spec.orientation === 'vertical') return 240 + legend;
  const rows =
    spec.categories.length * (spec.stacked || spec.series.length === 1 ? 1 : spec.series.length);
  return Math.max(80, spec.categories.length * 20 + rows * 18 + 24) + legend;
}

/** The longest category label in characters, for the width of the category axis. */
function labelWidth(categories: readonly string[]): number {
  const longest = Math.max(0, ...categories.map((c) => [...c].length));
  return Math.min(longest, 9) * FONT_SIZE + 8;
}

/** Shortens a category label to fit the axis; the table beside the chart has the full name. */
function shortLabel(label: string): string {
  const chars = [...label];
  return chars.length > 9 ? `${chars.slice(0, 8).join('')}…` : label;
}

/** The ECharts option of a chart: plain bars, values written on them, no interaction, no animation. */
export function chartOption(spec: ChartSpec): ChartOption {
  const horizontal = spec.orientation === 'horizontal';
  const legend = spec.series.length > 1;
  const label = (value: number) => chartValueLabel(value, spec.valueKind);
  const lastSeries = spec.series.length - 1;
  const categoryAxis = {
    type: 'category' as const,
    data: spec.categories,
    inverse: horizontal,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: MUTED } },
    axisLabel: { color: TEXT, fontSize: FONT_SIZE, formatter: shortLabel, interval: 0 },
  };
  const valueAxis = {
    type: 'value' as const,
    show: false,
    max: (extent: { max: number }) => Math.max(1, extent.max) * (horizontal ? 1.3 : 1.15),
  };
  return {
    animation: false,
    textStyle: { fontSize: FONT_SIZE, color: TEXT },
    color: [...CHART_COLORS],
    legend: legend
      ? {
          show: true,
          top: 0,
          left: 0,
          itemGap: 16,
          itemWidth: 18,
          itemHeight: 12,
          selectedMode: false,
          textStyle: { color: TEXT, fontSize: FONT_SIZE },
        }
      : { show: false },
    grid: {
      left: horizontal ? labelWidth(spec.categories) : 8,
      right: 8,
      top: (legend ? 32 : 0) + (horizontal ? 4 : 24),
      bottom: horizontal ? 4 : 28,
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal
      ? { ...categoryAxis, axisLabel: { ...categoryAxis.axisLabel, margin: 8 } }
      : valueAxis,
    series: spec.series.map((s, i) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      stack: spec.stacked ? 'total' : undefined,
      silent: true,
      emphasis: { disabled: true },
      barMaxWidth: horizontal ? 22 : 48,
      barGap: '20%',
      itemStyle: {
        color: CHART_COLORS[i % CHART_COLORS.length],
        decal: DECALS[i % DECALS.length] as never,
      },
      label: {
        // A stacked bar shows its total once, after the last segment; other bars their own value.
        show: !spec.stacked || i === lastSeries,
        position: horizontal ? 'right' : 'top',
        color: TEXT,
        fontSize: FONT_SIZE,
        formatter: spec.stacked
          ? ({ dataIndex }: { dataIndex: number }) =>
              label(spec.series.reduce((sum, t) => sum + (t.values[dataIndex] ?? 0), 0))
          : ({ value }: { value: unknown }) => label(Number(value)),
      },
    })),
  };
}

const PRESENTATION_PROPERTIES = new Set(['font-size', 'font-family', 'font-weight', 'font-style']);

/**
 * Makes ECharts' SVG stable and inline-CSS free: element ids from zrender's global counter
 * become `<idPrefix>-…`, the hover stylesheet, class names, hydration metadata and pointer
 * hints are dropped, and font styles become presentation attributes.
 * @example cleanChartSvg('<text style="font-size:14px;" class="zr3-cls-0">1</text>', 'c') // '<text font-size="14px">1</text>'
 */
export function cleanChartSvg(svg: string, idPrefix: string): string {
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/\sclass="[^"]*"/g, '')
    .replace(/\s(?:ecmeta_[a-z_]+|pointer-events)="[^"]*"/g, '')
    .replace(/\bzr\d+-/g, `${idPrefix}-`)
    .replace(/\sstyle="([^"]*)"/g, (whole, css: string) => {
      const declarations = css
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const colon = d.indexOf(':');
          return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()] as const;
        });
      if (!declarations.every(([property]) => PRESENTATION_PROPERTIES.has(property))) return whole;
      return declarations.map(([property, value]) => ` ${property}="${value}"`).join('');
    })
    .replace(/<(\w+) >/g, '<$1>')
    .replace(/\n+/g, '\n')
    .trim();
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Draws a chart as an SVG string that scales to its container (viewBox, no fixed size), an
 * image to assistive technology with `label` as its name. Element ids start with `chart-<id>-`.
 * Throws if the output could run script, which would be a bug, never content's fault.
 * @example renderChartSvg({ orientation: 'vertical', valueKind: 'count', categories: ['2024年'], series: [{ name: '人数', values: [3] }] }, 'demo', '人数').startsWith('<svg role="img"') // true
 */
export function renderChartSvg(spec: ChartSpec, id: string, label: string): string {
  const height = chartHeight(spec);
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_WIDTH,
    height,
  });
  try {
    chart.setOption(chartOption(spec));
    const svg = cleanChartSvg(chart.renderToSVGString(), `chart-${id}`).replace(
      /^<svg width="\d+" height="\d+"/,
      `<svg role="img" aria-label="${escapeAttribute(label)}" focusable="false"`,
    );
    const hostile = findHostileHtml(svg);
    if (hostile.length) throw new Error(`图表 ${id} 的 SVG 含有不安全内容：${hostile[0]!.snippet}`);
    return svg;
  } finally {
    chart.dispose();
  }
}
