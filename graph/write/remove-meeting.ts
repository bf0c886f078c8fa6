import type { StatementRunner } from '../db/ports.js';

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
  // The meeting's facts about shared nodes go with it; its people's roles and REPRESENTS are
  // recomputed by refreshSharedFacts once the new version (if any) is written.
  await tx.run('MATCH (m:Meeting {id: $id}) SET m.roleFacts = [], m.representsFacts = []', { id });
}

/** Deletes the Meeting node itself (after its content), for pruning. */
export async function removeMeetingNode(tx: StatementRunner, id: string): Promise<void> {
  await tx.run('MATCH (m:Meeting {id: $id}) DETACH DELETE m', { id });
}

/** What meetings removed whole referred to: the shared nodes that may be orphans now, and the bodies whose chain changed. */
export interface RemovedMeetings {
  ids: string[];
  /** The bodies the meetings belonged to (their FOLLOWS / APPROVES_NOTES_OF chain needs a rebuild). */
  chains: string[];
  personKeys: string[];
  organisationKeys: string[];
  bodyKeys: string[];
}

/**
 * Deletes these meetings whole (owned nodes, relationships, the Meeting node). Orphans and chains
 * are the caller's to settle, once, after everything else in its transaction is written.
 */
export async function removeMeetings(tx: StatementRunner, ids: readonly string[]): Promise<RemovedMeetings> {
  const removed = {
    ids: new Set<string>(),
    chains: new Set<string>(),
    personKeys: new Set<string>(),
    organisationKeys: new Set<string>(),
    bodyKeys: new Set<string>(),
  };
  for (const id of ids) {
    const footprint = await readFootprint(tx, id);
    if (!footprint) continue;
    await removeMeetingContent(tx, footprint);
    await removeMeetingNode(tx, id);
    removed.ids.add(id);
    if (footprint.bodyKey) removed.chains.add(footprint.bodyKey);
    footprint.personKeys.forEach((key) => removed.personKeys.add(key));
    footprint.organisationKeys.forEach((key) => removed.organisationKeys.add(key));
    footprint.bodyKeys.forEach((key) => removed.bodyKeys.add(key));
  }
  return {
    ids: [...removed.ids],
    chains: [...removed.chains],
    personKeys: [...removed.personKeys],
    organisationKeys: [...removed.organisationKeys],
    bodyKeys: [...removed.bodyKeys],
  };
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

/**
 * `Person.roles` and `REPRESENTS` are derived from the facts the meetings keep (`roleFacts`,
 * `representsFacts`, each `${personKey}|…`): recomputed for these people after a replacement or
 * removal, so what only an old version said is retracted. Scans the meetings that list a person.
 */
export async function refreshSharedFacts(tx: StatementRunner, personKeys: string[]): Promise<void> {
  if (personKeys.length === 0) return;
  await tx.run(
    `MATCH (p:Person) WHERE p.key IN $keys
     CALL (p) {
       MATCH (m:Meeting) WHERE p.key IN m.personKeys
       UNWIND coalesce(m.roleFacts, []) AS fact
       WITH fact WHERE fact STARTS WITH p.key + '|'
       WITH DISTINCT substring(fact, size(p.key) + 1) AS role ORDER BY role
       RETURN collect(role) AS roles
     }
     SET p.roles = roles`,
    { keys: personKeys },
  );
  await tx.run(
    `MATCH (p:Person)-[r:REPRESENTS]->(o:Organisation) WHERE p.key IN $keys
       AND NOT EXISTS { MATCH (m:Meeting) WHERE (p.key + '|' + o.key) IN m.representsFacts }
     DELETE r`,
    { keys: personKeys },
  );
}
