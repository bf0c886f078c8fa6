import type { GraphExecutor } from '../graph/db/executor.js';
import type { Embedder } from '../ingest/embed/embedder.js';
import type { IngestSession } from '../pipeline/ingest-session.js';
import type { ServerConfig } from './config.js';

/** What the app is built from; routes hand the parts their services need. */
export interface AppDeps {
  executor: GraphExecutor;
  /** The ingest session uploads go through (its annotator's embedder and notice feed /api/health). */
  session: IngestSession;
  /** Embeds search queries; the session's embedder, so queries and passages share one vector space. */
  embedder: Embedder | null;
  /** The built client (default client/dist). */
  clientDir?: string;
  config: ServerConfig;
}
