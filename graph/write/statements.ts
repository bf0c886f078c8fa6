import type { ActorLabel } from './meeting-rows.js';

/**
 * The write stage's Cypher: each statement UNWINDs one batch of rows from meeting-rows.ts and
 * MERGEs on keys. Integers go through toInteger() because the JS driver sends every number as a
 * float; dates through date() so they compare and sort as dates. Lists on shared nodes are kept
 * sorted, so the graph is the same whatever order meetings are written in.
 */

const maybeDate = (expression: string) => `CASE WHEN ${expression} IS NULL THEN null ELSE date(${expression}) END`;

/**
 * The Body's name, municipality and display name are set on every write, not only on creation: the
 * key is the display name's slug, so they can differ only in spelling, and the latest reading of
 * the minutes (or a graph written before bodies had a display name) is brought up to date.
 * An undated meeting has no `date` property at all.
 */
export const MEETING = `
MERGE (b:Body {key: $body.key})
SET b.name = $body.name, b.municipality = $body.municipality, b.displayName = $body.displayName
MERGE (m:Meeting {id: $meeting.id})
SET m += $meeting,
    m.date = ${maybeDate('$meeting.date')},
    m.previousMeetingDate = ${maybeDate('$meeting.previousMeetingDate')},
    m.nextMeetingDate = ${maybeDate('$meeting.nextMeetingDate')},
    m.sourcePages = toInteger($meeting.sourcePages),
    m.passageCount = toInteger($meeting.passageCount),
    m.topicPassageCounts = [n IN $meeting.topicPassageCounts | toInteger(n)],
    m.embedderDimensions = toInteger($meeting.embedderDimensions),
    m.bodyKey = b.key,
    m.personKeys = $personKeys,
    m.organisationKeys = $organisationKeys,
    m.bodyKeys = $bodyKeys
MERGE (m)-[:OF_BODY]->(b)`;

export const ORGANISATIONS = `
UNWIND $rows AS row
MERGE (o:Organisation {key: row.key})
SET o.name = row.name, o.abbreviation = row.abbreviation, o.kind = row.kind`;

/**
 * A person's roles are the union over the meetings that name them. The facts behind them live on
 * each Meeting (`roleFacts`, `representsFacts`: small, per meeting), so a write only adds to the
 * person's short list of distinct roles; a replacement or removal recomputes it from the meetings
 * (remove-meeting.ts `refreshSharedFacts`). No list on a shared node grows with the number of meetings.
 */
export const PEOPLE = `
UNWIND $rows AS row
MERGE (p:Person {key: row.key})
SET p.name = row.name
SET p.roles = COLLECT { UNWIND coalesce(p.roles, []) + row.roles AS role RETURN DISTINCT role ORDER BY role }`;

export const REPRESENTS = `
UNWIND $rows AS row
MATCH (p:Person {key: row.person}), (o:Organisation {key: row.organisation})
MERGE (p)-[:REPRESENTS]->(o)`;

export const ATTENDED = `
MATCH (m:Meeting {id: $id})
UNWIND $rows AS row
MATCH (p:Person {key: row.person})
MERGE (p)-[a:ATTENDED]->(m)
SET a.organisation = row.organisation, a.organisationName = row.organisationName,
    a.remote = row.remote, a.role = row.role`;

export const SECRETARY = `
MATCH (m:Meeting {id: $id}), (p:Person {key: $person})
MERGE (p)-[:SECRETARY_OF]->(m)`;

export const ITEMS = `
MATCH (m:Meeting {id: $id})
UNWIND $rows AS row
MERGE (i:AgendaItem {key: row.key})
SET i.meetingId = $id, i.ordinal = toInteger(row.ordinal), i.number = row.number, i.title = row.title,
    i.searchTerms = row.searchTerms, i.page = toInteger(row.page), i.line = toInteger(row.line)
MERGE (m)-[:HAS_ITEM]->(i)`;

export const PRESENTED = `
UNWIND $rows AS row
MATCH (p:Person {key: row.person}), (i:AgendaItem {key: row.item})
MERGE (p)-[:PRESENTED]->(i)`;

