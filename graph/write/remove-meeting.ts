import type { StatementRunner } from './ports.js';

/**
 * Removing what a meeting wrote, for replacement and for pruning.
 *
 * A meeting OWNS its agenda items, passages, concerns and follow-ups (their keys start with the
 * meeting id) and its own relationships (OF_BODY, FOLLOWS, APPROVES_NOTES_OF, ATTENDED,
 * SECRETARY_OF). Those go. People, organisations and bodies are SHARED between meetings: the
 * meeting only removes its facts about them (its roles of a person, its support of a
 * REPRESENTS). Orphan rule: a Person, Organisation or Body that afterwards has no relationship
 * and that no meeting lists (`Meeting.personKeys` / `organisationKeys` / `bodyKeys`) is deleted,
 * so a name a re-parse corrected leaves no ghost behind. Topics are never deleted: they belong
 * to the taxonomy, not to meetings.
 */

/** The shared nodes a meeting refers to, recorded on the Meeting node when it is written. */
export interface MeetingFootprint {
  id: string;
  bodyKey: string | null;
  personKeys: string[];
  organisationKeys: string[];
  bodyKeys: string[];
}

export async function readFootprint(tx: StatementRunner, id: string): Promise<MeetingFootprint | null> {
  const rows = await tx.run(
    `MATCH (m:Meeting {id: $id})
     RETURN m.bodyKey AS bodyKey, coalesce(m.personKeys, []) AS personKeys,
            coalesce(m.organisationKeys, []) AS organisationKeys, coalesce(m.bodyKeys, []) AS bodyKeys`,
    { id },
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id,
    bodyKey: (row.bodyKey as string | null) ?? null,
    personKeys: row.personKeys as string[],
    organisationKeys: row.organisationKeys as string[],
    bodyKeys: row.bodyKeys as string[],
  };
}

/** Deletes the meeting's owned nodes and relationships and its facts on shared nodes; keeps the Meeting node. */
export async function removeMeetingContent(tx: StatementRunner, footprint: MeetingFootprint): Promise<void> {
  const { id } = footprint;
  // Concerns and follow-ups are found through the item they were RAISED_IN / PROMISED_IN, never through
  // ADDRESSED_IN: a follow-up promised at another meeting survives (its ADDRESSED_IN to us goes with our item).
  await tx.run(
    `MATCH (:Meeting {id: $id})-[:HAS_ITEM]->(i:AgendaItem)
     OPTIONAL MATCH (i)-[:HAS_PASSAGE]->(p:Passage)
     OPTIONAL MATCH (i)<-[:RAISED_IN|PROMISED_IN]-(x)
     WITH collect(DISTINCT i) + collect(DISTINCT p) + collect(DISTINCT x) AS owned
     UNWIND owned AS n
     DETACH DELETE n`,
    { id },
  );
  // What is left on the meeting is meeting-level; FOLLOWS and APPROVES_NOTES_OF are rebuilt per body.
  await tx.run('MATCH (:Meeting {id: $id})-[r]-() DELETE r', { id });
  await tx.run(
    `MATCH (p:Person) WHERE p.key IN $people
     SET p.roleFacts = [f IN coalesce(p.roleFacts, []) WHERE NOT f STARTS WITH $prefix]`,
    { people: footprint.personKeys, prefix: `${id}|` },
  );
  await tx.run(
    `MATCH (p:Person)-[r:REPRESENTS]->() WHERE p.key IN $people
     SET r.meetings = [x IN coalesce(r.meetings, []) WHERE x <> $id]
     WITH r WHERE size(r.meetings) = 0
     DELETE r`,
    { people: footprint.personKeys, id },
  );
}

/** Deletes the Meeting node itself (after its content), for pruning. */
export async function removeMeetingNode(tx: StatementRunner, id: string): Promise<void> {
  await tx.run('MATCH (m:Meeting {id: $id}) DETACH DELETE m', { id });
}

/** Deletes the candidates that became orphans; see the rule at the top of this file. */
export async function removeOrphans(tx: StatementRunner, candidates: Omit<MeetingFootprint, 'id' | 'bodyKey'>): Promise<void> {
  await tx.run(
    `MATCH (n:Person) WHERE n.key IN $keys AND NOT (n)--()
       AND NOT EXISTS { MATCH (m:Meeting) WHERE n.key IN m.personKeys }
     DELETE n`,
    { keys: candidates.personKeys },
  );
  await tx.run(
    `MATCH (n:Organisation) WHERE n.key IN $keys AND NOT (n)--()
       AND NOT EXISTS { MATCH (m:Meeting) WHERE n.key IN m.organisationKeys }
     DELETE n`,
    { keys: candidates.organisationKeys },
  );
  await tx.run(
    `MATCH (n:Body) WHERE n.key IN $keys AND NOT (n)--()
       AND NOT EXISTS { MATCH (m:Meeting) WHERE n.key IN m.bodyKeys }
     DELETE n`,
    { keys: candidates.bodyKeys },
  );
}

/** `Person.roles` is derived: the distinct roles over all meetings' role facts (`${meetingId}|${role}`). */
export async function refreshRoles(tx: StatementRunner, personKeys: string[]): Promise<void> {
  await tx.run(
    `MATCH (p:Person) WHERE p.key IN $keys
     SET p.roles = COLLECT {
       UNWIND coalesce(p.roleFacts, []) AS fact
       WITH DISTINCT substring(fact, size(split(fact, '|')[0]) + 1) AS role
       RETURN role ORDER BY role
     }`,
    { keys: personKeys },
  );
}
