import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphExecutor } from '../../../graph/db/executor.js';
import { AWAIT_FULLTEXT } from '../../../graph/db/fulltext.js';
import {
  AGENDA_ITEM_TITLE_INDEX,
  PASSAGE_TEXT_INDEX,
  CONCERN_TOPIC_INDEX,
  PASSAGE_TOPIC_INDEX,
  PASSAGE_VECTOR_INDEX,
  ensureSchema,
  readStoredEmbedder,
  readVectorIndexDimensions,
  readOutdatedFulltextIndexes,
  readVectorIndexQuantized,
  resetVectorIndex,
} from '../../../graph/db/schema.js';
import { EmbedderMismatchError } from '../../../graph/write/errors.js';
import { startTestGraph, type TestGraph } from '../../helpers/neo4j.js';

let graph: TestGraph;
let executor: GraphExecutor;

beforeAll(async () => {
  graph = await startTestGraph();
  executor = graph.executor;
});
afterAll(async () => {
  await graph?.close();
});

const schemaState = async () => ({
  constraints: await executor.read(
    'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties ORDER BY name',
  ),
  indexes: await executor.read(
    "SHOW INDEXES YIELD name, type, state, options WHERE type <> 'LOOKUP' RETURN name, type, state, options ORDER BY name",
  ),
});

