import { OrganisationDetail, OrganisationSummary, type NamedRef } from '../../shapes/api/index.js';
import { inShapeOf, rowsIn } from '../db/repository-rows.js';
import type { PresentedItem } from './people.repository.js';
import { passageTopics, type TopicPassages } from './passage-topics.js';
import type { GraphReader } from '../db/ports.js';

/**
 * Read models for organisations. An organisation takes part in a meeting through the people who
 * attended on its behalf (`ATTENDED.organisation` is the organisation's key).
 */

/** Every organisation, those present at most meetings first. */
export async function listOrganisations(executor: GraphReader): Promise<OrganisationSummary[]> {
  const rows = await executor.read(
    `MATCH (o:Organisation)
     RETURN o.key AS key, o.name AS name, o.abbreviation AS abbreviation, o.kind AS kind,
            COUNT { (o)<-[:REPRESENTS]-(:Person) } AS people,
            COUNT { MATCH (:Person)-[a:ATTENDED]->(m:Meeting) WHERE a.organisation = o.key RETURN DISTINCT m } AS meetings
     ORDER BY meetings DESC, o.name`,
  );
  return rowsIn(OrganisationSummary, rows);
}

type Attendance = OrganisationDetail['attendance'][number];

/** What the organisation view is made of (server/services/organisations.service.ts lays it out as the contract's OrganisationDetail). */
export interface OrganisationRecord {
  key: string;
  name: string;
  abbreviation: string | null;
  kind: string | null;
  people: OrganisationDetail['people'];
  meetings: { id: string; date: string | null; title: string | null; attendees: Attendance['attendees'] }[];
  presented: (PresentedItem & { presenter: NamedRef })[];
  /** Topics of passages spoken by or mentioning the organisation or its people, or in items its people presented. */
  topics: TopicPassages[];
}

const People = OrganisationDetail.shape.people;
const Attendees = OrganisationDetail.shape.attendance.element.shape.attendees;

/** One organisation, or null when the key is unknown. */
export async function getOrganisation(executor: GraphReader, key: string): Promise<OrganisationRecord | null> {
  const [rows, topics] = await Promise.all([
    executor.read(
      `MATCH (o:Organisation {key: $key})
       RETURN o.key AS key, o.name AS name, o.abbreviation AS abbreviation, o.kind AS kind,
         COLLECT {
           MATCH (p:Person)-[:REPRESENTS]->(o)
           RETURN { key: p.key, name: p.name,
                    meetings: COUNT { MATCH (p)-[a:ATTENDED]->() WHERE a.organisation = o.key } } AS person
           ORDER BY p.name
         } AS people,
         COLLECT {
           MATCH (p:Person)-[a:ATTENDED]->(m:Meeting) WHERE a.organisation = o.key
           WITH m, collect({ key: p.key, name: p.name, remote: a.remote }) AS attendees
           RETURN { id: m.id, date: m.date, title: m.title, attendees: attendees } AS meeting
           ORDER BY m.date IS NULL, m.date DESC, m.id DESC
         } AS meetings,
         COLLECT {
           MATCH (o)<-[:REPRESENTS]-(p:Person)-[:PRESENTED]->(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
           RETURN { key: i.key, number: i.number, title: i.title, meeting: m { .id, .date, .title },
                    presenter: p { .key, .name } } AS item
           ORDER BY m.date IS NULL, m.date DESC, m.id DESC, i.ordinal, p.name
         } AS presented`,
      { key },
    ),
    passageTopics(executor, 'Organisation', key),
  ]);
  const row = rows[0];
  if (!row) return null;
  const org = row as unknown as Omit<OrganisationRecord, 'topics'>;
  return {
    ...org,
    people: inShapeOf(People, org.people),
    meetings: org.meetings.map((m) => ({ ...m, attendees: inShapeOf(Attendees, m.attendees) })),
    topics,
  };
}
