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

/** `epoch:value`, or `none` before the first write. */
export async function readGraphVersion(executor: GraphReader): Promise<string> {
  const rows = await executor.read('MATCH (v:GraphVersion {key: $key}) RETURN v.epoch AS epoch, v.value AS value', { key: GRAPH_VERSION_KEY });
  const row = rows[0];
  return row ? `${String(row.epoch)}:${String(row.value)}` : 'none';
}
