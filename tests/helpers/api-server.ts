/**
 * The real API over HTTP for tests: a throwaway Neo4j (tests/helpers/neo4j.ts), BOTH sample minutes
 * ingested through IngestSession (lexical embedder: no model download), and the server on
 * 127.0.0.1 with a free port. One per test file:
 *
 *   const api = useTestApi();
 *   it('…', async () => { const res = await fetch(`${api.url}/api/meetings`); });
 *
 * or `startTestApi()` from a hook of its own when the set-up needs something first (a built client).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { GraphExecutor } from '../../graph/db/executor.js';
import { IngestSession } from '../../pipeline/ingest-session.js';
import type { ServerConfig } from '../../server/config.js';
import { startServer } from '../../server/main.js';
import { SAMPLES } from '../fixtures/sample-minutes.js';
import { startTestGraph } from './neo4j.js';

export interface TestApi {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  executor: GraphExecutor;
  session: IngestSession;
  /** The throwaway folder uploads are stored in (removed on close). */
  uploadDir: string;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** Server settings for this test (e.g. `{ apiToken: 'x', maxUploadBytes: 1024 }`). */
  config?: Partial<ServerConfig>;
  /** Serve this folder as the client (default: client/dist, which may not exist). */
  clientDir?: string;
  /** Minutes files ingested before the server starts (default: both samples; `[]` for an empty graph). */
  ingest?: readonly string[];
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const graph = await startTestGraph();
  const uploadDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-test-uploads-'));
  try {
    const session = await IngestSession.open(graph.executor, { embedderConfig: { kind: 'lexical' } });
    const files = options.ingest ?? [SAMPLES[2024], SAMPLES[2025]];
    if (files.length > 0) {
      for (const file of files) {
        const outcome = await session.ingestPath(file);
        if (!outcome.ok) throw new Error(`could not ingest ${file}: ${outcome.error.code} ${outcome.error.message}`);
      }
      await session.finish();
    }
    const server = await startServer({
      executor: graph.executor,
      session,
      host: '127.0.0.1',
      port: 0,
      ...(options.clientDir !== undefined ? { clientDir: options.clientDir } : {}),
      config: { searchRateLimit: 10_000, uploadRateLimit: 1_000, uploadDir, ...options.config },
    });
    return {
      url: server.url,
      executor: graph.executor,
      session,
      uploadDir: options.config?.uploadDir ?? uploadDir,
      close: async () => {
        try {
          await server.close();
        } finally {
          await graph.close();
          await rm(uploadDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await graph.close();
    await rm(uploadDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Registers a test API for the whole file: started in `beforeAll`, closed in `afterAll`. The object
 * returned is filled when the suite starts, so read its fields inside tests and hooks only.
 */
export function useTestApi(options: TestApiOptions = {}): TestApi {
  const api = {} as TestApi;
  let started: TestApi | undefined;
  beforeAll(async () => {
    started = await startTestApi(options);
    Object.assign(api, started);
  }, 300_000);
  afterAll(async () => {
    await started?.close();
  });
  return api;
}
