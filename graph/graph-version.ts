import type { GraphReader, StatementRunner } from './write/ports.js';

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

const inFlight = new WeakMap<GraphReader, { generation: number; version: Promise<string> }>();

/**
 * `epoch:value`, or `none` before the first write. Concurrent callers share one round trip: a
 * caller joins a read already on its way unless this process finished a write since that read
 * began (the executor's writeGeneration), so a request after an upload always sees the upload. A
 * write by another process can be missed by at most the one round trip the caller joined.
 */
export function readGraphVersion(executor: VersionReader): Promise<string> {
  const generation = executor.writeGeneration ?? 0;
  const pending = inFlight.get(executor);
  if (pending && pending.generation === generation) return pending.version;
  const version = readVersionNow(executor);
  inFlight.set(executor, { generation, version });
  const forget = () => {
    if (inFlight.get(executor)?.version === version) inFlight.delete(executor);
  };
  version.then(forget, forget);
  return version;
}

async function readVersionNow(executor: GraphReader): Promise<string> {
  const rows = await executor.read('MATCH (v:GraphVersion {key: $key}) RETURN v.epoch AS epoch, v.value AS value', { key: GRAPH_VERSION_KEY });
  const row = rows[0];
  return row ? `${String(row.epoch)}:${String(row.value)}` : 'none';
}
