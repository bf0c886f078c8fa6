import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EmbeddedNeo4jError, USE_A_SERVER_HINT } from './errors.js';
import { withFileLock } from './file-lock.js';
import { CLASSES_DIR, JAVA_SOURCE_DIR, LAUNCHER_CLASS_FILE, LIB_DIR, POM_FILE, PREPARED_STAMP, PREPARE_LOCK, TARGET_DIR } from './paths.js';

export interface PrepareOptions {
  /** Rebuild even when the stamp says the jars are current. */
  force?: boolean;
  /** Progress messages ("resolving Neo4j jars with Maven…"). */
  log?: (message: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** What `prepareEmbeddedNeo4j` did. */
export interface PrepareResult {
  built: boolean;
  seconds: number;
}

const MAVEN_TIMEOUT_MS = 20 * 60_000;

/**
 * Makes sure the launcher is compiled and the Neo4j jars sit in target/lib, running Maven only
 * when they are missing or the pom / launcher source changed since the last build (the stamp holds
 * their hash). After one successful run no network is needed. Safe to call from parallel processes.
 */
export async function prepareEmbeddedNeo4j(options: PrepareOptions = {}): Promise<PrepareResult> {
  const started = Date.now();
  const inputsHash = await hashInputs();
  if (!options.force && (await isPrepared(inputsHash))) return { built: false, seconds: 0 };

  await mkdir(TARGET_DIR, { recursive: true });
  const lock = await withFileLock(
    PREPARE_LOCK,
    { timeoutMs: MAVEN_TIMEOUT_MS, onWait: () => options.log?.('waiting for another process preparing the Neo4j jars…') },
    async () => {
      // Another process may have finished the build while we waited for the lock.
      if (!options.force && (await isPrepared(inputsHash))) return false;
      const env = options.env ?? process.env;
      await runMaven(env, ['--version']); // fails with maven_missing before anything is deleted
      options.log?.('preparing the embedded Neo4j with Maven (first time: downloads ~125 MB)…');
      // copy-dependencies never deletes jars, so a version bump would leave two Neo4j versions on the classpath.
      await rm(LIB_DIR, { recursive: true, force: true });
      await rm(CLASSES_DIR, { recursive: true, force: true });
      await runMaven(env, ['-q', '-B', '-f', POM_FILE, 'package']);
      await writeFile(PREPARED_STAMP, JSON.stringify({ inputsHash, preparedAt: new Date().toISOString() }, null, 2));
      return true;
    },
  );
  if (!lock.acquired) {
    throw new EmbeddedNeo4jError('maven_failed', `timed out waiting for process ${lock.holderPid ?? '?'} to prepare the Neo4j jars`);
  }
  return { built: lock.value, seconds: (Date.now() - started) / 1000 };
}

/** True when target/ holds a build of exactly the current pom and launcher source. */
export async function isPrepared(inputsHash?: string): Promise<boolean> {
  if (!existsSync(LAUNCHER_CLASS_FILE) || !existsSync(LIB_DIR)) return false;
  const stamp = await readFile(PREPARED_STAMP, 'utf8').then(
    (text) => JSON.parse(text) as { inputsHash?: string },
    () => undefined,
  );
  return stamp?.inputsHash === (inputsHash ?? (await hashInputs()));
}

/** sha256 over the pom and every launcher source file, in a stable order. */
async function hashInputs(): Promise<string> {
  const hash = createHash('sha256');
  const files = [POM_FILE, ...(await listFiles(JAVA_SOURCE_DIR)).sort()];
  for (const file of files) {
    hash
      .update(path.relative(TARGET_DIR, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex');
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** RADSLAG_MVN overrides the `mvn` on PATH (which honours the user's mirrors and proxies in ~/.m2/settings.xml). */
export function mavenBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.RADSLAG_MVN || 'mvn';
}

function runMaven(env: NodeJS.ProcessEnv, args: string[]): Promise<void> {
  const bin = mavenBinary(env);
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: MAVEN_TIMEOUT_MS });
    const output: string[] = [];
    const keep = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new EmbeddedNeo4jError(
              'maven_missing',
              `Maven is needed once to download the Neo4j jars into ${LIB_DIR}, but \`${bin}\` was not found. ` +
                `Install Maven 3.8+ (Debian: apt install maven) and run \`npm run neo4j:prepare\`. ${USE_A_SERVER_HINT}`,
              [],
              { cause: error },
            )
          : new EmbeddedNeo4jError('maven_failed', `could not run \`${bin}\`: ${error.message}`, [], { cause: error }),
      );
    });
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      reject(
        new EmbeddedNeo4jError(
          'maven_failed',
          `\`${bin} ${args.join(' ')}\` failed (${signal ?? `exit code ${code}`}); check network access to Maven Central ` +
            `or your mirror in ~/.m2/settings.xml. ${USE_A_SERVER_HINT}`,
          output.slice(-30),
        ),
      );
    });
  });
}
