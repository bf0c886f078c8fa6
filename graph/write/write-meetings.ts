import { GraphError } from '../db/errors.js';
import { bumpGraphVersion } from '../db/graph-version.js';
import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import type { GraphWriter, StatementRunner } from '../db/ports.js';
import * as Q from './statements.js';
import {
  checkEmbedder,
  prepareWrite,
  REFUSE_OTHER_DOCUMENT,
  replaceMeeting,
  resultOf,
  unwrapDomainError,
  writeMeeting,
  writeParamsOf,
  type PreparedWrite,
  type WriteResult,
  type WritePolicy,
  type WriteStatus,
} from './write-meeting.js';

/**
 * How many meetings share a transaction by default: enough to spread a commit's fixed cost thin.
 * Not more: every commit flushes the vector index's new vectors as a Lucene segment of their own,
 * and bigger segments make its approximate search miss more. Twenty meetings wrote about a tenth
 * faster at 2,000 meetings, but recall@10 against an exact scan fell from 0.998 to 0.970 at 200
 * (`npm run bench -- --quick`), and the aim (≥ 0.95 at 10,000) had little room to give.
 */
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
  /**
   * How the fallback writes one meeting (the ingest session retries lost constraint races there);
   * by default writeMeeting under `policy`.
   */
  writeOne?: (executor: GraphWriter, meeting: AnnotatedMeeting) => Promise<WriteResult>,
  policy: WritePolicy = REFUSE_OTHER_DOCUMENT,
): Promise<BatchWriteEntry[]> {
  const one = writeOne ?? ((ex: GraphWriter, meeting: AnnotatedMeeting) => writeMeeting(ex, meeting, policy));
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
          const out = await writeBatch(tx, writes, policy);
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
    else results.push(await writeAlone(() => one(executor, entry.meeting)));
  }
  return results;
}

/**
 * A batch's meetings inside the caller's transaction, in order. The usual batch (meetings the graph
 * does not hold, from files it has not read, or ones it holds unchanged) takes four round trips
 * whatever its size: one probe for all, the embedder check, one statement writing and linking every
 * new meeting (Q.WRITE_NEW_MEETINGS), the caller's version bump. Anything else (a meeting to replace,
 * a source read before under another id, two meetings of the batch sharing an id or a source) takes
 * `replaceMeeting` one meeting at a time, as a single write does. Both end in the same graph.
 *
 * Why: on a two-core machine each round trip costs a few milliseconds of waiting on both sides;
 * with three reads, the write and the chronology link per meeting (about fifty per batch) the write
 * stage spent a quarter of its time between statements, and Node's preparation of the next
 * documents held up each reply in turn.
 */
async function writeBatch(tx: StatementRunner, writes: readonly PreparedWrite[], policy: WritePolicy): Promise<WriteStatus[]> {
  const probed = await probeNew(tx, writes);
  if (!probed) {
    const out: WriteStatus[] = [];
    for (const write of writes) out.push(await replaceMeeting(tx, write, policy));
    return out;
  }
  const fresh = writes.filter((_, i) => probed[i] === 'created');
  if (fresh.length > 0) {
    const embedders = new Map(
      fresh.flatMap(({ meeting: { embedder } }) => (embedder ? [[`${embedder.id}|${embedder.dimensions}`, embedder]] : [])),
    );
    for (const embedder of embedders.values()) await checkEmbedder(tx, embedder);
    await tx.run(Q.WRITE_NEW_MEETINGS, { [Q.WRITE_PARAM]: { meetings: fresh.map(({ rows }) => writeParamsOf(rows)) } });
  }
  return probed;
}

/**
 * Each meeting's status when every one of them is new (`created`) or stored unchanged; null when any
 * needs `replaceMeeting`, or two of them share an id, a source path or a source hash (the probe,
 * made before any of them is written, cannot see how one would change what the other finds).
 */
async function probeNew(tx: StatementRunner, writes: readonly PreparedWrite[]): Promise<WriteStatus[] | null> {
  const probes = writes.map(({ meeting }) => ({
    id: meeting.id,
    path: meeting.minutes.source.path,
    sha256: meeting.minutes.source.sha256,
  }));
  for (const field of ['id', 'path', 'sha256'] as const) {
    if (new Set(probes.map((probe) => probe[field])).size < probes.length) return null;
  }
  const rows = await tx.run(Q.PROBE_MEETINGS, { probe: { meetings: probes } });
  const found = new Map(rows.map((row) => [String(row.id), row]));
  const statuses: WriteStatus[] = [];
  for (const { meeting, rows: meetingRows } of writes) {
    const row = found.get(meeting.id);
    if (!row) return null;
    if (row.stored === true && row.fingerprint === meetingRows.meeting.fingerprint) statuses.push('unchanged');
    else if (row.stored !== true && (row.sameSource as unknown[]).length === 0) statuses.push('created');
    else return null;
  }
  return statuses;
}

async function writeAlone(write: () => Promise<WriteResult>): Promise<BatchWriteEntry> {
  try {
    return { ok: true, result: await write() };
  } catch (error) {
    return { ok: false, error };
  }
}

const isGraphGone = (error: unknown): boolean => error instanceof GraphError && error.code === 'graph_unavailable';
