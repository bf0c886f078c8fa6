import { useMemo } from 'react';
import { buildBarScales, type Bar } from './bar-scales.js';
import { OKABE_ITO } from './palette.js';
import { useWidth } from './use-width.js';

/** A small bar chart (attendance per meeting or year). Bars carry their value as text too. */
export function BarChart({
  bars,
  label,
  height = 180,
  color = OKABE_ITO[2],
}: {
  bars: readonly Bar[];
  label: string;
  height?: number;
  color?: string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>(480);
  const frame = useMemo(
    () => ({
      width: Math.min(Math.max(240, width), 120 + bars.length * 90),
      height,
      marginTop: 18,
      marginBottom: 28,
      marginLeft: 28,
      marginRight: 8,
    }),
    [width, height, bars.length],
  );
  const { x, y } = useMemo(() => buildBarScales(bars, frame), [bars, frame]);
  return (
    <div ref={ref} className="bar-chart">
      <svg
        width={frame.width}
        height={frame.height}
        role="img"
        aria-label={`${label}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`}
      >
        <line x1={frame.marginLeft} x2={frame.width - frame.marginRight} y1={y(0)} y2={y(0)} stroke="#999" />
        {y
          .ticks(3)
          .filter(Number.isInteger)
          .map((tick) => (
            <text key={tick} x={frame.marginLeft - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="tick">
              {tick}
            </text>
          ))}
        {bars.map((b) => (
          <g key={b.key}>
            <rect x={x(b.key)} y={y(b.value)} width={x.bandwidth()} height={y(0) - y(b.value)} fill={color} rx={2} />
            <text x={(x(b.key) ?? 0) + x.bandwidth() / 2} y={y(b.value) - 4} textAnchor="middle" className="bar-label">
              {b.value}
            </text>
            <text x={(x(b.key) ?? 0) + x.bandwidth() / 2} y={frame.height - 8} textAnchor="middle" className="tick">
              {b.label}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
