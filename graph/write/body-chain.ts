import type { StatementRunner } from '../db/ports.js';

/**
 * The per-body chronology, rebuilt from scratch for a body whenever one of its meetings is
 * written or removed, so the chain is the same whatever order files arrive in.
 * Invariant afterwards: the body's dated meetings sorted by (date, id) form one path
 * `later -[:FOLLOWS]-> earlier`, and a meeting whose minutes approve the notes of the meeting on
 * `previousMeetingDate` points at it with APPROVES_NOTES_OF (when that meeting is in the graph).
 * Undated meetings stand outside the path, and no one approves their notes (there is no date to
 * approve them by); an undated meeting's own approval of a dated meeting is kept.
 * Cost is linear in the body's meetings, a few hundred at most.
 */
export async function rebuildBodyChain(tx: StatementRunner, bodyKey: string): Promise<void> {
  await tx.run(
    `MATCH (:Body {key: $body})<-[:OF_BODY]-(m:Meeting)-[r:FOLLOWS|APPROVES_NOTES_OF]->()
     DELETE r`,
    { body: bodyKey },
  );
  await tx.run(
    `MATCH (:Body {key: $body})<-[:OF_BODY]-(m:Meeting) WHERE m.date IS NOT NULL
     WITH m ORDER BY m.date, m.id
     WITH collect(m) AS meetings
     UNWIND range(1, size(meetings) - 1) AS i
     WITH meetings[i - 1] AS earlier, meetings[i] AS later
     MERGE (later)-[:FOLLOWS]->(earlier)`,
    { body: bodyKey },
  );
  await tx.run(
    `MATCH (b:Body {key: $body})<-[:OF_BODY]-(m:Meeting)
     WHERE m.previousMeetingDate IS NOT NULL AND m.previousMeetingApproved = true
     MATCH (b)<-[:OF_BODY]-(previous:Meeting {date: m.previousMeetingDate})
     WHERE previous <> m
     MERGE (m)-[:APPROVES_NOTES_OF]->(previous)`,
    { body: bodyKey },
  );
}
