import type { Minutes } from '../../shapes/minutes.schema.js';
import type { ActorRef, AnnotatedMeeting, MeetingBody, Organisation, Passage, Person } from '../../shapes/annotated-meeting.schema.js';
import { attributeItem } from './attribution.js';
import { findConcerns } from './concerns.js';
import { findFollowUps } from './follow-ups.js';
import { bodyKey, meetingId, organisationKey, personKey } from '../../shapes/keys.js';
import { OrganisationGazetteer } from './organisations.js';
import { splitPassages } from './passages.js';
import { PeopleIndex } from './people-index.js';
import { findRoles } from './roles.js';
import { loadTaxonomy } from '../../language/topics/taxonomy.js';
import { assignTopics } from './topics/assign-topics.js';
import { TopicTagger } from './topics/topic-tagger.js';

const PARTIES = new Set(['S', 'M', 'V', 'C', 'L', 'KD', 'MP', 'SD', 'FP', 'Fi']);
/** "Förvaltningen" in an attendance list is the administration of the letterhead. */
const ADMINISTRATION_ALIAS = /^(?:förvaltningen|tjänstepersoner|förvaltning|tjänstemän)$/iu;

/** What enrich needs besides the minutes; built once per run. */
export interface EnrichContext {
  gazetteer: OrganisationGazetteer;
  tagger: TopicTagger;
}

let shared: Promise<EnrichContext> | undefined;

/** The default context: the gazetteer and taxonomy in data/, lexical topic tagging. */
export function defaultEnrichContext(): Promise<EnrichContext> {
  shared ??= TopicTagger.create(loadTaxonomy()).then((tagger) => ({ gazetteer: OrganisationGazetteer.load(), tagger }));
  return shared;
}

/** `Meeting.id` of these minutes; an undated meeting stands on its source's hash instead of a day. */
export function meetingIdOf(minutes: Minutes): string {
  const day = minutes.date ?? `undated-${minutes.source.sha256.slice(0, 12)}`;
  return meetingId(day, bodyKeyOf(minutes));
}

/** What the minutes call a council they do not name. */
const UNKNOWN_BODY = 'okänt organ';

/** The council's Body node (key, name, municipality, display name): the one place a body's identity is decided. */
export function councilOf(minutes: Pick<Minutes, 'body' | 'administration' | 'municipality'>): MeetingBody & { key: string } {
  // A name that slugs to nothing ("§ –") cannot key a node; the letterhead is the next best name.
  const name = [minutes.body, minutes.administration].find((candidate) => candidate && bodyKey(candidate)) ?? UNKNOWN_BODY;
  const municipality = minutes.municipality?.trim() || null;
  const displayName = municipality === null || namesPlace(name, municipality) ? name : `${name}, ${municipality}`;
  return { key: bodyKey(displayName), name, municipality, displayName };
}

export const bodyKeyOf = (minutes: Pick<Minutes, 'body' | 'administration' | 'municipality'>): string => councilOf(minutes).key;

/** Words that say what kind of place it is, not which: "Norrtälje kommun" is named by "Norrtälje". */
const PLACE_KIND = new Set([
  'kommun',
  'kommuns',
  'kommunen',
  'stad',
  'stads',
  'staden',
  'region',
  'regionen',
  'regions',
  'landsting',
  'landstinget',
  'landstingets',
  'län',
  'läns',
]);
const words = (text: string): string[] =>
  text
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Whether a body's name already names its municipality ("Norrtälje kommuns pensionärsråd",
 * "Pensionärsrådet i Region Stockholm"): the place's own words, a genitive s aside, start a
 * word of the name.
 */
function namesPlace(name: string, municipality: string): boolean {
  const place = words(municipality)
    .filter((word) => !PLACE_KIND.has(word))
    .join(' ')
    .replace(/s$/u, '');
  return place.length > 0 && ` ${words(name).join(' ')}`.includes(` ${place}`);
}

/**
 * The enrich stage: Minutes → AnnotatedMeeting. Passages with speaker and kind, mentions of people
 * and organisations, roles, topics (lexical; embed refines them with vectors), the council's
 * concerns and the follow-ups promised.
 */
