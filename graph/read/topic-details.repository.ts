import { PassageHit, TopicCount, type Granularity, type TopicSummary } from '../../shapes/api/index.js';
import { rowsIn } from '../db/repository-rows.js';
import { topicSnapshot } from './topic-snapshot.js';
import type { GraphReader } from '../db/ports.js';
import { MEETING_OF_BODY } from '../db/meeting-filter.js';
import { orNull } from '../db/repository-rows.js';

/** What topics.repository.ts does not answer: descriptions and first/last dates, a topic's top passages, people and organisations. */

/** Every topic, most discussed first; `slug` narrows to one. Counts come from the topic snapshot (topic-snapshot.ts). */
export async function listTopicOverviews(executor: GraphReader, slug: string | null = null): Promise<TopicSummary[]> {
  const [rows, snapshot] = await Promise.all([
    executor.read(
      `MATCH (t:Topic) WHERE $slug IS NULL OR t.slug = $slug
       RETURN t.slug AS slug, t.label_sv AS label_sv, t.label_en AS label_en, t.description AS description`,
      { slug },
    ),
    topicSnapshot(executor),
  ]);
  const totals = snapshot.totals();
  const overviews = (rows as unknown as Pick<TopicSummary, 'slug' | 'label_sv' | 'label_en' | 'description'>[]).map((row): TopicSummary => {
    const t = totals.get(row.slug);
    return {
      slug: row.slug,
      label_sv: row.label_sv,
      label_en: row.label_en,
      description: row.description,
      passages: t?.passages ?? 0,
      meetings: t?.meetings ?? 0,
      concerns: snapshot.concerns.get(row.slug) ?? 0,
      firstSeen: t?.firstSeen ?? null,
      lastSeen: t?.lastSeen ?? null,
    };
  });
  overviews.sort((a, b) => b.passages - a.passages || (a.slug < b.slug ? -1 : 1));
  return overviews;
}

const HIT_RETURN = `
RETURN score, p { .key, .ordinal, .text, .kind, .start, .end, .page } AS passage,
       i { .key, .ordinal, .number, .title } AS item, m { .id, .date, .title } AS meeting`;

/** The passages most strongly about a topic (ABOUT score), newest first among equals (undated last); `body`: at that council's meetings. */
export async function topTopicPassages(executor: GraphReader, slug: string, limit = 20, body?: string): Promise<PassageHit[]> {
  const rows = await executor.read(
    `MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p:Passage)-[a:ABOUT]->(:Topic {slug: $slug})
     WHERE ${MEETING_OF_BODY}
     WITH m, i, p, coalesce(a.score, 0.0) AS score
     ${HIT_RETURN}
     ORDER BY score DESC, m.date IS NULL, m.date DESC, p.ordinal LIMIT toInteger($limit)`,
    { slug, limit, body: orNull(body) },
  );
  return rowsIn(PassageHit, rows);
}

/**
 * The passages behind one trend point: about the topic, in the meeting / quarter / year `period`
 * (the same period keys as topicTrend), in document order.
 */
export async function periodTopicPassages(
  executor: GraphReader,
  params: { slug: string; period: string; granularity: Granularity; body?: string; limit?: number },
): Promise<PassageHit[]> {
  // Undated meetings are in no period (trends leave them out), not even the per-meeting one.
  const rows = await executor.read(
    `MATCH (m:Meeting)
     WHERE m.date IS NOT NULL AND ${MEETING_OF_BODY} AND CASE $granularity
             WHEN 'meeting' THEN m.id
             WHEN 'quarter' THEN toString(m.date.year) + '-Q' + toString(m.date.quarter)
             ELSE toString(m.date.year)
           END = $period
     MATCH (m)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p:Passage)-[a:ABOUT]->(:Topic {slug: $slug})
     WITH m, i, p, coalesce(a.score, 0.0) AS score
     ${HIT_RETURN}
     ORDER BY m.date, m.id, p.ordinal LIMIT toInteger($limit)`,
    { ...params, body: orNull(params.body), limit: params.limit ?? 500 },
  );
  return rowsIn(PassageHit, rows);
}

/** People and organisations linked to a topic's passages (at council `body`'s meetings, when given): speaking, mentioned, or presenting the item. */
export async function topicActors(
  executor: GraphReader,
  slug: string,
  body?: string,
): Promise<{ people: TopicCount[]; organisations: TopicCount[] }> {
  const args = { slug, body: orNull(body) };
  const [people, organisations] = await Promise.all([
    executor.read(
      `MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(s:Passage)-[:ABOUT]->(:Topic {slug: $slug})
       WHERE ${MEETING_OF_BODY}
       CALL (s, i) {
         MATCH (s)-[:SPOKEN_BY|MENTIONS]->(x:Person) RETURN x
         UNION
         MATCH (x:Person)-[:PRESENTED]->(i) RETURN x
       }
       RETURN x.key AS key, x.name AS name, count(DISTINCT s) AS count ORDER BY count DESC, name LIMIT 50`,
      args,
    ),
    executor.read(
      `MATCH (m:Meeting)-[:HAS_ITEM]->(:AgendaItem)-[:HAS_PASSAGE]->(s:Passage)-[:ABOUT]->(:Topic {slug: $slug})
       WHERE ${MEETING_OF_BODY}
       CALL (s) {
         MATCH (s)-[:SPOKEN_BY|MENTIONS]->(o:Organisation) RETURN o
         UNION
         MATCH (s)-[:SPOKEN_BY|MENTIONS]->(:Person)-[:REPRESENTS]->(o:Organisation) RETURN o
       }
       RETURN o.key AS key, o.name AS name, count(DISTINCT s) AS count ORDER BY count DESC, name LIMIT 50`,
      args,
    ),
  ]);
  return { people: rowsIn(TopicCount, people), organisations: rowsIn(TopicCount, organisations) };
}
