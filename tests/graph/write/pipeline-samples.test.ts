import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphExecutor } from '../../../graph/db/executor.js';
import { ensureSchema } from '../../../graph/db/schema.js';
import { hybridSearch } from '../../../graph/search/hybrid-search.js';
import { hydrateHits, type HitDetails } from '../../../graph/search/hit-details.js';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import { LexicalEmbedder } from '../../../ingest/embed/index.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { enrichMinutes } from '../../../ingest/nlp/enrich.js';
import { parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import { readSource } from '../../../ingest/read/index.js';
import { SAMPLE_2024_ID, SAMPLE_2025_ID, SAMPLE_BODY_KEY, samplePaths } from '../../fixtures/annotated/samples.js';
import { startTestGraph, type TestGraph } from '../../helpers/neo4j.js';
import { snapshotGraph } from '../graph-snapshot.js';

/**
 * The real stages end to end on the two samples: read → parse → enrich → embed (the built-in
 * lexical embedder) → write, then the facts the minutes state, checked in the graph.
 */

let graph: TestGraph;
let executor: GraphExecutor;
let meetings: AnnotatedMeeting[];
const embedder = new LexicalEmbedder({ dimensions: 256 });

async function pipeline(path: string): Promise<AnnotatedMeeting> {
  const annotated = await enrichMinutes(parseMinutes(await readSource(path)));
  const vectors = await embedder.embed(annotated.passages.map((p) => p.text));
  return {
    ...annotated,
    passages: annotated.passages.map((p, i) => ({ ...p, embedding: Array.from(vectors[i]!) })),
    embedder: { id: embedder.id, dimensions: embedder.dimensions },
  };
}

/** The search every caller takes, best first, with what a result list shows of each hit. */
async function search(q: string, mode: 'fulltext' | 'vector'): Promise<HitDetails[]> {
  const { hits } = await hybridSearch(executor, embedder, { q, mode });
  const details = await hydrateHits(
    executor,
    hits.map((hit) => hit.passageKey),
  );
  return hits.map((hit) => details.get(hit.passageKey)!);
}

beforeAll(async () => {
  graph = await startTestGraph();
  executor = graph.executor;
  await ensureSchema(executor, { dimensions: embedder.dimensions, embedderId: embedder.id });
  meetings = [];
  for (const path of samplePaths().reverse()) meetings.push(await pipeline(path)); // newest first on purpose
  for (const meeting of meetings) expect((await writeMeeting(executor, meeting)).status).toBe('created');
});
afterAll(async () => {
  await graph?.close();
});

describe('the two samples through the real pipeline', () => {
  it('keeps their meeting ids and their one body, which names no municipality', async () => {
    expect(meetings.map((m) => m.id).sort()).toEqual([SAMPLE_2024_ID, SAMPLE_2025_ID]);
    const name = 'Samverkan mellan pensionärsorganisationerna och hälso- och sjukvårdsförvaltningen';
    const bodies = await executor.read(
      `MATCH (b:Body)<-[:OF_BODY]-(m:Meeting)
       RETURN b.key AS key, b.name AS name, b.municipality AS municipality, b.displayName AS displayName,
              collect(m.dateSource) AS dateSources`,
    );
    expect(bodies).toEqual([{ key: SAMPLE_BODY_KEY, name, municipality: null, displayName: name, dateSources: ['text', 'text'] }]);
  });

  it('makes two meetings of one body in chronological order', async () => {
    const chain = await executor.read(
      'MATCH (later:Meeting)-[:FOLLOWS]->(earlier:Meeting) RETURN later.date AS later, earlier.date AS earlier',
    );
    expect(chain).toEqual([{ later: '2025-04-10', earlier: '2024-04-11' }]);
  });

  it('has each person who attended both meetings as one node', async () => {
    const rows = await executor.read(
      `MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)
       WITH p, collect(m.date) AS dates, collect(a.organisationName) AS organisations
       WHERE size(dates) = 2
       RETURN p.name AS name, organisations ORDER BY name`,
    );
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'Anders Ahlsson',
        'Ewa Kardell',
        'Fanny Reuter',
        'Gudrun Hammar',
        'Ingrid Hjalmarson',
        'Owe Landgren',
        'William Stampe',
      ]),
    );
    const attendance = await executor.read('MATCH (:Person)-[:ATTENDED]->(m:Meeting) RETURN m.date AS date, count(*) AS n ORDER BY date');
    expect(attendance).toEqual([
      { date: '2024-04-11', n: 18 },
      { date: '2025-04-10', n: 9 },
    ]);
  });

  it('has 13 agenda items with presenters, the secretary, and every passage under an item', async () => {
    const items = await executor.read(
      `MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)
       RETURN m.date AS date, count(i) AS items, sum(COUNT { (i)<-[:PRESENTED]-(:Person) }) AS presenters ORDER BY date`,
    );
    expect(items).toEqual([
      { date: '2024-04-11', items: 7, presenters: 8 },
      { date: '2025-04-10', items: 6, presenters: 3 },
    ]);
    const secretary = await executor.read('MATCH (p:Person)-[:SECRETARY_OF]->(m) RETURN DISTINCT p.name AS name, count(m) AS n');
    expect(secretary).toEqual([{ name: 'William Stampe', n: 2 }]);
    const loose = await executor.read('MATCH (p:Passage) WHERE NOT (p)<-[:HAS_PASSAGE]-(:AgendaItem) RETURN count(p) AS n');
    expect(loose[0]!.n).toBe(0);
    const total = await executor.read('MATCH (p:Passage) RETURN count(p) AS n');
    expect(total[0]!.n).toBe(meetings.reduce((sum, m) => sum + m.passages.length, 0));
  });

  it('re-ingesting the same files changes nothing', async () => {
    const before = await snapshotGraph(executor);
    for (const meeting of meetings) expect((await writeMeeting(executor, meeting)).status).toBe('unchanged');
    for (const path of samplePaths()) expect((await writeMeeting(executor, await pipeline(path))).status).toBe('unchanged');
    expect(await snapshotGraph(executor)).toEqual(before);
  });

  it('finds vårdplatser and ambulans in the right agenda items', async () => {
    const vard = await search('vårdplatser', 'fulltext');
    expect(vard.map((h) => `${h.meeting.date} ${h.item.title}`)).toContain(
      '2025-04-10 Aktuellt vid förvaltningen/fråga ang. vårdköer/bevakningslista',
    );
    const ambulans = await search('ambulans', 'fulltext');
    expect(ambulans[0]).toMatchObject({ meeting: { date: '2024-04-11' }, item: { title: 'Prehospital framtidsplan' } });
  });

  it('finds a passage by its own vector', async () => {
    const passage = meetings[0]!.passages[5]!;
    const [hit] = await search(passage.text, 'vector');
    expect(hit!.passage.text).toBe(passage.text);
  });
});
