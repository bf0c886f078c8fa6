import type { MeetingDigest } from './cross-meeting.js';
import type { GraphReader } from '../db/ports.js';

const DIGESTS = `
MATCH (m:Meeting)
WHERE $bodyKeys IS NULL OR m.bodyKey IN $bodyKeys
OPTIONAL MATCH (m)-[:HAS_ITEM]->(i:AgendaItem)
WITH m, i ORDER BY i.ordinal
WITH m, collect(CASE WHEN i IS NULL THEN null ELSE {ordinal: i.ordinal, title: i.title} END) AS items
CALL (m) {
  OPTIONAL MATCH (m)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p:Passage)
  WITH i, p ORDER BY p.ordinal
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {ordinal: p.ordinal, itemOrdinal: i.ordinal, text: p.text, kind: p.kind} END) AS passages
}
CALL (m) {
  OPTIONAL MATCH (c:Concern {meetingId: m.id})
  OPTIONAL MATCH (c)-[:ABOUT]->(t:Topic)
  WITH c, t ORDER BY t.slug
  WITH c, collect(t.slug) AS topics ORDER BY c.ordinal
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {ordinal: c.ordinal, text: c.text, topics: topics} END) AS concerns
}
CALL (m) {
  OPTIONAL MATCH (f:FollowUp {meetingId: m.id})-[:PROMISED_IN]->(i:AgendaItem)
  OPTIONAL MATCH (p:Passage {key: f.passageKey})
  WITH f, i, p ORDER BY f.ordinal
  RETURN collect(CASE WHEN f IS NULL THEN null ELSE {ordinal: f.ordinal, itemOrdinal: i.ordinal, passageOrdinal: coalesce(p.ordinal, 1), text: f.text, due: f.due} END) AS followUps
}
RETURN m.id AS id, m.bodyKey AS bodyKey, m.date AS date, items, passages, concerns, followUps
ORDER BY date, id`;

interface DigestRow {
  id: string;
  bodyKey: string;
  date: string | null;
  items: MeetingDigest['minutes']['agendaItems'];
  passages: MeetingDigest['passages'];
  concerns: MeetingDigest['concerns'];
  followUps: MeetingDigest['followUps'];
}

/**
 * What the cross-meeting analysis needs of every meeting of the given bodies (all bodies when
 * null), rebuilt from the graph so that meetings written in earlier runs take part.
 */
export async function loadDigests(executor: GraphReader, bodyKeys: readonly string[] | null): Promise<MeetingDigest[]> {
  const rows = await executor.read<DigestRow>(DIGESTS, { bodyKeys: bodyKeys ? [...bodyKeys] : null });
  return rows.map((r) => ({
    id: r.id,
    bodyKey: r.bodyKey,
    minutes: { date: r.date ? String(r.date).slice(0, 10) : null, agendaItems: r.items },
    passages: r.passages,
    concerns: r.concerns,
    followUps: r.followUps.map((f) => ({ ...f, due: f.due ? String(f.due).slice(0, 10) : null })),
    topics: [],
  }));
}
