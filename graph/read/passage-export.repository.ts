import { ExportedPassage } from '../../shapes/api/index.js';
import { orNull, rowsIn } from '../db/repository-rows.js';
import type { GraphReader } from '../db/ports.js';
import { bodyRef, MEETING_MATCHES, meetingOrder } from '../db/meeting-filter.js';

/** Passages with their meeting, item, speaker and topics, for the export endpoints, in the contract's shape. Bounded by `limit`. */

export async function exportPassages(
  executor: GraphReader,
  params: { body?: string; from?: string; to?: string; topic?: string; limit?: number },
): Promise<ExportedPassage[]> {
  const rows = await executor.read(
    `MATCH (b:Body)<-[:OF_BODY]-(m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p:Passage)
     WHERE ${MEETING_MATCHES}
       AND ($topic IS NULL OR EXISTS { (p)-[:ABOUT]->(:Topic {slug: $topic}) })
     OPTIONAL MATCH (p)-[:SPOKEN_BY]->(sp)
     RETURN p.key AS key, m { .id, .date, .title } AS meeting, ${bodyRef()} AS body, i { .key, .ordinal, .number, .title } AS item,
            p.ordinal AS ordinal, p.kind AS kind, p.page AS page, p.text AS text,
            { type: coalesce(p.speakerType, 'unknown'), key: sp.key, name: coalesce(sp.name, p.speakerName) } AS speaker,
            COLLECT { MATCH (p)-[a:ABOUT]->(t:Topic) RETURN { slug: t.slug, score: a.score } ORDER BY a.score DESC } AS topics
     ORDER BY ${meetingOrder('ASC')}, p.ordinal
     LIMIT toInteger($limit)`,
    {
      body: orNull(params.body),
      from: orNull(params.from),
      to: orNull(params.to),
      topic: orNull(params.topic),
      limit: params.limit ?? 100_000,
    },
  );
  return rowsIn(ExportedPassage, rows);
}
