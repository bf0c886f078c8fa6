import { max } from 'd3-array';
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import type { TrendSeries } from '../../../shapes/api/index.js';

/**
 * Scales for the trend chart, built once from the data and the frame and handed to the marks
 * (as in Observable Plot: marks never build scales). x is time (each period at its first meeting's
 * date, so uneven gaps between meetings show as uneven gaps); y starts at zero.
 */
export type Frame = { width: number; height: number; marginTop: number; marginRight: number; marginBottom: number; marginLeft: number };
export type TrendScales = { x: ScaleTime<number, number>; y: ScaleLinear<number, number>; frame: Frame };

export const DEFAULT_FRAME: Frame = { width: 760, height: 320, marginTop: 16, marginRight: 24, marginBottom: 36, marginLeft: 52 };

export const toDate = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** The periods shared by all series (the API gives every series a point for every period). */
export function periodsOf(series: readonly TrendSeries[]): { period: string; start: string }[] {
  return (series[0]?.points ?? []).map(({ period, start }) => ({ period, start }));
}

/** The highest value the chart must show: one series' peak for lines, the tallest stack for a stream. */
export function valueExtent(series: readonly TrendSeries[], stacked: boolean): number {
  if (stacked) {
    const periods = periodsOf(series);
    return max(periods, (_, i) => series.reduce((sum, s) => sum + (s.points[i]?.value ?? 0), 0)) ?? 0;
  }
  return max(series, (s) => max(s.points, (p) => p.value)) ?? 0;
}

export function buildTrendScales(series: readonly TrendSeries[], options: { stacked: boolean; frame?: Frame }): TrendScales {
  const frame = options.frame ?? DEFAULT_FRAME;
  const dates = periodsOf(series).map((p) => toDate(p.start));
  const first = dates[0] ?? new Date(0);
  const last = dates[dates.length - 1] ?? first;
  // One period alone: widen by a month each side so the point sits in the middle, not on an axis.
  const domain: [Date, Date] =
    first.getTime() === last.getTime() ? [new Date(first.getTime() - 30 * 864e5), new Date(last.getTime() + 30 * 864e5)] : [first, last];
  const x = scaleUtc().domain(domain).range([frame.marginLeft, frame.width - frame.marginRight]);
  const top = valueExtent(series, options.stacked);
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice()
    .range([frame.height - frame.marginBottom, frame.marginTop]);
  return { x, y, frame };
}

/** The period nearest to a pixel x (for hover), or -1 without periods. */
export function nearestPeriodIndex(scales: TrendScales, series: readonly TrendSeries[], px: number): number {
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
