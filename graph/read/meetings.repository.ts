import type { z } from 'zod';
import { SPEAKER_BASES } from '../../shapes/api/enums.js';
import { MeetingDetail, MeetingSource, NamedRef, type MeetingSummary } from '../../shapes/api/index.js';
import { inShapeOf, orNull } from '../db/repository-rows.js';
import type { GraphReader } from '../db/ports.js';
import { bodyRef, MEETING_MATCHES, meetingOrder } from '../db/meeting-filter.js';

/** Read models for meetings: the list (filter + page) and one meeting in full, in the contract's shapes (shapes/api/meetings.ts). */

export interface MeetingListParams {
  body?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

/** A meeting of the list as the graph has it; the meeting list adds concerns, follow-ups and top topics (meeting-extras.repository.ts). */
export type MeetingListRow = Omit<MeetingSummary, 'concerns' | 'followUps' | 'topTopics'>;

/** Meetings newest first (or oldest first), undated meetings after the dated in either order, with the total for paging. */
export async function listMeetings(
  executor: GraphReader,
  params: MeetingListParams = {},
): Promise<{ total: number; meetings: MeetingListRow[] }> {
  const args = {
    body: orNull(params.body),
    from: orNull(params.from),
    to: orNull(params.to),
    offset: params.offset ?? 0,
    limit: params.limit ?? 50,
  };
  const direction = params.order === 'asc' ? 'ASC' : 'DESC'; // one of two constants, never user text
  const [totalRows, rows] = await Promise.all([
    executor.read(`MATCH (m:Meeting) WHERE ${MEETING_MATCHES} RETURN count(m) AS total`, args),
    executor.read(
      `MATCH (m:Meeting)-[:OF_BODY]->(b:Body) WHERE ${MEETING_MATCHES}
       RETURN m.id AS id, m.date AS date, m.dateSource AS dateSource, m.title AS title, m.diaryNumber AS diaryNumber, m.place AS place,
              ${bodyRef()} AS body,
              COUNT { (m)-[:HAS_ITEM]->() } AS items,
              COUNT { (m)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->() } AS passages,
              COUNT { (m)<-[:ATTENDED]-() } AS attendees
       ORDER BY ${meetingOrder(direction)}
       SKIP toInteger($offset) LIMIT toInteger($limit)`,
      args,
    ),
  ]);
  // The columns come in the order named; only the body's map needs its fields put in order.
  const meetings = rows.map((row) => ({ ...row, body: inShapeOf(NamedRef, row.body) }) as MeetingListRow);
  return { total: Number(totalRows[0]?.total ?? 0), meetings };
}

/** One meeting as the graph has it: the contract's detail without what other read models add (concerns, follow-ups, the source's URL). */
const MeetingRecord = MeetingDetail.omit({ concerns: true, followUps: true }).extend({ source: MeetingSource.omit({ url: true }) });
export type MeetingRecord = z.output<typeof MeetingRecord>;

const ref = (variable: string) => `CASE WHEN ${variable} IS NULL THEN null ELSE ${variable} { .id, .date, .title } END`;

/** One meeting with everything the meeting view shows, or null when there is no such meeting. */
export async function getMeeting(executor: GraphReader, id: string): Promise<MeetingRecord | null> {
  const [heads, attendees, items, topics] = await Promise.all([
    executor.read(
      `MATCH (m:Meeting {id: $id})-[:OF_BODY]->(b:Body)
       OPTIONAL MATCH (m)-[:FOLLOWS]->(previous:Meeting)
       OPTIONAL MATCH (m)<-[:FOLLOWS]-(next:Meeting)
       OPTIONAL MATCH (m)-[:APPROVES_NOTES_OF]->(approved:Meeting)
       OPTIONAL MATCH (secretary:Person)-[:SECRETARY_OF]->(m)
       RETURN m.id AS id, m.date AS date, m.dateSource AS dateSource, m.title AS title, m.kind AS kind, m.diaryNumber AS diaryNumber,
              m.place AS place, m.startTime AS startTime, m.endTime AS endTime,
              m.administration AS administration, m.unit AS unit, ${bodyRef()} AS body,
              { path: m.sourcePath, sha256: m.sourceSha256, mediaType: m.sourceMediaType, pages: m.sourcePages } AS source,
              CASE WHEN m.embedderId IS NULL THEN null ELSE { id: m.embedderId, dimensions: m.embedderDimensions } END AS embedder,
              CASE WHEN secretary IS NULL THEN null ELSE secretary { .key, .name } END AS secretary,
              ${ref('previous')} AS previous, ${ref('next')} AS next, ${ref('approved')} AS approvesNotesOf,
              m.previousMeetingDate AS previousMeetingDate, m.nextMeetingDate AS nextMeetingDate`,
      { id },
    ),
    executor.read(
      `MATCH (p:Person)-[a:ATTENDED]->(:Meeting {id: $id})
       OPTIONAL MATCH (o:Organisation {key: a.organisation})
       RETURN p.key AS key, p.name AS name,
              CASE WHEN o IS NULL THEN null ELSE o { .key, .name } END AS organisation, a.remote AS remote, a.role AS role
       ORDER BY coalesce(o.name, a.organisationName, ''), p.name`,
      { id },
    ),
    executor.read(
      `MATCH (:Meeting {id: $id})-[:HAS_ITEM]->(i:AgendaItem)
       RETURN i.key AS key, i.ordinal AS ordinal, i.number AS number, i.title AS title, i.page AS page,
              COLLECT { MATCH (p:Person)-[:PRESENTED]->(i) RETURN p { .key, .name } ORDER BY p.name } AS presenters,
              COLLECT {
                MATCH (i)-[:HAS_PASSAGE]->(s:Passage)
                OPTIONAL MATCH (s)-[:SPOKEN_BY]->(speaker)
                RETURN s { .key, .ordinal, .text, .kind, .start, .end, .page,
                  speaker: { type: s.speakerType, key: speaker.key, name: coalesce(speaker.name, s.speakerName) },
                  speakerBasis: CASE WHEN s.speakerBasis IN $bases THEN s.speakerBasis END,
                  topics: COLLECT { MATCH (s)-[a:ABOUT]->(t:Topic) RETURN { slug: t.slug, label: t.label_sv, score: a.score } ORDER BY a.score DESC },
                  mentions: COLLECT { MATCH (s)-[:MENTIONS]->(x) RETURN { type: toLower(labels(x)[0]), key: x.key, name: x.name } ORDER BY x.name }
                } ORDER BY s.ordinal
              } AS passages
       ORDER BY i.ordinal`,
      // A basis this server does not know (written by a newer ingest) is sent as null, "basis
      // unknown", rather than failing the meeting or passing an inference off as fact.
      { id, bases: SPEAKER_BASES },
    ),
    executor.read(
      `MATCH (:Meeting {id: $id})-[:HAS_ITEM]->()-[:HAS_PASSAGE]->(:Passage)-[:ABOUT]->(t:Topic)
       RETURN t.slug AS slug, t.label_sv AS label, count(*) AS passages ORDER BY passages DESC, slug`,
      { id },
    ),
  ]);
  const head = heads[0];
  if (!head) return null;
  return inShapeOf(MeetingRecord, { ...head, attendees, items, topics });
}
