import type { ActorRef, AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import { agendaItemKey, concernKey, followUpKey, normaliseKey, passageKey } from '../../shapes/keys.js';
import { searchTermsOf } from '../../language/search-terms.js';

/**
 * AnnotatedMeeting → the parameter rows the write statements UNWIND. Pure: everything the
 * statements need is decided here (keys, name resolution), so the Cypher only MERGEs.
 */

/** Labels an ActorRef can point at; static, so a statement per label can be chosen safely. */
export type ActorLabel = 'Person' | 'Organisation' | 'Body';
type ByActor<T> = Record<ActorLabel, T[]>;

export interface ActorLink {
  from: string;
  key: string;
  name: string;
}

export interface MeetingRows {
  meeting: Record<string, unknown> & { id: string };
  body: { key: string; name: string; municipality: string | null; displayName: string };
  organisations: { key: string; name: string; abbreviation: string | null; kind: string }[];
  /** This meeting's roles of each person; `meeting.roleFacts` keeps them as `${personKey}|${role}`. */
  people: { key: string; name: string; roles: string[] }[];
  represents: { person: string; organisation: string }[];
  attended: { person: string; organisation: string | null; organisationName: string | null; remote: boolean; role: string | null }[];
  secretary: string | null;
  items: { key: string; ordinal: number; number: string; title: string; page: number; line: number }[];
  presented: { person: string; item: string }[];
  passages: PassageRow[];
  embeddings: { key: string; embedding: number[] }[];
  spokenBy: ByActor<ActorLink>;
  mentions: ByActor<ActorLink & { surfaces: string[]; count: number }>;
  passageTopics: { passage: string; slug: string; score: number }[];
  itemTopics: { item: string; slug: string; score: number }[];
  concerns: { key: string; item: string; ordinal: number; text: string; gist: string; passageKey: string; topics: string[] }[];
  followUps: FollowUpRow[];
  owners: ByActor<ActorLink>;
  /** Names in the minutes (presenter, secretary, attendee) that match none of the meeting's people. */
  unresolved: string[];
}

export interface PassageRow {
  key: string;
  item: string;
  ordinal: number;
  text: string;
  /** The text's dictionary forms and compound parts, indexed beside it (language/search-terms.ts). */
  searchTerms: string;
  kind: string;
  start: number;
  end: number;
  page: number;
  speakerType: ActorRef['type'];
  speakerName: string | null;
  /** How the speaker was found: named, council_form, context, presenter, none. */
  speakerBasis: string | null;
}

export interface FollowUpRow {
  key: string;
  item: string;
  ordinal: number;
  text: string;
  due: string | null;
  status: string;
  passageKey: string;
  ownerType: ActorRef['type'];
  ownerName: string | null;
}

const emptyByActor = <T>(): ByActor<T> => ({ Person: [], Organisation: [], Body: [] });
const ACTOR_LABEL = { person: 'Person', organisation: 'Organisation', body: 'Body' } as const;

function addActor(target: ByActor<ActorLink>, from: string, actor: ActorRef): void {
  if (actor.type === 'person' || actor.type === 'organisation' || actor.type === 'body') {
    target[ACTOR_LABEL[actor.type]].push({ from, key: actor.key, name: actor.name });
  }
}

const actorName = (actor: ActorRef): string | null => ('name' in actor ? actor.name : null);

/** How many of the meeting's passages carry each topic: parallel lists, sorted by slug. */
function topicCounts(meeting: AnnotatedMeeting): { topicSlugs: string[]; topicPassageCounts: number[] } {
  const counts = new Map<string, number>();
  for (const passage of meeting.passages) for (const topic of passage.topics) counts.set(topic.slug, (counts.get(topic.slug) ?? 0) + 1);
  const slugs = [...counts.keys()].sort();
  return { topicSlugs: slugs, topicPassageCounts: slugs.map((slug) => counts.get(slug)!) };
}

export function toMeetingRows(meeting: AnnotatedMeeting, fingerprint: string): MeetingRows {
  const { id, minutes } = meeting;
  const unresolved: string[] = [];

  const personByName = new Map<string, string>();
  for (const person of meeting.people) {
    personByName.set(normaliseKey(person.name), person.key);
    personByName.set(person.key, person.key);
  }
  const resolvePerson = (name: string): string | null => {
    const key = personByName.get(normaliseKey(name)) ?? null;
    if (key === null) unresolved.push(name);
    return key;
  };
  const organisationByName = new Map<string, (typeof meeting.organisations)[number]>();
  for (const organisation of meeting.organisations) {
    for (const alias of [organisation.key, organisation.name, organisation.abbreviation]) {
      if (alias) organisationByName.set(normaliseKey(alias), organisation);
    }
  }
  const personOrganisations = new Map(meeting.people.map((person) => [person.key, person.organisations]));

  const attended = minutes.attendees.flatMap((attendee) => {
    const person = resolvePerson(attendee.name);
    if (person === null) return [];
    const listed = attendee.organisation === null ? undefined : organisationByName.get(normaliseKey(attendee.organisation));
    const organisation = listed?.key ?? personOrganisations.get(person)?.[0] ?? null;
    return [
      { person, organisation, organisationName: listed?.name ?? attendee.organisation, remote: attendee.remote, role: attendee.role },
    ];
  });

  const items = minutes.agendaItems.map((item) => ({
    key: agendaItemKey(id, item.ordinal),
    ordinal: item.ordinal,
    number: item.number,
    title: item.title,
    searchTerms: searchTermsOf(item.title),
    page: item.page,
    line: item.line,
  }));
  const presented = minutes.agendaItems.flatMap((item) =>
    item.presenters.flatMap((name) => {
      const person = resolvePerson(name);
      return person === null ? [] : [{ person, item: agendaItemKey(id, item.ordinal) }];
    }),
  );

  const spokenBy = emptyByActor<ActorLink>();
  const mentions = emptyByActor<ActorLink & { surfaces: string[]; count: number }>();
  const passages: PassageRow[] = meeting.passages.map((passage) => {
    const key = passageKey(id, passage.ordinal);
    addActor(spokenBy, key, passage.speaker);
    const grouped = new Map<string, ActorLink & { label: ActorLabel; surfaces: string[]; count: number }>();
    for (const mention of passage.mentions) {
      const label = ACTOR_LABEL[mention.type];
      const entry = grouped.get(`${label}:${mention.key}`) ?? {
        from: key,
        key: mention.key,
        name: mention.surface,
        label,
        surfaces: [],
        count: 0,
      };
      if (!entry.surfaces.includes(mention.surface)) entry.surfaces.push(mention.surface);
      entry.count += 1;
      grouped.set(`${label}:${mention.key}`, entry);
    }
    for (const { label, ...link } of grouped.values()) mentions[label].push(link);
    return {
      key,
      item: agendaItemKey(id, passage.itemOrdinal),
      ordinal: passage.ordinal,
      text: passage.text,
      searchTerms: searchTermsOf(passage.text),
      kind: passage.kind,
      start: passage.start,
      end: passage.end,
      page: passage.page,
      speakerType: passage.speaker.type,
      speakerName: actorName(passage.speaker),
      speakerBasis: passage.speakerBasis ?? null,
    };
  });

  const owners = emptyByActor<ActorLink>();
  const followUps: FollowUpRow[] = meeting.followUps.map((followUp) => {
    const key = followUpKey(id, followUp.ordinal);
    addActor(owners, key, followUp.owner);
    return {
      key,
      item: agendaItemKey(id, followUp.itemOrdinal),
      ordinal: followUp.ordinal,
      text: followUp.text,
      due: followUp.due,
      status: followUp.status,
      passageKey: passageKey(id, followUp.passageOrdinal),
      ownerType: followUp.owner.type,
      ownerName: actorName(followUp.owner),
    };
  });

  return {
    meeting: {
      id,
      // Null for an undated meeting: written whole, but outside its body's chronology (body-chain.ts).
      date: minutes.date,
      dateSource: minutes.dateSource,
      kind: minutes.kind,
      diaryNumber: minutes.diaryNumber,
      title: minutes.title,
      administration: minutes.administration,
      unit: minutes.unit,
      place: minutes.place,
      startTime: minutes.startTime,
      endTime: minutes.endTime,
      chair: minutes.chair,
      previousMeetingDate: minutes.previousMeeting?.date ?? null,
      previousMeetingApproved: minutes.previousMeeting?.approved ?? null,
      nextMeetingDate: minutes.nextMeeting?.date ?? null,
      nextMeetingTime: minutes.nextMeeting?.time ?? null,
      sourcePath: minutes.source.path,
      sourceSha256: minutes.source.sha256,
      sourceMediaType: minutes.source.mediaType,
      sourcePages: minutes.source.pages,
      // The facts this meeting contributes to shared nodes, so they can be recomputed when it goes.
      roleFacts: meeting.people.flatMap((person) => person.roles.map((role) => `${person.key}|${role}`)).sort(),
      representsFacts: meeting.people.flatMap((person) => person.organisations.map((org) => `${person.key}|${org}`)).sort(),
      // Per-meeting topic counts, so trends read one row per meeting instead of every passage.
      passageCount: meeting.passages.length,
      ...topicCounts(meeting),
      embedderId: meeting.embedder?.id ?? null,
      embedderDimensions: meeting.embedder?.dimensions ?? null,
      fingerprint,
    },
    body: { key: meeting.bodyKey, ...meeting.body },
    organisations: meeting.organisations.map(({ key, name, abbreviation, kind }) => ({ key, name, abbreviation, kind })),
    people: meeting.people.map((person) => ({ key: person.key, name: person.name, roles: [...person.roles].sort() })),
    represents: meeting.people.flatMap((person) => person.organisations.map((organisation) => ({ person: person.key, organisation }))),
    attended,
    secretary: minutes.secretary === null ? null : resolvePerson(minutes.secretary),
    items,
    presented,
    passages,
    embeddings: meeting.passages.flatMap((passage) =>
      passage.embedding === null ? [] : [{ key: passageKey(id, passage.ordinal), embedding: passage.embedding }],
    ),
    spokenBy,
    mentions,
    passageTopics: meeting.passages.flatMap((passage) =>
      passage.topics.map((topic) => ({ passage: passageKey(id, passage.ordinal), slug: topic.slug, score: topic.score })),
    ),
    itemTopics: meeting.itemTopics.flatMap((entry) =>
      entry.topics.map((topic) => ({ item: agendaItemKey(id, entry.itemOrdinal), slug: topic.slug, score: topic.score })),
    ),
    concerns: meeting.concerns.map((concern) => ({
      key: concernKey(id, concern.ordinal),
      item: agendaItemKey(id, concern.itemOrdinal),
      ordinal: concern.ordinal,
      text: concern.text,
      gist: concern.gist,
      passageKey: passageKey(id, concern.passageOrdinal),
      topics: concern.topics,
    })),
    followUps,
    owners,
    unresolved: [...new Set(unresolved)],
  };
}
