import { PersonSummary, type MeetingRef, type NamedRef, type PersonDetail } from '../../shapes/api/index.js';
import { inShapeOf, orNull, rowsIn } from '../db/repository-rows.js';
import type { GraphReader } from '../db/ports.js';
import { passageTopics, type TopicPassages } from './passage-topics.js';

/** Read models for people: who they are, which meetings they attended, what they presented, on which topics. */

export interface PeopleListParams {
  /** Case-insensitive part of the name. */
  name?: string;
  /** An organisation's key. */
  organisation?: string;
  offset?: number;
  limit?: number;
}

export async function listPeople(
  executor: GraphReader,
  params: PeopleListParams = {},
): Promise<{ total: number; people: PersonSummary[] }> {
  const args = {
    name: orNull(params.name?.toLocaleLowerCase('sv-SE')),
    organisation: orNull(params.organisation),
    offset: params.offset ?? 0,
    limit: params.limit ?? 50,
  };
  const filter = `($name IS NULL OR toLower(p.name) CONTAINS $name)
    AND ($organisation IS NULL OR EXISTS { (p)-[:REPRESENTS]->(:Organisation {key: $organisation}) })`;
  const [totals, rows] = await Promise.all([
    executor.read(`MATCH (p:Person) WHERE ${filter} RETURN count(p) AS total`, args),
    executor.read(
      `MATCH (p:Person) WHERE ${filter}
       RETURN p.key AS key, p.name AS name, coalesce(p.roles, []) AS roles,
              COLLECT { MATCH (p)-[:REPRESENTS]->(o:Organisation) RETURN o { .key, .name } ORDER BY o.name } AS organisations,
              COUNT { (p)-[:ATTENDED]->(:Meeting) } AS meetings,
              COUNT { (p)-[:PRESENTED]->(:AgendaItem) } AS presented
       ORDER BY meetings DESC, p.name
       SKIP toInteger($offset) LIMIT toInteger($limit)`,
      args,
    ),
  ]);
  return { total: Number(totals[0]?.total ?? 0), people: rowsIn(PersonSummary, rows) };
}

/** An agenda item someone presented, with its meeting. */
export interface PresentedItem {
  key: string;
  number: string;
  title: string;
  meeting: MeetingRef;
}

/** What the person view is made of (server/services/people.service.ts lays it out as the contract's PersonDetail). */
export interface PersonRecord {
  key: string;
  name: string;
  roles: string[];
  organisations: NamedRef[];
  meetings: (PersonDetail['meetings'][number] & { role: string | null; secretary: boolean })[];
  presented: PresentedItem[];
  /** Topics of the passages the person presented, spoke or is mentioned in. */
  topics: TopicPassages[];
  /** Passages spoken by or mentioning the person. */
  passages: number;
}

/** One person, or null when the key is unknown. */
export async function getPerson(executor: GraphReader, key: string): Promise<PersonRecord | null> {
  const [rows, topics] = await Promise.all([
    executor.read(
      `MATCH (p:Person {key: $key})
       RETURN p.key AS key, p.name AS name, coalesce(p.roles, []) AS roles,
         COLLECT { MATCH (p)-[:REPRESENTS]->(o:Organisation) RETURN o { .key, .name } ORDER BY o.name } AS organisations,
         COLLECT {
           MATCH (p)-[a:ATTENDED]->(m:Meeting)
           RETURN { id: m.id, date: m.date, title: m.title, organisation: a.organisationName, remote: a.remote, role: a.role,
                    secretary: EXISTS { (p)-[:SECRETARY_OF]->(m) } } AS meeting
           ORDER BY m.date IS NULL, m.date DESC, m.id DESC
         } AS meetings,
         COLLECT {
           MATCH (p)-[:PRESENTED]->(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
           RETURN { key: i.key, number: i.number, title: i.title, meeting: m { .id, .date, .title } } AS item
           ORDER BY m.date IS NULL, m.date DESC, m.id DESC, i.ordinal
         } AS presented,
         COUNT { MATCH (s:Passage)-[:SPOKEN_BY|MENTIONS]->(p) RETURN DISTINCT s } AS passages`,
      { key },
    ),
    passageTopics(executor, 'Person', key),
  ]);
  const row = rows[0];
  if (!row) return null;
  return { ...row, organisations: inShapeOf(PersonSummary.shape.organisations, row.organisations), topics } as unknown as PersonRecord;
}
