import type { GraphExecutorLike } from '../db/ports.js';

/**
 * Gives the properties that search's topic indexes read (graph/write/statements.ts PASSAGE_TOPICS
 * and CONCERNS) to the topic links written before they existed, so a graph from an earlier version
 * ranks a topic's passages and related concerns through those indexes without being ingested
 * again. Runs at every start: two counts per kind of link tell whether any lacks them (the links
 * from Neo4j's count store, the indexed ones from the index), so a graph with nothing to fill
 * costs a few cheap reads rather than a walk over every link.
 */
const BATCH = 20_000;

const TARGETS = [
  {
    counts: `CALL () { MATCH (:Passage)-[a:ABOUT]->() RETURN count(a) AS links }
CALL () { MATCH ()-[a:ABOUT]->() WHERE a.topic IS NOT NULL AND a.score IS NOT NULL RETURN count(a) AS indexed }
RETURN links, indexed`,
    fill: `MATCH (:Passage)-[a:ABOUT]->(t:Topic) WHERE a.topic IS NULL
WITH a, t LIMIT toInteger($batch)
SET a.topic = t.slug
RETURN count(*) AS filled`,
  },
  {
    counts: `CALL () { MATCH (:Concern)-[a:ABOUT]->() RETURN count(a) AS links }
CALL () { MATCH ()-[a:ABOUT]->() WHERE a.topic IS NOT NULL AND a.concern IS NOT NULL RETURN count(a) AS indexed }
RETURN links, indexed`,
    fill: `MATCH (c:Concern)-[a:ABOUT]->(t:Topic) WHERE a.concern IS NULL
WITH c, a, t LIMIT toInteger($batch)
SET a.topic = t.slug, a.concern = c.key
RETURN count(*) AS filled`,
  },
] as const;

/** Returns how many links were given the properties. */
export async function backfillTopicLinks(executor: GraphExecutorLike): Promise<number> {
  let filled = 0;
  for (const target of TARGETS) {
    const [counts] = await executor.read<{ links: number; indexed: number }>(target.counts);
    if (!counts || Number(counts.links) <= Number(counts.indexed)) continue;
    for (;;) {
      const [row] = await executor.write((tx) => tx.run<{ filled: number }>(target.fill, { batch: BATCH }));
      const n = Number(row?.filled ?? 0);
      if (n === 0) break;
      filled += n;
    }
  }
  return filled;
}
