import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/suite/options.js';
import type { BenchReport } from '../../bench/suite/report.js';
import { runBench } from '../../bench/suite/run-bench.js';
import { makeTempDir } from '../fixtures/temp-dir.js';

/** Every leaf of a JSON value with its path. */
function leaves(value: unknown, at = ''): Array<[string, unknown]> {
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${at}.${k}`));
  return [[at, value]];
}

let temp: { dir: string; remove: () => Promise<void> };
let report: BenchReport;
let json: unknown;

beforeAll(async () => {
  temp = await makeTempDir('radslag-bench-smoke-');
  const file = path.join(temp.dir, 'results.json');
  // A dozen meetings and a handful of calls: the whole path against a real embedded Neo4j, not its speed.
  const options = parseBenchArgs([
    '--meetings',
    '12',
    '--calls',
    '3',
    '--vector-queries',
    '10',
    '--max-queries',
    '9',
    '--json',
    file,
    '--corpus-dir',
    temp.dir,
    '--heap',
    '512m',
    '--page-cache',
    '128m',
  ]);
  report = await runBench(options, () => {});
  json = JSON.parse(await readFile(file, 'utf8'));
}, 600_000); // about a minute on an idle machine; several times that when the cores are shared
afterAll(async () => temp?.remove());

describe('npm run bench (tiny)', () => {
  it('writes every figure as a finite number; only n/a aims are null', () => {
    const all = leaves(json);
    const bad = all.filter(([at, v]) => (v === null && !/\.met$/.test(at)) || (typeof v === 'number' && !Number.isFinite(v)));
    expect(bad).toEqual([]);
    const size = report.sizes[0]!;
    expect(size.meetings).toBe(12);
    // Every meeting written is a node of its own: none replaced another (sibling councils on one day).
    expect(size.ingest.meetings).toEqual({ written: 12, inGraph: 12 });
    expect(size.passages).toBeGreaterThan(0);
    expect(Object.keys(size.ingest.stages)).toEqual(
      expect.arrayContaining(['read (txt)', 'parse', 'enrich', 'write (batched transactions)']),
    );
    for (const name of [
      'search (hybrid)',
      'search (full-text)',
      'search (vector)',
      'meeting detail',
      'subgraph (meeting, depth 1)',
      'baseline: BM25 (minisearch)',
    ]) {
      expect(size.latency[name]?.p95, name).toBeGreaterThan(0);
    }
    for (const system of ['fulltext', 'vector', 'hybrid', 'bm25'] as const) expect(size.quality[system].queries).toBeGreaterThan(0);
    expect(size.vectorIndex.queries).toBe(10);
    expect(size.ingest.neo4jPeakRssMiB).toBeGreaterThan(0);
    // The figures ran on the JVM the options asked for, with the full JIT (never a test's C1-only one).
    expect(size.neo4j).toMatchObject({ quickStart: false, memory: { heap: '512m', pageCache: '128m' } });
    expect(size.neo4j!.options.filter((o) => o.startsWith('-XX:TieredStopAtLevel'))).toEqual([]);
    expect(report.aims.length).toBeGreaterThanOrEqual(13);
    expect(report.machine.cores).toBeGreaterThan(0);
  });

  it('reuses the corpus on a second look', async () => {
    const { prepareCorpus } = await import('../../bench/suite/corpus.js');
    expect((await prepareCorpus(temp.dir, 12, 1)).reused).toBe(true);
  });
});
