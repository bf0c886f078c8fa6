import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { waitForBolt } from './bolt-probe.js';
import { EmbeddedNeo4jError } from './errors.js';
import { onProcessExit } from './exit-hooks.js';
import { withFileLock } from './file-lock.js';
import { findFreePort } from './free-port.js';
import { resolveJava } from './java-runtime.js';
import { DEFAULT_MEMORY, jvmOptions, pageCacheFor, resolveMemory } from './jvm-options.js';
import type { JvmSettings, MemorySettings } from './jvm-options.js';
import { LaunchError, launchNeo4jProcess } from './launch-process.js';
import type { LaunchedServer } from './launch-process.js';
import { defaultLogFileOf, LAUNCHER_CLASS, startLockOf } from './paths.js';
import { prepareEmbeddedNeo4j } from './prepare.js';
import { isProcessRunning } from './process-alive.js';
import { readServerRecord, removeServerRecord, removeServerRecordSync, writeServerRecord } from './server-file.js';
import type { ServerRecord } from './server-file.js';

export interface EmbeddedNeo4jOptions {
  /** Neo4j home for this server: the store lives in `<dataDir>/data`, Neo4j's own logs in `<dataDir>/logs`. */
  dataDir: string;
  /** Where the server's stdout/stderr go; default `<dataDir>.log` next to the data dir. */
  logFile?: string;
  /** Bolt port on 127.0.0.1; default: a free port. */
  port?: number;
  /** Database name (Community has one user database); default `neo4j`. */
  database?: string;
  /**
   * Heap and page cache; env NEO4J_HEAP / NEO4J_PAGECACHE override these. Default: heap 1g, and a
   * page cache sized from the store on disk (jvm-options.ts `pageCacheFor`).
   */
  memory?: Partial<MemorySettings>;
  /**
   * Trade run-time speed for a start-up about twice as fast (C1-only JIT); for tests only. A server
   * started with it is never reused by a caller without it: that caller fails with server_mismatch.
   */
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
  /** What the server's JVM runs with; undefined for a reused server registered before this was recorded. */
  jvm?: JvmSettings;
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
  const quickStart = options.quickStart ?? false;
  await mkdir(dataDir, { recursive: true });
  await mkdir(path.dirname(logFile), { recursive: true });

  const lock = await withFileLock(
    startLockOf(dataDir),
    { timeoutMs, onWait: (pid) => options.log?.(`waiting for process ${pid ?? '?'} starting Neo4j on ${dataDir}…`) },
    async () => {
      const reused = await reuseRegisteredServer(dataDir, logFile, Date.now() + timeoutMs, quickStart);
      if (reused) {
        const memory = reused.jvm ? `; heap ${reused.jvm.memory.heap}, page cache ${reused.jvm.memory.pageCache}` : '';
        options.log?.(`reusing Neo4j ${reused.uri} (pid ${reused.pid}) on ${dataDir}${memory}`);
        return reused;
      }
      const memory = resolveMemory(options.memory, process.env, await defaultMemoryFor(dataDir, options.database ?? 'neo4j'));
      const java = await resolveJava();
      await prepareEmbeddedNeo4j({ log: options.log });
      const jvm: JvmSettings = { memory, quickStart, options: jvmOptions(memory, quickStart) };
      return launchOwned({ ...options, dataDir, logFile, timeoutMs, memory, jvm, javaBin: java.bin });
    },
  );
  if (!lock.acquired) {
    throw new EmbeddedNeo4jError('start_timeout', `process ${lock.holderPid ?? '?'} kept ${dataDir} busy starting Neo4j for too long`);
  }
  return lock.value;
}

/**
 * Why a caller cannot use the server `record` describes, or null when it can. A server started
 * with quickStart (C1-only JIT: a test's) runs Cypher markedly slower, so only a caller that asked
 * for quickStart itself may share it; anything that serves or measures must not end up on it.
 * It cannot be restarted in its place: it belongs to a live process (a server dies with its
 * owner), which would lose it mid-work. Heap and page cache do not refuse a reuse (the store can
 * only be opened once; sizes are a matter of speed): the reuse message names them.
 */
export function reuseRefusal(record: ServerRecord, wantsQuickStart: boolean): string | null {
  if (record.jvm?.quickStart && !wantsQuickStart) {
    return (
      `Neo4j process ${record.pid} on this data dir was started by process ${record.ownerPid} for tests ` +
      `(quickStart: C1-only JIT, much slower to run), so it is not reused for a server or a benchmark; ` +
      `stop process ${record.ownerPid} or use another RADSLAG_DATA_DIR`
    );
  }
  return null;
}

/**
 * The default memory for a new server on `dataDir`: heap DEFAULT_MEMORY.heap, page cache sized
 * from the store as it is on disk now (pageCacheFor). Lucene's index folders are left out: they
 * are read through the OS file cache, not the page cache.
 */
async function defaultMemoryFor(dataDir: string, database: string): Promise<MemorySettings> {
  const store = path.join(dataDir, 'data', 'databases', database);
  return { heap: DEFAULT_MEMORY.heap, pageCache: pageCacheFor(await bytesUnder(store, /^(fulltext|vector)-/)) };
}

async function bytesUnder(dir: string, skip: RegExp): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  let total = 0;
  for (const entry of entries) {
    if (skip.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await bytesUnder(full, skip);
    else if (entry.isFile()) total += (await stat(full).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

/** A registered server whose process lives and whose Bolt answers; a stale record is removed. */
async function reuseRegisteredServer(
  dataDir: string,
  logFile: string,
  deadline: number,
  wantsQuickStart: boolean,
): Promise<EmbeddedNeo4j | undefined> {
  const record = await readServerRecord(dataDir);
  if (!record) return undefined;
  const alive = () => isProcessRunning(record.pid, LAUNCHER_CLASS);
  if (!alive()) {
    await removeServerRecord(dataDir, record.pid);
    return undefined;
  }
  const refusal = reuseRefusal(record, wantsQuickStart);
  if (refusal) throw new EmbeddedNeo4jError('server_mismatch', `${refusal} (${dataDir})`);
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
  return {
    uri: record.uri,
    pid: record.pid,
    dataDir,
    logFile,
    owned: false,
    ...(record.jvm ? { jvm: record.jvm } : {}),
    stop: async () => undefined,
  };
}

type LaunchOwnedOptions = EmbeddedNeo4jOptions & {
  dataDir: string;
  logFile: string;
  timeoutMs: number;
  memory: MemorySettings;
  jvm: JvmSettings;
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
  await writeServerRecord(options.dataDir, record(server.pid, server.uri, 'ready', options.jvm));

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
  return { uri: server.uri, pid: server.pid, dataDir: options.dataDir, logFile: options.logFile, owned: true, jvm: options.jvm, stop };
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
          quickStart: options.jvm.quickStart,
          logFile: options.logFile,
          timeoutMs: options.timeoutMs,
        },
        (pid) => writeServerRecord(options.dataDir, record(pid, uri, 'starting', options.jvm)),
      );
    } catch (error) {
      await removeServerRecord(options.dataDir);
      const retry = error instanceof LaunchError && error.portInUse && options.port === undefined && attempt < PORT_ATTEMPTS;
      if (!retry) throw error;
    }
  }
}

function record(pid: number, uri: string, state: 'starting' | 'ready', jvm: JvmSettings): ServerRecord {
  return { pid, uri, state, ownerPid: process.pid, startedAt: new Date().toISOString(), jvm };
}
