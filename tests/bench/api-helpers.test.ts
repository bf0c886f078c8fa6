import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sumBundle } from '../../bench/api/bundle-size.js';
import { summariseFrames } from '../../bench/api/frame-time.js';
import type { LoadResult } from '../../bench/api/load.js';
import { routeAims } from '../../bench/api/report.js';
import { benchRouteMixes, spread } from '../../bench/api/routes.js';
import { atMost, summariseDurations } from '../../bench/api/stats.js';
import { syntheticGraph } from '../../bench/explorer/synthetic-graph.js';
import { makeTempDir } from '../fixtures/temp-dir.js';

describe('bench:api helpers', () => {
  it('sums JS and CSS under a folder, raw and gzip, and leaves source maps and other assets out', async () => {
    const { dir, remove } = await makeTempDir('radslag-test-bundle-');
    try {
      const js = 'export const a = 1;\n'.repeat(200);
      const css = 'body { color: red; }\n'.repeat(50);
      await mkdir(path.join(dir, 'assets', 'nested'), { recursive: true });
      await writeFile(path.join(dir, 'assets', 'index.js'), js);
      await writeFile(path.join(dir, 'assets', 'nested', 'chunk.mjs'), 'x');
      await writeFile(path.join(dir, 'assets', 'index.css'), css);
      await writeFile(path.join(dir, 'assets', 'index.js.map'), '{"mappings":""}');
      await writeFile(path.join(dir, 'index.html'), '<!doctype html>');
      const size = await sumBundle(dir);
      expect(size.js).toEqual({ files: 2, raw: js.length + 1, gzip: gzipSync(js).length + gzipSync('x').length });
      expect(size.css).toEqual({ files: 1, raw: css.length, gzip: gzipSync(css).length });
      expect(size.total).toEqual({ files: 3, raw: size.js.raw + size.css.raw, gzip: size.js.gzip + size.css.gzip });
    } finally {
      await remove();
    }
  });

  it('summarises durations with nearest-rank percentiles and NaN for no data', () => {
    const s = summariseDurations(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(s).toEqual({ count: 100, mean: 50.5, p50: 50, p95: 95, p99: 99, max: 100 });
    expect(Number.isNaN(summariseDurations([]).p95)).toBe(true);
    expect(atMost('p95 ms', NaN, 50).met).toBe(false);
  });

  it('sets the p95 aim on search and trends only, and no-error aims on every route', () => {
    const result = (name: string, p95: number, non2xx = 0): LoadResult => ({
      name,
      requests: 10,
      seconds: 1,
      requestsPerSecond: 10,
      latency: { ...summariseDurations([1]), p95 },
      non2xx,
      status5xx: 0,
      errors: 0,
      timeouts: 0,
      errorCodes: {},
      statusCodes: {},
    });
    expect(routeAims(result('search (hybrid)', 51)).map((a) => [a.name, a.met])).toEqual([
      ['p95 ms', false],
      ['non-2xx', true],
      ['errors (incl. timeouts)', true],
    ]);
    expect(routeAims(result('meeting detail', 500, 3)).map((a) => [a.name, a.met])).toEqual([
      ['non-2xx', false],
      ['errors (incl. timeouts)', true],
    ]);
  });

  it('splits recorded frames by phase and leaves a phase’s first (NaN) interval out', () => {
    const phases = summariseFrames([
      { phase: 'layout', work: 4, interval: NaN, ticked: true },
      { phase: 'layout', work: 6, interval: 16, ticked: true },
      { phase: 'interact', work: 2, interval: 17, ticked: false },
    ]);
    expect(phases.map((p) => [p.phase, p.frames, p.ticked, p.work.mean, p.interval.count])).toEqual([
      ['layout', 2, 2, 5, 1],
      ['interact', 1, 0, 2, 1],
    ]);
  });

  it('generates exactly N explorer nodes with unique ids and edges between existing nodes', () => {
    for (const n of [0, 1, 7, 150, 2000]) {
      const graph = syntheticGraph(n);
      expect(graph.nodes).toHaveLength(n);
      const ids = new Set(graph.nodes.map((node) => node.id));
      expect(ids.size).toBe(n);
      for (const e of graph.edges) {
        expect(ids.has(e.source) && ids.has(e.target) && e.source !== e.target).toBe(true);
      }
      expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    }
    const big = syntheticGraph(2000);
    expect(big.edges.length).toBeGreaterThan(2000); // a connected-looking picture, not a forest of dots
    expect(syntheticGraph(2000)).toEqual(big); // deterministic for the default seed
  });

  it('rotates only known topics and spreads inputs evenly over the graph', () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toEqual([1, 3, 5, 7, 9]);
    expect(spread([1, 2], 5)).toEqual([1, 2]);
    const mixes = benchRouteMixes({
      meetingIds: ['2025-01-01-hsn'],
      topicSlugs: ['nara-vard'],
      personKeys: ['anna andersson'],
      organisationKeys: [],
    });
    const trends = mixes.find((m) => m.name === 'trends (quarter)')!;
    expect(trends.paths.every((p) => p.includes('granularity=quarter') && p.includes('topics=nara-vard'))).toBe(true);
    expect(trends.paths.some((p) => p.includes('vardplatser'))).toBe(false);
    expect(mixes.find((m) => m.name === 'graph subgraph')!.paths).toContain(
      '/api/graph?focus=Person%3Aanna+andersson&depth=1&limit=200&types=Meeting%2CPerson%2COrganisation%2CTopic%2CAgendaItem',
    );
    // first asks only: no path repeats, and the warm-up asks none of the timed ones
    const fresh = mixes.find((m) => m.name === 'search (hybrid, never asked before)')!;
    expect(fresh.paths.length).toBeGreaterThan(5000);
    expect(new Set(fresh.paths).size).toBe(fresh.paths.length);
    expect(fresh.warmUp!.some((p) => fresh.paths.includes(p))).toBe(false);
  });
});
