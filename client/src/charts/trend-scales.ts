import { max } from 'd3-array';
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import type { TrendPoint, TrendSeries } from '../../../shapes/api/index.js';

/**
 * Scales for the trend chart, built once from the data and the frame and handed to the marks
 * (as in Observable Plot: marks never build scales). x is time (each period at its first meeting's
 * date, so uneven gaps between meetings show as uneven gaps); y starts at zero.
 */
export type Frame = { width: number; height: number; marginTop: number; marginRight: number; marginBottom: number; marginLeft: number };
export type TrendScales = { x: ScaleTime<number, number>; y: ScaleLinear<number, number>; frame: Frame };

export const DEFAULT_FRAME: Frame = { width: 760, height: 320, marginTop: 16, marginRight: 24, marginBottom: 36, marginLeft: 52 };

export const toDate = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** A point of a series on the chart; `absent`: the series has no such period (another council's meeting). */
export type ChartPoint = TrendPoint & { absent?: true };
export type ChartSeries = Omit<TrendSeries, 'points'> & { points: ChartPoint[] };

/**
 * Every series on one list of periods, in time order. Compared councils meet on different days, so
 * a council's series may lack another's meetings: those become `absent` points (value 0), which a line
 * skips and a stack counts as nothing. Series already on one list come back as they are.
 */
export function alignSeries(series: readonly ChartSeries[]): readonly ChartSeries[] {
  const list = (s: ChartSeries) => s.points.map((p) => p.period).join('\n');
  if (series.every((s) => list(s) === list(series[0]!))) return series;
  const periods = new Map<string, string>();
  for (const s of series) for (const p of s.points) periods.set(p.period, p.start);
  const order = [...periods].sort(([pa, sa], [pb, sb]) => sa.localeCompare(sb) || pa.localeCompare(pb));
  return series.map((s) => {
    const own = new Map(s.points.map((p) => [p.period, p]));
    return {
      ...s,
      points: order.map(
        ([period, start]) =>
          own.get(period) ?? { period, start, value: 0, passages: 0, totalPassages: 0, meetings: 0, absent: true as const },
      ),
    };
  });
}

/** The periods shared by all series (after alignSeries, every series has a point for every period). */
export function periodsOf(series: readonly ChartSeries[]): { period: string; start: string }[] {
  return (series[0]?.points ?? []).map(({ period, start }) => ({ period, start }));
}

/** The highest value the chart must show: one series' peak for lines, the tallest stack for a stream. */
export function valueExtent(series: readonly ChartSeries[], stacked: boolean): number {
  if (stacked) {
    const periods = periodsOf(series);
    return max(periods, (_, i) => series.reduce((sum, s) => sum + (s.points[i]?.value ?? 0), 0)) ?? 0;
  }
  return max(series, (s) => max(s.points, (p) => p.value)) ?? 0;
}

export function buildTrendScales(series: readonly ChartSeries[], options: { stacked: boolean; frame?: Frame }): TrendScales {
  const frame = options.frame ?? DEFAULT_FRAME;
  const dates = periodsOf(series).map((p) => toDate(p.start));
  const first = dates[0] ?? new Date(0);
  const last = dates[dates.length - 1] ?? first;
  // One period alone: widen by a month each side so the point sits in the middle, not on an axis.
  const domain: [Date, Date] =
    first.getTime() === last.getTime() ? [new Date(first.getTime() - 30 * 864e5), new Date(last.getTime() + 30 * 864e5)] : [first, last];
  const x = scaleUtc()
    .domain(domain)
    .range([frame.marginLeft, frame.width - frame.marginRight]);
  const top = valueExtent(series, options.stacked);
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice()
    .range([frame.height - frame.marginBottom, frame.marginTop]);
  return { x, y, frame };
}

/** The period nearest to a pixel x (for hover), or -1 without periods. */
export function nearestPeriodIndex(scales: TrendScales, series: readonly ChartSeries[], px: number): number {
  const periods = periodsOf(series);
  let best = -1;
  let bestDistance = Infinity;
  periods.forEach((p, i) => {
    const distance = Math.abs(scales.x(toDate(p.start)) - px);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  return best;
}
