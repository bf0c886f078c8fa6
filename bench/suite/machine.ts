import os from 'node:os';
import { resolveJava } from '../../graph/embedded/java-runtime.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  java: string;
}

/** What the figures were measured on: they are only comparable on like machines. */
export async function describeMachine(): Promise<Machine> {
  const cpus = os.cpus();
  let java = 'unknown';
  try {
    java = (await resolveJava()).versionLine.trim();
  } catch {
    // no Java: the bench fails later at the embedded Neo4j, with the launcher's own message
  }
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java,
  };
}
