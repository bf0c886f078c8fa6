import type { GraphReader } from '../db/ports.js';

/**
 * The passage texts that candidate topics are computed from (server/services/candidate-topics.service.ts):
 * text and meeting date only, so the term statistics run in Node with the pipeline's own Swedish tools.
 */

export interface PassageText {
  meetingId: string;
  /** ISO date. */
  date: string;
  text: string;
}

export async function listPassageTexts(executor: GraphReader, limit = 200_000): Promise<PassageText[]> {
  const rows = await executor.read(
    `MATCH (m:Meeting)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->(p:Passage) WHERE m.date IS NOT NULL
     RETURN m.id AS meetingId, m.date AS date, p.text AS text
     ORDER BY m.date, p.key LIMIT toInteger($limit)`,
    { limit },
  );
  return rows as unknown as PassageText[];
}

/** Every person's and organisation's name: their words are not themes ("Janne", "PRO"). */
export async function listActorNames(executor: GraphReader): Promise<string[]> {
  const rows = await executor.read(
    `MATCH (n) WHERE (n:Person OR n:Organisation OR n:Body) AND n.name IS NOT NULL RETURN DISTINCT n.name AS name`,
  );
  return rows.map((r) => String(r.name));
}
