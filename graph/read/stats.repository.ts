import type { GraphReader } from '../db/ports.js';

/** How much the graph holds, for /api/health. */
export interface GraphStats {
  meetings: number;
  passages: number;
  people: number;
  organisations: number;
  topics: number;
  concerns: number;
  followUps: number;
}

export async function graphStats(executor: GraphReader): Promise<GraphStats> {
  const row = await executor.read(
    `RETURN COUNT { (:Meeting) } AS meetings, COUNT { (:Passage) } AS passages, COUNT { (:Person) } AS people,
            COUNT { (:Organisation) } AS organisations, COUNT { (:Topic) } AS topics,
            COUNT { (:Concern) } AS concerns, COUNT { (:FollowUp) } AS followUps`,
  );
  const r = row[0] ?? {};
  const n = (name: string) => Number(r[name] ?? 0);
  return {
    meetings: n('meetings'),
    passages: n('passages'),
    people: n('people'),
    organisations: n('organisations'),
    topics: n('topics'),
    concerns: n('concerns'),
    followUps: n('followUps'),
  };
}

/** The Neo4j server's version, or undefined when the procedure is not allowed. */
export async function neo4jVersion(executor: GraphReader): Promise<string | undefined> {
  try {
    const rows = await executor.read(`CALL dbms.components() YIELD name, versions RETURN versions[0] AS version LIMIT 1`);
    const version = rows[0]?.version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}
