import { z } from 'zod';
import { IsoDateSchema, PageSchema, orNull } from '../db/repository-rows.js';
import type { GraphReader } from '../db/ports.js';

/**
 * The council's concerns, grouped: a group is a chain of `(:Concern)-[:ECHOES]->(:Concern)` (the
 * same concern raised again at a later meeting), or a single concern. Answers are the passages of
 * kind `answer` that follow the concern's passage in the same agenda item, up to the next council
 * question or comment (a new concern starts there).
 */

const ActorSchema = z.object({ type: z.string(), key: z.string().nullable(), name: z.string().nullable() });
const TopicRefSchema = z.object({ slug: z.string(), label_sv: z.string().nullable(), label_en: z.string().nullable() });

const ConcernRowSchema = z.object({
  key: z.string(),
  meetingId: z.string(),
  date: IsoDateSchema,
  itemOrdinal: z.number().int(),
  itemTitle: z.string(),
  passageKey: z.string().nullable(),
  text: z.string(),
  gist: z.string().nullable(),
  topics: z.array(TopicRefSchema),
  groupKey: z.string(),
  groupSize: z.number().int().min(1),
  following: z.array(z.object({ kind: z.string(), text: z.string(), speaker: ActorSchema })),
});
type ConcernRow = z.infer<typeof ConcernRowSchema>;

export interface ConcernRecord extends Omit<ConcernRow, 'groupSize' | 'following'> {
  answers: { text: string; speaker: z.infer<typeof ActorSchema> }[];
  groupKey: string;
  recurring: boolean;
}

export interface ConcernGroupRecord {
  key: string;
  gist: string | null;
  topics: z.infer<typeof TopicRefSchema>[];
  count: number;
  firstRaised: string;
  lastRaised: string;
  recurring: boolean;
  occurrences: Omit<ConcernRecord, 'topics' | 'groupKey' | 'recurring'>[];
}

/** Kinds that end a run of answers: the council speaks again. */
const NEW_TURN = new Set(['council_question', 'council_comment']);
/** Passages looked at after a concern for its answers. */
const FOLLOWING_WINDOW = 8;

/**
 * One occurrence of concern `c`, raised in item `i` of meeting `m` (`p`: its passage, or null), with
 * the passages after it in the item, where its answers are (answersIn). Shared by both queries.
 */
const OCCURRENCE = `
  key: c.key, meetingId: m.id, date: m.date, itemOrdinal: i.ordinal, itemTitle: i.title,
  passageKey: c.passageKey, text: c.text, gist: c.gist,
  following: COLLECT {
    MATCH (i)-[:HAS_PASSAGE]->(a:Passage) WHERE p IS NOT NULL AND a.ordinal > p.ordinal
    OPTIONAL MATCH (a)-[:SPOKEN_BY]->(sp)
    RETURN { ordinal: a.ordinal, kind: a.kind, text: a.text,
             speaker: { type: coalesce(a.speakerType, 'unknown'), key: sp.key, name: coalesce(sp.name, a.speakerName) } } AS f
    ORDER BY f.ordinal LIMIT ${FOLLOWING_WINDOW}
  }`;

/**
 * A concern's group (groupKey, groupSize) is stored by the cross-meeting step
 * (graph/analysis/concern-groups.ts); a concern written since then is a group of its own until
 * the step runs again at the end of the ingest.
 */
const MEETING_CONCERNS = `
MATCH (c:Concern {meetingId: $meetingId})-[:RAISED_IN]->(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
OPTIONAL MATCH (p:Passage {key: c.passageKey})
RETURN c { ${OCCURRENCE},
       topics: COLLECT { MATCH (c)-[:ABOUT]->(t:Topic) RETURN t { .slug, .label_sv, .label_en } ORDER BY t.slug },
       groupKey: coalesce(c.groupKey, c.key), groupSize: coalesce(c.groupSize, 1) } AS concern
ORDER BY c.ordinal`;

/** Concerns of one meeting, in order, each with its group. */
export async function listMeetingConcerns(executor: GraphReader, meetingId: string): Promise<ConcernRecord[]> {
  const rows = await executor.read(MEETING_CONCERNS, { meetingId });
  return rows.map((row) => {
    const { groupSize, following, ...concern } = ConcernRowSchema.parse(row.concern);
    return { ...concern, answers: answersIn(following), recurring: groupSize >= 2 };
  });
}

export const ConcernGroupFilterSchema = z.object({
  topic: z.string().min(1).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  recurring: z.boolean().optional(),
  /** Only groups with an occurrence at one of these meetings. */
  meetingIds: z.array(z.string()).optional(),
  /** Only groups with an occurrence at a meeting someone attended for this organisation (its key). */
  organisation: z.string().min(1).optional(),
});
export type ConcernGroupFilter = z.input<typeof ConcernGroupFilterSchema>;

export const ConcernGroupPageSchema = ConcernGroupFilterSchema.extend(PageSchema.shape);
export type ConcernGroupPage = z.input<typeof ConcernGroupPageSchema>;

