import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boltAnswers } from '../../../graph/embedded/bolt-probe.js';
import { startEmbeddedNeo4j } from '../../../graph/embedded/embedded-neo4j.js';
import type { EmbeddedNeo4j } from '../../../graph/embedded/embedded-neo4j.js';
import { EmbeddedNeo4jError } from '../../../graph/embedded/errors.js';
import { isProcessAlive, isProcessRunning } from '../../../graph/embedded/process-alive.js';
import { serverFileOf } from '../../../graph/embedded/paths.js';

const MEMORY = { heap: '256m', pageCache: '16m' };
const SLOW = 240_000;

async function query<T>(uri: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 5_000, maxTransactionRetryTime: 1_000 });
  try {
    const { records } = await driver.executeQuery(cypher, params, { database: 'neo4j' });
    return records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessRunning(pid, 'se.radslag.neo4j.Launcher')) return true; // a zombie counts as gone
    await sleep(200);
  }
  return !isProcessRunning(pid, 'se.radslag.neo4j.Launcher');
}

describe('startEmbeddedNeo4j on one data dir', () => {
  let root: string;
  let dataDir: string;
  let first: EmbeddedNeo4j | undefined;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'radslag-embedded-test-'));
    dataDir = path.join(root, 'neo4j');
  });

  afterAll(async () => {
    await first?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('starts a server that answers Bolt on 127.0.0.1, registered in radslag-server.json', { timeout: SLOW }, async () => {
    first = await startEmbeddedNeo4j({ dataDir, memory: MEMORY, quickStart: true });
    expect(first.owned).toBe(true);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const [row] = await query<{ one: unknown }>(first.uri, 'RETURN 1 AS one');
    expect(neo4j.integer.toNumber(row!.one as number)).toBe(1);
    await query(first.uri, "CREATE (:Meeting {id: '2025-03-04 HSN'})");

    const record = JSON.parse(await readFile(serverFileOf(dataDir), 'utf8')) as { pid: number; uri: string; state: string };
    expect(record).toMatchObject({ pid: first.pid, uri: first.uri, state: 'ready' });
    const log = await readFile(path.join(root, 'neo4j.log'), 'utf8');
    expect(log).toContain(`RADSLAG_NEO4J_READY ${first.uri}`);
  });

  it('reuses the running server on a second start, and that handle does not stop it', { timeout: SLOW }, async () => {
    const second = await startEmbeddedNeo4j({ dataDir, memory: MEMORY, quickStart: true });
    expect(second).toMatchObject({ owned: false, pid: first!.pid, uri: first!.uri });
    await second.stop();
    expect(await boltAnswers(first!.uri)).toBe(true);
  });

  it(
    'never hands this quick-start (C1-only JIT) server to a caller without quickStart, such as npm start or a benchmark',
    { timeout: SLOW },
    async () => {
      expect(first!.jvm).toMatchObject({ quickStart: true, memory: MEMORY });
      expect(first!.jvm!.options).toContain('-XX:TieredStopAtLevel=1');
      const record = JSON.parse(await readFile(serverFileOf(dataDir), 'utf8')) as { jvm?: { quickStart: boolean } };
      expect(record.jvm?.quickStart).toBe(true);
      const attempt = startEmbeddedNeo4j({ dataDir, memory: MEMORY });
      await expect(attempt).rejects.toMatchObject({
        code: 'server_mismatch',
        message: expect.stringContaining(`stop process ${process.pid}`),
      });
      expect(await boltAnswers(first!.uri)).toBe(true);
    },
  );

  it('fails with store_locked, naming the dir, when an unregistered process holds the store', { timeout: SLOW }, async () => {
    await rm(serverFileOf(dataDir)); // now the running server is "someone else's"
    const attempt = startEmbeddedNeo4j({ dataDir, memory: MEMORY, quickStart: true });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedNeo4jError);
    await expect(attempt).rejects.toMatchObject({ code: 'store_locked', message: expect.stringContaining(dataDir) });
    expect(await boltAnswers(first!.uri)).toBe(true);
  });

  it('stops its own server, which then no longer answers', { timeout: SLOW }, async () => {
    const { pid, uri } = first!;
    await first!.stop();
    await first!.stop(); // idempotent
    first = undefined;
    expect(isProcessAlive(pid)).toBe(false);
    expect(await boltAnswers(uri, 1_000)).toBe(false);
    expect(existsSync(serverFileOf(dataDir))).toBe(false);
  });

  it('keeps the data across a restart on the same dir', { timeout: SLOW }, async () => {
    first = await startEmbeddedNeo4j({ dataDir, memory: MEMORY, quickStart: true });
    const rows = await query<{ id: string }>(first.uri, 'MATCH (m:Meeting) RETURN m.id AS id');
    expect(rows).toEqual([{ id: '2025-03-04 HSN' }]);
  });
});

describe('when the Node parent dies', () => {
  it('the Java process exits after its parent is killed with SIGKILL', { timeout: SLOW }, async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'radslag-embedded-orphan-'));
    const fixture = path.join(import.meta.dirname, 'fixtures', 'start-server.ts');
    const parent = spawn(process.execPath, ['--import', 'tsx', fixture, path.join(root, 'neo4j')], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: parent.stdout }).once('line', resolve);
        parent.once('exit', (code) => reject(new Error(`fixture exited early with ${code}`)));
      });
      const { pid, uri } = JSON.parse(line) as { pid: number; uri: string };
      expect(await boltAnswers(uri)).toBe(true);

      parent.kill('SIGKILL');
      expect(await waitUntilGone(pid, 60_000)).toBe(true);
      expect(await boltAnswers(uri, 1_000)).toBe(false);
    } finally {
      parent.kill('SIGKILL');
      await rm(root, { recursive: true, force: true });
    }
  });
});
