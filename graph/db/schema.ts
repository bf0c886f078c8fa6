import type { GraphExecutorLike, GraphReader, Row } from './ports.js';
import { EmbedderMismatchError } from '../write/errors.js';
import { backfillSearchTerms } from '../write/backfill-search-terms.js';
import { backfillTopicLinks } from '../write/backfill-topic-links.js';

/**
 * The graph's schema, created by code at start-up. Every statement is `IF NOT EXISTS`, so
 * running it again (every start) changes nothing; it only fails when the configured embedder
 * no longer fits the vectors already stored.
 */

export const PASSAGE_TEXT_INDEX = 'passage_text';
export const AGENDA_ITEM_TITLE_INDEX = 'agenda_item_title';
export const PASSAGE_VECTOR_INDEX = 'passage_embedding';
/**
 * A topic's passages by tag score: the index on a passage's ABOUT links' `topic` (the topic's slug,
 * graph/write/statements.ts PASSAGE_TOPICS) and `score`. Concern links have no score and item links
 * no topic, so neither is in it.
 */
export const PASSAGE_TOPIC_INDEX = 'passage_topic_score';
/**
 * A topic's concerns: the index on a concern's ABOUT links' `topic` and `concern` (the concern's key,
 * statements.ts CONCERNS). A topic's node holds thousands of passage links beside its concerns'; the
 * index reads only the concerns', and their keys without a read of the concern.
 */
export const CONCERN_TOPIC_INDEX = 'concern_topic';
/**
 * The property beside a passage's text and an item's title that holds its words' dictionary forms
 * and compound parts (language/search-terms.ts); indexed with the text by the full-text indexes.
 */
export const SEARCH_TERMS = 'searchTerms';
/** The single `(:EmbedderInfo)` node records which embedder made the stored vectors. */
export const EMBEDDER_INFO_KEY = 'passages';

const MAX_DIMENSIONS = 4096; // Neo4j 5's vector index limit

/** Uniqueness on every node key; composite keys are one string property `key` (graph/keys.ts). */
const CONSTRAINTS: ReadonlyArray<readonly [name: string, label: string, property: string]> = [
  ['meeting_id', 'Meeting', 'id'],
  ['body_key', 'Body', 'key'],
  ['person_key', 'Person', 'key'],
  ['organisation_key', 'Organisation', 'key'],
  ['agenda_item_key', 'AgendaItem', 'key'],
  ['passage_key', 'Passage', 'key'],
  ['topic_slug', 'Topic', 'slug'],
  ['concern_key', 'Concern', 'key'],
  ['follow_up_key', 'FollowUp', 'key'],
  ['embedder_info_key', 'EmbedderInfo', 'key'],
  ['graph_version_key', 'GraphVersion', 'key'],
];

const LOOKUP_INDEXES: ReadonlyArray<readonly [name: string, label: string, property: string]> = [
  ['meeting_date', 'Meeting', 'date'],
  ['meeting_body', 'Meeting', 'bodyKey'],
  ['meeting_previous_date', 'Meeting', 'previousMeetingDate'],
  ['meeting_source_path', 'Meeting', 'sourcePath'],
  // The write stage finds the meeting a file was written as by its hash (an undated meeting replaced once dated).
  ['meeting_source_sha256', 'Meeting', 'sourceSha256'],
  ['passage_meeting', 'Passage', 'meetingId'],
  ['concern_meeting', 'Concern', 'meetingId'],
  ['follow_up_meeting', 'FollowUp', 'meetingId'],
  ['person_name', 'Person', 'name'],
  ['organisation_name', 'Organisation', 'name'],
];

/**
 * Full-text indexes are eventually consistent: a consistent Lucene index refreshes its reader at
 * every commit, which was ~60 ms of Neo4j's CPU per meeting written (about a third of the write
 * stage). Updates are applied in the background instead, and every full-text query first waits
 * for them (AWAIT_FULLTEXT in graph/fulltext.ts), so a search still sees every committed write.
 */
const FULLTEXT_INDEXES: ReadonlyArray<readonly [name: string, label: string, properties: readonly string[]]> = [
  [PASSAGE_TEXT_INDEX, 'Passage', ['text', SEARCH_TERMS]],
  [AGENDA_ITEM_TITLE_INDEX, 'AgendaItem', ['title', SEARCH_TERMS]],
];

