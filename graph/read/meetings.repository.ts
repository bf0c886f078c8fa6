import { z } from 'zod';
import {
  IsoDateSchema,
  MeetingRefSchema,
  NamedRefSchema,
  PageSchema,
  TopicCountSchema,
  orNull,
  parseRows,
} from '../db/repository-rows.js';
import type { GraphReader } from '../db/ports.js';

/** Read models for meetings: the list (filter + page) and one meeting in full. */

export const MeetingListParamsSchema = PageSchema.extend({
  body: z.string().min(1).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type MeetingListParams = z.input<typeof MeetingListParamsSchema>;

export const MeetingSummarySchema = z.object({
  id: z.string(),
  date: IsoDateSchema,
  title: z.string().nullable(),
  diaryNumber: z.string().nullable(),
  place: z.string().nullable(),
  body: NamedRefSchema,
  items: z.number().int(),
  passages: z.number().int(),
  attendees: z.number().int(),
});
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>;

const MEETING_FILTER = `
  ($body IS NULL OR m.bodyKey = $body)
  AND ($from IS NULL OR m.date >= date($from))
  AND ($to IS NULL OR m.date <= date($to))`;

/** Meetings newest first (or oldest first), with the total for paging. */
export async function listMeetings(
  executor: GraphReader,
  params: MeetingListParams = {},
): Promise<{ total: number; meetings: MeetingSummary[] }> {
  const p = MeetingListParamsSchema.parse(params);
  const args = { body: orNull(p.body), from: orNull(p.from), to: orNull(p.to), offset: p.offset, limit: p.limit };
  const direction = p.order === 'asc' ? 'ASC' : 'DESC'; // one of two constants, never user text
  const [totalRows, rows] = await Promise.all([
    executor.read(`MATCH (m:Meeting) WHERE ${MEETING_FILTER} RETURN count(m) AS total`, args),
    executor.read(
      `MATCH (m:Meeting)-[:OF_BODY]->(b:Body) WHERE ${MEETING_FILTER}
       RETURN m.id AS id, m.date AS date, m.title AS title, m.diaryNumber AS diaryNumber, m.place AS place,
              b { .key, .name } AS body,
              COUNT { (m)-[:HAS_ITEM]->() } AS items,
              COUNT { (m)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->() } AS passages,
              COUNT { (m)<-[:ATTENDED]-() } AS attendees
       ORDER BY m.date ${direction}, m.id ${direction}
       SKIP toInteger($offset) LIMIT toInteger($limit)`,
      args,
    ),
  ]);
  return { total: Number(totalRows[0]?.total ?? 0), meetings: parseRows(MeetingSummarySchema, rows) };
}

const ActorSchema = z.object({ type: z.string(), key: z.string().nullable(), name: z.string().nullable() });

export const MeetingPassageSchema = z.object({
  key: z.string(),
  ordinal: z.number().int(),
  text: z.string(),
  kind: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  page: z.number().int(),
  speaker: ActorSchema,
  /** How ingest decided the speaker (`named`, `council_form`, `context`, `presenter`, `none`); null in graphs written before it was stored. */
  speakerBasis: z.string().nullable(),
  topics: z.array(z.object({ slug: z.string(), label: z.string().nullable(), score: z.number().nullable() })),
  mentions: z.array(z.object({ type: z.string(), key: z.string(), name: z.string() })),
});
export type MeetingPassage = z.infer<typeof MeetingPassageSchema>;

export const MeetingItemSchema = z.object({
  key: z.string(),
  ordinal: z.number().int(),
  number: z.string(),
  title: z.string(),
  page: z.number().int(),
  presenters: z.array(NamedRefSchema),
  passages: z.array(MeetingPassageSchema),
});
export type MeetingItem = z.infer<typeof MeetingItemSchema>;

export const AttendeeRowSchema = z.object({
  key: z.string(),
  name: z.string(),
  organisation: NamedRefSchema.nullable(),
  remote: z.boolean(),
  role: z.string().nullable(),
});
export type AttendeeRow = z.infer<typeof AttendeeRowSchema>;

const MeetingHeadSchema = MeetingRefSchema.extend({
  kind: z.string().nullable(),
  diaryNumber: z.string().nullable(),
  place: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  administration: z.string().nullable(),
  unit: z.string().nullable(),
  body: NamedRefSchema,
  source: z.object({ path: z.string(), sha256: z.string(), mediaType: z.string().nullable(), pages: z.number().int().nullable() }),
  embedder: z.object({ id: z.string(), dimensions: z.number().int() }).nullable(),
  secretary: NamedRefSchema.nullable(),
  previous: MeetingRefSchema.nullable(),
  next: MeetingRefSchema.nullable(),
  approvesNotesOf: MeetingRefSchema.nullable(),
  previousMeetingDate: IsoDateSchema.nullable(),
  nextMeetingDate: IsoDateSchema.nullable(),
});

export const MeetingDetailSchema = MeetingHeadSchema.extend({
  attendees: z.array(AttendeeRowSchema),
  items: z.array(MeetingItemSchema),
  topics: z.array(TopicCountSchema),
});
export type MeetingDetail = z.infer<typeof MeetingDetailSchema>;

const ref = (variable: string) => `CASE WHEN ${variable} IS NULL THEN null ELSE ${variable} { .id, .date, .title } END`;

/** One meeting with everything the meeting view shows, or null when there is no such meeting. */
export async function getMeeting(executor: GraphReader, id: string): Promise<MeetingDetail | null> {
  const [heads, attendees, items, topics] = await Promise.all([
    executor.read(
      `MATCH (m:Meeting {id: $id})-[:OF_BODY]->(b:Body)
       OPTIONAL MATCH (m)-[:FOLLOWS]->(previous:Meeting)
       OPTIONAL MATCH (m)<-[:FOLLOWS]-(next:Meeting)
       OPTIONAL MATCH (m)-[:APPROVES_NOTES_OF]->(approved:Meeting)
       OPTIONAL MATCH (secretary:Person)-[:SECRETARY_OF]->(m)
       RETURN m.id AS id, m.date AS date, m.title AS title, m.kind AS kind, m.diaryNumber AS diaryNumber,
              m.place AS place, m.startTime AS startTime, m.endTime AS endTime,
              m.administration AS administration, m.unit AS unit, b { .key, .name } AS body,
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
       RETURN p.key AS key, p.name AS name, a.remote AS remote, a.role AS role,
              CASE WHEN o IS NULL THEN null ELSE o { .key, .name } END AS organisation
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
                  speakerBasis: s.speakerBasis,
                  topics: COLLECT { MATCH (s)-[a:ABOUT]->(t:Topic) RETURN { slug: t.slug, label: t.label_sv, score: a.score } ORDER BY a.score DESC },
                  mentions: COLLECT { MATCH (s)-[:MENTIONS]->(x) RETURN { type: toLower(labels(x)[0]), key: x.key, name: x.name } ORDER BY x.name }
                } ORDER BY s.ordinal
              } AS passages
       ORDER BY i.ordinal`,
      { id },
    ),
    executor.read(
      `MATCH (:Meeting {id: $id})-[:HAS_ITEM]->()-[:HAS_PASSAGE]->(:Passage)-[:ABOUT]->(t:Topic)
       RETURN t.slug AS slug, t.label_sv AS label, count(*) AS passages ORDER BY passages DESC, slug`,
      { id },
    ),
  ]);
  const head = heads[0];
  if (!head) return null;
  return MeetingDetailSchema.parse({ ...head, attendees, items, topics });
}
