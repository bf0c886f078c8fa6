// The embedded Neo4j's JVM flags and memory, and the rule that a test's quick-start JVM (C1-only
// JIT: fast to start, slow to run) never serves `npm start`, `npm run serve`, `npm run neo4j` or a
// benchmark. No Neo4j is started here; embedded-neo4j.test.ts covers the reuse on a live server.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reuseRefusal } from '../../../graph/embedded/embedded-neo4j.js';
import { DEFAULT_MEMORY, jvmOptions, pageCacheFor, QUICK_START_FLAG, resolveMemory } from '../../../graph/embedded/jvm-options.js';
import type { ServerRecord } from '../../../graph/embedded/server-file.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const GIB = 2 ** 30;
const MIB = 2 ** 20;

describe('jvmOptions', () => {
  it('gives a server the tiered JIT: no C1-only flag, the whole heap asked for from the start, G1', () => {
    const options = jvmOptions({ heap: '2g', pageCache: '1g' });
    expect(options).not.toContain(QUICK_START_FLAG);
    expect(options.some((o) => o.startsWith('-XX:TieredStopAtLevel'))).toBe(false);
    expect(options).toContain('-Xmx2g');
    expect(options).toContain('-Xms2g');
    expect(options).toContain('-XX:+UseG1GC');
    expect(options).not.toContain('-XX:+AlwaysPreTouch');
  });

  it('adds the C1-only flag only when quickStart is asked for', () => {
    expect(jvmOptions({ heap: '384m', pageCache: '32m' }, true)).toContain(QUICK_START_FLAG);
    // A test's JVM lives seconds: it grows its heap as it needs.
    expect(jvmOptions({ heap: '384m', pageCache: '32m' }, true).some((o) => o.startsWith('-Xms'))).toBe(false);
    expect(jvmOptions({ heap: '384m', pageCache: '32m' }, false)).not.toContain(QUICK_START_FLAG);
  });
});

describe('memory', () => {
  it('takes NEO4J_HEAP / NEO4J_PAGECACHE over the caller, the caller over the defaults', () => {
    const defaults = { heap: '1g', pageCache: '320m' };
    expect(resolveMemory({}, {}, defaults)).toEqual(defaults);
    expect(resolveMemory({ heap: '2g', pageCache: '1g' }, {}, defaults)).toEqual({ heap: '2g', pageCache: '1g' });
    expect(resolveMemory({ heap: '2g' }, { NEO4J_HEAP: '3g', NEO4J_PAGECACHE: '4g' }, defaults)).toEqual({ heap: '3g', pageCache: '4g' });
    expect(() => resolveMemory({}, { NEO4J_HEAP: 'lots' })).toThrow(expect.objectContaining({ code: 'invalid_option' }));
  });

  it('defaults a server to a 1g heap', () => {
    expect(DEFAULT_MEMORY.heap).toBe('1g');
  });

  it('sizes the page cache from the store: 256m at least, the store and a quarter more with headroom, at most 2g or an eighth of the memory', () => {
    expect(pageCacheFor(0, 24 * GIB)).toBe('256m');
    expect(pageCacheFor(100 * MIB, 24 * GIB)).toBe('256m');
    // 400 MiB × 1.25 + 128 MiB = 628 MiB, rounded up to 64 MiB
    expect(pageCacheFor(400 * MIB, 24 * GIB)).toBe('640m');
    expect(pageCacheFor(10 * GIB, 24 * GIB)).toBe('2048m');
    expect(pageCacheFor(10 * GIB, 8 * GIB)).toBe('1024m');
    expect(pageCacheFor(10 * GIB, 1 * GIB)).toBe('256m');
  });
});

describe('reusing a running server', () => {
  const record = (quickStart?: boolean): ServerRecord => ({
    pid: 4242,
    uri: 'bolt://127.0.0.1:7999',
    state: 'ready',
    ownerPid: 4241,
    startedAt: '2026-12-05T00:00:00.000Z',
    ...(quickStart === undefined
      ? {}
      : {
          jvm: {
            quickStart,
            memory: { heap: '384m', pageCache: '32m' },
            options: jvmOptions({ heap: '384m', pageCache: '32m' }, quickStart),
          },
        }),
  });

  it('refuses a test’s quick-start server to a caller that did not ask for quickStart, naming what to do', () => {
    expect(reuseRefusal(record(true), false)).toMatch(
      /started by process 4241 for tests.*stop process 4241 or use another RADSLAG_DATA_DIR/,
    );
  });

  it('lets a quick-start caller share any server, and anyone share a server with the full JIT', () => {
    expect(reuseRefusal(record(true), true)).toBeNull();
    expect(reuseRefusal(record(false), false)).toBeNull();
    expect(reuseRefusal(record(false), true)).toBeNull();
  });

  it('reuses a server registered before the JVM was recorded (only tests ever asked for quickStart, on throwaway dirs)', () => {
    expect(reuseRefusal(record(), false)).toBeNull();
  });
});

/** Every .ts file under `dir` (relative to the repository), recursively. */
function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

describe('who may ask for quickStart', () => {
  // The long-running processes and the benchmarks: npm start (scripts/start.ts), npm run serve
  // (server/cli.ts), npm run neo4j (graph/embedded/cli.ts), npm run ingest (pipeline/), the benchmarks
  // (bench/), and connectGraph, which they all start the embedded server through.
  const OWNERS = new Set(['graph/embedded/jvm-options.ts', 'graph/embedded/embedded-neo4j.ts', 'graph/embedded/launch-process.ts']);

  // Setting the option (`quickStart: …`, or `{ quickStart }` passed on) or the flag itself; reading
  // a record's `jvm.quickStart` (the benchmark prints it) is fine.
  const ASKS = /quickStart\s*:(?!\s*z\.)|[{,]\s*quickStart\s*[,}]|TieredStopAtLevel/;

  it('nothing outside tests asks for it: only the embedded module itself sets the option', () => {
    const files = ['scripts', 'server', 'pipeline', 'bench', 'graph', 'ingest', 'shapes', 'language'].flatMap(sources);
    expect(files).toEqual(expect.arrayContaining(['scripts/start.ts', 'server/cli.ts', 'graph/embedded/cli.ts', 'bench/run.ts']));
    const askers = files.filter((file) => !OWNERS.has(file) && ASKS.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(askers).toEqual([]);
  });

  it('the check sees an ask', () => {
    expect(ASKS.test('connectGraph(config, { embedded: { memory, quickStart: true } })')).toBe(true);
    expect(ASKS.test('startEmbeddedNeo4j({ dataDir, quickStart })')).toBe(true);
    expect(ASKS.test("jvm.quickStart ? 'C1-only' : 'tiered'")).toBe(false);
  });
});
