import { MeetingSummary } from '../../shapes/api/index.js';
import { inShapeOf } from '../db/repository-rows.js';
import type { GraphReader } from '../db/ports.js';

/** Per-meeting figures the meeting list shows beside meetings.repository.ts's summary: concerns, follow-ups, top topics. */

export type MeetingExtras = Pick<MeetingSummary, 'id' | 'concerns' | 'followUps' | 'topTopics'>;

const TopTopics = MeetingSummary.shape.topTopics;

export async function meetingExtras(executor: GraphReader, ids: readonly string[], topTopics = 5): Promise<Map<string, MeetingExtras>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.read(
    `MATCH (m:Meeting) WHERE m.id IN $ids
     RETURN m.id AS id,
       COUNT { (:Concern)-[:RAISED_IN]->(:AgendaItem)<-[:HAS_ITEM]-(m) } AS concerns,
       COUNT { (:FollowUp)-[:PROMISED_IN]->(:AgendaItem)<-[:HAS_ITEM]-(m) } AS followUps,
       COLLECT {
         MATCH (m)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->(:Passage)-[:ABOUT]->(t:Topic)
         WITH t, count(*) AS passages
         RETURN { slug: t.slug, label_sv: t.label_sv, label_en: t.label_en, passages: passages } AS topic
         ORDER BY passages DESC, t.slug LIMIT toInteger($top)
       } AS topTopics`,
    { ids: [...ids], top: topTopics },
  );
  const extras = (rows as unknown as MeetingExtras[]).map((row) => ({ ...row, topTopics: inShapeOf(TopTopics, row.topTopics) }));
  return new Map(extras.map((row) => [row.id, row]));
}
