import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Granularity, TrendMeasure, TrendSeries } from '../../../shapes/api/index.js';
import { useI18n } from '../i18n/i18n.js';
import { formatPercent, formatPeriod } from '../i18n/translate.js';
import { seriesColor } from './palette.js';
import { lineMarks, seriesKey, streamMarks, type PointMark } from './trend-marks.js';
import { DEFAULT_FRAME, alignSeries, buildTrendScales, nearestPeriodIndex, periodsOf, toDate } from './trend-scales.js';
import { useWidth } from './use-width.js';

export type ChartKind = 'lines' | 'stream';

type Props = {
  series: readonly TrendSeries[];
  measure: TrendMeasure;
  granularity: Granularity;
  kind: ChartKind;
  /** Selected point: the series' key (see seriesKey; a topic's slug unless councils are compared) + period. */
  selected?: { key: string; period: string } | null;
  onSelectPoint?(key: string, period: string): void;
  /** A series' name in the legend, table and labels; the topic's label unless given. */
  seriesLabel?(series: TrendSeries): string;
  /** Brushed period as ISO dates (null: cleared). Omit to disable the brush. */
  onBrush?(range: { from: string; to: string } | null): void;
  brushed?: { from: string | null; to: string | null };
  height?: number;
};

const iso = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Topic trends: lines with a point per period, or a stream graph. Data → scales → marks; D3's brush is
 * the only behaviour D3 attaches to the DOM (on its own <g>), everything else React renders.
 */
