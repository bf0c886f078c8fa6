import { z } from 'zod';
import { IsoDateSchema, parseRows } from './repository-rows.js';
import type { GraphReader } from './write/ports.js';

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
 * A concern's group (groupKey, groupSize) is stored by the cross-meeting step
 * (graph/analysis/concern-groups.ts); a concern written since then is a group of its own until
 * the step runs again at the end of the ingest.
 */
const concernsQuery = (oneMeeting: boolean): string => `
MATCH (c:Concern${oneMeeting ? ' {meetingId: $meetingId}' : ''})-[:RAISED_IN]->(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
OPTIONAL MATCH (p:Passage {key: c.passageKey})
RETURN c.key AS key, m.id AS meetingId, m.date AS date, i.ordinal AS itemOrdinal, i.title AS itemTitle,
       c.passageKey AS passageKey, c.text AS text, c.gist AS gist,
       COLLECT { MATCH (c)-[:ABOUT]->(t:Topic) RETURN t { .slug, .label_sv, .label_en } ORDER BY t.slug } AS topics,
       coalesce(c.groupKey, c.key) AS groupKey, coalesce(c.groupSize, 1) AS groupSize,
       COLLECT {
         MATCH (i)-[:HAS_PASSAGE]->(a:Passage) WHERE p IS NOT NULL AND a.ordinal > p.ordinal
         OPTIONAL MATCH (a)-[:SPOKEN_BY]->(sp)
         RETURN { ordinal: a.ordinal, kind: a.kind, text: a.text,
                  speaker: { type: coalesce(a.speakerType, 'unknown'), key: sp.key, name: coalesce(sp.name, a.speakerName) } } AS f
         ORDER BY f.ordinal LIMIT ${FOLLOWING_WINDOW}
       } AS following
ORDER BY m.date, m.id, c.ordinal`;
const ALL_CONCERNS = concernsQuery(false);
const MEETING_CONCERNS = concernsQuery(true);

/** Every concern with its group, oldest first; `meetingId` narrows to one meeting's. */
export async function listConcerns(executor: GraphReader, meetingId: string | null = null): Promise<ConcernRecord[]> {
  const rows = parseRows(ConcernRowSchema, await executor.read(meetingId === null ? ALL_CONCERNS : MEETING_CONCERNS, { meetingId }));
  return rows.map(({ groupSize, following, ...row }) => ({ ...row, answers: answersIn(following), recurring: groupSize >= 2 }));
}

export const ConcernGroupFilterSchema = z.object({
  topic: z.string().min(1).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  recurring: z.boolean().optional(),
  /** Only groups with an occurrence at one of these meetings. */
  meetingIds: z.array(z.string()).optional(),
});
export type ConcernGroupFilter = z.input<typeof ConcernGroupFilterSchema>;

/** Groups, recurring first, then the most recently raised first. */
export async function listConcernGroups(executor: GraphReader, filter: ConcernGroupFilter = {}): Promise<ConcernGroupRecord[]> {
  const f = ConcernGroupFilterSchema.parse(filter);
  const concerns = await listConcerns(executor);
  const byGroup = new Map<string, ConcernRecord[]>();
  for (const c of concerns) byGroup.set(c.groupKey, [...(byGroup.get(c.groupKey) ?? []), c]);
  const inRange = (date: string) => (f.from === undefined || date >= f.from) && (f.to === undefined || date <= f.to);
  const groups: ConcernGroupRecord[] = [];
  for (const [key, members] of byGroup) {
    const topics = new Map(members.flatMap((m) => m.topics).map((t) => [t.slug, t]));
    const group = {
      key,
      gist: members.at(-1)!.gist ?? members.at(-1)!.text,
      topics: [...topics.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
      count: members.length,
      firstRaised: members[0]!.date,
      lastRaised: members.at(-1)!.date,
      recurring: members.length >= 2,
      occurrences: members.map(({ topics: _t, groupKey: _g, recurring: _r, ...occurrence }) => occurrence),
    };
    if (!members.some((m) => inRange(m.date))) continue;
    if (f.topic !== undefined && !topics.has(f.topic)) continue;
    if (f.recurring !== undefined && group.recurring !== f.recurring) continue;
    if (f.meetingIds !== undefined && !members.some((m) => f.meetingIds!.includes(m.meetingId))) continue;
    groups.push(group);
  }
  return groups.sort((a, b) => Number(b.recurring) - Number(a.recurring) || b.lastRaised.localeCompare(a.lastRaised) || a.key.localeCompare(b.key));
}

/** Concerns of one meeting, in order. */
export async function listMeetingConcerns(executor: GraphReader, meetingId: string): Promise<ConcernRecord[]> {
  return listConcerns(executor, meetingId);
}

function answersIn(following: ConcernRow['following']): ConcernRecord['answers'] {
  const answers: ConcernRecord['answers'] = [];
  for (const passage of following) {
    if (NEW_TURN.has(passage.kind)) break;
    if (passage.kind === 'answer') answers.push({ text: passage.text, speaker: passage.speaker });
  }
  return answers;
}
