import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../graph/db/schema.js';
import { searchRankings } from '../../../graph/search/hybrid-search.js';
import { backfillTopicLinks } from '../../../graph/write/backfill-topic-links.js';
import { FIXTURE_DIMENSIONS } from '../../fixtures/annotated/embedding.js';
import { useSchemaGraph } from '../../helpers/sample-graph.js';

/**
 * A query that only names a topic ranks the topic's tagged passages by tag score, read from the
 * index on the links' (topic, score). The links here are written as an earlier version wrote them,
 * without `topic`: the backfill every start runs gives it to them.
 */
const g = useSchemaGraph();

// score per passage for 'prehospital' ("prehospital" names it alone) and 'akutsjukvard'
const LINKS: { key: string; prehospital?: number; akutsjukvard?: number }[] = [
  { key: 'p1', prehospital: 0.4 },
  { key: 'p2', prehospital: 0.9 },
  { key: 'p3', prehospital: 0.6, akutsjukvard: 0.95 },
  { key: 'p4', akutsjukvard: 0.8 },
  { key: 'p5' },
];

beforeAll(async () => {
  await g.executor.run(
    `CREATE (m:Meeting {id: 'topic-m', date: date('2025-03-01')})-[:HAS_ITEM]->(i:AgendaItem {key: 'topic-m#1', title: 'Aktuellt', ordinal: 1})
     WITH i UNWIND $rows AS row
     CREATE (i)-[:HAS_PASSAGE]->(p:Passage {key: row.key, text: 'Rådet informerades.', meetingId: 'topic-m'})
     WITH p, row UNWIND [s IN [['prehospital', row.prehospital], ['akutsjukvard', row.akutsjukvard]] WHERE s[1] IS NOT NULL] AS link
     MERGE (t:Topic {slug: link[0]})
     CREATE (p)-[:ABOUT {score: link[1]}]->(t)`,
    { rows: LINKS.map((l) => ({ key: l.key, prehospital: l.prehospital ?? null, akutsjukvard: l.akutsjukvard ?? null })) },
  );
  // an item's links carry no topic and are not filled
  await g.executor.run(`MATCH (i:AgendaItem {key: 'topic-m#1'}), (t:Topic {slug: 'prehospital'}) CREATE (i)-[:ABOUT {score: 1.0}]->(t)`);
  expect(await backfillTopicLinks(g.executor)).toBe(5);
  // a second start finds nothing left to fill
  await ensureSchema(g.executor, { dimensions: FIXTURE_DIMENSIONS });
  expect(await backfillTopicLinks(g.executor)).toBe(0);
});

describe('the topic ranking', () => {
  it('gives the topic to passage links only', async () => {
    const rows = await g.executor.read<{ from: string; topic: string | null }>(
      'MATCH (s)-[a:ABOUT]->(t:Topic) RETURN labels(s)[0] AS from, a.topic AS topic ORDER BY from, topic',
    );
    expect(rows.filter((r) => r.from === 'AgendaItem').map((r) => r.topic)).toEqual([null]);
    expect(rows.filter((r) => r.from === 'Passage').every((r) => r.topic !== null)).toBe(true);
  });

  it("ranks a named topic's passages by tag score, and no passage of another topic", async () => {
    const { topic } = await searchRankings(g.executor, null, { q: 'prehospital', mode: 'hybrid' });
    expect(topic.map((h) => h.passageKey)).toEqual(['p2', 'p3', 'p1']);
    expect(topic.map((h) => h.score)).toEqual([0.9, 0.6, 0.4]);
    expect(topic.every((h) => h.itemKey === 'topic-m#1')).toBe(true);
  });

  it('stops at the depth asked, best first', async () => {
    const { topic } = await searchRankings(g.executor, null, { q: 'prehospital', mode: 'hybrid', depth: 2 });
    expect(topic.map((h) => h.passageKey)).toEqual(['p2', 'p3']);
  });
});
