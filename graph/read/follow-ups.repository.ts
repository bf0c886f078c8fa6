import { FollowUp, FollowUpCounts, type FollowUpStatus } from '../../shapes/api/index.js';
import { inShapeOf, orNull, rowsIn } from '../db/repository-rows.js';
import type { GraphReader } from '../db/ports.js';
import { MEETING_MATCHES, meetingOrder } from '../db/meeting-filter.js';

/**
 * Follow-ups (promises made at a meeting) with their owner and status, in the contract's shape
 * (shapes/api/follow-ups.ts). The owner is the OWNED_BY node when there is one, else the
 * `ownerType`/`ownerName` the enrich stage wrote (a group of people has no node). Evidence is the
 * ADDRESSED_IN link the cross-meeting analysis set.
 */

export interface FollowUpFilter {
  meetingId?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** The owner's key, or a case-insensitive part of the owner's name. */
  owner?: string;
  /** Only follow-ups promised at a meeting of this council (its body key). */
  body?: string;
}

export interface FollowUpPage extends FollowUpFilter {
  /** Narrows the items (and `total`), not the counts. */
  status?: FollowUpStatus;
  offset?: number;
  limit?: number;
}

export interface FollowUpPageResult {
  items: FollowUp[];
  /** Follow-ups that match every filter. */
  total: number;
  /** Per status over the owner/date filter, before the status filter. */
  counts: FollowUpCounts;
}

/**
 * The owner is the OWNED_BY node, else the name the enrich stage wrote; the filter matches its key
 * or a case-insensitive part of its name.
 */
const OWNER_MATCHES = `
  ($owner IS NULL
   OR EXISTS { MATCH (f)-[:OWNED_BY]->(o) WHERE o.key = $owner OR toLower(coalesce(o.name, f.ownerName, '')) CONTAINS toLower($owner) }
   OR (NOT EXISTS { (f)-[:OWNED_BY]->() } AND toLower(coalesce(f.ownerName, '')) CONTAINS toLower($owner)))`;

/** A status the analysis has not decided yet (or one this version does not know) counts as open. */
const STATUS = `CASE WHEN f.status IN ['addressed', 'overdue'] THEN f.status ELSE 'open' END`;

/**
 * Follow-up `f`, promised in item `i` of meeting `m`, as a FollowUp: its owner and the earliest
 * evidence. Expressions, not OPTIONAL CALLs: nested inside a CALL, Neo4j 5.26 returned the outer
 * row's `i` and `m` as null after an OPTIONAL CALL that found nothing.
 */
const FOLLOW_UP_ITEM = `{
  key: f.key, meetingId: m.id, date: m.date, itemOrdinal: i.ordinal, itemTitle: i.title, text: f.text,
  owner: coalesce(
    head([(f)-[:OWNED_BY]->(o) | { type: coalesce(f.ownerType, toLower(labels(o)[0]), 'unknown'), key: o.key, name: coalesce(o.name, f.ownerName) }]),
    { type: coalesce(f.ownerType, 'unknown'), key: null, name: f.ownerName }),
  due: f.due, status: ${STATUS},
  evidence: head(COLLECT {
    MATCH (f)-[r:ADDRESSED_IN]->(ei:AgendaItem)<-[:HAS_ITEM]-(em:Meeting)
    RETURN { meetingId: em.id, date: em.date, itemOrdinal: ei.ordinal, itemTitle: ei.title,
             passageKey: r.passageKey, text: r.evidence, score: r.score } AS evidence
    ORDER BY em.date IS NULL, em.date LIMIT 1
  })
}`;

/**
 * Newest meeting first (undated meetings after the dated), then in the order promised. Filtered, counted, ordered and cut to the page
 * in the graph; only the page's rows get their owner and evidence. One meeting's follow-ups start
 * from the meetingId index. `$limit` null: every match (one meeting's follow-ups).
 */
const followUpsQuery = (oneMeeting: boolean): string => `
MATCH (f:FollowUp${oneMeeting ? ' {meetingId: $meetingId}' : ''})-[:PROMISED_IN]->(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
WHERE ${MEETING_MATCHES}
  AND ${OWNER_MATCHES}
WITH f, i, m, ${STATUS} AS status ORDER BY ${meetingOrder('DESC')}, f.ordinal
WITH collect({ f: f, i: i, m: m, status: status }) AS matched
WITH [row IN matched WHERE $status IS NULL OR row.status = $status] AS chosen,
     { open: size([row IN matched WHERE row.status = 'open']),
       addressed: size([row IN matched WHERE row.status = 'addressed']),
       overdue: size([row IN matched WHERE row.status = 'overdue']) } AS counts
WITH counts, size(chosen) AS total,
     chosen[toInteger($offset)..toInteger($offset) + coalesce(toInteger($limit), size(chosen))] AS page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS at
  WITH at, page[at].f AS f, page[at].i AS i, page[at].m AS m ORDER BY at
  RETURN collect(${FOLLOW_UP_ITEM}) AS items
}
RETURN total, counts, items`;
const ALL_FOLLOW_UPS = followUpsQuery(false);
const MEETING_FOLLOW_UPS = followUpsQuery(true);

async function readFollowUps(
  executor: GraphReader,
  filter: FollowUpFilter,
  status: FollowUpStatus | undefined,
  offset: number,
  limit: number | null,
): Promise<FollowUpPageResult> {
  const [row] = await executor.read(filter.meetingId === undefined ? ALL_FOLLOW_UPS : MEETING_FOLLOW_UPS, {
    meetingId: orNull(filter.meetingId),
    from: orNull(filter.from),
    to: orNull(filter.to),
    owner: orNull(filter.owner),
    body: orNull(filter.body),
    status: orNull(status),
    offset,
    limit,
  });
  return {
    total: Number(row?.total ?? 0),
    counts: inShapeOf(FollowUpCounts, row?.counts ?? { open: 0, addressed: 0, overdue: 0 }),
    items: rowsIn(FollowUp, (row?.items ?? []) as unknown[]),
  };
}

/** One page of follow-ups, newest first, with the total and the counts per status. */
export async function pageFollowUps(executor: GraphReader, params: FollowUpPage = {}): Promise<FollowUpPageResult> {
  const { status, offset = 0, limit = 50, ...filter } = params;
  return readFollowUps(executor, filter, status, offset, limit);
}

/** Every matching follow-up, newest first; for a bounded filter such as one meeting's. */
export async function listFollowUps(executor: GraphReader, filter: FollowUpFilter = {}): Promise<FollowUp[]> {
  return (await readFollowUps(executor, filter, undefined, 0, null)).items;
}

/**
 * The newest `limit` follow-ups (feeds), of dated meetings only: an Atom entry needs a date. Meetings are walked newest first in the meeting_date
 * index's order, so the graph stops after the meetings that hold them instead of reading every
 * follow-up.
 */
const NEWEST_FOLLOW_UPS = `
MATCH (m:Meeting) WHERE m.date IS NOT NULL
MATCH (m)-[:HAS_ITEM]->(i:AgendaItem)<-[:PROMISED_IN]-(f:FollowUp)
WITH f, i, m ORDER BY m.date DESC, m.id DESC, f.ordinal LIMIT toInteger($limit)
RETURN ${FOLLOW_UP_ITEM} AS item`;

export async function newestFollowUps(executor: GraphReader, limit: number): Promise<(FollowUp & { date: string })[]> {
  const rows = await executor.read(NEWEST_FOLLOW_UPS, { limit });
  return rowsIn(
    FollowUp,
    rows.map((row) => row.item),
  ) as (FollowUp & { date: string })[];
}
