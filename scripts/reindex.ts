/**
 * npm run reindex [-- --embedder auto|lexical|transformers]
 * After a change of embedder: drops every stored vector, rebuilds the vector index for the new
 * size, and runs each stored source through the pipeline again (so topic scores, which use the
 * vectors, are renewed too). A meeting whose source file is gone keeps its annotations and gets new
 * vectors from the passage text stored in the graph.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connectGraph } from '../graph/db/connect.js';
import { resetVectorIndex } from '../graph/db/schema.js';
import { listMeetingSources } from '../graph/write/delete-meetings.js';
import type { GraphExecutor } from '../graph/db/executor.js';
import { createEmbedder } from '../ingest/embed/create-embedder.js';
import { embedPassages } from '../ingest/embed/embed-passages.js';
import type { Embedder } from '../ingest/embed/embedder.js';
import { EmbeddingCache } from '../ingest/embed/embedding-cache.js';
import { embeddingCacheDir } from '../pipeline/embedding-cache-dir.js';
import { embedderConfigFromEnv } from '../ingest/annotate/embedder-env.js';
import { IngestSession } from '../pipeline/ingest-session.js';

const { values } = parseArgs({ options: { embedder: { type: 'string' } } });
const kind = values.embedder;
if (kind !== undefined && !['auto', 'lexical', 'transformers'].includes(kind)) {
  console.error(`--embedder must be auto, lexical or transformers, not "${kind}"`);
  process.exit(2);
}

const graph = await connectGraph();
try {
  const config = { ...embedderConfigFromEnv(), ...(kind ? { kind: kind as 'auto' | 'lexical' | 'transformers' } : {}) };
  const { embedder, notice } = await createEmbedder(config);
  if (notice) console.error(notice.en);
  console.log(`Re-embedding with ${embedder.id} (${embedder.dimensions} dimensions) in ${graph.uri}`);
  await resetVectorIndex(graph.executor, { dimensions: embedder.dimensions, embedderId: embedder.id });
  const session = await IngestSession.open(graph.executor, { embedder });
  let failed = 0;
  for (const source of await listMeetingSources(graph.executor)) {
    if (existsSync(source.path)) {
      const outcome = await session.ingestPath(source.path);
      console.log(
        outcome.ok ? `✓ ${source.meetingId}  ${outcome.status}` : `✗ ${source.meetingId}  ${outcome.error.code}: ${outcome.error.message}`,
      );
      if (!outcome.ok) failed++;
    } else {
      const n = await embedStoredPassages(graph.executor, embedder, source.meetingId);
      console.log(`✓ ${source.meetingId}  source file gone; ${n} passages re-embedded from the graph`);
    }
  }
  await session.finish();
  process.exitCode = failed ? 1 : 0;
} catch (e) {
  console.error(`Reindex failed: ${(e as Error).message}`);
  process.exitCode = 3;
} finally {
  await graph.close();
}

// One cache for the run, on disk where the ingest keeps its own: what a reindex computes, a later
// ingest of the same text with the same embedder reads back instead of embedding again.
const cache = new EmbeddingCache({ directory: embeddingCacheDir() });

async function embedStoredPassages(executor: GraphExecutor, embedder: Embedder, meetingId: string): Promise<number> {
  const rows = await executor.read<{ key: string; text: string }>(
    'MATCH (p:Passage {meetingId: $id}) RETURN p.key AS key, p.text AS text ORDER BY p.ordinal',
    { id: meetingId },
  );
  const vectors = await embedPassages(
    embedder,
    rows.map((r) => r.text),
    cache,
  );
  await executor.write(async (tx) => {
    await tx.run(
      `UNWIND $rows AS row MATCH (p:Passage {key: row.key}) CALL db.create.setNodeVectorProperty(p, 'embedding', row.embedding)`,
      { rows: rows.map((r, i) => ({ key: r.key, embedding: Array.from(vectors[i]!) })) },
    );
    await tx.run('MATCH (m:Meeting {id: $id}) SET m.embedderId = $embedderId, m.embedderDimensions = toInteger($dimensions)', {
      id: meetingId,
      embedderId: embedder.id,
      dimensions: embedder.dimensions,
    });
  });
  return rows.length;
}
