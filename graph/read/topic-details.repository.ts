import { PassageHit, TopicCount, type Granularity, type TopicSummary } from '../../shapes/api/index.js';
import { rowsIn } from '../db/repository-rows.js';
import { topicSnapshot } from './topic-snapshot.js';
import type { GraphReader } from '../db/ports.js';

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

/** The passages most strongly about a topic (ABOUT score), newest first among equals. */
export async function topTopicPassages(executor: GraphReader, slug: string, limit = 20): Promise<PassageHit[]> {
  const rows = await executor.read(
    `MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p:Passage)-[a:ABOUT]->(:Topic {slug: $slug})
     WITH m, i, p, coalesce(a.score, 0.0) AS score
     ${HIT_RETURN}
     ORDER BY score DESC, m.date DESC, p.ordinal LIMIT toInteger($limit)`,
    { slug, limit },
  );
  return rowsIn(PassageHit, rows);
}

/**
 * The passages behind one trend point: about the topic, in the meeting / quarter / year `period`
 * (the same period keys as topicTrend), in document order.
 */
export async function periodTopicPassages(
  executor: GraphReader,
  params: { slug: string; period: string; granularity: Granularity; limit?: number },
): Promise<PassageHit[]> {
  const rows = await executor.read(
    `MATCH (m:Meeting)
     WHERE CASE $granularity
             WHEN 'meeting' THEN m.id
             WHEN 'quarter' THEN toString(m.date.year) + '-Q' + toString(m.date.quarter)
             ELSE toString(m.date.year)
           END = $period
     MATCH (m)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p:Passage)-[a:ABOUT]->(:Topic {slug: $slug})
     WITH m, i, p, coalesce(a.score, 0.0) AS score
     ${HIT_RETURN}
     ORDER BY m.date, m.id, p.ordinal LIMIT toInteger($limit)`,
    { ...params, limit: params.limit ?? 500 },
  );
  return rowsIn(PassageHit, rows);
}

/** People and organisations linked to a topic's passages: speaking, mentioned, or presenting the item. */
export async function topicActors(executor: GraphReader, slug: string): Promise<{ people: TopicCount[]; organisations: TopicCount[] }> {
  const [people, organisations] = await Promise.all([
    executor.read(
      `MATCH (i:AgendaItem)-[:HAS_PASSAGE]->(s:Passage)-[:ABOUT]->(:Topic {slug: $slug})
       CALL (s, i) {
         MATCH (s)-[:SPOKEN_BY|MENTIONS]->(x:Person) RETURN x
         UNION
         MATCH (x:Person)-[:PRESENTED]->(i) RETURN x
       }
       RETURN x.key AS key, x.name AS name, count(DISTINCT s) AS count ORDER BY count DESC, name LIMIT 50`,
      { slug },
    ),
    executor.read(
      `MATCH (s:Passage)-[:ABOUT]->(:Topic {slug: $slug})
       CALL (s) {
         MATCH (s)-[:SPOKEN_BY|MENTIONS]->(o:Organisation) RETURN o
         UNION
         MATCH (s)-[:SPOKEN_BY|MENTIONS]->(:Person)-[:REPRESENTS]->(o:Organisation) RETURN o
       }
       RETURN o.key AS key, o.name AS name, count(DISTINCT s) AS count ORDER BY count DESC, name LIMIT 50`,
      { slug },
    ),
  ]);
  return { people: rowsIn(TopicCount, people), organisations: rowsIn(TopicCount, organisations) };
}
