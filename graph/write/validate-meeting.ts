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

function referenceIssues(meeting: AnnotatedMeeting): WriteIssue[] {
  const issues: WriteIssue[] = [];
  const add = (code: string, path: string, message: string) => issues.push({ code, path, message });
  const { minutes } = meeting;

  const itemOrdinals = new Set(minutes.agendaItems.map((item) => item.ordinal));
  const passageOrdinals = new Set(meeting.passages.map((passage) => passage.ordinal));
  const people = new Set(meeting.people.map((person) => person.key));
  const organisations = new Set(meeting.organisations.map((organisation) => organisation.key));

  const unique = (path: string, values: readonly (string | number)[]) => {
    for (const value of duplicates(values)) add('duplicate_key', path, `"${value}" occurs more than once`);
  };
  unique(
    'minutes.agendaItems.ordinal',
    minutes.agendaItems.map((item) => item.ordinal),
  );
  unique(
    'passages.ordinal',
    meeting.passages.map((passage) => passage.ordinal),
  );
  unique(
    'people.key',
    meeting.people.map((person) => person.key),
  );
  unique(
    'organisations.key',
    meeting.organisations.map((organisation) => organisation.key),
  );
  unique(
    'concerns.ordinal',
    meeting.concerns.map((concern) => concern.ordinal),
  );
  unique(
    'followUps.ordinal',
    meeting.followUps.map((followUp) => followUp.ordinal),
  );

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
