/**
 * A real Neo4j for integration tests. Use from beforeAll/afterAll:
 *
 *   let graph: TestGraph;
 *   beforeAll(async () => { graph = await startTestGraph(); });
 *   afterAll(async () => { await graph?.close(); });
 *
 * Without NEO4J_URI: a throwaway embedded server in a fresh temp dir (small heap and page cache),
 * removed on close. Each test file gets its own server, so files can run in parallel.
 *
 * With NEO4J_URI: connects there and WIPES THE WHOLE DATABASE (`MATCH (n) DETACH DELETE n`, plus
 * every constraint and index) before handing it over. That is destructive on purpose, so for any
 * host other than localhost it refuses unless RADSLAG_TEST_ALLOW_WIPE=1. Test files sharing one
 * NEO4J_URI must not run in parallel (vitest --no-file-parallelism).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadGraphConfig } from '../../graph/db/config.js';
import { connectGraph } from '../../graph/db/connect.js';
import type { GraphConnection } from '../../graph/db/connect.js';
import type { GraphExecutor } from '../../graph/db/executor.js';

export interface TestGraph {
  executor: GraphExecutor;
  uri: string;
  /** Deletes every node and relationship (schema stays); for tests that need a clean graph between cases. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** Test servers are small: start-up time matters more than cache hits. */
export const TEST_MEMORY = { heap: '384m', pageCache: '32m' };

export async function startTestGraph(): Promise<TestGraph> {
  return process.env.NEO4J_URI ? connectToWipedServer() : startThrowawayServer();
}

async function startThrowawayServer(): Promise<TestGraph> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'radslag-test-neo4j-'));
  let connection: GraphConnection | undefined;
  try {
    connection = await connectGraph(
      { mode: 'embedded', neo4jDir: path.join(root, 'neo4j'), database: 'neo4j', dataDir: root },
      { embedded: { memory: TEST_MEMORY, quickStart: true } },
    );
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  const opened = connection;
  return {
    executor: opened.executor,
    uri: opened.uri,
    clear: () => deleteAllData(opened.executor),
    close: async () => {
      try {
        await opened.close();
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
  };
}

async function connectToWipedServer(): Promise<TestGraph> {
  const config = loadGraphConfig();
  if (config.mode !== 'remote') throw new Error('NEO4J_URI is set but did not load as a remote configuration');
  const host = new URL(config.uri.replace(/^[a-z0-9+]+:/, 'http:')).hostname;
  if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(host) && process.env.RADSLAG_TEST_ALLOW_WIPE !== '1') {
    throw new Error(
      `refusing to wipe ${config.uri} for tests: it is not on localhost. Set RADSLAG_TEST_ALLOW_WIPE=1 if that database may be erased.`,
    );
  }
  const connection = await connectGraph(config);
  await wipeDatabase(connection.executor);
  return {
    executor: connection.executor,
    uri: connection.uri,
    clear: () => deleteAllData(connection.executor),
    close: () => connection.close(),
  };
}

async function deleteAllData(executor: GraphExecutor): Promise<void> {
  await executor.run('MATCH (n) DETACH DELETE n');
}

/** Data, constraints and indexes: every test file starts from the state of a new database. */
async function wipeDatabase(executor: GraphExecutor): Promise<void> {
  await deleteAllData(executor);
  const constraints = await executor.read<string>('SHOW CONSTRAINTS YIELD name RETURN name', {}, (row) => String(row.name));
  for (const name of constraints) await executor.run(`DROP CONSTRAINT \`${name.replace(/`/g, '``')}\` IF EXISTS`);
  const indexes = await executor.read<string>("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {}, (row) =>
    String(row.name),
  );
  for (const name of indexes) await executor.run(`DROP INDEX \`${name.replace(/`/g, '``')}\` IF EXISTS`);
}
