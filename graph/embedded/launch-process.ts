import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { EmbeddedNeo4jError, USE_A_SERVER_HINT } from './errors.js';
import type { EmbeddedNeo4jErrorCode } from './errors.js';
import { jvmOptions } from './jvm-options.js';
import type { MemorySettings } from './jvm-options.js';
import { CLASSPATH, LAUNCHER_CLASS } from './paths.js';

export interface LaunchOptions {
  javaBin: string;
  dataDir: string;
  port: number;
  database: string;
  memory: MemorySettings;
  /** Faster start, slower run (see jvmOptions). */
  quickStart: boolean;
  logFile: string;
  /** How long to wait for the READY line. */
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running launcher process that printed READY. */
export interface LaunchedServer {
  pid: number;
  uri: string;
  exited: Promise<ExitInfo>;
  isRunning(): boolean;
  logTail(): string[];
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone and its log is flushed. */
  terminate(graceMs?: number): Promise<ExitInfo>;
  /** For 'exit' handlers: signal the process without waiting. */
  terminateSync(): void;
}

/** Why a launch failed before READY; `portInUse` lets the caller retry on another port. */
export class LaunchError extends EmbeddedNeo4jError {
  constructor(
    code: EmbeddedNeo4jErrorCode,
    message: string,
    logTail: string[],
    readonly portInUse = false,
    options?: { cause?: unknown },
  ) {
    super(code, message, logTail, options);
  }
}

const TAIL_LINES = 40;

/**
 * Spawns the Java launcher, streams its output to `logFile`, and resolves once it prints
 * `RADSLAG_NEO4J_READY <uri>`. `onSpawned` runs right after the spawn (to register the pid).
 * Rejects with store_locked / start_failed / start_timeout, including the last log lines.
 */
export function launchNeo4jProcess(options: LaunchOptions, onSpawned: (pid: number) => Promise<void>): Promise<LaunchedServer> {
  const args = [
    ...jvmOptions(options.memory, options.quickStart),
    '-cp',
    CLASSPATH,
    LAUNCHER_CLASS,
    '--home',
    options.dataDir,
    '--port',
    String(options.port),
    '--pagecache',
    options.memory.pageCache,
    '--database',
    options.database,
  ];
  const log = createWriteStream(options.logFile, { flags: 'a' });
  log.on('error', () => undefined); // a log that cannot be written must not take the server down
  let logOpen = true;
  const writeLog = (text: string) => logOpen && log.write(text);
  const endLog = (text: string, done: () => void = () => undefined) => {
    if (!logOpen) return done();
    logOpen = false;
    log.end(text, done);
  };
  writeLog(`--- ${new Date().toISOString()} radslag: starting Neo4j on ${options.dataDir}, port ${options.port}\n`);
  const tail: string[] = [];
  const child = spawn(options.javaBin, args, {
    cwd: options.dataDir,
    env: options.env ?? process.env,
    // stdin stays an open pipe that we never write: its EOF tells the launcher that we died.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<ExitInfo>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  // 'close' comes after the last output line; only then is the log complete.
  const closed = new Promise<void>((resolve) =>
    child.once('close', (code, signal) =>
      endLog(`--- ${new Date().toISOString()} radslag: Neo4j exited (${signal ?? `code ${code}`})\n`, resolve),
    ),
  );
  child.once('error', (error) => endLog(`--- radslag: could not start ${options.javaBin}: ${error.message}\n`));

  return new Promise<LaunchedServer>((resolve, reject) => {
    let failure: { code: string; message: string } | undefined;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle(() =>
        reject(
          new LaunchError(
            'start_timeout',
            `Neo4j did not start within ${Math.round(options.timeoutMs / 1000)} s (log: ${options.logFile}, ` +
              `${path.join(options.dataDir, 'logs', 'debug.log')})`,
            [...tail],
          ),
        ),
      );
    }, options.timeoutMs);

    const onLine = (line: string) => {
      writeLog(`${line}\n`);
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      const ready = /^RADSLAG_NEO4J_READY (\S+)/.exec(line);
      if (ready?.[1]) {
        const uri = ready[1];
        settle(() => resolve(handle(child, uri, exited, closed, tail)));
      }
      const failed = /^RADSLAG_NEO4J_FAILED (\S+) (.*)$/.exec(line);
      if (failed?.[1]) failure = { code: failed[1], message: failed[2] ?? '' };
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);

    child.once('error', (error: NodeJS.ErrnoException) => {
      settle(() =>
        reject(
          new LaunchError('java_missing', `could not run \`${options.javaBin}\`: ${error.message}. ${USE_A_SERVER_HINT}`, [], false, {
            cause: error,
          }),
        ),
      );
    });
    child.once('spawn', () => {
      onSpawned(child.pid!).catch((error: unknown) => {
        child.kill('SIGKILL');
        settle(() => reject(error));
      });
    });
    void exited.then((info) => settle(() => reject(failedBeforeReady(options, info, failure, [...tail]))));
  });
}

function failedBeforeReady(
  options: LaunchOptions,
  info: ExitInfo,
  failure: { code: string; message: string } | undefined,
  tail: string[],
): LaunchError {
  if (failure?.code === 'store_locked') {
    return new LaunchError(
      'store_locked',
      `store locked: the Neo4j store in ${options.dataDir} is in use by another process that Rådslag did not ` +
        `start (another Neo4j, or a server whose radslag-server.json is gone). Stop that process or use another ` +
        `RADSLAG_DATA_DIR. ${USE_A_SERVER_HINT}`,
      [],
    );
  }
  const portInUse = tail.some((line) => /already in use|BindException|PortBindException/i.test(line));
  const reason = failure ? `${failure.code}: ${failure.message}` : `exited with ${info.signal ?? `code ${info.code}`}`;
  return new LaunchError(
    'start_failed',
    `Neo4j failed to start on ${options.dataDir} (${reason}); log: ${options.logFile}`,
    tail,
    portInUse,
  );
}

function handle(child: ChildProcess, uri: string, exited: Promise<ExitInfo>, closed: Promise<void>, tail: string[]): LaunchedServer {
  let running = true;
  void exited.then(() => (running = false));
  // The server must not keep a Node process alive on its own; the exit hooks stop it when Node leaves.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void })?.unref?.();
  return {
    pid: child.pid!,
    uri,
    exited,
    isRunning: () => running,
    logTail: () => [...tail],
    async terminate(graceMs = 30_000) {
      if (!running) {
        await closed;
        return exited;
      }
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const info = await exited;
      clearTimeout(timer);
      await closed;
      return info;
    },
    terminateSync() {
      if (running) child.kill('SIGTERM');
    },
  };
}
