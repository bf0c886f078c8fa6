import type { IngestOutcome, IngestSession, PreparedDocument } from './ingest-session.js';

/** How many documents may be read and annotated ahead of the one being written. */
export const DEFAULT_LOOKAHEAD = 2;

/**
 * Ingests `paths` in order, preparing the next documents (read, parse, enrich, embed: Node's CPU)
 * while the current one is written (Neo4j's CPU), so the two processes work at the same time
 * instead of taking turns. Writes stay strictly sequential and in input order, one transaction
 * per meeting, so the graph and the report are the same as without the lookahead.
 *
 * A consumer that stops early (the graph went away) leaves at most `lookahead` prepared documents
 * unwritten; preparing writes nothing, so nothing is half done.
 */
export async function* ingestInOrder(
  session: IngestSession,
  paths: readonly string[],
  lookahead = DEFAULT_LOOKAHEAD,
): AsyncGenerator<IngestOutcome> {
  const ahead: Promise<PreparedDocument>[] = [];
  let next = 0;
  const fill = (): void => {
    while (ahead.length <= lookahead && next < paths.length) ahead.push(session.preparePath(paths[next++]!));
  };
  fill();
  while (ahead.length > 0) {
    const writing = session.commit(await ahead.shift()!);
    fill();
    yield await writing;
  }
}
