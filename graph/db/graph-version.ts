import type { GraphReader, StatementRunner } from './ports.js';

/**
 * A stamp that changes with every transaction that changes meetings, so read models kept in
 * memory (topic-snapshot.ts) know when to load again. It lives on the one `(:GraphVersion)` node:
 * a counter, and an epoch drawn when the node is created, so a wiped and rebuilt graph never
 * repeats an earlier stamp. Writers bump it as the LAST statement of their transaction, so the
 * node's lock is held only for the commit and concurrent writers queue on it briefly.
 */
export const GRAPH_VERSION_KEY = 'graph';

export async function bumpGraphVersion(tx: StatementRunner): Promise<void> {
  await tx.run(
    `MERGE (v:GraphVersion {key: $key})
     ON CREATE SET v.epoch = randomUUID(), v.value = 0
     SET v.value = v.value + 1`,
    { key: GRAPH_VERSION_KEY },
  );
}

type VersionReader = GraphReader & { readonly writeGeneration?: number };

/**
 * How long a version read stays good for callers that come after it, when this process has written
 * nothing since. Under load every request would otherwise cost a round trip to learn that nothing
 * changed; a write by another process (the CLI ingesting beside a running server) is seen this much
 * later at most. Writes by this process are seen at once.
 */
export const VERSION_FRESH_MS = 50;

const reads = new WeakMap<GraphReader, { generation: number; started: number; version: Promise<string> }>();

/**
 * `epoch:value`, or `none` before the first write. Callers share a read that is on its way or that
 * began less than VERSION_FRESH_MS ago, unless this process finished a write since it began (the
 * executor's writeGeneration): a request after an upload always sees the upload. A failed read is
 * never shared after it failed.
 */
export function readGraphVersion(executor: VersionReader): Promise<string> {
  const generation = executor.writeGeneration ?? 0;
  const now = performance.now();
  const kept = reads.get(executor);
  if (kept && kept.generation === generation && now - kept.started < VERSION_FRESH_MS) return kept.version;
  const version = readVersionNow(executor);
  const entry = { generation, started: now, version };
  reads.set(executor, entry);
  version.catch(() => {
    if (reads.get(executor) === entry) reads.delete(executor);
  });
  return version;
}

async function readVersionNow(executor: GraphReader): Promise<string> {
  const rows = await executor.read('MATCH (v:GraphVersion {key: $key}) RETURN v.epoch AS epoch, v.value AS value', {
    key: GRAPH_VERSION_KEY,
  });
  const row = rows[0];
  return row ? `${String(row.epoch)}:${String(row.value)}` : 'none';
}
