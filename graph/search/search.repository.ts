import { z } from 'zod';
import { AWAIT_FULLTEXT } from '../db/fulltext.js';
import { toLuceneQuery } from './lucene.js';
import { IsoDateSchema, MeetingRefSchema, orNull, parseRows } from '../db/repository-rows.js';
import { AGENDA_ITEM_TITLE_INDEX, PASSAGE_TEXT_INDEX, PASSAGE_VECTOR_INDEX, readStoredEmbedder } from '../db/schema.js';
import { vectorCandidates } from './vector-candidates.js';
import { EmbedderMismatchError } from '../write/errors.js';
import type { GraphExecutorLike, GraphReader } from '../db/ports.js';

/**
 * Passage search: full-text (Lucene, Swedish analyzer) and vector (cosine), with the same
 * filters and the same hit shape. User text only ever travels as a parameter, and full-text
 * input is turned into an escaped query by lucene.ts first.
 */

export const PassageFiltersSchema = z.object({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  body: z.string().min(1).optional(),
  /** Topic slug: passages ABOUT it. */
  topic: z.string().min(1).optional(),
  /** Person key: passages spoken by or mentioning the person, or in an item the person presented. */
  person: z.string().min(1).optional(),
  /** Organisation key: as for person, for the organisation itself or anyone representing it. */
  organisation: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).max(1000).default(0),
});

export const TextSearchParamsSchema = PassageFiltersSchema.extend({
  text: z.string().max(500),
  mode: z.enum(['any', 'all']).default('any'),
});
export type TextSearchParams = z.input<typeof TextSearchParamsSchema>;

export const VectorSearchParamsSchema = PassageFiltersSchema.extend({
  vector: z.array(z.number().finite()).min(1).max(4096),
});
export type VectorSearchParams = z.input<typeof VectorSearchParamsSchema>;

export const PassageHitSchema = z.object({
  score: z.number(),
  passage: z.object({
    key: z.string(),
    ordinal: z.number().int(),
    text: z.string(),
    kind: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    page: z.number().int(),
  }),
  item: z.object({ key: z.string(), ordinal: z.number().int(), number: z.string(), title: z.string() }),
  meeting: MeetingRefSchema,
});
export type PassageHit = z.infer<typeof PassageHitSchema>;

/** Candidates fetched from an index before filters apply; filters can only shrink this set. */
const FILTERED_FETCH = 1000;

const FILTER_AND_RETURN = `
MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p)
WHERE ($from IS NULL OR m.date >= date($from))
  AND ($to IS NULL OR m.date <= date($to))
  AND ($body IS NULL OR m.bodyKey = $body)
  AND ($topic IS NULL OR EXISTS { (p)-[:ABOUT]->(:Topic {slug: $topic}) })
  AND ($person IS NULL
       OR EXISTS { (p)-[:SPOKEN_BY|MENTIONS]->(:Person {key: $person}) }
       OR EXISTS { (:Person {key: $person})-[:PRESENTED]->(i) })
  AND ($organisation IS NULL
       OR EXISTS { (p)-[:SPOKEN_BY|MENTIONS]->(:Organisation {key: $organisation}) }
       OR EXISTS { (p)-[:SPOKEN_BY|MENTIONS]->(:Person)-[:REPRESENTS]->(:Organisation {key: $organisation}) }
       OR EXISTS { (:Organisation {key: $organisation})<-[:REPRESENTS]-(:Person)-[:PRESENTED]->(i) })
RETURN score,
       p { .key, .ordinal, .text, .kind, .start, .end, .page } AS passage,
       i { .key, .ordinal, .number, .title } AS item,
       m { .id, .date, .title } AS meeting
ORDER BY score DESC, p.key
SKIP toInteger($offset) LIMIT toInteger($limit)`;

type Filters = z.infer<typeof PassageFiltersSchema>;

const hasFilter = (f: Filters): boolean => [f.from, f.to, f.body, f.topic, f.person, f.organisation].some((v) => v !== undefined);

function filterParams(f: Filters) {
  const fetch = hasFilter(f) ? Math.max(FILTERED_FETCH, f.offset + f.limit) : f.offset + f.limit;
  return {
    from: orNull(f.from),
    to: orNull(f.to),
    body: orNull(f.body),
    topic: orNull(f.topic),
    person: orNull(f.person),
    organisation: orNull(f.organisation),
    offset: f.offset,
    limit: f.limit,
    fetch,
  };
}

/** Full-text passage search; text with no searchable word gives no hits (and no query). */
export async function searchPassages(executor: GraphReader, params: TextSearchParams): Promise<PassageHit[]> {
  const p = TextSearchParamsSchema.parse(params);
  const query = toLuceneQuery(p.text, p.mode);
  if (query === null) return [];
  const rows = await executor.read(
    `${AWAIT_FULLTEXT}
     CALL db.index.fulltext.queryNodes($index, $query, { limit: toInteger($fetch) }) YIELD node AS p, score
     ${FILTER_AND_RETURN}`,
    { index: PASSAGE_TEXT_INDEX, query, ...filterParams(p) },
  );
  return parseRows(PassageHitSchema, rows);
}

/**
 * Nearest passages to a vector (cosine score, 1 = same direction). The index is asked for more
 * neighbours than wanted when filters are set, then filtered, so a filtered page can be short.
 */
export async function searchPassagesByVector(executor: GraphExecutorLike, params: VectorSearchParams): Promise<PassageHit[]> {
  const p = VectorSearchParamsSchema.parse(params);
  const stored = await readStoredEmbedder(executor);
  if (stored === null) return []; // nothing has been embedded yet
  if (stored.dimensions !== p.vector.length) {
    throw new EmbedderMismatchError(stored, { id: null, dimensions: p.vector.length });
  }
  const filters = filterParams(p);
  const rows = await executor.read(
    `CALL db.index.vector.queryNodes($index, toInteger($candidates), $vector) YIELD node AS p, score
     WITH p, score ORDER BY score DESC LIMIT toInteger($fetch)
     ${FILTER_AND_RETURN}`,
    { index: PASSAGE_VECTOR_INDEX, vector: p.vector, candidates: vectorCandidates(filters.fetch), ...filters },
  );
  return parseRows(PassageHitSchema, rows);
}

export const AgendaItemHitSchema = z.object({
  score: z.number(),
  item: z.object({ key: z.string(), ordinal: z.number().int(), number: z.string(), title: z.string() }),
  meeting: MeetingRefSchema,
});
export type AgendaItemHit = z.infer<typeof AgendaItemHitSchema>;

/** Full-text search over agenda item titles. */
export async function searchAgendaItems(
  executor: GraphReader,
  params: { text: string; limit?: number },
): Promise<AgendaItemHit[]> {
  const query = toLuceneQuery(params.text);
  if (query === null) return [];
  const limit = z.number().int().min(1).max(100).default(20).parse(params.limit);
  const rows = await executor.read(
    `${AWAIT_FULLTEXT}
     CALL db.index.fulltext.queryNodes($index, $query, { limit: toInteger($limit) }) YIELD node AS i, score
     MATCH (m:Meeting)-[:HAS_ITEM]->(i)
     RETURN score, i { .key, .ordinal, .number, .title } AS item, m { .id, .date, .title } AS meeting
     ORDER BY score DESC, i.key`,
    { index: AGENDA_ITEM_TITLE_INDEX, query, limit },
  );
  return parseRows(AgendaItemHitSchema, rows);
}
