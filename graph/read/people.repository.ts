import { z } from 'zod';
import { MeetingRefSchema, NamedRefSchema, PageSchema, TopicCountSchema, orNull, parseRows } from '../db/repository-rows.js';
import type { GraphReader } from '../db/ports.js';

/** Read models for people: who they are, which meetings they attended, what they presented, on which topics. */

export const PeopleListParamsSchema = PageSchema.extend({
  /** Case-insensitive part of the name. */
  name: z.string().min(1).max(200).optional(),
  organisation: z.string().min(1).optional(),
});
export type PeopleListParams = z.input<typeof PeopleListParamsSchema>;

export const PersonSummarySchema = z.object({
  key: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  organisations: z.array(NamedRefSchema),
  meetings: z.number().int(),
  presented: z.number().int(),
});
export type PersonSummary = z.infer<typeof PersonSummarySchema>;

export async function listPeople(executor: GraphReader, params: PeopleListParams = {}): Promise<{ total: number; people: PersonSummary[] }> {
  const p = PeopleListParamsSchema.parse(params);
  const args = { name: orNull(p.name?.toLocaleLowerCase('sv-SE')), organisation: orNull(p.organisation), offset: p.offset, limit: p.limit };
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
  return { total: Number(totals[0]?.total ?? 0), people: parseRows(PersonSummarySchema, rows) };
}

export const PresentedItemSchema = z.object({
  key: z.string(),
  number: z.string(),
  title: z.string(),
  meeting: MeetingRefSchema,
});
export type PresentedItem = z.infer<typeof PresentedItemSchema>;

export const PersonDetailSchema = z.object({
  key: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  organisations: z.array(NamedRefSchema),
  meetings: z.array(
    MeetingRefSchema.extend({
      organisation: z.string().nullable(),
      remote: z.boolean(),
      role: z.string().nullable(),
      secretary: z.boolean(),
    }),
  ),
  presented: z.array(PresentedItemSchema),
  /** Topics of the passages the person presented, spoke or is mentioned in. */
  topics: z.array(TopicCountSchema),
  /** Passages spoken by or mentioning the person. */
  passages: z.number().int(),
});
export type PersonDetail = z.infer<typeof PersonDetailSchema>;

/** One person, or null when the key is unknown. */
export async function getPerson(executor: GraphReader, key: string): Promise<PersonDetail | null> {
  const [rows, topics] = await Promise.all([
    executor.read(
      `MATCH (p:Person {key: $key})
       RETURN p.key AS key, p.name AS name, coalesce(p.roles, []) AS roles,
         COLLECT { MATCH (p)-[:REPRESENTS]->(o:Organisation) RETURN o { .key, .name } ORDER BY o.name } AS organisations,
         COLLECT {
           MATCH (p)-[a:ATTENDED]->(m:Meeting)
           RETURN { id: m.id, date: m.date, title: m.title, organisation: a.organisationName, remote: a.remote, role: a.role,
                    secretary: EXISTS { (p)-[:SECRETARY_OF]->(m) } } AS meeting
           ORDER BY m.date DESC
         } AS meetings,
         COLLECT {
           MATCH (p)-[:PRESENTED]->(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
           RETURN { key: i.key, number: i.number, title: i.title, meeting: m { .id, .date, .title } } AS item
           ORDER BY m.date DESC, i.ordinal
         } AS presented,
         COUNT { MATCH (s:Passage)-[:SPOKEN_BY|MENTIONS]->(p) RETURN DISTINCT s } AS passages`,
      { key },
    ),
    executor.read(
      `MATCH (p:Person {key: $key})
       CALL (p) {
         MATCH (p)-[:PRESENTED]->(:AgendaItem)-[:HAS_PASSAGE]->(s:Passage) RETURN s
         UNION
         MATCH (s:Passage)-[:SPOKEN_BY|MENTIONS]->(p) RETURN s
       }
       MATCH (s)-[:ABOUT]->(t:Topic)
       RETURN t.slug AS slug, t.label_sv AS label, count(DISTINCT s) AS passages
       ORDER BY passages DESC, slug`,
      { key },
    ),
  ]);
  const row = rows[0];
  return row ? PersonDetailSchema.parse({ ...row, topics }) : null;
}