export async function enrichMinutes(minutes: Minutes, context?: EnrichContext): Promise<AnnotatedMeeting> {
  const ctx = context ?? (await defaultEnrichContext());
  const people = PeopleIndex.of(minutes);
  const organisations = new Map<string, Organisation>();
  const persons = new Map<string, Person>();
  const { key: councilKey, ...body } = councilOf(minutes);
  const council: ActorRef = { type: 'body', key: councilKey, name: minutes.body ?? 'Rådet' };

  const orgFor = (label: string | null): string | null => {
    if (!label) return null;
    const resolved = ADMINISTRATION_ALIAS.test(label) && minutes.administration ? minutes.administration : label;
    const known = ctx.gazetteer.lookup(resolved);
    const org: Organisation = known ?? {
      key: organisationKey(resolved),
      name: resolved,
      abbreviation: /^[A-ZÅÄÖ]{2,6}$/.test(resolved) ? resolved : null,
      kind: PARTIES.has(resolved) ? 'party' : resolved === minutes.administration ? 'administration' : 'other',
    };
    organisations.set(org.key, org);
    return org.key;
  };
  const addPerson = (name: string, organisation: string | null, role: string | null): void => {
    const key = personKey(name);
    const person = persons.get(key) ?? { key, name, roles: [], organisations: [] };
    if (role && !person.roles.includes(role)) person.roles.push(role);
    if (organisation && !person.organisations.includes(organisation)) person.organisations.push(organisation);
    persons.set(key, person);
  };
  for (const a of minutes.attendees) addPerson(a.name, orgFor(a.organisation), a.role);
  for (const item of minutes.agendaItems) for (const p of item.presenters) addPerson(p, null, null);
  for (const name of [minutes.secretary, minutes.chair, ...minutes.adjusters]) if (name) addPerson(name, null, null);
  const administrationKey = minutes.administration ? orgFor(minutes.administration) : null;
  const administration: ActorRef | null = administrationKey
    ? { type: 'organisation', key: administrationKey, name: organisations.get(administrationKey)!.name }
    : null;

  const drafts = splitPassages(minutes, people);
  const passages: Passage[] = [];
  for (const item of minutes.agendaItems) {
    const itemDrafts = drafts.filter((d) => d.itemOrdinal === item.ordinal);
    const attributions = attributeItem(item, itemDrafts, { council, people });
    itemDrafts.forEach((draft, i) => {
      const a = attributions[i]!;
      const orgs = ctx.gazetteer.find(draft.text);
      for (const org of orgs.organisations) if (!organisations.has(org.key)) organisations.set(org.key, org);
      for (const role of findRoles(draft.text, people)) {
        const person = persons.get(role.personKey);
        if (person && !person.roles.includes(role.role)) person.roles.push(role.role);
      }
      const offset = draft.start;
      passages.push({
        ordinal: passages.length + 1,
        itemOrdinal: item.ordinal,
        text: draft.text,
        kind: a.kind,
        start: draft.start,
        end: draft.end,
        page: draft.page,
        speaker: a.speaker,
        speakerBasis: a.basis,
        mentions: [
          ...people
            .find(draft.text)
            .map((m) => ({ type: 'person' as const, key: m.key, surface: m.surface, start: offset + m.start, end: offset + m.end })),
          ...orgs.mentions.map((m) => ({
            type: 'organisation' as const,
            key: m.key,
            surface: m.surface,
            start: offset + m.start,
            end: offset + m.end,
          })),
        ].sort((x, y) => x.start - y.start),
        topics: [],
        embedding: null,
      });
    });
  }

  const followUps = findFollowUps(minutes, passages, { council, administration, people });
  const councilActions = new Set(
    followUps
      .filter((f) => f.owner.type === 'body' && passages[f.passageOrdinal - 1]!.text.startsWith(f.text))
      .map((f) => f.passageOrdinal),
  );

  const meeting: AnnotatedMeeting = {
    id: meetingIdOf(minutes),
    bodyKey: councilKey,
    body,
    minutes,
    people: [...persons.values()],
    organisations: [...organisations.values()],
    passages,
    itemTopics: [],
    concerns: findConcerns(passages, councilActions),
    followUps,
    topics: [],
    embedder: null,
  };
  assignTopics(meeting, ctx.tagger);
  return meeting;
}
