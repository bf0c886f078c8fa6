import type { Minutes } from '../parse/minutes.schema.js';
import type { ActorRef, AnnotatedMeeting, Organisation, Passage, Person } from './annotated-meeting.schema.js';
import { organisationKey, personKey, slugify } from './normalise.js';

/** Pensioners' organisations and parties recognised in attendance lists; the NLP stage grows this. */
const KNOWN_ORGANISATIONS: Record<string, { name: string; kind: Organisation['kind'] }> = {
  pro: { name: 'PRO', kind: 'pensioners_organisation' },
  skpf: { name: 'SKPF', kind: 'pensioners_organisation' },
  'spf seniorerna': { name: 'SPF Seniorerna', kind: 'pensioners_organisation' },
  spf: { name: 'SPF Seniorerna', kind: 'pensioners_organisation' },
};
const PARTIES = new Set(['S', 'M', 'V', 'C', 'L', 'KD', 'MP', 'SD', 'FP', 'Fi']);
/** "Förvaltningen" in an attendance list is the administration of the letterhead. */
const ADMINISTRATION_ALIAS = /^(?:förvaltningen|tjänstepersoner|förvaltning)$/iu;

export function meetingId(minutes: Minutes): string {
  const day = minutes.date ?? `undated-${minutes.source.sha256.slice(0, 12)}`;
  return `${day}_${bodyKeyOf(minutes)}`;
}

export function bodyKeyOf(minutes: Minutes): string {
  return slugify(minutes.body ?? minutes.administration ?? 'okant-organ') || 'okant-organ';
}

/**
 * The baseline enrich stage: passages from paragraphs, people and organisations from the
 * attendance list, presenters and signatures. Speakers default to a sole presenter; topics,
 * concerns, follow-ups and mentions are left empty here and filled by the NLP components.
 */
export function enrichMinutes(minutes: Minutes): AnnotatedMeeting {
  const organisations = new Map<string, Organisation>();
  const orgFor = (label: string | null): string | null => {
    if (!label) return null;
    const resolved = ADMINISTRATION_ALIAS.test(label) && minutes.administration ? minutes.administration : label;
    const known = KNOWN_ORGANISATIONS[organisationKey(resolved)];
    const name = known?.name ?? resolved;
    const key = organisationKey(name);
    if (!organisations.has(key)) {
      const kind: Organisation['kind'] = known?.kind ?? (PARTIES.has(name) ? 'party' : resolved === minutes.administration ? 'administration' : 'other');
      organisations.set(key, { key, name, abbreviation: /^[A-ZÅÄÖ]{2,6}$/.test(name) ? name : null, kind });
    }
    return key;
  };

  const people = new Map<string, Person>();
  const addPerson = (name: string, organisation: string | null, role: string | null): Person => {
    const key = personKey(name);
    const person = people.get(key) ?? { key, name, roles: [], organisations: [] };
    if (role && !person.roles.includes(role)) person.roles.push(role);
    if (organisation && !person.organisations.includes(organisation)) person.organisations.push(organisation);
    people.set(key, person);
    return person;
  };
  for (const a of minutes.attendees) addPerson(a.name, orgFor(a.organisation), a.role);
  for (const item of minutes.agendaItems) for (const p of item.presenters) addPerson(p, null, null);
  for (const name of [minutes.secretary, minutes.chair, ...minutes.adjusters]) if (name) addPerson(name, null, null);

  const passages: Passage[] = [];
  for (const item of minutes.agendaItems) {
    const presenter = item.presenters.length === 1 ? people.get(personKey(item.presenters[0]!)) : undefined;
    const speaker: ActorRef = presenter ? { type: 'person', key: presenter.key, name: presenter.name } : { type: 'unknown' };
    for (const p of item.paragraphs) {
      passages.push({
        ordinal: passages.length + 1,
        itemOrdinal: item.ordinal,
        text: p.text,
        kind: 'information',
        start: p.start,
        end: p.end,
        page: p.page,
        speaker,
        mentions: [],
        topics: [],
        embedding: null,
      });
    }
  }

  return {
    id: meetingId(minutes),
    bodyKey: bodyKeyOf(minutes),
    minutes,
    people: [...people.values()],
    organisations: [...organisations.values()],
    passages,
    concerns: [],
    followUps: [],
    topics: [],
    embedder: null,
  };
}
