import { describe, expect, it } from 'vitest';
import type { TrendSeries } from '../../shapes/api/index.js';
import { lineMarks, risingTopics, streamMarks } from '../../client/src/charts/trend-marks.js';
import {
  alignSeries,
  buildTrendScales,
  nearestPeriodIndex,
  periodsOf,
  valueExtent,
  type Frame,
} from '../../client/src/charts/trend-scales.js';
import { OKABE_ITO, seriesColor } from '../../client/src/charts/palette.js';
import { buildBarScales } from '../../client/src/charts/bar-scales.js';

const FRAME: Frame = { width: 500, height: 300, marginTop: 10, marginRight: 10, marginBottom: 30, marginLeft: 40 };
const point = (start: string, value: number) => ({ period: start, start, value, passages: value, totalPassages: 40, meetings: 1 });
const series = (slug: string, values: number[]): TrendSeries => ({
  slug,
  label_sv: slug,
  label_en: slug,
  body: null,
  points: values.map((v, i) => point(['2024-04-11', '2024-10-10', '2025-04-10'][i]!, v)),
});
const DATA = [series('nara-vard', [2, 1, 2]), series('vardplatser', [1, 3, 7])];

describe('trend scales', () => {
  it('puts periods on a time axis across the frame and y from zero to a nice top', () => {
    const scales = buildTrendScales(DATA, { stacked: false, frame: FRAME });
    expect(scales.x(new Date('2024-04-11T00:00:00Z'))).toBe(40);
    expect(scales.x(new Date('2025-04-10T00:00:00Z'))).toBe(490);
    expect(scales.y.domain()).toEqual([0, 7]);
    expect(scales.y(0)).toBe(270);
  });

  it('measures the tallest stack for a stream and the highest point for lines', () => {
    expect(valueExtent(DATA, false)).toBe(7);
    expect(valueExtent(DATA, true)).toBe(9);
  });

  it('centres a single period instead of putting it on the axis, and survives all zeros', () => {
    const one = [{ ...series('x', [0]), points: [point('2025-04-10', 0)] }];
    const scales = buildTrendScales(one, { stacked: false, frame: FRAME });
    expect(scales.x(new Date('2025-04-10T00:00:00Z'))).toBeCloseTo(265, 0);
    expect(scales.y.domain()).toEqual([0, 1]);
  });

  it('finds the period nearest to a pixel', () => {
    const scales = buildTrendScales(DATA, { stacked: false, frame: FRAME });
    expect(nearestPeriodIndex(scales, DATA, 45)).toBe(0);
    expect(nearestPeriodIndex(scales, DATA, 480)).toBe(2);
    expect(nearestPeriodIndex(scales, [], 100)).toBe(-1);
  });
});

describe('trend marks', () => {
  it('draws a line with a point per period for every series', () => {
    const scales = buildTrendScales(DATA, { stacked: false, frame: FRAME });
    const marks = lineMarks(DATA, scales);
    expect(marks.map((m) => m.points.length)).toEqual([3, 3]);
    expect(marks[1]!.points[2]).toMatchObject({ x: 490, y: scales.y(7), value: 7 });
    expect(marks[0]!.path.startsWith('M40,')).toBe(true);
  });

  it('stacks areas whose edges never go below zero and keep each series value', () => {
    const scales = buildTrendScales(DATA, { stacked: true, frame: FRAME });
    const marks = streamMarks(DATA, scales);
    expect(marks.map((m) => m.key).sort()).toEqual(['nara-vard', 'vardplatser']);
    for (const mark of marks) {
      expect(mark.path).toMatch(/^M/);
      for (const p of mark.points) expect(p.y).toBeLessThanOrEqual(scales.y(0));
    }
    expect(marks.find((m) => m.key === 'vardplatser')!.points.map((p) => p.value)).toEqual([1, 3, 7]);
  });

  it('lists topics that grew between the last two periods, biggest rise first', () => {
    const rising = risingTopics([...DATA, series('ekonomi', [5, 5, 1])]);
    expect(rising.map((r) => [r.slug, r.delta])).toEqual([
      ['vardplatser', 4],
      ['nara-vard', 1],
    ]);
  });
});

describe('palette and bars', () => {
  it('gives series Okabe–Ito colours with yellow last', () => {
    expect(seriesColor(0)).toBe(OKABE_ITO[0]);
    expect(new Set(Array.from({ length: 8 }, (_, i) => seriesColor(i))).size).toBe(8);
    expect(seriesColor(7)).toBe('#F0E442');
  });

  it('gives each bar a band and y from zero', () => {
    const { x, y } = buildBarScales(
      [
        { key: 'a', label: 'A', value: 2 },
        { key: 'b', label: 'B', value: 5 },
      ],
      { width: 200, height: 100, marginTop: 0, marginBottom: 20, marginLeft: 20, marginRight: 0 },
    );
    expect(x('a')).toBeLessThan(x('b')!);
    expect(y(0)).toBe(80);
    expect(y(5)).toBe(0);
  });
});

describe('councils compared on one chart', () => {
  // Two councils meet on different days: each series has only its own council's meetings.
  const council = (key: string, points: [string, number][]): TrendSeries => ({
    slug: 'fardtjanst',
    label_sv: 'Färdtjänst',
    label_en: null,
    body: { key, name: key },
    points: points.map(([start, v]) => ({ ...point(start, v), period: `${start}_${key}` })),
  });
  const compared = [
    council('kpr-norrtalje', [
      ['2020-12-07', 3],
      ['2023-01-17', 1],
    ]),
    council('pr-stockholm', [
      ['2024-04-11', 2],
      ['2025-04-10', 5],
    ]),
  ];

  it('puts every series on the union of the periods in time order, the others marked absent', () => {
    const aligned = alignSeries(compared);
    expect(periodsOf(aligned).map((p) => p.start)).toEqual(['2020-12-07', '2023-01-17', '2024-04-11', '2025-04-10']);
    expect(aligned.map((s) => s.points.map((p) => (p.absent ? null : p.value)))).toEqual([
      [3, 1, null, null],
      [null, null, 2, 5],
    ]);
    // Aligned already: the very same series back.
    expect(alignSeries(DATA)).toBe(DATA);
  });

  it("draws each council's line through its own meetings only, across the whole time axis", () => {
    const aligned = alignSeries(compared);
    const scales = buildTrendScales(aligned, { stacked: false, frame: FRAME });
    const [norrtalje, stockholm] = lineMarks(aligned, scales);
    expect(norrtalje!.points.map((p) => p.index)).toEqual([0, 1]);
    expect(stockholm!.points.map((p) => p.index)).toEqual([2, 3]);
    expect(stockholm!.points[1]!.x).toBe(490);
    expect(norrtalje!.key).not.toBe(stockholm!.key);
    expect(valueExtent(aligned, true)).toBe(5);
  });
});