/** Names and labels above are constants of this module, never user input. */
const schemaStatements = (): string[] => [
  ...CONSTRAINTS.map(([name, label, prop]) => `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${prop} IS UNIQUE`),
  ...LOOKUP_INDEXES.map(([name, label, prop]) => `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${prop})`),
  `CREATE INDEX ${PASSAGE_TOPIC_INDEX} IF NOT EXISTS FOR ()-[a:ABOUT]-() ON (a.topic, a.score)`,
  `CREATE INDEX ${CONCERN_TOPIC_INDEX} IF NOT EXISTS FOR ()-[a:ABOUT]-() ON (a.topic, a.concern)`,
  // The Swedish analyzer stems ("vårdplatser" finds "vårdplats") and drops Swedish stop words.
  // Eventually consistent: see FULLTEXT_INDEXES.
  ...FULLTEXT_INDEXES.map(
    ([
      name,
      label,
      props,
    ]) => `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON EACH [${props.map((prop) => `n.${prop}`).join(', ')}]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'swedish', \`fulltext.eventually_consistent\`: true } }`,
  ),
];

/**
 * Quantization off: Neo4j 5.26 stores int8-quantized vectors in the index by default, which
 * scrambles the order of close neighbours (recall@10 against an exact scan fell to 0.74–0.77 in
 * `npm run bench`; 0.99 unquantized). The index is small next to the passages' text, so we keep it exact.
 */
const vectorIndexStatement = (dimensions: number): string =>
  `CREATE VECTOR INDEX ${PASSAGE_VECTOR_INDEX} IF NOT EXISTS FOR (n:Passage) ON (n.embedding)
   OPTIONS { indexConfig: { \`vector.dimensions\`: ${dimensions}, \`vector.similarity_function\`: 'cosine', \`vector.quantization.enabled\`: false } }`;

export interface SchemaOptions {
  /** Length of the passage vectors: the vector index is built for exactly this size. */
  dimensions: number;
  /** The configured embedder's id; when given it is recorded, and a different stored id is an error. */
  embedderId?: string;
  /** How long to wait for indexes to come ONLINE. */
  awaitSeconds?: number;
}

export interface StoredEmbedder {
  id: string | null;
  dimensions: number;
}

/** Creates constraints and indexes when missing and waits until they are ONLINE. */
export async function ensureSchema(executor: GraphExecutorLike, options: SchemaOptions): Promise<void> {
  const { dimensions } = options;
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > MAX_DIMENSIONS) {
    throw new RangeError(`vector dimensions must be an integer in 1..${MAX_DIMENSIONS}, got ${dimensions}`);
  }
  const configured = { id: options.embedderId ?? null, dimensions };
  const vectorConfig = await readVectorIndexConfig(executor);
  const indexDimensions = dimensionsOf(vectorConfig);
  if (indexDimensions !== null && indexDimensions !== dimensions) {
    throw new EmbedderMismatchError({ id: null, dimensions: indexDimensions }, configured);
  }
  const stored = await readStoredEmbedder(executor);
  if (stored !== null && !embedderFits(stored, configured)) throw new EmbedderMismatchError(stored, configured);

  // Indexes made by an earlier version with other options are rebuilt once (they repopulate from the store).
  if (vectorConfig?.['vector.quantization.enabled'] === true) {
    await executor.write((tx) => tx.run(`DROP INDEX ${PASSAGE_VECTOR_INDEX} IF EXISTS`));
  }
  for (const name of await readOutdatedFulltextIndexes(executor)) {
    if (name === PASSAGE_TEXT_INDEX) await executor.write((tx) => tx.run(`DROP INDEX ${PASSAGE_TEXT_INDEX} IF EXISTS`));
    if (name === AGENDA_ITEM_TITLE_INDEX) await executor.write((tx) => tx.run(`DROP INDEX ${AGENDA_ITEM_TITLE_INDEX} IF EXISTS`));
  }
  // Schema commands cannot share a transaction with each other or with data writes.
  for (const statement of [...schemaStatements(), vectorIndexStatement(dimensions)]) {
    await executor.write((tx) => tx.run(statement));
  }
  // Recorded even without an id, so the first embedded meeting is checked against the index's size.
  await recordEmbedder(executor, { id: options.embedderId ?? null, dimensions });
  await executor.write((tx) => tx.run('CALL db.awaitIndexes($seconds)', { seconds: options.awaitSeconds ?? 300 }));
  await backfillSearchTerms(executor);
  await backfillTopicLinks(executor);
}

