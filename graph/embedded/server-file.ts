import { readFileSync, rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { serverFileOf } from './paths.js';

/**
 * `radslag-server.json` in a data dir: which launcher process serves that store and where.
 * Written right after spawning (state `starting`) and again once Bolt answers (`ready`), so a
 * second process can wait for a server that is still starting instead of colliding with it.
 */
export const serverRecordSchema = z.object({
  pid: z.number().int().positive(),
  uri: z.string(),
  state: z.enum(['starting', 'ready']),
  ownerPid: z.number().int().positive(),
  startedAt: z.string(),
  /**
   * What the JVM runs with, so a process that would reuse the server can tell whether it suits
   * (embedded-neo4j.ts `reuseRefusal`). Absent in records written before it was kept: such a server
   * was started without quickStart unless a test started it, and tests use throwaway data dirs.
   */
  jvm: z
    .object({
      quickStart: z.boolean(),
      memory: z.object({ heap: z.string(), pageCache: z.string() }),
      options: z.array(z.string()),
    })
    .optional(),
});
export type ServerRecord = z.infer<typeof serverRecordSchema>;

/** The record, or undefined when the file is missing or unreadable (a half-written file counts as missing). */
export async function readServerRecord(dataDir: string): Promise<ServerRecord | undefined> {
  const text = await readFile(serverFileOf(dataDir), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const parsed = serverRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function writeServerRecord(dataDir: string, record: ServerRecord): Promise<void> {
  await writeFile(serverFileOf(dataDir), `${JSON.stringify(record, null, 2)}\n`);
}

/** Removes the record, but only if it still describes `pid` (a newer server may have replaced it). */
export async function removeServerRecord(dataDir: string, pid?: number): Promise<void> {
  if (pid !== undefined) {
    const current = await readServerRecord(dataDir);
    if (current && current.pid !== pid) return;
  }
  await rm(serverFileOf(dataDir), { force: true });
}

/** Synchronous variant for process 'exit' handlers, where nothing async runs any more. */
export function removeServerRecordSync(dataDir: string, pid: number): void {
  try {
    const current = JSON.parse(readFileSync(serverFileOf(dataDir), 'utf8')) as { pid?: unknown };
    if (current.pid === pid) rmSync(serverFileOf(dataDir), { force: true });
  } catch {
    // Missing or unreadable: nothing to remove.
  }
}
