import { z } from 'zod';
import { IsoDateSchema, orNull, parseRows } from './repository-rows.js';
import type { GraphReader } from './write/ports.js';

/**
 * Follow-ups (promises made at a meeting) with their owner and status. The owner is the OWNED_BY
 * node when there is one, else the `ownerType`/`ownerName` the enrich stage wrote (a group of
 * people has no node). Evidence is the ADDRESSED_IN link the cross-meeting analysis set.
 */

export const FollowUpRowSchema = z.object({
  key: z.string(),
  meetingId: z.string(),
  date: IsoDateSchema,
  itemOrdinal: z.number().int(),
  itemTitle: z.string(),
  text: z.string(),
  owner: z.object({ type: z.string(), key: z.string().nullable(), name: z.string().nullable() }),
  due: IsoDateSchema.nullable(),
  status: z.string().nullable(),
  evidence: z
    .object({
      meetingId: z.string(),
      date: IsoDateSchema,
      itemOrdinal: z.number().int(),
      itemTitle: z.string(),
      passageKey: z.string().nullable(),
      text: z.string().nullable(),
      score: z.number().nullable(),
    })
    .nullable(),
});
export type FollowUpRow = z.infer<typeof FollowUpRowSchema>;

export const FollowUpFilterSchema = z.object({
  meetingId: z.string().min(1).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  /** The owner's key, or a case-insensitive part of the owner's name. */
  owner: z.string().min(1).optional(),
});
export type FollowUpFilter = z.input<typeof FollowUpFilterSchema>;

/** One meeting's follow-ups start from the meetingId index instead of filtering every follow-up. */
const followUpsQuery = (oneMeeting: boolean): string =>
  `MATCH (f:FollowUp${oneMeeting ? ' {meetingId: $meetingId}' : ''})-[:PROMISED_IN]->(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
     WHERE ($from IS NULL OR m.date >= date($from))
       AND ($to IS NULL OR m.date <= date($to))
     OPTIONAL MATCH (f)-[:OWNED_BY]->(o)
     WITH f, i, m, o,
          { type: coalesce(f.ownerType, toLower(labels(o)[0]), 'unknown'), key: o.key, name: coalesce(o.name, f.ownerName) } AS owner
     WHERE $owner IS NULL OR owner.key = $owner OR toLower(coalesce(owner.name, '')) CONTAINS toLower($owner)
     OPTIONAL CALL (f) {
       MATCH (f)-[r:ADDRESSED_IN]->(ei:AgendaItem)<-[:HAS_ITEM]-(em:Meeting)
       RETURN { meetingId: em.id, date: em.date, itemOrdinal: ei.ordinal, itemTitle: ei.title,
                passageKey: r.passageKey, text: r.evidence, score: r.score } AS evidence
       ORDER BY em.date LIMIT 1
     }
     RETURN f.key AS key, m.id AS meetingId, m.date AS date, i.ordinal AS itemOrdinal, i.title AS itemTitle,
            f.text AS text, owner, f.due AS due, f.status AS status, evidence
     ORDER BY m.date DESC, f.ordinal`;
const ALL_FOLLOW_UPS = followUpsQuery(false);
const MEETING_FOLLOW_UPS = followUpsQuery(true);

/** Follow-ups newest first (then in the order they were promised). */
export async function listFollowUps(executor: GraphReader, filter: FollowUpFilter = {}): Promise<FollowUpRow[]> {
  const f = FollowUpFilterSchema.parse(filter);
  const rows = await executor.read(
    f.meetingId === undefined ? ALL_FOLLOW_UPS : MEETING_FOLLOW_UPS,
    { meetingId: orNull(f.meetingId), from: orNull(f.from), to: orNull(f.to), owner: orNull(f.owner) },
  );
  return parseRows(FollowUpRowSchema, rows);
}
