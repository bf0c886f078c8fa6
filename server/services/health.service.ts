import type { GraphExecutor } from '../../graph/executor.js';
import { graphStats, neo4jVersion } from '../../graph/stats.repository.js';
import type { Embedder } from '../../ingest/embed/embedder.js';
import type { EmbedderNotice } from '../../ingest/embed/create-embedder.js';
import type { EmbedderInfo, HealthOk, HealthUnavailable } from '../contract/index.js';
import { GraphError } from '../../graph/errors.js';

export function embedderInfo(embedder: Embedder | null, notice: EmbedderNotice | null): EmbedderInfo {
  return {
    id: embedder?.id ?? 'none',
    dimensions: embedder?.dimensions ?? 0,
    kind: embedder?.id.startsWith('transformers-') ? 'transformers' : 'lexical',
    ...(notice ? { notice_sv: notice.sv, notice_en: notice.en } : {}),
  };
}

/** Health: 200 with counts when Neo4j answers; 503 with the reason when it does not. */
export async function checkHealth(
  executor: GraphExecutor,
  embedder: EmbedderInfo,
): Promise<{ status: 200; body: HealthOk } | { status: 503; body: HealthUnavailable }> {
  try {
    await executor.verify();
    const [counts, version] = await Promise.all([graphStats(executor), neo4jVersion(executor)]);
    return { status: 200, body: { status: 'ok', neo4j: { reachable: true, ...(version ? { version } : {}) }, embedder, counts } };
  } catch (error) {
    const reason = error instanceof GraphError && error.code === 'graph_unavailable' ? 'the graph database is not reachable' : 'the graph database did not answer';
    return { status: 503, body: { status: 'unavailable', neo4j: { reachable: false }, reason, embedder } };
  }
}
