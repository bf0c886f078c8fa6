import { createHash } from 'node:crypto';
import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import { bumpGraphVersion } from '../db/graph-version.js';
import { EMBEDDER_INFO_KEY, embedderFits } from '../db/schema.js';
import { rebuildBodyChain } from './body-chain.js';
import { EmbedderMismatchError, MeetingConflictError } from './errors.js';
import { type ActorLabel, type MeetingRows, toMeetingRows } from './meeting-rows.js';
import type { GraphWriter, Params, StatementRunner } from '../db/ports.js';
import { readFootprint, refreshSharedFacts, removeMeetingContent, removeMeetings, removeOrphans } from './remove-meeting.js';
import * as Q from './statements.js';
import { validateMeeting } from './validate-meeting.js';

/**
 * Bump when the graph shape a meeting is written to changes, so unchanged sources are rewritten once.
 * 2: undated meetings, `Meeting.dateSource`, `Body.municipality` and `Body.displayName`.
 * 3: `searchTerms` on passages and agenda items (the full-text indexes' compound field).
 */
export const WRITE_FORMAT_VERSION = 3;

export type WriteStatus = 'created' | 'replaced' | 'unchanged';

export interface WriteCounts {
  items: number;
  passages: number;
  embeddings: number;
  attendees: number;
  people: number;
  organisations: number;
  concerns: number;
  followUps: number;
}

export interface WriteResult {
  status: WriteStatus;
  meetingId: string;
  counts: WriteCounts;
  /** Names in the minutes (attendee, presenter, secretary) that match none of the meeting's people: not linked. */
  unresolvedNames: string[];
}

/**
 * The identity of what would be written: the whole validated record (source sha256, enrichment
 * and vectors) plus the write format. Same fingerprint → the graph already holds exactly this.
 */
export function meetingFingerprint(meeting: AnnotatedMeeting): string {
  const hash = createHash('sha256').update(`v${WRITE_FORMAT_VERSION}\n`);
  // The vectors go in as their 64-bit values, not as JSON: printing a meeting's some 7,000 floats
  // took most of the time (≈1.5 ms a meeting, and a 150 kB string to collect).
  const passages = meeting.passages.map((passage) => ({ ...passage, embedding: passage.embedding?.length ?? null }));
  hash.update(JSON.stringify({ ...meeting, passages }));
  for (const passage of meeting.passages) if (passage.embedding) hash.update(Float64Array.from(passage.embedding));
  return hash.digest('hex');
}

/**
 * Writes one meeting in ONE transaction: validates at the edge, skips when the stored
 * fingerprint is the same, otherwise removes what the meeting wrote before and writes it anew,
 * then rebuilds its body's FOLLOWS / APPROVES_NOTES_OF chain. Any failure rolls back the whole
 * meeting. Throws MeetingValidationError (nothing written), EmbedderMismatchError, or
 * MeetingConflictError when another document holds the meeting's id.
 */
export async function writeMeeting(
  executor: GraphWriter,
  input: AnnotatedMeeting,
  policy: WritePolicy = REFUSE_OTHER_DOCUMENT,
): Promise<WriteResult> {
  const write = prepareWrite(input);
  const status = await unwrapDomainError(() =>
    executor.write(async (tx) => {
      const done = await replaceMeeting(tx, write, policy);
      if (done !== 'unchanged') await bumpGraphVersion(tx);
      return done;
    }),
  );
  return resultOf(write, status);
}

/**
 * What a write does with a meeting the graph holds from another document (another file, other
 * bytes: the same council and day). `refuse` (the default: a folder's files are different
 * documents, and replacing would lose one) throws MeetingConflictError; `replace` takes the new
 * document for a corrected version, as an upload or `npm run ingest -- --replace` asks.
 */
export interface WritePolicy {
  otherDocument: 'refuse' | 'replace';
}

export const REFUSE_OTHER_DOCUMENT: WritePolicy = { otherDocument: 'refuse' };

/** A meeting validated and turned into the rows the write statement takes; nothing touched yet. */
export interface PreparedWrite {
  meeting: AnnotatedMeeting;
  rows: MeetingRows;
}

/** Validates at the edge; throws MeetingValidationError. */
export function prepareWrite(input: AnnotatedMeeting): PreparedWrite {
  const meeting = validateMeeting(input);
  return { meeting, rows: toMeetingRows(meeting, meetingFingerprint(meeting)) };
}

export function resultOf({ meeting, rows }: PreparedWrite, status: WriteStatus): WriteResult {
  return { status, meetingId: meeting.id, counts: countsOf(rows), unresolvedNames: rows.unresolved };
}

/**
 * One meeting's whole write inside a transaction the caller owns: skip when unchanged, else
 * remove the old version and write the new one. The old version is the node with this id (when
 * another document wrote it, as `policy` says), and any
 * node read from the same source under another id (Q.SAME_SOURCE: an undated meeting given a date,
 * a body read anew). Safe to run for several meetings in one transaction (write-meetings.ts): each
 * sees what the ones before it wrote.
 */
