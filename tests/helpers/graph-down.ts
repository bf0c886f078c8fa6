import neo4j from 'neo4j-driver';
import { GraphExecutor } from '../../graph/db/executor.js';
import type { IngestSession } from '../../pipeline/ingest-session.js';
import { startServer } from '../../server/main.js';

/**
 * Runs `check` against the real server whose graph cannot be reached: a real driver pointed at a
 * port nobody listens on, failing fast. The server and the driver are closed afterwards, pass or fail.
 */
export async function withGraphDown(session: IngestSession, check: (url: string) => Promise<void>): Promise<void> {
  const unreachable = new GraphExecutor(
    neo4j.driver('bolt://127.0.0.1:1', undefined, {
      connectionTimeout: 1000,
      connectionAcquisitionTimeout: 2000,
      maxTransactionRetryTime: 0,
    }),
    'neo4j',
  );
  const down = await startServer({ executor: unreachable, session, port: 0, host: '127.0.0.1' });
  try {
    await check(down.url);
  } finally {
    await down.close();
    await unreachable.close();
  }
}
