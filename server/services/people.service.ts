import { listTopicOverviews } from '../../graph/read/topic-details.repository.js';
import { getPerson, listPeople } from '../../graph/read/people.repository.js';
import type { GraphReader } from '../../graph/db/ports.js';
import type { PeopleQuery, PeopleResponse, PersonDetail } from '../../shapes/api/index.js';
import { NotFoundError } from '../errors.js';
import { countedTopics } from './counted-topics.js';

export async function people(executor: GraphReader, query: PeopleQuery): Promise<PeopleResponse> {
  const { total, people: items } = await listPeople(executor, {
    name: query.q || undefined,
    organisation: query.organisation,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** Item keys are `<meeting id>#<ordinal>` (graph/keys.ts agendaItemKey). */
const ordinalOf = (itemKey: string): number => Number(itemKey.slice(itemKey.lastIndexOf('#') + 1));

export async function personDetail(executor: GraphReader, key: string): Promise<PersonDetail> {
  const [person, topics] = await Promise.all([getPerson(executor, key), listTopicOverviews(executor)]);
  if (!person) throw new NotFoundError('person', key);
  const attendance = new Map<string, number>();
  // Per year: an undated meeting belongs to none (it is still in `meetings`).
  for (const { date } of person.meetings) if (date !== null) attendance.set(date.slice(0, 4), (attendance.get(date.slice(0, 4)) ?? 0) + 1);
  return {
    person: {
      key: person.key,
      name: person.name,
      roles: person.roles,
      organisations: person.organisations,
      meetings: person.meetings.length,
      presented: person.presented.length,
    },
    meetings: person.meetings.map((m) => ({ id: m.id, date: m.date, title: m.title, organisation: m.organisation, remote: m.remote })),
    presented: person.presented.map((p) => ({
      meetingId: p.meeting.id,
      date: p.meeting.date,
      itemOrdinal: ordinalOf(p.key),
      itemNumber: p.number,
      title: p.title,
    })),
    topics: countedTopics(person.topics, topics),
    attendance: [...attendance].sort(([a], [b]) => a.localeCompare(b)).map(([period, count]) => ({ period, count })),
  };
}
