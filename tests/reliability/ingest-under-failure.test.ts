import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleVariants } from '../../bench/corpus/sample-variants.js';
import { connectGraph, type GraphConnection } from '../../graph/db/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/embedded/embedded-neo4j.js';
import { makeTempDir } from '../fixtures/temp-dir.js';
import { snapshotGraph } from '../graph/graph-snapshot.js';

/**
 * Long reliability tests (about ten minutes): they run when RADSLAG_LONG_TESTS=1, which .ci/run sets.
 * A 500-meeting ingest whose Neo4j is killed in the middle, restarted and rerun must end in exactly
 * the graph of a clean run, with no partial meeting in between; two ingest processes over
 * overlapping folders at once must end in the same graph as one.
 */
const LONG = process.env.RADSLAG_LONG_TESTS === '1';
const ROOT = resolve(import.meta.dirname, '../..');
const MEETINGS = 500;

let dir: string;
let remove: () => Promise<void>;
const servers: EmbeddedNeo4j[] = [];

function ingest(uri: string, folders: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['pipeline/cli.ts', ...folders],
      {
        cwd: ROOT,
        timeout: 900_000,
        maxBuffer: 1 << 26,
        env: { ...process.env, NEO4J_URI: uri, RADSLAG_EMBEDDER: 'lexical', RADSLAG_DATA_DIR: join(dir, '.data') },
      },
      (error, stdout, stderr) => done({ code: error === null ? 0 : Number(error.code ?? -1), stdout, stderr }),
    ),
  );
}

async function server(name: string): Promise<EmbeddedNeo4j> {
  const s = await startEmbeddedNeo4j({ dataDir: join(dir, name), memory: { heap: '768m', pageCache: '128m' } });
  servers.push(s);
  return s;
}

async function withGraph<T>(uri: string, work: (g: GraphConnection) => Promise<T>): Promise<T> {
  const g = await connectGraph({ mode: 'remote', uri, database: 'neo4j', dataDir: dir });
  try {
    return await work(g);
  } finally {
    await g.close();
  }
}

beforeAll(async () => {
  if (!LONG) return;
  ({ dir, remove } = await makeTempDir('radslag-reliability-'));
  await mkdir(join(dir, 'minutes', 'a'), { recursive: true });
  await mkdir(join(dir, 'minutes', 'b'), { recursive: true });
  let i = 0;
  for (const v of sampleVariants(MEETINGS, 7)) await writeFile(join(dir, 'minutes', i++ % 2 ? 'a' : 'b', v.name), v.text);
}, 120_000);
afterAll(async () => {
  for (const s of servers) await s.stop().catch(() => undefined);
  await remove?.();
});

describe.runIf(LONG)('ingest under failure', { timeout: 1_200_000 }, () => {
  let clean: Awaited<ReturnType<typeof snapshotGraph>>;

  it('a clean run of 500 meetings', async () => {
    const s = await server('clean');
    const run = await ingest(s.uri, [join(dir, 'minutes')]);
    expect(run.code).toBe(0);
    clean = await withGraph(s.uri, (g) => snapshotGraph(g.executor));
    expect(clean.counts.Meeting).toBe(MEETINGS);
    await s.stop();
  });

  it('Neo4j killed mid-ingest: no partial meeting; restart and rerun end in the clean graph', async () => {
    const first = await server('killed');
    const running = ingest(first.uri, [join(dir, 'minutes')]);
    // Wait until a good part is written, then kill the server outright.
    await withGraph(first.uri, async (g) => {
      for (;;) {
        const n = Number((await g.executor.read<{ n: number }>('MATCH (m:Meeting) RETURN count(m) AS n'))[0]?.n ?? 0);
        if (n >= 120) break;
        await new Promise((r) => setTimeout(r, 500));
      }
    }).catch(() => undefined);
    process.kill(first.pid, 'SIGKILL');
    const interrupted = await running;
    expect(interrupted.code).toBe(3);
    expect(interrupted.stderr).toMatch(/graph became unavailable; stopped after/);

    const restarted = await server('killed');
    await withGraph(restarted.uri, async (g) => {
      // Every meeting in the graph is whole: as many items and passages as in the clean run.
      const partial = await g.executor.read<{ id: string; items: number; passages: number }>(
        `MATCH (m:Meeting)
         RETURN m.id AS id, COUNT { (m)-[:HAS_ITEM]->() } AS items, COUNT { (m)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->() } AS passages`,
      );
      expect(partial.length).toBeGreaterThan(0);
      expect(partial.length).toBeLessThan(MEETINGS);
      const perMeeting = (label: string): Map<string, number> => {
        const counts = new Map<string, number>();
        for (const node of clean.nodes.filter((n) => n.startsWith(`${label}:`))) {
          const meetingId = node.slice(label.length + 1).split('#')[0]!;
          counts.set(meetingId, (counts.get(meetingId) ?? 0) + 1);
        }
        return counts;
      };
      const items = perMeeting('AgendaItem');
      const passages = perMeeting('Passage');
      for (const m of partial) expect([m.id, m.items, m.passages]).toEqual([m.id, items.get(m.id), passages.get(m.id)]);
    });
    const rerun = await ingest(restarted.uri, [join(dir, 'minutes')]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/unchanged/);
    const after = await withGraph(restarted.uri, (g) => snapshotGraph(g.executor));
    expect(after.counts).toEqual(clean.counts);
    expect(after.nodes).toEqual(clean.nodes);
    expect(after.relationships).toEqual(clean.relationships);
  });

  it('two ingests over overlapping folders at once end in the same graph as one', async () => {
    const s = await server('concurrent');
    const [one, two] = await Promise.all([ingest(s.uri, [join(dir, 'minutes')]), ingest(s.uri, [join(dir, 'minutes', 'a')])]);
    expect([one.code, two.code]).toEqual([0, 0]);
    // The second process may have run its cross-meeting step before the first finished: run it once more.
    const again = await ingest(s.uri, [join(dir, 'minutes', 'b')]);
    expect(again.code).toBe(0);
    const after = await withGraph(s.uri, (g) => snapshotGraph(g.executor));
    expect(after.counts).toEqual(clean.counts);
    expect(after.nodes).toEqual(clean.nodes);
    expect(after.relationships).toEqual(clean.relationships);
  });
});