// The cases build on each other: one schema, checked, then changed.
describe('ensureSchema', () => {
  it('creates a uniqueness constraint per node key, the full-text, vector and lookup indexes, all ONLINE', async () => {
    await ensureSchema(executor, { dimensions: 24, embedderId: 'model-a' });
    const { constraints, indexes } = await schemaState();
    const keys = constraints.map((c) => `${(c.labelsOrTypes as string[])[0]}.${(c.properties as string[])[0]}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'Meeting.id',
        'Body.key',
        'Person.key',
        'Organisation.key',
        'AgendaItem.key',
        'Passage.key',
        'Topic.slug',
        'Concern.key',
        'FollowUp.key',
      ]),
    );
    expect(indexes.every((index) => index.state === 'ONLINE')).toBe(true);
    const byName = Object.fromEntries(indexes.map((index) => [index.name, index]));
    const config = (name: string) => (byName[name]!.options as { indexConfig: Record<string, unknown> }).indexConfig;
    expect(config(PASSAGE_TEXT_INDEX)).toMatchObject({ 'fulltext.analyzer': 'swedish', 'fulltext.eventually_consistent': true });
    expect(config(AGENDA_ITEM_TITLE_INDEX)).toMatchObject({ 'fulltext.analyzer': 'swedish', 'fulltext.eventually_consistent': true });
    expect(config(PASSAGE_VECTOR_INDEX)).toMatchObject({
      'vector.dimensions': 24,
      'vector.similarity_function': 'COSINE',
      'vector.quantization.enabled': false,
    });
    expect(indexes.map((index) => index.name)).toEqual(
      expect.arrayContaining(['meeting_date', 'person_name', PASSAGE_TOPIC_INDEX, CONCERN_TOPIC_INDEX]),
    );
    expect(await readStoredEmbedder(executor)).toEqual({ id: 'model-a', dimensions: 24 });
  });

  it('changes nothing when run again', async () => {
    const before = await schemaState();
    await ensureSchema(executor, { dimensions: 24, embedderId: 'model-a' });
    await ensureSchema(executor, { dimensions: 24 });
    expect(await schemaState()).toEqual(before);
  });

  it('rebuilds a quantized vector index (made before quantization was turned off) exact, keeping the vectors', async () => {
    await executor.run(`DROP INDEX ${PASSAGE_VECTOR_INDEX}`);
    await executor.run(
      `CREATE VECTOR INDEX ${PASSAGE_VECTOR_INDEX} FOR (n:Passage) ON (n.embedding) OPTIONS { indexConfig: { \`vector.dimensions\`: 24, \`vector.similarity_function\`: 'cosine' } }`,
    );
    expect(await readVectorIndexQuantized(executor)).toBe(true); // Neo4j's default
    const vector = Array.from({ length: 24 }, (_, i) => (i % 5) - 2);
    await executor.run("CREATE (p:Passage {key: 'quantized-test'}) WITH p CALL db.create.setNodeVectorProperty(p, 'embedding', $vector)", {
      vector,
    });
    await ensureSchema(executor, { dimensions: 24, embedderId: 'model-a' });
    expect(await readVectorIndexQuantized(executor)).toBe(false);
    const hits = await executor.read(
      `CALL db.index.vector.queryNodes('${PASSAGE_VECTOR_INDEX}', 1, $vector) YIELD node, score RETURN node.key AS key, score`,
      { vector },
    );
    expect(hits[0]).toMatchObject({ key: 'quantized-test' });
    expect(hits[0]!.score as number).toBeCloseTo(1, 5);
    await executor.run("MATCH (p:Passage {key: 'quantized-test'}) DELETE p");
  });

  it('a full-text query sees a write committed just before it (the index is eventually consistent)', async () => {
    for (let i = 0; i < 20; i++) {
      const word = `ordsomintefinns${i}x`;
      await executor.run('CREATE (:Passage {key: $key, text: $text})', { key: `ec-${i}`, text: `Rådet frågar om ${word} i vården.` });
      const hits = await executor.read(
        `${AWAIT_FULLTEXT} CALL db.index.fulltext.queryNodes($index, $word) YIELD node RETURN node.key AS key`,
        {
          index: PASSAGE_TEXT_INDEX,
          word,
        },
      );
      expect(hits).toEqual([{ key: `ec-${i}` }]);
    }
    await executor.run("MATCH (p:Passage) WHERE p.key STARTS WITH 'ec-' DELETE p");
  });

  it('rebuilds a consistent full-text index (made by an earlier version) eventually consistent, keeping its content', async () => {
    await executor.run(`DROP INDEX ${PASSAGE_TEXT_INDEX}`);
    await executor.run(
      `CREATE FULLTEXT INDEX ${PASSAGE_TEXT_INDEX} FOR (n:Passage) ON EACH [n.text] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'swedish' } }`,
    );
    await executor.run("CREATE (:Passage {key: 'ec-old', text: 'Slutenvårdsplatserna diskuterades.'})");
    expect(await readOutdatedFulltextIndexes(executor)).toEqual([PASSAGE_TEXT_INDEX]);
    await ensureSchema(executor, { dimensions: 24, embedderId: 'model-a' });
    expect(await readOutdatedFulltextIndexes(executor)).toEqual([]);
    const hits = await executor.read(
      `${AWAIT_FULLTEXT} CALL db.index.fulltext.queryNodes($index, 'slutenvårdsplatserna') YIELD node RETURN node.key AS key`,
      {
        index: PASSAGE_TEXT_INDEX,
      },
    );
    expect(hits).toEqual([{ key: 'ec-old' }]);
    await executor.run("MATCH (p:Passage {key: 'ec-old'}) DELETE p");
  });

  it('rebuilds a full-text index over the text alone (before the search terms field) over both, and fills the field in', async () => {
    await executor.run(`DROP INDEX ${PASSAGE_TEXT_INDEX} IF EXISTS`);
    await executor.run(
      `CREATE FULLTEXT INDEX ${PASSAGE_TEXT_INDEX} FOR (n:Passage) ON EACH [n.text]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'swedish', \`fulltext.eventually_consistent\`: true } }`,
    );
    await executor.run("CREATE (:Passage {key: 'st-old', text: 'Slutenvårdsplatserna diskuterades.'})");
    expect(await readOutdatedFulltextIndexes(executor)).toEqual([PASSAGE_TEXT_INDEX]);
    await ensureSchema(executor, { dimensions: 24, embedderId: 'model-a' });
    expect(await readOutdatedFulltextIndexes(executor)).toEqual([]);
    // "vårdplats" is a part of the old passage's compound: found through the filled-in field
    const hits = await executor.read(
      `${AWAIT_FULLTEXT} CALL db.index.fulltext.queryNodes($index, '"vård plats"') YIELD node RETURN node.key AS key, node.searchTerms AS terms`,
      { index: PASSAGE_TEXT_INDEX },
    );
    expect(hits).toEqual([{ key: 'st-old', terms: expect.stringContaining('vård plats') }]);
    await executor.run("MATCH (p:Passage {key: 'st-old'}) DELETE p");
  });

  it('refuses another vector size or another embedder, naming the reindex command', async () => {
    const otherSize = ensureSchema(executor, { dimensions: 12 });
    await expect(otherSize).rejects.toBeInstanceOf(EmbedderMismatchError);
    await expect(ensureSchema(executor, { dimensions: 12 })).rejects.toThrow(/npm run reindex/);
    await expect(ensureSchema(executor, { dimensions: 24, embedderId: 'model-b' })).rejects.toThrow(/"model-a" \(24 dimensions\)/);
    await expect(ensureSchema(executor, { dimensions: 0 })).rejects.toThrow(RangeError);
    expect(await readVectorIndexDimensions(executor)).toBe(24);
  });

  it('records the vector size even without an embedder id, so a meeting of another size is refused', async () => {
    await executor.run('MATCH (e:EmbedderInfo) DETACH DELETE e');
    await ensureSchema(executor, { dimensions: 24 });
    expect(await readStoredEmbedder(executor)).toEqual({ id: null, dimensions: 24 });
    await ensureSchema(executor, { dimensions: 24, embedderId: 'model-a' });
    expect(await readStoredEmbedder(executor)).toEqual({ id: 'model-a', dimensions: 24 });
  });

  it('resetVectorIndex forgets the vectors and rebuilds the index for a new embedder', async () => {
    await executor.run("CREATE (:Passage {key: 'p1', text: 'x', embedding: [1.0, 0.0]})");
    await resetVectorIndex(executor, { dimensions: 12, embedderId: 'model-b' });
    expect(await readVectorIndexDimensions(executor)).toBe(12);
    expect(await readStoredEmbedder(executor)).toEqual({ id: 'model-b', dimensions: 12 });
    const rows = await executor.read("MATCH (p:Passage {key: 'p1'}) RETURN p.embedding AS embedding, p.text AS text");
    expect(rows).toEqual([{ embedding: null, text: 'x' }]);
  });
});
