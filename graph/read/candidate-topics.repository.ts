import type { GraphReader } from '../db/ports.js';
import { MEETING_OF_BODY } from '../db/meeting-filter.js';
import { orNull } from '../db/repository-rows.js';

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

/** Dated meetings' passages only (a candidate belongs to a period); `body`: one council's. */
export async function listPassageTexts(executor: GraphReader, body?: string, limit = 200_000): Promise<PassageText[]> {
  const rows = await executor.read(
    `MATCH (m:Meeting)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->(p:Passage) WHERE m.date IS NOT NULL AND ${MEETING_OF_BODY}
     RETURN m.id AS meetingId, m.date AS date, p.text AS text
     ORDER BY m.date, p.key LIMIT toInteger($limit)`,
    { limit, body: orNull(body) },
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
