import type { GraphExecutor } from '../../graph/db/executor.js';

/**
 * The whole graph as comparable data: every node as `Label:key` with its properties, and every
 * relationship as `from -TYPE-> to` with its properties. Equal snapshots mean nothing was added,
 * removed or changed, which is stronger than equal counts.
 */
export interface GraphSnapshot {
  nodes: string[];
  relationships: string[];
  counts: Record<string, number>;
}

const nodeId = (v: string) => `labels(${v})[0] + ':' + coalesce(${v}.key, ${v}.id, ${v}.slug)`;

export async function snapshotGraph(executor: GraphExecutor): Promise<GraphSnapshot> {
  // GraphVersion is bookkeeping for in-memory read models (graph/graph-version.ts), not content: its
  // counter and epoch differ between runs that write the same meetings.
  const nodes = await executor.read(
    `MATCH (n) WHERE NOT n:GraphVersion RETURN ${nodeId('n')} AS id, properties(n) AS properties ORDER BY id`,
  );
  const relationships = await executor.read(
    `MATCH (a)-[r]->(b)
     RETURN ${nodeId('a')} + ' -' + type(r) + '-> ' + ${nodeId('b')} AS id, type(r) AS type, properties(r) AS properties
     ORDER BY id`,
  );
  const counts: Record<string, number> = {};
  const bump = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);
  for (const row of nodes) bump(String(row.id).split(':')[0]!);
  for (const row of relationships) bump(String(row.type));
  return {
    nodes: nodes.map((row) => `${String(row.id)} ${stable(row.properties)}`),
    relationships: relationships.map((row) => `${String(row.id)} ${stable(row.properties)}`),
    counts,
  };
}

/** JSON with sorted keys, so property order never makes two equal snapshots differ. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
