import { area, curveMonotoneX, line, stack, stackOffsetNone, stackOffsetWiggle, stackOrderInsideOut, stackOrderNone } from 'd3-shape';
import type { TrendSeries } from '../../../shapes/api/index.js';
import { toDate, type ChartSeries, type TrendScales } from './trend-scales.js';

/**
 * The marks of the trend chart as data: SVG path strings and point positions computed by d3-shape
 * from the scales. React renders them; nothing here touches the DOM.
 */
export type PointMark = { series: number; index: number; x: number; y: number; value: number };
/** `key`: the series' seriesKey (a topic, or a topic in one council when councils are compared). */
export type LineMark = { key: string; series: number; path: string; points: PointMark[] };
export type StreamMark = { key: string; series: number; path: string; points: PointMark[] };

/**
 * What tells series apart: the topic's slug, and the council's key when the trend compares councils
 * (then one topic has a series per council). `~` appears in neither a slug nor a key.
 */
export function seriesKey(series: Pick<TrendSeries, 'slug'> & { body?: TrendSeries['body'] }): string {
  return series.body ? `${series.slug}~${series.body.key}` : series.slug;
}

/** A line per series through its own points: an absent period (another council's meeting) is skipped, not drawn as zero. */
export function lineMarks(series: readonly ChartSeries[], scales: TrendScales): LineMark[] {
  const path = line<{ x: number; y: number }>()
    .x((d) => d.x)
    .y((d) => d.y)
    .curve(curveMonotoneX);
  return series.map((s, si) => {
    const points = s.points.flatMap((p, index) =>
      p.absent ? [] : [{ series: si, index, x: scales.x(toDate(p.start)), y: scales.y(p.value), value: p.value }],
    );
    return { key: seriesKey(s), series: si, path: path(points) ?? '', points };
  });
}

/**
 * A stacked area per series. `wiggle` (a stream graph) needs at least three periods to mean anything;
 * with fewer it falls back to a plain stack from zero so the y axis still reads true.
 */
export function streamMarks(series: readonly ChartSeries[], scales: TrendScales): StreamMark[] {
  const periods = series[0]?.points.length ?? 0;
  const streaming = periods >= 3;
  const rows = Array.from({ length: periods }, (_, i) => Object.fromEntries(series.map((s) => [seriesKey(s), s.points[i]?.value ?? 0])));
  const layers = stack<Record<string, number>>()
    .keys(series.map(seriesKey))
    .order(streaming ? stackOrderInsideOut : stackOrderNone)
    .offset(streaming ? stackOffsetWiggle : stackOffsetNone)(rows);
  // Wiggle moves the baseline; shift so the lowest edge sits on zero and the y axis keeps its meaning.
  const floor = Math.min(0, ...layers.flatMap((layer) => layer.map((d) => d[0])));
  const dates = (series[0]?.points ?? []).map((p) => toDate(p.start));
  const shape = area<[number, number]>()
    .x((_, i) => scales.x(dates[i]!))
    .y0((d) => scales.y(d[0] - floor))
    .y1((d) => scales.y(d[1] - floor))
    .curve(curveMonotoneX);
  return layers.map((layer) => {
    const si = series.findIndex((s) => seriesKey(s) === layer.key);
    const spans = layer.map((d) => [d[0], d[1]] as [number, number]);
    const points = spans.map((d, index) => ({
      series: si,
      index,
      x: scales.x(dates[index]!),
      y: scales.y((d[0] + d[1]) / 2 - floor),
      value: series[si]?.points[index]?.value ?? 0,
    }));
    return { key: layer.key, series: si, path: shape(spans) ?? '', points };
  });
}

/**
 * Topics that grew the most from the previous period to the latest one (by passages). Pure, so the
 * overview's "rising" list is tested without a chart.
 */
export function risingTopics(series: readonly TrendSeries[], limit = 5): { slug: string; series: TrendSeries; delta: number }[] {
  return series
    .map((s) => {
      const last = s.points[s.points.length - 1];
      const previous = s.points[s.points.length - 2];
      return { slug: s.slug, series: s, delta: last && previous ? last.passages - previous.passages : 0 };
    })
    .filter((r) => r.delta > 0)
    .sort((a, b) => b.delta - a.delta || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}
