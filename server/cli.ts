/**
 * `npm run serve`: the API on its own (Docker, or a graph filled by `npm run ingest`). Connects to
 * NEO4J_URI or the embedded Neo4j, opens an ingest session for uploads, and serves until a signal.
 */
import { embeddingCacheDir } from '../pipeline/embedding-cache-dir.js';
import { connectGraph } from '../graph/db/connect.js';
import { IngestSession } from '../pipeline/ingest-session.js';
import { startServer } from './main.js';

const graph = await connectGraph();
const session = await IngestSession.open(graph.executor, { cacheDir: embeddingCacheDir() });
if (session.annotator.notice) process.stderr.write(`${session.annotator.notice.en}\n`);
const server = await startServer({ executor: graph.executor, session });
process.stdout.write(`Rådslag API listening on ${server.url} (docs: ${server.url}/api/docs)\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close().catch(() => undefined);
  await graph.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
