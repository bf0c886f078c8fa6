import { Concern, ConcernAnswer, ConcernOccurrence, type Actor, type ConcernGroup } from '../../shapes/api/index.js';
import { inShapeOf, orNull } from '../db/repository-rows.js';
import type { GraphReader } from '../db/ports.js';
import { MEETING_IN_RANGE, MEETING_OF_BODY } from '../db/meeting-filter.js';

/**
 * The council's concerns, grouped: a group is a chain of `(:Concern)-[:ECHOES]->(:Concern)` (the
 * same concern raised again at a later meeting), or a single concern. Answers are the passages of
 * kind `answer` that follow the concern's passage in the same agenda item, up to the next council
 * question or comment (a new concern starts there). Returned in the contract's shapes (shapes/api/concerns.ts).
 */

/** An occurrence as the statement returns it: the contract's fields but the answers, and the passages after it. */
type OccurrenceRow = Omit<ConcernOccurrence, 'answers'> & { following: { kind: string; text: string; speaker: Actor }[] };

const OccurrenceFields = ConcernOccurrence.omit({ answers: true });
const Topics = Concern.shape.topics;
const Speaker = ConcernAnswer.shape.speaker;

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
export async function listMeetingConcerns(executor: GraphReader, meetingId: string): Promise<Concern[]> {
  const rows = await executor.read(MEETING_CONCERNS, { meetingId });
  return rows.map((row) => {
    const c = row.concern as OccurrenceRow & Pick<Concern, 'topics' | 'groupKey'> & { groupSize: number };
    return {
      ...inShapeOf(OccurrenceFields, c),
      topics: inShapeOf(Topics, c.topics),
      groupKey: c.groupKey,
      answers: answersIn(c.following),
      recurring: c.groupSize >= 2,
    };
  });
}

export interface ConcernGroupFilter {
  topic?: string;
  /** ISO dates, inclusive: a group matches when one of its occurrences falls in the range. */
  from?: string;
  to?: string;
  recurring?: boolean;
  /** Only groups with an occurrence at one of these meetings. */
  meetingIds?: string[];
  /** Only groups with an occurrence at a meeting someone attended for this organisation (its key). */
  organisation?: string;
  /** Only groups with an occurrence at a meeting of this council (its body key). */
  body?: string;
}

export interface ConcernGroupPage extends ConcernGroupFilter {
  offset?: number;
  limit?: number;
}

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
     ${MEETING_IN_RANGE} AS inRange,
     ($meetingIds IS NULL OR m.id IN $meetingIds) AND ${MEETING_OF_BODY}
       AND ($organisation IS NULL OR EXISTS { (m)<-[a:ATTENDED]-(:Person) WHERE a.organisation = $organisation }) AS atMeeting,
     ($topic IS NULL OR EXISTS { (c)-[:ABOUT]->(:Topic {slug: $topic}) }) AS onTopic
WITH key, collect(c) AS members, count(c) AS raised, max(date) AS lastRaised,
     count(CASE WHEN inRange THEN 1 END) AS raisedInRange, count(CASE WHEN atMeeting THEN 1 END) AS raisedAtMeetings,
     count(CASE WHEN onTopic THEN 1 END) AS raisedOnTopic
WHERE raisedInRange > 0 AND raisedAtMeetings > 0 AND raisedOnTopic > 0 AND ($recurring IS NULL OR (raised >= 2) = $recurring)
WITH key, members ORDER BY raised >= 2 DESC, lastRaised IS NULL, lastRaised DESC, key
WITH collect({ key: key, members: members }) AS groups
WITH size(groups) AS total, groups[toInteger($offset)..toInteger($offset) + coalesce(toInteger($limit), size(groups))] AS page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS at
  WITH at, page[at] AS g
  CALL (g) {
    UNWIND g.members AS c
    MATCH (c)-[:RAISED_IN]->(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
    OPTIONAL MATCH (p:Passage {key: c.passageKey})
    WITH c, i, m, p ORDER BY m.date IS NULL, m.date, m.id, c.ordinal
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

interface GroupRow {
  key: string;
  topics: ConcernGroup['topics'];
  occurrences: OccurrenceRow[];
}

/** One page of groups (recurring first, then the most recently raised first) and how many match. */
export async function pageConcernGroups(
  executor: GraphReader,
  params: ConcernGroupPage = {},
): Promise<{ total: number; groups: ConcernGroup[] }> {
  const [row] = await executor.read(CONCERN_GROUPS, {
    topic: orNull(params.topic),
    from: orNull(params.from),
    to: orNull(params.to),
    recurring: orNull(params.recurring),
    meetingIds: orNull(params.meetingIds),
    organisation: orNull(params.organisation),
    body: orNull(params.body),
    offset: params.offset ?? 0,
    limit: params.limit ?? 50,
  });
  return { total: Number(row?.total ?? 0), groups: ((row?.groups ?? []) as GroupRow[]).map(toGroup) };
}

/**
 * The newest occurrence names the group: its gist, else its text. Occurrences are oldest first with
 * the undated last, so the dates come from the dated ones and the name from the last of all.
 */
function toGroup({ key, topics, occurrences }: GroupRow): ConcernGroup {
  const last = occurrences.at(-1)!;
  const dates = occurrences.flatMap((o) => (o.date === null ? [] : [o.date]));
  return {
    key,
    gist: last.gist ?? last.text,
    topics: inShapeOf(Topics, topics),
    count: occurrences.length,
    firstRaised: dates[0] ?? null,
    lastRaised: dates.at(-1) ?? null,
    recurring: occurrences.length >= 2,
    occurrences: occurrences.map((occurrence) => ({
      ...inShapeOf(OccurrenceFields, occurrence),
      answers: answersIn(occurrence.following),
    })),
  };
}

function answersIn(following: OccurrenceRow['following']): ConcernAnswer[] {
  const answers: ConcernAnswer[] = [];
  for (const passage of following) {
    if (NEW_TURN.has(passage.kind)) break;
    if (passage.kind === 'answer') answers.push({ text: passage.text, speaker: inShapeOf(Speaker, passage.speaker) });
  }
  return answers;
}