/**
 * Groups are formed, filtered, ordered, counted and cut to the page in the graph; only the page's
 * members are read in full (occurrences with their answers, topics). A group matches a filter when
 * ANY of its occurrences does (raised in the date range, about the topic, at one of the meetings),
 * and is then shown whole. `recurring` is the count of members found, so a group the analysis
 * has not seen yet is a single concern. `$limit` null: every group.
 */
const CONCERN_GROUPS = `
MATCH (c:Concern)-[:RAISED_IN]->(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
WITH coalesce(c.groupKey, c.key) AS key, c, m.date AS date,
     ($from IS NULL OR m.date >= date($from)) AND ($to IS NULL OR m.date <= date($to)) AS inRange,
     ($meetingIds IS NULL OR m.id IN $meetingIds)
       AND ($organisation IS NULL OR EXISTS { (m)<-[a:ATTENDED]-(:Person) WHERE a.organisation = $organisation }) AS atMeeting,
     ($topic IS NULL OR EXISTS { (c)-[:ABOUT]->(:Topic {slug: $topic}) }) AS onTopic
WITH key, collect(c) AS members, count(c) AS raised, max(date) AS lastRaised,
     count(CASE WHEN inRange THEN 1 END) AS raisedInRange, count(CASE WHEN atMeeting THEN 1 END) AS raisedAtMeetings,
     count(CASE WHEN onTopic THEN 1 END) AS raisedOnTopic
WHERE raisedInRange > 0 AND raisedAtMeetings > 0 AND raisedOnTopic > 0 AND ($recurring IS NULL OR (raised >= 2) = $recurring)
WITH key, members ORDER BY raised >= 2 DESC, lastRaised DESC, key
WITH collect({ key: key, members: members }) AS groups
WITH size(groups) AS total, groups[toInteger($offset)..toInteger($offset) + coalesce(toInteger($limit), size(groups))] AS page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS at
  WITH at, page[at] AS g
  CALL (g) {
    UNWIND g.members AS c
    MATCH (c)-[:RAISED_IN]->(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
    OPTIONAL MATCH (p:Passage {key: c.passageKey})
    WITH c, i, m, p ORDER BY m.date, m.id, c.ordinal
    RETURN collect(c { ${OCCURRENCE} }) AS occurrences
  }
  WITH at, g, occurrences ORDER BY at
  RETURN collect({
    key: g.key,
    topics: COLLECT { UNWIND g.members AS c MATCH (c)-[:ABOUT]->(t:Topic) WITH DISTINCT t RETURN t { .slug, .label_sv, .label_en } AS topic ORDER BY topic.slug },
    occurrences: occurrences
  }) AS groups
}
RETURN total, groups`;

const GroupRowSchema = z.object({
  key: z.string(),
  topics: z.array(TopicRefSchema),
  occurrences: z.array(ConcernRowSchema.omit({ topics: true, groupKey: true, groupSize: true })).min(1),
});
const GroupPageRowSchema = z.object({ total: z.number().int(), groups: z.array(GroupRowSchema) });

async function readConcernGroups(executor: GraphReader, filter: ConcernGroupFilter, offset: number, limit: number | null) {
  const f = ConcernGroupFilterSchema.parse(filter);
  const [row] = await executor.read(CONCERN_GROUPS, {
    topic: orNull(f.topic),
    from: orNull(f.from),
    to: orNull(f.to),
    recurring: orNull(f.recurring),
    meetingIds: orNull(f.meetingIds),
    organisation: orNull(f.organisation),
    offset,
    limit,
  });
  const { total, groups } = GroupPageRowSchema.parse(row);
  return { total, groups: groups.map(mapGroup) };
}

/** One page of groups (recurring first, then the most recently raised first) and how many match. */
export async function pageConcernGroups(executor: GraphReader, params: ConcernGroupPage = {}): Promise<{ total: number; groups: ConcernGroupRecord[] }> {
  const { offset, limit, ...filter } = ConcernGroupPageSchema.parse(params);
  return readConcernGroups(executor, filter, offset, limit);
}

/** The newest occurrence names the group: its gist, else its text. */
function mapGroup({ key, topics, occurrences }: z.infer<typeof GroupRowSchema>): ConcernGroupRecord {
  const first = occurrences[0]!;
  const last = occurrences.at(-1)!;
  return {
    key,
    gist: last.gist ?? last.text,
    topics,
    count: occurrences.length,
    firstRaised: first.date,
    lastRaised: last.date,
    recurring: occurrences.length >= 2,
    occurrences: occurrences.map(({ following, ...occurrence }) => ({ ...occurrence, answers: answersIn(following) })),
  };
}

function answersIn(following: ConcernRow['following']): ConcernRecord['answers'] {
  const answers: ConcernRecord['answers'] = [];
  for (const passage of following) {
    if (NEW_TURN.has(passage.kind)) break;
    if (passage.kind === 'answer') answers.push({ text: passage.text, speaker: passage.speaker });
  }
  return answers;
}