export async function replaceMeeting(
  tx: StatementRunner,
  { meeting, rows }: PreparedWrite,
  policy: WritePolicy = REFUSE_OTHER_DOCUMENT,
): Promise<WriteStatus> {
  const stored = await tx.run(
    'MATCH (m:Meeting {id: $id}) RETURN m.fingerprint AS fingerprint, m.sourcePath AS path, m.sourceSha256 AS sha256',
    { id: meeting.id },
  );
  if (stored[0] && stored[0].fingerprint === rows.meeting.fingerprint) return 'unchanged';
  const { path, sha256 } = meeting.minutes.source;
  if (policy.otherDocument === 'refuse' && stored[0] && stored[0].path !== path && stored[0].sha256 !== sha256)
    throw new MeetingConflictError(meeting.id, String(stored[0].path), path);

  if (meeting.embedder !== null) await checkEmbedder(tx, meeting.embedder);
  const sameSource = (await tx.run(Q.SAME_SOURCE, { path, sha256 })).map((row) => String(row.id));
  const superseded = await removeMeetings(
    tx,
    sameSource.filter((id) => id !== meeting.id),
  );
  const previous = stored[0] ? await readFootprint(tx, meeting.id) : null;
  if (previous) await removeMeetingContent(tx, previous);
  await writeRows(tx, rows);
  if (!previous && superseded.ids.length === 0) {
    await tx.run(Q.LINK_NEW_MEETING, { id: meeting.id });
    return 'created';
  }
  // The old versions' facts are gone and the new version's are written: recompute what derives from them.
  const gone = {
    personKeys: unique([...(previous?.personKeys ?? []), ...superseded.personKeys]),
    organisationKeys: unique([...(previous?.organisationKeys ?? []), ...superseded.organisationKeys]),
    bodyKeys: unique([...(previous?.bodyKeys ?? []), ...superseded.bodyKeys]),
  };
  await refreshSharedFacts(tx, unique([...gone.personKeys, ...rows.people.map((p) => p.key)]));
  await removeOrphans(tx, gone);
  const chains = [rows.body.key, previous?.bodyKey ?? null, ...superseded.chains].filter((key): key is string => key !== null);
  for (const body of unique(chains)) await rebuildBodyChain(tx, body);
  return 'replaced';
}

/** The executor wraps whatever the transaction work throws in a GraphError; our own errors are more useful bare. */
export async function unwrapDomainError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    throw cause instanceof EmbedderMismatchError || cause instanceof MeetingConflictError ? cause : error;
  }
}

/** The first embedded meeting records the embedder; later ones must match it. */
export async function checkEmbedder(tx: StatementRunner, embedder: { id: string; dimensions: number }): Promise<void> {
  const rows = await tx.run('MATCH (e:EmbedderInfo {key: $key}) RETURN e.id AS id, e.dimensions AS dimensions', { key: EMBEDDER_INFO_KEY });
  const row = rows[0];
  if (row) {
    const stored = { id: (row.id as string | null) ?? null, dimensions: Number(row.dimensions) };
    if (!embedderFits(stored, embedder)) throw new EmbedderMismatchError(stored, embedder);
    if (stored.id !== null) return;
  }
  await tx.run('MERGE (e:EmbedderInfo {key: $key}) SET e.id = $id, e.dimensions = toInteger($dimensions)', {
    key: EMBEDDER_INFO_KEY,
    ...embedder,
  });
}

async function writeRows(tx: StatementRunner, rows: MeetingRows): Promise<void> {
  await tx.run(Q.WRITE_ALL, { [Q.WRITE_PARAM]: writeParamsOf(rows) });
}

/** The map WRITE_ALL reads (`$write`), one element of WRITE_NEW_MEETINGS' `$write.meetings`. */
export function writeParamsOf(rows: MeetingRows): Params {
  const id = rows.meeting.id;
  const actorBodies = [...rows.spokenBy.Body, ...rows.owners.Body].map((link) => link.key);
  const byLabel = (prefix: string, lists: Record<ActorLabel, unknown[]>): Params =>
    Object.fromEntries(ACTOR_LABELS.map((label) => [`${prefix}${label}`, lists[label]]));
  return {
    id,
    meeting: rows.meeting,
    body: rows.body,
    personKeys: rows.people.map((p) => p.key),
    organisationKeys: rows.organisations.map((o) => o.key),
    bodyKeys: unique([rows.body.key, ...actorBodies]),
    secretary: rows.secretary,
    unused: [],
    organisations: rows.organisations,
    people: rows.people,
    represents: rows.represents,
    attended: rows.attended,
    items: rows.items,
    presented: rows.presented,
    passages: rows.passages,
    embeddings: rows.embeddings,
    passageTopics: rows.passageTopics,
    itemTopics: rows.itemTopics,
    ...byLabel('spokenBy', rows.spokenBy),
    ...byLabel('mentions', rows.mentions),
    concerns: rows.concerns,
    followUps: rows.followUps,
    ...byLabel('owners', rows.owners),
  };
}

const ACTOR_LABELS: readonly ActorLabel[] = ['Person', 'Organisation', 'Body'];

const unique = <T>(values: T[]): T[] => [...new Set(values)];

function countsOf(rows: MeetingRows): WriteCounts {
  return {
    items: rows.items.length,
    passages: rows.passages.length,
    embeddings: rows.embeddings.length,
    attendees: rows.attended.length,
    people: rows.people.length,
    organisations: rows.organisations.length,
    concerns: rows.concerns.length,
    followUps: rows.followUps.length,
  };
}
