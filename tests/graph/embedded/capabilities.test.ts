// What the graph layer relies on from the embedded Neo4j Community jars: the Swedish full-text
// analyzer (Lucene's analysis-common) and vector indexes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph } from '../../helpers/neo4j.js';
import type { TestGraph } from '../../helpers/neo4j.js';

describe('embedded Neo4j capabilities', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(async () => {
    await graph?.close();
  });

  it('offers the swedish full-text analyzer, and an index with it finds inflected Swedish words', async () => {
    const analyzers = await graph.executor.read(
      'CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN analyzer',
      {},
      (r) => r.analyzer,
    );
    expect(analyzers).toContain('swedish');

    await graph.executor.run(
      "CREATE FULLTEXT INDEX passage_text IF NOT EXISTS FOR (p:Passage) ON EACH [p.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'swedish' } }",
    );
    await graph.executor.run('CALL db.awaitIndexes(60)');
    await graph.executor.run('UNWIND $texts AS text CREATE (:Passage {text: text})', {
      texts: ['Antalet vårdplatser minskar under sommaren.', 'Vaccinationen mot influensa startar i oktober.'],
    });
    const search = (query: string) =>
      graph.executor.read(
        "CALL db.index.fulltext.queryNodes('passage_text', $query) YIELD node RETURN node.text AS text",
        { query },
        (r) => r.text,
      );
    // Stemming: other inflections of "vårdplats" and "sommar" find the passage.
    expect(await search('vårdplatserna')).toEqual(['Antalet vårdplatser minskar under sommaren.']);
    expect(await search('sommar')).toEqual(['Antalet vårdplatser minskar under sommaren.']);
    // Swedish stop words are dropped: "under" is in the text but not in the index.
    expect(await search('under')).toEqual([]);
  });

  it('creates a vector index and answers nearest-neighbour queries from it', async () => {
    await graph.executor.run(
      'CREATE VECTOR INDEX passage_embedding IF NOT EXISTS FOR (p:Chunk) ON p.embedding ' +
        "OPTIONS { indexConfig: { `vector.dimensions`: 3, `vector.similarity_function`: 'cosine' } }",
    );
    await graph.executor.run('CALL db.awaitIndexes(60)');
    await graph.executor.run('UNWIND $rows AS row CREATE (:Chunk {name: row.name, embedding: row.embedding})', {
      rows: [
        { name: 'x', embedding: [1, 0, 0] },
        { name: 'y', embedding: [0, 1, 0] },
        { name: 'z', embedding: [0, 0, 1] },
      ],
    });
    const nearest = await graph.executor.read(
      "CALL db.index.vector.queryNodes('passage_embedding', 2, $query) YIELD node, score RETURN node.name AS name, score",
      { query: [0.1, 0.9, 0.2] },
    );
    expect(nearest.map((r) => r.name)).toEqual(['y', 'z']);
    expect(typeof nearest[0]!.score).toBe('number');
  });
});
