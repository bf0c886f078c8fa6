import type {
  CandidateGranularity,
  CandidateTopicsResponse,
  ConcernsResponse,
  CouncilsResponse,
  FollowUpsResponse,
  Granularity,
  GraphResponse,
  HealthOk,
  MeetingDetail,
  MeetingsResponse,
  OrganisationDetail,
  OrganisationSummary,
  PassageHit,
  PersonDetail,
  SearchResponse,
  TopicDetail,
  TopicSummary,
  TrendMeasure,
  TrendsResponse,
} from '../../../shapes/api/index.js';
import { apiUrl } from './http.js';

/**
 * The API's URLs, one function per endpoint, typed by the response it returns. The `Endpoint<T>`
 * brand carries the type from here to `useApi`, so a view cannot read a response as the wrong shape.
 */
export type Endpoint<T> = string & { readonly __response?: T };
const endpoint = <T>(url: string): Endpoint<T> => url as Endpoint<T>;

/** What the trend view asks for, as a chart and as a CSV download alike. */
export type TrendsRequest = {
  topics?: readonly string[];
  granularity: Granularity;
  measure: TrendMeasure;
  from?: string | null;
  to?: string | null;
  body?: string | null;
  compare?: 'body' | null;
};

export const api = {
  health: () => endpoint<HealthOk>('/api/health'),
  councils: () => endpoint<CouncilsResponse>('/api/councils'),
  meetings: (query: { page?: number; pageSize?: number; from?: string | null; to?: string | null; body?: string | null } = {}) =>
    endpoint<MeetingsResponse>(apiUrl('/api/meetings', query)),
  meeting: (id: string) => endpoint<MeetingDetail>(`/api/meetings/${encodeURIComponent(id)}`),
  topics: () => endpoint<TopicSummary[]>('/api/topics'),
  topic: (slug: string, query: { body?: string | null } = {}) =>
    endpoint<TopicDetail>(apiUrl(`/api/topics/${encodeURIComponent(slug)}`, query)),
  trends: (query: TrendsRequest) => endpoint<TrendsResponse>(apiUrl('/api/trends', query)),
  trendPassages: (query: { topic: string; period: string; granularity: Granularity; body?: string | null }) =>
    endpoint<PassageHit[]>(apiUrl('/api/trends/passages', query)),
  candidateTopics: (granularity: CandidateGranularity, body?: string | null) =>
    endpoint<CandidateTopicsResponse>(apiUrl('/api/candidate-topics', { granularity, body })),
  person: (key: string) => endpoint<PersonDetail>(`/api/people/${encodeURIComponent(key)}`),
  organisations: () => endpoint<OrganisationSummary[]>('/api/organisations'),
  organisation: (key: string) => endpoint<OrganisationDetail>(`/api/organisations/${encodeURIComponent(key)}`),
  concerns: (query: {
    topic?: string | null;
    recurring?: boolean | null;
    organisation?: string | null;
    body?: string | null;
    page?: number;
    pageSize?: number;
  }) => endpoint<ConcernsResponse>(apiUrl('/api/concerns', query)),
  followUps: (query: { status?: string | null; body?: string | null; page?: number; pageSize?: number } = {}) =>
    endpoint<FollowUpsResponse>(apiUrl('/api/follow-ups', query)),
  graph: (query: {
    focus?: string | null;
    types?: readonly string[];
    from?: string | null;
    to?: string | null;
    body?: string | null;
    limit?: number;
    depth?: 1 | 2;
  }) => endpoint<GraphResponse>(apiUrl('/api/graph', query)),
  search: (query: {
    q: string;
    mode: string;
    from?: string | null;
    to?: string | null;
    body?: string | null;
    topics?: readonly string[];
    page?: number;
    pageSize?: number;
  }) => endpoint<SearchResponse>(apiUrl('/api/search', query)),
};

/** Links that leave the client: downloads and feeds. */
export const downloads = {
  trendsCsv: (query: TrendsRequest) => apiUrl('/api/export/trends.csv', query),
  passagesCsv: (query: { topic?: string; body?: string | null; from?: string | null; to?: string | null }) =>
    apiUrl('/api/export/passages.csv', query),
  topicFeed: (slug: string) => `/api/feeds/topics/${encodeURIComponent(slug)}.atom`,
};
