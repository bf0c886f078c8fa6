import type { GraphExecutorLike } from '../db/ports.js';

/**
 * Gives the `topic` property (graph/write/statements.ts PASSAGE_TOPICS) to passage→topic links
 * written before it existed, so a graph from an earlier version ranks a topic's passages through
 * its index without being ingested again. Runs at every start: two counts tell whether any link
 * lacks it (the link count from Neo4j's count store, the indexed links from the index), so a
 * graph with nothing to fill costs two cheap reads rather than a walk over every link.
 */
const BATCH = 20_000;

const COUNTS = `CALL () { MATCH (:Passage)-[a:ABOUT]->() RETURN count(a) AS links }
CALL () { MATCH ()-[a:ABOUT]->() WHERE a.topic IS NOT NULL RETURN count(a) AS indexed }
RETURN links, indexed`;

const FILL = `MATCH (:Passage)-[a:ABOUT]->(t:Topic) WHERE a.topic IS NULL
WITH a, t LIMIT toInteger($batch)
SET a.topic = t.slug
RETURN count(*) AS filled`;

/** Returns how many links were given the property. */
export async function backfillPassageTopics(executor: GraphExecutorLike): Promise<number> {
  const [counts] = await executor.read<{ links: number; indexed: number }>(COUNTS);
  if (!counts || Number(counts.links) <= Number(counts.indexed)) return 0;
  let filled = 0;
  for (;;) {
    const [row] = await executor.write((tx) => tx.run<{ filled: number }>(FILL, { batch: BATCH }));
    const n = Number(row?.filled ?? 0);
    if (n === 0) break;
    filled += n;
  }
  return filled;
}
