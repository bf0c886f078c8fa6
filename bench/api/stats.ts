import { percentile } from '../table.js';

/** Mean, p50, p95, p99 and max of a list of durations in milliseconds (NaN for an empty list). */
export interface DurationSummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summariseDurations(values: readonly number[]): DurationSummary {
  if (values.length === 0) return { count: 0, mean: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN };
  let sum = 0;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v > max) max = v;
  }
  return {
    count: values.length,
    mean: sum / values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max,
  };
}

/** An aim on one figure: met when the measured value is at most `limit` (a NaN value is never met). */
export interface Aim {
  name: string;
  limit: number;
  value: number;
  met: boolean;
}

export const atMost = (name: string, value: number, limit: number): Aim => ({ name, limit, value, met: value <= limit });

export const metText = (aims: readonly Aim[]): string => (aims.every((a) => a.met) ? 'met' : 'NOT met');