/** Provenance: offsets into the cleaned text and the page; the source path and sha256 are on the Meeting. */
export const PASSAGES = `
UNWIND $rows AS row
MATCH (i:AgendaItem {key: row.item})
MERGE (p:Passage {key: row.key})
SET p.meetingId = $id, p.ordinal = toInteger(row.ordinal), p.text = row.text, p.searchTerms = row.searchTerms, p.kind = row.kind,
    p.start = toInteger(row.start), p.end = toInteger(row.end), p.page = toInteger(row.page),
    p.speakerType = row.speakerType, p.speakerName = row.speakerName, p.speakerBasis = row.speakerBasis
MERGE (i)-[:HAS_PASSAGE]->(p)`;

/** Stored as a float32 vector property, the form the vector index reads. */
export const EMBEDDINGS = `
UNWIND $rows AS row
MATCH (p:Passage {key: row.key})
CALL db.create.setNodeVectorProperty(p, 'embedding', row.embedding)`;

/** A scored ABOUT link from a passage or agenda item (the row's `field` holds its key) to a topic. */
const topicLinks = (label: 'Passage' | 'AgendaItem', field: 'passage' | 'item', set: string) => `
UNWIND $rows AS row
MATCH (s:${label} {key: row.${field}})
MERGE (t:Topic {slug: row.slug})
MERGE (s)-[a:ABOUT]->(t)
SET ${set}`;

/**
 * A passage's link also carries its topic's slug: the relationship index on (topic, score)
 * (graph/db/schema.ts PASSAGE_TOPIC_INDEX) then gives a topic's best passages in score order
 * without walking its thousands of links (search's topic ranking).
 */
export const PASSAGE_TOPICS = topicLinks('Passage', 'passage', 'a.score = row.score, a.topic = row.slug');
/** An agenda item's own topics (from its passages and title), for item-level views and trends. */
export const ITEM_TOPICS = topicLinks('AgendaItem', 'item', 'a.score = row.score');

/** A concern's topic links carry the topic and the concern's key for the related-concerns index (graph/db/schema.ts CONCERN_TOPIC_INDEX). */
export const CONCERNS = `
UNWIND $rows AS row
MATCH (i:AgendaItem {key: row.item})
MERGE (c:Concern {key: row.key})
SET c.meetingId = $id, c.ordinal = toInteger(row.ordinal), c.text = row.text, c.gist = row.gist,
    c.passageKey = row.passageKey
MERGE (c)-[:RAISED_IN]->(i)
WITH c, row
UNWIND row.topics AS slug
MERGE (t:Topic {slug: slug})
MERGE (c)-[a:ABOUT]->(t)
SET a.topic = slug, a.concern = c.key`;

export const FOLLOW_UPS = `
UNWIND $rows AS row
MATCH (i:AgendaItem {key: row.item})
MERGE (f:FollowUp {key: row.key})
SET f.meetingId = $id, f.ordinal = toInteger(row.ordinal), f.text = row.text, f.due = ${maybeDate('row.due')},
    f.status = row.status, f.passageKey = row.passageKey, f.ownerType = row.ownerType, f.ownerName = row.ownerName
MERGE (f)-[:PROMISED_IN]->(i)`;

/**
 * Links from a passage or follow-up to an actor. Labels cannot be parameters, so there is one
 * static statement per label; the actor is MERGEd because a Body speaker ("Rådet") may not exist yet.
 */
const actorLinks = (fromLabel: 'Passage' | 'FollowUp', type: string, setClause = '') =>
  Object.fromEntries(
    (['Person', 'Organisation', 'Body'] as const).map((label) => [
      label,
      `UNWIND $rows AS row
       MATCH (s:${fromLabel} {key: row.from})
       MERGE (a:${label} {key: row.key}) ON CREATE SET a.name = row.name
       MERGE (s)-[r:${type}]->(a)${setClause}`,
    ]),
  ) as Record<ActorLabel, string>;

export const SPOKEN_BY = actorLinks('Passage', 'SPOKEN_BY');
export const MENTIONS = actorLinks('Passage', 'MENTIONS', '\n       SET r.surfaces = row.surfaces, r.count = toInteger(row.count)');
export const OWNED_BY = actorLinks('FollowUp', 'OWNED_BY');

