import type { IngestOutcome, IngestSession } from './ingest-session.js';

/** How many documents may be read and annotated ahead of the one being written. */
export const DEFAULT_LOOKAHEAD = 2;

/**
 * Runs `prepare` over `items` up to `lookahead` items ahead of the consumer and yields the results
 * in input order. The consumer's own work on one result (a write) overlaps the preparation of the
 * next ones, while the consumer still handles one result at a time.
 */
export async function* preparedInOrder<T, R>(items: readonly T[], prepare: (item: T) => Promise<R>, lookahead = DEFAULT_LOOKAHEAD): AsyncGenerator<R> {
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
 * while the current one is written (Neo4j's CPU), so the two processes work at the same time
 * instead of taking turns. Writes stay strictly sequential and in input order, one transaction
 * per meeting, so the graph and the report are the same as without the lookahead.
 *
 * A consumer that stops early (the graph went away) leaves at most `lookahead` prepared documents
 * unwritten; preparing writes nothing, so nothing is half done.
 */
export async function* ingestInOrder(session: IngestSession, paths: readonly string[], lookahead = DEFAULT_LOOKAHEAD): AsyncGenerator<IngestOutcome> {
  // lookahead + 1: the one about to be written is taken from the window, the rest prepare meanwhile.
  for await (const prepared of preparedInOrder(paths, (path) => session.preparePath(path), lookahead + 1)) yield await session.commit(prepared);
}
