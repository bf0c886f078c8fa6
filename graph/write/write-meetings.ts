import { GraphError } from '../db/errors.js';
import { bumpGraphVersion } from '../db/graph-version.js';
import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import type { GraphWriter } from '../db/ports.js';
import {
  prepareWrite,
  replaceMeeting,
  resultOf,
  unwrapDomainError,
  writeMeeting,
  type PreparedWrite,
  type WriteResult,
  type WriteStatus,
} from './write-meeting.js';

/** How many meetings share a transaction by default: enough to spread a commit's fixed cost thin. */
export const DEFAULT_WRITE_BATCH = 10;

/** One meeting's fate in a batch: written (or found unchanged), or the error that stopped it alone. */
export type BatchWriteEntry = { ok: true; result: WriteResult } | { ok: false; error: unknown };

/**
 * Writes several meetings in ONE transaction, in order, and falls back to one transaction per
 * meeting when that fails, so a meeting that cannot be written costs the others nothing.
 *
 * Why: a commit has a fixed cost (the vector index's reader refresh, the log force, a round trip)
 * of about 20 ms on the reference machine, as much as writing a whole meeting. Sharing it over ten
 * meetings lifts the write stage from about 15 to about 25 meetings/s. A meeting is still never
 * split across transactions, so the graph never holds part of one: a batch commits whole or not at
 * all, and the fallback writes each meeting whole. When the graph is gone, every meeting of the
 * batch fails with `graph_unavailable` and nothing is retried.
 */
export async function writeMeetings(
  executor: GraphWriter,
  inputs: readonly AnnotatedMeeting[],
  /** How the fallback writes one meeting (the ingest session retries lost constraint races there). */
  writeOne: (executor: GraphWriter, meeting: AnnotatedMeeting) => Promise<WriteResult> = writeMeeting,
): Promise<BatchWriteEntry[]> {
  const entries: (BatchWriteEntry | PreparedWrite)[] = inputs.map((input) => {
    try {
      return prepareWrite(input);
    } catch (error) {
      return { ok: false, error };
    }
  });
  const writes = entries.filter((e): e is PreparedWrite => !('ok' in e));
  if (writes.length === 0) return entries as BatchWriteEntry[];

  let statuses: WriteStatus[] | null = null;
  let batchError: unknown = null;
  if (writes.length > 1) {
    try {
      statuses = await unwrapDomainError(() =>
        executor.write(async (tx) => {
          const out: WriteStatus[] = [];
          for (const write of writes) out.push(await replaceMeeting(tx, write));
          if (out.some((status) => status !== 'unchanged')) await bumpGraphVersion(tx);
          return out;
        }),
      );
    } catch (error) {
      batchError = error;
    }
  }

  const results: BatchWriteEntry[] = [];
  let next = 0;
  for (const entry of entries) {
    if ('ok' in entry) {
      results.push(entry);
      continue;
    }
    const index = next++;
    if (statuses) results.push({ ok: true, result: resultOf(entry, statuses[index]!) });
    else if (isGraphGone(batchError)) results.push({ ok: false, error: batchError });
    else results.push(await writeAlone(() => writeOne(executor, entry.meeting)));
  }
  return results;
}

async function writeAlone(write: () => Promise<WriteResult>): Promise<BatchWriteEntry> {
  try {
    return { ok: true, result: await write() };
  } catch (error) {
    return { ok: false, error };
  }
}

const isGraphGone = (error: unknown): boolean => error instanceof GraphError && error.code === 'graph_unavailable';
