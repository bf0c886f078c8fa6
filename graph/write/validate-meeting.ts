import { AnnotatedMeetingSchema, type ActorRef, type AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import { MeetingValidationError, type WriteIssue } from './errors.js';

/**
 * The write stage's edge: the zod schema, then the references the schema cannot see
 * (a passage's item exists, a speaker's key is one of the meeting's people, ordinals are unique,
 * every vector has the embedder's size). A record that fails is rejected whole, before any
 * statement runs, so a bad record never leaves half a meeting behind. What the minutes lack is no
 * reason to refuse them: an undated meeting is written, outside its body's chronology.
 */
export function validateMeeting(input: unknown): AnnotatedMeeting {
  const parsed = AnnotatedMeetingSchema.safeParse(input);
  if (!parsed.success) {
    const id = typeof (input as { id?: unknown } | null)?.id === 'string' ? (input as { id: string }).id : null;
    const issues = parsed.error.issues.map((issue) => ({
      code: 'schema',
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    throw new MeetingValidationError(id, issues);
  }
  const meeting = parsed.data;
  const issues = referenceIssues(meeting);
  if (issues.length > 0) throw new MeetingValidationError(meeting.id, issues);
  return meeting;
}

function duplicates(values: readonly (string | number)[]): (string | number)[] {
  const seen = new Set<string | number>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

const ordinalOf = (row: { ordinal: number }): number => row.ordinal;
const keyOf = (row: { key: string }): string => row.key;

function referenceIssues(meeting: AnnotatedMeeting): WriteIssue[] {
  const issues: WriteIssue[] = [];
  const add = (code: string, path: string, message: string) => issues.push({ code, path, message });
  const { minutes } = meeting;

  const itemOrdinals = new Set(minutes.agendaItems.map(ordinalOf));
  const passageOrdinals = new Set(meeting.passages.map(ordinalOf));
  const people = new Set(meeting.people.map(keyOf));
  const organisations = new Set(meeting.organisations.map(keyOf));

  // Ordinals number a meeting's rows, keys name its people and organisations: each unique in its list.
  const identities: Record<string, readonly (string | number)[]> = {
    'minutes.agendaItems.ordinal': minutes.agendaItems.map(ordinalOf),
    'passages.ordinal': meeting.passages.map(ordinalOf),
    'people.key': meeting.people.map(keyOf),
    'organisations.key': meeting.organisations.map(keyOf),
    'concerns.ordinal': meeting.concerns.map(ordinalOf),
    'followUps.ordinal': meeting.followUps.map(ordinalOf),
  };
  for (const [path, values] of Object.entries(identities)) {
    for (const value of duplicates(values)) add('duplicate_key', path, `"${value}" occurs more than once`);
  }

  const checkActor = (path: string, actor: ActorRef) => {
    if (actor.type === 'person' && !people.has(actor.key))
      add('unknown_person', path, `person "${actor.key}" is not among the meeting's people`);
    if (actor.type === 'organisation' && !organisations.has(actor.key)) {
      add('unknown_organisation', path, `organisation "${actor.key}" is not among the meeting's organisations`);
    }
  };
  const checkItem = (path: string, ordinal: number) => {
    if (!itemOrdinals.has(ordinal)) add('unknown_item', path, `no agenda item with ordinal ${ordinal}`);
  };
  const checkPassage = (path: string, ordinal: number) => {
    if (!passageOrdinals.has(ordinal)) add('unknown_passage', path, `no passage with ordinal ${ordinal}`);
  };

  meeting.people.forEach((person, i) =>
    person.organisations.forEach((key, j) => {
      if (!organisations.has(key))
        add('unknown_organisation', `people.${i}.organisations.${j}`, `organisation "${key}" is not among the meeting's organisations`);
    }),
  );
  const dimensions = meeting.embedder?.dimensions ?? null;
  meeting.passages.forEach((passage, i) => {
    checkItem(`passages.${i}.itemOrdinal`, passage.itemOrdinal);
    checkActor(`passages.${i}.speaker`, passage.speaker);
    passage.mentions.forEach((mention, j) => checkActor(`passages.${i}.mentions.${j}`, { ...mention, name: mention.surface }));
    if (passage.embedding !== null && passage.embedding.length !== dimensions) {
      add(
        'embedding_size',
        `passages.${i}.embedding`,
        `has ${passage.embedding.length} dimensions, the embedder ${dimensions ?? '(none)'}`,
      );
    }
  });
  meeting.concerns.forEach((concern, i) => {
    checkItem(`concerns.${i}.itemOrdinal`, concern.itemOrdinal);
    checkPassage(`concerns.${i}.passageOrdinal`, concern.passageOrdinal);
  });
  meeting.followUps.forEach((followUp, i) => {
    checkItem(`followUps.${i}.itemOrdinal`, followUp.itemOrdinal);
    checkPassage(`followUps.${i}.passageOrdinal`, followUp.passageOrdinal);
    checkActor(`followUps.${i}.owner`, followUp.owner);
  });
  return issues;
}