/**
 * All of a meeting's rows in ONE statement: each batch runs as a unit subquery over its own list,
 * in order, so later parts see what earlier parts wrote. One round trip instead of some twenty
 * keeps the write stage fast; the statements above stay the single source of each step.
 *
 * Every value comes in through ONE map parameter, `$write`. Neo4j keys its plan cache on the
 * parameters' types and, for a list or string parameter, on its size bucket (0, 1, ≤10, ≤100, …);
 * with two dozen top-level lists nearly every meeting had a new combination, so the statement
 * was planned again for most meetings (≈600 ms each, against ≈50 ms to run it). A map parameter
 * carries no size hint, so the plan is made once.
 */
const unit = (cypher: string, list: string, scope = ''): string => `CALL (${scope}) {\n${cypher.replaceAll('$rows', `$${list}`)}\n}`;

/**
 * Neo4j plans a statement again whenever the graph's statistics have moved by more than a
 * threshold since it was planned, so a graph growing from empty re-planned the write statement
 * every few hundred meetings (0.6–1.3 s each: about 10 s of a 2,000-meeting ingest). Every part of
 * it seeks a uniqueness constraint, so the plan cannot change with the statistics (compared
 * with EXPLAIN on an empty graph and on 2,000 meetings); `replan=skip` keeps the first one. A
 * schema change still clears the plan cache.
 */
const KEEP_PLAN = 'CYPHER replan=skip\n';

/** A meeting's write, part by part; `scope` is what each unit subquery imports. */
const writeParts = (scope = ''): string[] => [
  MEETING,
  scope ? `WITH m, ${scope}` : 'WITH m',
  unit(ORGANISATIONS, 'organisations', scope),
  unit(PEOPLE, 'people', scope),
  unit(REPRESENTS, 'represents', scope),
  unit(ATTENDED, 'attended', scope),
  unit(SECRETARY.replace('$person', '$secretary'), 'unused', scope),
  unit(ITEMS, 'items', scope),
  unit(PRESENTED, 'presented', scope),
  unit(PASSAGES, 'passages', scope),
  unit(EMBEDDINGS, 'embeddings', scope),
  unit(PASSAGE_TOPICS, 'passageTopics', scope),
  unit(ITEM_TOPICS, 'itemTopics', scope),
  ...(['Person', 'Organisation', 'Body'] as const).flatMap((label) => [
    unit(SPOKEN_BY[label], `spokenBy${label}`, scope),
    unit(MENTIONS[label], `mentions${label}`, scope),
  ]),
  unit(CONCERNS, 'concerns', scope),
  unit(FOLLOW_UPS, 'followUps', scope),
  ...(['Person', 'Organisation', 'Body'] as const).map((label) => unit(OWNED_BY[label], `owners${label}`, scope)),
];

/** The parameter WRITE_ALL reads everything from. */
export const WRITE_PARAM = 'write';
// Every `$` in these statements starts a parameter name: `$id` → `$write.id`.
const throughWriteMap = (cypher: string): string => cypher.replaceAll('$', `$${WRITE_PARAM}.`);

export const WRITE_ALL = KEEP_PLAN + throughWriteMap([...writeParts(), 'RETURN m.id AS id'].join('\n'));

/**
 * The meetings read from this source (path or bytes). Those under another id than the one being
 * written are earlier readings of it: the file's date was set or corrected (an undated meeting given
 * a date), or its body was read differently; the new version replaces them, so a file is one meeting
 * however its id came to change. The caller leaves out its own id: with `m.id <> $id` here the
 * planner walks the id index over every meeting instead of seeking the source.
 */
export const SAME_SOURCE = `
MATCH (m:Meeting {sourcePath: $path}) RETURN m.id AS id
UNION
MATCH (m:Meeting {sourceSha256: $sha256}) RETURN m.id AS id`;