export function TrendChart({
  series: given,
  measure,
  granularity,
  kind,
  selected,
  onSelectPoint,
  onBrush,
  brushed,
  seriesLabel,
  height = 320,
}: Props) {
  const { t, lang, label, number } = useI18n();
  const [containerRef, width] = useWidth<HTMLDivElement>();
  const series = useMemo(() => alignSeries(given), [given]);
  const frame = useMemo(() => ({ ...DEFAULT_FRAME, width: Math.max(320, width), height }), [width, height]);
  const stacked = kind === 'stream';
  const scales = useMemo(() => buildTrendScales(series, { stacked, frame }), [series, stacked, frame]);
  const marks = useMemo(() => (stacked ? streamMarks(series, scales) : lineMarks(series, scales)), [series, scales, stacked]);
  const periods = periodsOf(series);
  const [hover, setHover] = useState<number>(-1);
  const brushRef = useRef<SVGGElement | null>(null);

  const formatValue = (value: number) => (measure === 'share' ? formatPercent(lang, value) : number(value, 1));
  const periodLabel = (i: number) => {
    const p = periods[i];
    return p ? formatPeriod(lang, p.period, p.start, granularity) : '';
  };
  const topicLabel = (s: TrendSeries) => (seriesLabel ? seriesLabel(s) : label(s, s.slug));

  // The brush: D3 owns the pointer gestures on its group; the chosen range goes back up as dates.
  useEffect(() => {
    const group = brushRef.current;
    if (!group || !onBrush) return;
    const brush = brushX<unknown>()
      .extent([
        [frame.marginLeft, frame.marginTop],
        [frame.width - frame.marginRight, frame.height - frame.marginBottom],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // moved by code, not by the user
        const sel = event.selection as [number, number] | null;
        if (!sel || sel[1] - sel[0] < 4) {
          onBrush(null);
          return;
        }
        // Snap to the periods inside the selection (with a few pixels of slack), so a brush picks meetings.
        const inside = periodsOf(series).filter((p) => {
          const x = scales.x(toDate(p.start));
          return x >= sel[0] - 6 && x <= sel[1] + 6;
        });
        const first = inside[0];
        const last = inside[inside.length - 1];
        onBrush(
          first && last ? { from: first.start, to: last.start } : { from: iso(scales.x.invert(sel[0])), to: iso(scales.x.invert(sel[1])) },
        );
      });
    const g = select(group);
    g.call(brush);
    if (brushed?.from && brushed.to) {
      const [x0, x1] = [scales.x(toDate(brushed.from)), scales.x(toDate(brushed.to))];
      // A single period would be an empty selection: show a narrow band around it instead.
      g.call(brush.move, x1 - x0 < 16 ? [x0 - 8, x1 + 8] : [x0, x1]);
    } else g.call(brush.move, null);
    return () => {
      g.on('.brush', null);
    };
  }, [onBrush, scales, frame, series, brushed?.from, brushed?.to]);

  const onPointKey = (event: KeyboardEvent, point: PointMark, key: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    const period = periods[point.index]?.period;
    if (period) onSelectPoint?.(key, period);
  };

  const yTicks = scales.y.ticks(5);
  const xTicks = periods.length <= 8 ? periods.map((p) => toDate(p.start)) : scales.x.ticks(6);
  const hovered = hover >= 0 ? periods[hover] : undefined;
  const chartLabel = t('trends.chartLabel', {
    measure: t(measure === 'share' ? 'trends.measure.share' : 'trends.measure.count').toLowerCase(),
    granularity: t(`trends.granularity.${granularity}`).toLowerCase(),
    topics: series.map(topicLabel).join(', '),
  });

  return (
    <div className="trend-chart" ref={containerRef}>
      <ul className="legend" aria-label={t('trends.topics')}>
        {series.map((s, i) => (
          <li key={seriesKey(s)}>
            <span className="swatch" style={{ background: seriesColor(i) }} aria-hidden="true" />
            {topicLabel(s)}
          </li>
        ))}
      </ul>
      <svg
        width={frame.width}
        height={frame.height}
        role="group"
        aria-label={chartLabel}
        data-testid="trend-chart"
        onPointerMove={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          setHover(nearestPeriodIndex(scales, series, e.clientX - box.left));
        }}
        onPointerLeave={() => setHover(-1)}
      >
        <g className="axis y-axis" aria-hidden="true">
          {yTicks.map((tick) => (
            <g key={tick} transform={`translate(0,${scales.y(tick)})`}>
              <line x1={frame.marginLeft} x2={frame.width - frame.marginRight} className="grid" />
              <text x={frame.marginLeft - 8} dy="0.32em" textAnchor="end">
                {formatValue(tick)}
              </text>
            </g>
          ))}
        </g>
        <g className="axis x-axis" aria-hidden="true" transform={`translate(0,${frame.height - frame.marginBottom})`}>
          <line x1={frame.marginLeft} x2={frame.width - frame.marginRight} />
          {xTicks.map((date, i) => (
            <text
              key={date.toISOString()}
              x={scales.x(date)}
              y={22}
              textAnchor={xTicks.length > 1 && i === 0 ? 'start' : i === xTicks.length - 1 && xTicks.length > 1 ? 'end' : 'middle'}
            >
              {periods.length <= 8
                ? periodLabel(i)
                : new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(
                    date,
                  )}
            </text>
          ))}
        </g>
        {onBrush && <g ref={brushRef} className="brush" />}
        {hovered && (
          <line
            className="hover-rule"
            x1={scales.x(toDate(hovered.start))}
            x2={scales.x(toDate(hovered.start))}
            y1={frame.marginTop}
            y2={frame.height - frame.marginBottom}
          />
        )}
        {marks.map((mark) =>
          stacked ? (
            <path key={mark.key} d={mark.path} fill={seriesColor(mark.series)} fillOpacity={0.75} stroke="#fff" strokeWidth={0.5} />
          ) : (
            <path key={mark.key} d={mark.path} fill="none" stroke={seriesColor(mark.series)} strokeWidth={2.5} strokeLinejoin="round" />
          ),
        )}
        {marks.map((mark) => {
          const s = series[mark.series]!;
          return (
            <g key={`${mark.key}-points`} data-series={mark.key}>
              {mark.points.map((point) => {
                const period = periods[point.index]?.period ?? '';
                const isSelected = selected?.key === mark.key && selected.period === period;
                const start = periods[point.index]?.start ?? '';
                const outside = Boolean(brushed?.from && brushed.to && (start < brushed.from || start > brushed.to));
                return (
                  <circle
                    key={point.index}
                    className={`point${isSelected ? ' selected' : ''}${outside ? ' outside' : ''}`}
                    cx={point.x}
                    cy={point.y}
                    r={isSelected ? 7 : 5}
                    fill={stacked ? '#fff' : seriesColor(mark.series)}
                    stroke={stacked ? seriesColor(mark.series) : '#fff'}
                    strokeWidth={2}
                    tabIndex={0}
                    role="button"
                    data-period={period}
                    aria-pressed={isSelected}
                    aria-label={t('trends.pointLabel', {
                      topic: topicLabel(s),
                      period: periodLabel(point.index),
                      value: formatValue(point.value),
                    })}
                    onClick={() => onSelectPoint?.(mark.key, period)}
                    onKeyDown={(e) => onPointKey(e, point, mark.key)}
                    onFocus={() => setHover(point.index)}
                  />
                );
              })}
            </g>
          );
        })}
      </svg>
      {hovered && (
        <div className="chart-tooltip" role="status" style={{ left: Math.min(scales.x(toDate(hovered.start)) + 12, frame.width - 220) }}>
          <strong>{periodLabel(hover)}</strong>
          <ul>
            {series.map((s, i) => {
              const p = s.points[hover];
              return (
                <li key={seriesKey(s)}>
                  <span className="swatch" style={{ background: seriesColor(i) }} aria-hidden="true" />
                  {topicLabel(s)}: <b>{p && !p.absent ? formatValue(p.value) : '–'}</b>
                  {measure === 'share' && p ? ` (${p.passages}/${p.totalPassages})` : ''}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <details className="chart-table">
        <summary>{t('trends.table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t(`trends.granularity.${granularity}`)}</th>
              {series.map((s) => (
                <th scope="col" key={seriesKey(s)}>
                  {topicLabel(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((p, i) => (
              <tr key={p.period}>
                <th scope="row">{periodLabel(i)}</th>
                {series.map((s) => (
                  <td key={seriesKey(s)}>{s.points[i] && !s.points[i].absent ? formatValue(s.points[i].value) : '–'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
