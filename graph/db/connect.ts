import neo4j from 'neo4j-driver';
import type { Config as DriverConfig } from 'neo4j-driver';
import { loadGraphConfig } from './config.js';
import type { GraphConfig } from './config.js';
import { startEmbeddedNeo4j } from '../embedded/embedded-neo4j.js';
import type { EmbeddedNeo4j, EmbeddedNeo4jOptions } from '../embedded/embedded-neo4j.js';
import { GraphExecutor } from './executor.js';

/** A connected graph: the executor to query with, the embedded server when there is one, and one close for both. */
export interface GraphConnection {
  executor: GraphExecutor;
  uri: string;
  embedded?: EmbeddedNeo4j;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Passed to the embedded server (memory, log file, progress messages). */
  embedded?: Omit<EmbeddedNeo4jOptions, 'dataDir' | 'database'>;
  driver?: DriverConfig;
}

const DRIVER_DEFAULTS: DriverConfig = {
  userAgent: 'radslag',
  // Fail fast instead of the driver's 60 s when the server is gone; the API answers 503 at once.
  connectionAcquisitionTimeout: 15_000,
  connectionTimeout: 10_000,
  maxTransactionRetryTime: 15_000,
};

/**
 * Connects to NEO4J_URI when set; otherwise starts (or reuses) the embedded Neo4j on
 * `<RADSLAG_DATA_DIR>/neo4j`. Checks that the server answers before returning.
 */
export async function connectGraph(config: GraphConfig = loadGraphConfig(), options: ConnectOptions = {}): Promise<GraphConnection> {
  const embedded =
    config.mode === 'embedded'
      ? await startEmbeddedNeo4j({ ...options.embedded, dataDir: config.neo4jDir, database: config.database })
      : undefined;
  const uri = embedded?.uri ?? (config.mode === 'remote' ? config.uri : '');
  const auth = config.mode === 'remote' && config.auth ? neo4j.auth.basic(config.auth.user, config.auth.password) : undefined;
  const driver = neo4j.driver(uri, auth, { ...DRIVER_DEFAULTS, ...options.driver });
  const executor = new GraphExecutor(driver, config.database);
  try {
    await executor.verify();
  } catch (error) {
    await executor.close();
    await embedded?.stop();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    executor,
    uri,
    ...(embedded ? { embedded } : {}),
    close: () =>
      (closing ??= (async () => {
        try {
          await executor.close();
        } finally {
          await embedded?.stop();
        }
      })()),
  };
}
