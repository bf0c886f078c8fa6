import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';

/** True when a Bolt server at `uri` answers within `timeoutMs` (auth disabled, as the embedded server runs). */
export async function boltAnswers(uri: string, timeoutMs = 3_000): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close().catch(() => undefined);
  }
}

/** Polls until Bolt answers, `stillWorthWaiting()` turns false, or `deadline` (epoch ms) passes. */
export async function waitForBolt(uri: string, deadline: number, stillWorthWaiting: () => boolean = () => true): Promise<boolean> {
  while (Date.now() < deadline && stillWorthWaiting()) {
    if (await boltAnswers(uri, Math.min(3_000, Math.max(250, deadline - Date.now())))) return true;
    await sleep(250);
  }
  return false;
}
