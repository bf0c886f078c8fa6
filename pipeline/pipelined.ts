import { DEFAULT_WRITE_BATCH } from '../graph/write/write-meetings.js';
import type { DocumentOptions, IngestOutcome, IngestSession, PreparedDocument } from './ingest-session.js';

/** How many documents may be read and annotated ahead of the one being written. */
export const DEFAULT_LOOKAHEAD = 2;

/**
 * Runs `prepare` over `items` up to `lookahead` items ahead of the consumer and yields the results
 * in input order. The consumer's own work on one result (a write) overlaps the preparation of the
 * next ones, while the consumer still handles one result at a time.
 */
export async function* preparedInOrder<T, R>(
  items: readonly T[],
  prepare: (item: T) => Promise<R>,
  lookahead = DEFAULT_LOOKAHEAD,
): AsyncGenerator<R> {
  const ahead: Promise<R>[] = [];
  let next = 0;
  const fill = (): void => {
    while (ahead.length < lookahead && next < items.length) ahead.push(prepare(items[next++]!));
  };
  fill();
  while (ahead.length > 0) {
    const result = await ahead.shift()!;
    yield result; // the consumer works on it here; the ones already ahead keep preparing
    fill();
  }
}

/**
 * Ingests `paths` in order, preparing the next documents (read, parse, enrich, embed: Node's CPU)
 * while the current batch is written (Neo4j's CPU), so the two processes work at the same time
 * instead of taking turns. Writes stay sequential and in input order, `batchSize` meetings to a
 * transaction (a meeting is never split), so the graph and the report are the same as one at a time.
 *
 * A consumer that stops early (the graph went away) leaves at most a batch and its lookahead of
 * prepared documents unwritten; preparing writes nothing, so nothing is half done.
 */
export function ingestInOrder(
  session: IngestSession,
  paths: readonly string[],
  batchSize = DEFAULT_WRITE_BATCH,
  options: DocumentOptions = {},
): AsyncGenerator<IngestOutcome> {
  return commitInOrder(session, paths, (path) => session.preparePath(path, options), batchSize);
}

/** As ingestInOrder, for any source of documents (files in memory, uploads): `prepare` reads and annotates one. */
export async function* commitInOrder<T>(
  session: IngestSession,
  items: readonly T[],
  prepare: (item: T) => Promise<PreparedDocument>,
  batchSize = DEFAULT_WRITE_BATCH,
): AsyncGenerator<IngestOutcome> {
  for await (const batch of inBatches(preparedInOrder(items, prepare, lookaheadFor(batchSize)), batchSize)) {
    yield* await session.commitBatch(batch);
  }
}

/** While one batch is written, the next one prepares: twice the batch, and never less than the one-at-a-time window. */
export const lookaheadFor = (batchSize: number): number => Math.max(DEFAULT_LOOKAHEAD + 1, 2 * batchSize);

/** Groups an ordered stream into arrays of `size` (the last may be shorter). */
export async function* inBatches<R>(source: AsyncIterable<R>, size: number): AsyncGenerator<R[]> {
  let batch: R[] = [];
  for await (const item of source) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
