import { spawn } from 'node:child_process';
import path from 'node:path';
import { EmbeddedNeo4jError, USE_A_SERVER_HINT } from './errors.js';

/** Neo4j 5.26 LTS runs on Java 17 and 21. */
export const MIN_JAVA_MAJOR = 17;

/** A Java runtime that can run the launcher. */
export interface JavaRuntime {
  bin: string;
  major: number;
  versionLine: string;
}

/** Which `java` to use: RADSLAG_JAVA (a binary), then JAVA_HOME/bin/java, then `java` on PATH. */
export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RADSLAG_JAVA) return env.RADSLAG_JAVA;
  if (env.JAVA_HOME) return path.join(env.JAVA_HOME, 'bin', 'java');
  return 'java';
}

/** Finds Java and checks its version, or fails with an error that says what to install. */
export async function resolveJava(env: NodeJS.ProcessEnv = process.env): Promise<JavaRuntime> {
  const bin = javaBinary(env);
  let output: string;
  try {
    output = await captureVersion(bin, env);
  } catch (error) {
    throw new EmbeddedNeo4jError(
      'java_missing',
      `Java ${MIN_JAVA_MAJOR}+ is needed for the embedded Neo4j, but \`${bin}\` could not be run ` +
        `(${(error as Error).message}). Install a JDK or JRE ${MIN_JAVA_MAJOR} or 21 ` +
        `(Debian: apt install openjdk-17-jre-headless) or point JAVA_HOME or RADSLAG_JAVA at one. ${USE_A_SERVER_HINT}`,
      [],
      { cause: error },
    );
  }
  const versionLine = output.split('\n').find((line) => /version "/.test(line)) ?? output.trim();
  const major = parseJavaMajor(versionLine);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new EmbeddedNeo4jError(
      'java_too_old',
      `the embedded Neo4j needs Java ${MIN_JAVA_MAJOR}+, but \`${bin}\` is ${versionLine || 'of unknown version'}. ` +
        `Install Java ${MIN_JAVA_MAJOR} or 21 and point JAVA_HOME or RADSLAG_JAVA at it. ${USE_A_SERVER_HINT}`,
    );
  }
  return { bin, major, versionLine };
}

/** `openjdk version "17.0.15"` → 17; `java version "1.8.0_392"` → 8. */
export function parseJavaMajor(versionLine: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionLine);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

// `java -version` writes to stderr; a missing binary surfaces as a spawn 'error' (ENOENT, EACCES).
function captureVersion(bin: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['-version'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`exit code ${code}: ${output.trim().split('\n')[0] ?? ''}`)),
    );
  });
}
