import { pageConcernGroups } from '../../graph/read/concerns.repository.js';
import { getOrganisation, listOrganisations } from '../../graph/read/organisations.repository.js';
import { listTopicOverviews } from '../../graph/read/topic-details.repository.js';
import type { GraphReader } from '../../graph/db/ports.js';
import type { OrganisationDetail, OrganisationSummary } from '../../shapes/api/index.js';
import { NotFoundError } from '../errors.js';
import { countedTopics } from './counted-topics.js';

/** Concern groups shown on an organisation's page. */
const ORGANISATION_CONCERNS = 10;

export const organisations = (executor: GraphReader): Promise<OrganisationSummary[]> => listOrganisations(executor);

export async function organisationDetail(executor: GraphReader, key: string): Promise<OrganisationDetail> {
  const [org, topics] = await Promise.all([getOrganisation(executor, key), listTopicOverviews(executor)]);
  if (!org) throw new NotFoundError('organisation', key);
  // A few groups on the page, the rest one click away: an organisation at thousands of meetings
  // has thousands of groups (megabytes, seconds).
  const concerns = await pageConcernGroups(executor, { organisation: org.key, offset: 0, limit: ORGANISATION_CONCERNS });
  return {
    organisation: { key: org.key, name: org.name, abbreviation: org.abbreviation, kind: org.kind },
    people: org.people,
    attendance: org.meetings.map((m) => ({ meetingId: m.id, date: m.date, attendees: m.attendees })),
    concerns: concerns.groups,
    concernsTotal: concerns.total,
    topics: countedTopics(org.topics, topics),
  };
}
