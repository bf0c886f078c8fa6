import path from 'node:path';
import { loadGraphConfig, type GraphConfig } from '../graph/db/config.js';

/**
 * Where passage embeddings are kept across runs: `<RADSLAG_DATA_DIR>/embeddings`, beside the
 * embedded Neo4j's store, so that the ingest CLI, `npm start` and the server share one cache and
 * re-ingesting unchanged text costs a hash instead of a model call.
 */
export function embeddingCacheDir(config: Pick<GraphConfig, 'dataDir'> = loadGraphConfig()): string {
  return path.join(config.dataDir, 'embeddings');
}