/**
 * A new meeting's place in its body's chronology, found through the (bodyKey, date) index:
 * between the latest earlier meeting and the earliest later one, whose FOLLOWS link it replaces;
 * and its APPROVES_NOTES_OF links both ways. Replacements and removals rebuild the whole chain
 * instead (body-chain.ts), since a changed date moves a meeting. An undated meeting has no place in
 * the chain and no one approves its notes: every comparison with a missing date is null, so it
 * neither finds nor is found. Its own approval of a dated previous meeting is linked.
 */
export const LINK_NEW_MEETING = `
MATCH (m:Meeting {id: $id})
OPTIONAL CALL (m) {
  MATCH (p:Meeting {bodyKey: m.bodyKey}) WHERE p <> m AND (p.date < m.date OR (p.date = m.date AND p.id < m.id))
  RETURN p AS earlier ORDER BY p.date DESC, p.id DESC LIMIT 1
}
OPTIONAL CALL (m) {
  MATCH (n:Meeting {bodyKey: m.bodyKey}) WHERE n <> m AND (n.date > m.date OR (n.date = m.date AND n.id > m.id))
  RETURN n AS later ORDER BY n.date, n.id LIMIT 1
}
OPTIONAL MATCH (later)-[gap:FOLLOWS]->(earlier)
DELETE gap
FOREACH (_ IN CASE WHEN earlier IS NULL THEN [] ELSE [1] END | MERGE (m)-[:FOLLOWS]->(earlier))
FOREACH (_ IN CASE WHEN later IS NULL THEN [] ELSE [1] END | MERGE (later)-[:FOLLOWS]->(m))
WITH m
OPTIONAL MATCH (approved:Meeting {bodyKey: m.bodyKey, date: m.previousMeetingDate})
WHERE m.previousMeetingApproved = true AND approved <> m
FOREACH (_ IN CASE WHEN approved IS NULL THEN [] ELSE [1] END | MERGE (m)-[:APPROVES_NOTES_OF]->(approved))
WITH DISTINCT m
OPTIONAL MATCH (approving:Meeting {bodyKey: m.bodyKey, previousMeetingDate: m.date})
WHERE approving.previousMeetingApproved = true AND approving <> m
FOREACH (_ IN CASE WHEN approving IS NULL THEN [] ELSE [1] END | MERGE (approving)-[:APPROVES_NOTES_OF]->(m))`;

/**
 * For a batch of meetings the graph does not hold yet (write-meetings.ts): what a lookup of each
 * one's id, source path and source hash finds, in one round trip instead of three per meeting.
 * One row per probe, in order. `sameSource` holds every id read from the same file or bytes.
 */
export const PROBE_MEETINGS = `
UNWIND $probe.meetings AS probe
CALL (probe) {
  OPTIONAL MATCH (m:Meeting {id: probe.id})
  RETURN m IS NOT NULL AS stored, m.fingerprint AS fingerprint
}
CALL (probe) {
  CALL (probe) {
    MATCH (s:Meeting {sourcePath: probe.path}) RETURN s.id AS other
    UNION
    MATCH (s:Meeting {sourceSha256: probe.sha256}) RETURN s.id AS other
  }
  RETURN collect(other) AS sameSource
}
RETURN probe.id AS id, stored, fingerprint, sameSource`;

/**
 * New meetings written and linked into their bodies' chronology in ONE statement: per meeting, in
 * order, WRITE_ALL's parts and then LINK_NEW_MEETING, each invocation seeing what the ones before it
 * wrote, as one meeting after another would. The batch comes in as `$write.meetings`, a list of
 * WRITE_ALL's parameter maps (a map parameter, so the plan is made once whatever the batch's size).
 * Only for meetings that are new and read from a source no stored meeting came from; the rest take
 * WRITE_ALL's way (write-meeting.ts `replaceMeeting`).
 */
export const WRITE_NEW_MEETINGS =
  KEEP_PLAN +
  `UNWIND $${WRITE_PARAM}.meetings AS write\nCALL (write) {\n` +
  [...writeParts('write'), unit(LINK_NEW_MEETING, 'unused', 'write'), 'RETURN m.id AS id'].join('\n').replaceAll('$', 'write.') +
  '\n}\nRETURN collect(id) AS ids';
