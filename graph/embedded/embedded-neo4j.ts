import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { waitForBolt } from './bolt-probe.js';
import { EmbeddedNeo4jError } from './errors.js';
import { onProcessExit } from './exit-hooks.js';
import { withFileLock } from './file-lock.js';
import { findFreePort } from './free-port.js';
import { resolveJava } from './java-runtime.js';
import { resolveMemory } from './jvm-options.js';
import type { MemorySettings } from './jvm-options.js';
import { LaunchError, launchNeo4jProcess } from './launch-process.js';
import type { LaunchedServer } from './launch-process.js';
import { defaultLogFileOf, LAUNCHER_CLASS, startLockOf } from './paths.js';
import { prepareEmbeddedNeo4j } from './prepare.js';
import { isProcessRunning } from './process-alive.js';
import { readServerRecord, removeServerRecord, removeServerRecordSync, writeServerRecord } from './server-file.js';

export interface EmbeddedNeo4jOptions {
  /** Neo4j home for this server: the store lives in `<dataDir>/data`, Neo4j's own logs in `<dataDir>/logs`. */
  dataDir: string;
  /** Where the server's stdout/stderr go; default `<dataDir>.log` next to the data dir. */
  logFile?: string;
  /** Bolt port on 127.0.0.1; default: a free port. */
  port?: number;
  /** Database name (Community has one user database); default `neo4j`. */
  database?: string;
  /** Heap and page cache; env NEO4J_HEAP / NEO4J_PAGECACHE override these. */
  memory?: Partial<MemorySettings>;
  /** Trade run-time speed for a start-up about twice as fast (C1-only JIT); meant for tests. */
  quickStart?: boolean;
  /** How long start-up may take, including waiting for a server another process is starting. Default 180 s. */
  startTimeoutMs?: number;
  /** Progress messages (Maven runs, reuse). */
  log?: (message: string) => void;
}

/** A running embedded Neo4j. */
export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  dataDir: string;
  logFile: string;
  /** False when this handle reuses a server another process started; then `stop()` leaves it running. */
  owned: boolean;
  /** Stops the server if this handle owns it; idempotent. */
  stop(): Promise<void>;
}

const DEFAULT_START_TIMEOUT_MS = 180_000;
const PORT_ATTEMPTS = 3;

/**
 * Starts Neo4j on `dataDir`, or reuses the server a Rådslag process already runs there
 * (registered in radslag-server.json and answering on Bolt). Starts are serialised per data dir,
 * so two processes starting at once end up sharing one server. An owned server stops with
 * `stop()`, on SIGINT/SIGTERM/exit of this process, and when this process dies (stdin EOF).
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const dataDir = path.resolve(options.dataDir);
  const logFile = path.resolve(options.logFile ?? defaultLogFileOf(dataDir));
  const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const memory = resolveMemory(options.memory);
  await mkdir(dataDir, { recursive: true });
  await mkdir(path.dirname(logFile), { recursive: true });

  const lock = await withFileLock(
    startLockOf(dataDir),
    { timeoutMs, onWait: (pid) => options.log?.(`waiting for process ${pid ?? '?'} starting Neo4j on ${dataDir}…`) },
    async () => {
      const reused = await reuseRegisteredServer(dataDir, logFile, Date.now() + timeoutMs);
      if (reused) {
        options.log?.(`reusing Neo4j ${reused.uri} (pid ${reused.pid}) on ${dataDir}`);
        return reused;
      }
      const java = await resolveJava();
      await prepareEmbeddedNeo4j({ log: options.log });
      return launchOwned({ ...options, dataDir, logFile, timeoutMs, memory, javaBin: java.bin });
    },
  );
  if (!lock.acquired) {
    throw new EmbeddedNeo4jError('start_timeout', `process ${lock.holderPid ?? '?'} kept ${dataDir} busy starting Neo4j for too long`);
  }
  return lock.value;
}

/** A registered server whose process lives and whose Bolt answers; a stale record is removed. */
async function reuseRegisteredServer(dataDir: string, logFile: string, deadline: number): Promise<EmbeddedNeo4j | undefined> {
  const record = await readServerRecord(dataDir);
  if (!record) return undefined;
  const alive = () => isProcessRunning(record.pid, LAUNCHER_CLASS);
  if (!alive()) {
    await removeServerRecord(dataDir, record.pid);
    return undefined;
  }
  // A server in `starting` state may need the whole start-up time; a `ready` one answers at once or is hung.
  const waitUntil = record.state === 'ready' ? Math.min(deadline, Date.now() + 10_000) : deadline;
  if (!(await waitForBolt(record.uri, waitUntil, alive))) {
    if (!alive()) {
      await removeServerRecord(dataDir, record.pid);
      return undefined;
    }
    throw new EmbeddedNeo4jError(
      'store_locked',
      `store locked: Neo4j process ${record.pid} holds ${dataDir} but does not answer at ${record.uri}; stop it and retry`,
    );
  }
  return { uri: record.uri, pid: record.pid, dataDir, logFile, owned: false, stop: async () => undefined };
}

type LaunchOwnedOptions = EmbeddedNeo4jOptions & {
  dataDir: string;
  logFile: string;
  timeoutMs: number;
  memory: MemorySettings;
  javaBin: string;
};

async function launchOwned(options: LaunchOwnedOptions): Promise<EmbeddedNeo4j> {
  const deadline = Date.now() + options.timeoutMs;
  const server = await launchOnFreePort(options);
  if (!(await waitForBolt(server.uri, deadline, server.isRunning))) {
    const tail = server.logTail();
    await server.terminate(5_000);
    await removeServerRecord(options.dataDir, server.pid);
    throw new EmbeddedNeo4jError('start_timeout', `Neo4j printed READY but Bolt did not answer at ${server.uri}`, tail);
  }
  await writeServerRecord(options.dataDir, record(server.pid, server.uri, 'ready'));

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      unregister();
      await server.terminate();
      await removeServerRecord(options.dataDir, server.pid);
    })());
  const unregister = onProcessExit({
    stop,
    stopSync: () => {
      server.terminateSync();
      removeServerRecordSync(options.dataDir, server.pid);
    },
  });
  // A server that dies on its own must not stay registered.
  void server.exited.then(() => {
    unregister();
    return removeServerRecord(options.dataDir, server.pid);
  });
  return { uri: server.uri, pid: server.pid, dataDir: options.dataDir, logFile: options.logFile, owned: true, stop };
}

// Node picks the port, so another process can grab it before Neo4j binds; then try another one.
async function launchOnFreePort(options: LaunchOwnedOptions): Promise<LaunchedServer> {
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort());
    const uri = `bolt://127.0.0.1:${port}`;
    try {
      return await launchNeo4jProcess(
        {
          javaBin: options.javaBin,
          dataDir: options.dataDir,
          port,
          database: options.database ?? 'neo4j',
          memory: options.memory,
          quickStart: options.quickStart ?? false,
          logFile: options.logFile,
          timeoutMs: options.timeoutMs,
        },
        (pid) => writeServerRecord(options.dataDir, record(pid, uri, 'starting')),
      );
    } catch (error) {
      await removeServerRecord(options.dataDir);
      const retry = error instanceof LaunchError && error.portInUse && options.port === undefined && attempt < PORT_ATTEMPTS;
      if (!retry) throw error;
    }
  }
}

function record(pid: number, uri: string, state: 'starting' | 'ready') {
  return { pid, uri, state, ownerPid: process.pid, startedAt: new Date().toISOString() };
}