/** Whether vectors made by `configured` can live beside those recorded as `stored`. */
export function embedderFits(stored: StoredEmbedder, configured: StoredEmbedder): boolean {
  if (stored.dimensions !== configured.dimensions) return false;
  return stored.id === null || configured.id === null || stored.id === configured.id;
}

export async function readStoredEmbedder(executor: GraphReader): Promise<StoredEmbedder | null> {
  const rows = await executor.read('MATCH (e:EmbedderInfo {key: $key}) RETURN e.id AS id, e.dimensions AS dimensions', {
    key: EMBEDDER_INFO_KEY,
  });
  const row = rows[0];
  return row ? { id: (row.id as string | null) ?? null, dimensions: Number(row.dimensions) } : null;
}

async function recordEmbedder(executor: GraphExecutorLike, embedder: StoredEmbedder): Promise<void> {
  await executor.write((tx) =>
    tx.run('MERGE (e:EmbedderInfo {key: $key}) SET e.id = coalesce($id, e.id), e.dimensions = toInteger($dimensions)', {
      key: EMBEDDER_INFO_KEY,
      ...embedder,
    }),
  );
}

/** The vector index's indexConfig, or null when the index does not exist yet. */
async function readVectorIndexConfig(executor: GraphExecutorLike): Promise<Record<string, unknown> | null> {
  const rows: Row[] = await executor.read('SHOW INDEXES YIELD name, options WHERE name = $name RETURN options', {
    name: PASSAGE_VECTOR_INDEX,
  });
  const options = rows[0]?.options as { indexConfig?: Record<string, unknown> } | undefined;
  return options?.indexConfig ?? null;
}

const dimensionsOf = (config: Record<string, unknown> | null): number | null => {
  const value = config?.['vector.dimensions'];
  return value === undefined || value === null ? null : Number(value);
};

/** The vector index's configured size, or null when it does not exist yet. */
export async function readVectorIndexDimensions(executor: GraphExecutorLike): Promise<number | null> {
  return dimensionsOf(await readVectorIndexConfig(executor));
}

/**
 * Our full-text indexes that exist but were made by an earlier version: not eventually consistent,
 * or over other properties (before the search terms field).
 */
export async function readOutdatedFulltextIndexes(executor: GraphExecutorLike): Promise<string[]> {
  const rows: Row[] = await executor.read(
    "SHOW INDEXES YIELD name, type, properties, options WHERE type = 'FULLTEXT' AND name IN $names RETURN name, properties, options",
    { names: FULLTEXT_INDEXES.map(([name]) => name) },
  );
  const wanted = new Map(FULLTEXT_INDEXES.map(([name, , properties]) => [name, properties.join(',')]));
  return rows
    .filter(
      (row) =>
        (row.options as { indexConfig?: Record<string, unknown> }).indexConfig?.['fulltext.eventually_consistent'] !== true ||
        (row.properties as string[]).join(',') !== wanted.get(row.name as string),
    )
    .map((row) => row.name as string);
}

/** Whether the vector index stores quantized vectors (Neo4j's default before we turned it off). */
export async function readVectorIndexQuantized(executor: GraphExecutorLike): Promise<boolean> {
  return (await readVectorIndexConfig(executor))?.['vector.quantization.enabled'] === true;
}

/**
 * For `npm run reindex`: forgets every stored vector and the recorded embedder, and rebuilds
 * the vector index for the new size. Passages stay; the caller re-embeds and rewrites them.
 */
export async function resetVectorIndex(executor: GraphExecutorLike, options: SchemaOptions): Promise<void> {
  await executor.write((tx) => tx.run(`DROP INDEX ${PASSAGE_VECTOR_INDEX} IF EXISTS`));
  // Batches of bounded size: `CALL … IN TRANSACTIONS` cannot run inside a managed transaction.
  for (;;) {
    const rows = await executor.write((tx) =>
      tx.run('MATCH (p:Passage) WHERE p.embedding IS NOT NULL WITH p LIMIT 5000 REMOVE p.embedding RETURN count(p) AS n'),
    );
    if (Number(rows[0]?.n ?? 0) === 0) break;
  }
  await executor.write((tx) => tx.run('MATCH (e:EmbedderInfo) DETACH DELETE e'));
  await executor.write((tx) => tx.run('MATCH (m:Meeting) REMOVE m.embedderId, m.embedderDimensions, m.fingerprint'));
  await ensureSchema(executor, options);
}
