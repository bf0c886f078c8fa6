import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';

/** Scales for a small vertical bar chart: a band per category, a linear y from zero. */
export type Bar = { key: string; label: string; value: number };
export type BarFrame = { width: number; height: number; marginTop: number; marginBottom: number; marginLeft: number; marginRight: number };

export function buildBarScales(bars: readonly Bar[], frame: BarFrame) {
  const x = scaleBand<string>()
    .domain(bars.map((b) => b.key))
    .range([frame.marginLeft, frame.width - frame.marginRight])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(bars, (b) => b.value) ?? 0)])
    .nice()
    .range([frame.height - frame.marginBottom, frame.marginTop]);
  return { x, y };
}
