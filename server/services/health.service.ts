import type { GraphExecutor } from '../../graph/db/executor.js';
import { graphStats, neo4jVersion } from '../../graph/read/stats.repository.js';
import type { Embedder } from '../../ingest/embed/embedder.js';
import type { EmbedderNotice } from '../../ingest/embed/create-embedder.js';
import type { EmbedderInfo, HealthOk, HealthUnavailable } from '../../shapes/api/index.js';
import { GraphError } from '../../graph/db/errors.js';

/**
 * What /api/health says about the embedder. The ingest notice is written for the terminal and names
 * the models folder's absolute path; a client must not learn the server's file layout, so the API
 * says which embedder runs and why in its own words, without paths.
 */
export function embedderInfo(embedder: Embedder | null, notice: EmbedderNotice | null): EmbedderInfo {
  const id = embedder?.id ?? 'none';
  return {
    id,
    dimensions: embedder?.dimensions ?? 0,
    kind: embedder?.id.startsWith('transformers-') ? 'transformers' : 'lexical',
    ...(notice ? fallbackNotice(id) : {}),
  };
}

// A notice exists only when the configured local model was missing and the lexical embedder stands in.
const fallbackNotice = (id: string) => ({
  notice_sv: `Den lokala transformermodellen finns inte i servermappen för modeller, så det inbyggda lexikala inbäddningsverktyget (${id}) används. Hämta modellen med npm run models:download.`,
  notice_en: `The local transformer model is not in the server's models folder, so the built-in lexical embedder (${id}) is used. Fetch the model with npm run models:download.`,
});

/** Health: 200 with counts when Neo4j answers; 503 with the reason when it does not. */
export async function checkHealth(
  executor: GraphExecutor,
  embedder: EmbedderInfo,
  demo = false,
): Promise<{ status: 200; body: HealthOk } | { status: 503; body: HealthUnavailable }> {
  try {
    await executor.verify();
    const [counts, version] = await Promise.all([graphStats(executor), neo4jVersion(executor)]);
    return { status: 200, body: { status: 'ok', neo4j: { reachable: true, ...(version ? { version } : {}) }, embedder, counts, demo } };
  } catch (error) {
    const reason =
      error instanceof GraphError && error.code === 'graph_unavailable'
        ? 'the graph database is not reachable'
        : 'the graph database did not answer';
    return { status: 503, body: { status: 'unavailable', neo4j: { reachable: false }, reason, embedder } };
  }
}
