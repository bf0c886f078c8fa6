import { z } from 'zod';
import * as c from '../../shapes/api/index.js';

/** One documented operation: the contract schemas it reads and answers with. */
export interface Operation {
  method: 'get' | 'post';
  /** OpenAPI path template (`/api/meetings/{id}`). */
  path: string;
  tag: string;
  summary: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  /** JSON body of the success answer; omitted for files, feeds and CSV. */
  response?: z.ZodType;
  /** Media type of a non-JSON success answer. */
  produces?: string;
  /** Statuses besides 200 that the operation answers with an ErrorBody. */
  errors: number[];
  successStatus?: number;
}

const ExportFormatParam = z.object({ format: z.enum(['csv', 'json']) });

/** Every route of the API, in the order the reference page lists them. */
export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: 'System',
    summary: 'Hälsa (health): Neo4j, embedder, counts',
    response: c.HealthOk,
    errors: [503],
  },
  {
    method: 'get',
    path: '/api/councils',
    tag: 'Råd (councils)',
    summary: 'Råden med antal möten och datumspann (councils)',
    response: c.CouncilsResponse,
    errors: [],
  },
  {
    method: 'get',
    path: '/api/meetings',
    tag: 'Möten (meetings)',
    summary: 'Möten, nyast först (meetings, newest first)',
    query: c.MeetingsQuery,
    response: c.MeetingsResponse,
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/meetings/{id}',
    tag: 'Möten (meetings)',
    summary: 'Ett möte med punkter och passager (one meeting in full)',
    params: c.MeetingIdParam,
    response: c.MeetingDetail,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/meetings/{id}/source',
    tag: 'Möten (meetings)',
    summary: 'Originaldokumentet (the original file)',
    params: c.MeetingIdParam,
    produces: 'application/pdf',
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/topics',
    tag: 'Ämnen (topics)',
    summary: 'Ämnen, mest diskuterade först (topics)',
    response: c.TopicsResponse,
    errors: [],
  },
  {
    method: 'get',
    path: '/api/topics/{slug}',
    tag: 'Ämnen (topics)',
    summary: 'Ett ämne: trend, passager, personer (one topic)',
    params: c.TopicSlugParam,
    query: c.TopicDetailQuery,
    response: c.TopicDetail,
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/trends',
    tag: 'Ämnen (topics)',
    summary: 'Trender per möte, kvartal eller år (topic trends)',
    query: c.TrendsQuery,
    response: c.TrendsResponse,
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/trends/passages',
    tag: 'Ämnen (topics)',
    summary: 'Passagerna bakom en punkt (passages behind a trend point)',
    query: c.TrendPassagesQuery,
    response: c.TrendPassagesResponse,
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/candidate-topics',
    tag: 'Ämnen (topics)',
    summary: 'Kandidatämnen per period (candidate topics)',
    query: c.CandidateTopicsQuery,
    response: c.CandidateTopicsResponse,
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/people',
    tag: 'Personer (people)',
    summary: 'Personer (people)',
    query: c.PeopleQuery,
    response: c.PeopleResponse,
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/people/{key}',
    tag: 'Personer (people)',
    summary: 'En person (one person)',
    params: c.PersonKeyParam,
    response: c.PersonDetail,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/organisations',
    tag: 'Organisationer (organisations)',
    summary: 'Organisationer (organisations)',
    response: c.OrganisationsResponse,
    errors: [],
  },
  {
    method: 'get',
    path: '/api/organisations/{key}',
    tag: 'Organisationer (organisations)',
    summary: 'En organisation (one organisation)',
    params: c.OrganisationKeyParam,
    response: c.OrganisationDetail,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/concerns',
    tag: 'Rådets frågor (concerns)',
    summary: 'Rådets frågor, återkommande först, sidvis (concerns, recurring first, paged)',
    query: c.ConcernsQuery,
    response: c.ConcernsResponse,
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/follow-ups',
    tag: 'Uppföljning (follow-ups)',
    summary: 'Uppföljningar med status, sidvis (follow-ups by status, paged)',
    query: c.FollowUpsQuery,
    response: c.FollowUpsResponse,
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/graph',
    tag: 'Kunskapsgraf (graph)',
    summary: 'Grannskap eller översikt (neighbourhood or overview)',
    query: c.GraphQuery,
    response: c.GraphResponse,
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/search',
    tag: 'Sök (search)',
    summary: 'Hybridsökning grupperad per punkt (hybrid search by agenda item)',
    query: c.SearchQuery,
    response: c.SearchResponse,
    errors: [400, 429],
  },
  {
    method: 'get',
    path: '/api/export/meetings.{format}',
    tag: 'Export',
    summary: 'Möten som CSV eller JSON (meetings export)',
    params: ExportFormatParam,
    query: c.ExportMeetingsQuery,
    produces: 'text/csv',
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/export/passages.{format}',
    tag: 'Export',
    summary: 'Passager som CSV eller JSON (passages export)',
    params: ExportFormatParam,
    query: c.ExportPassagesQuery,
    produces: 'text/csv',
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/export/trends.{format}',
    tag: 'Export',
    summary: 'Trender som CSV eller JSON (trends export)',
    params: ExportFormatParam,
    query: c.TrendsQuery,
    produces: 'text/csv',
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/export/graph.graphml',
    tag: 'Export',
    summary: 'Grafen som GraphML (graph export)',
    query: c.GraphQuery,
    produces: 'application/graphml+xml',
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/feeds/topics/{slug}.atom',
    tag: 'Flöden (feeds)',
    summary: 'Atom-flöde för ett ämne (topic feed)',
    params: c.TopicSlugParam,
    produces: 'application/atom+xml',
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/feeds/follow-ups.atom',
    tag: 'Flöden (feeds)',
    summary: 'Atom-flöde för uppföljningar (follow-ups feed)',
    produces: 'application/atom+xml',
    errors: [],
  },
  {
    method: 'post',
    path: '/api/documents',
    tag: 'Dokument (documents)',
    summary: 'Ladda upp protokoll, .pdf eller .txt (upload minutes)',
    response: c.UploadResult,
    successStatus: 201,
    errors: [400, 401, 403, 413, 415, 422, 429],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'System',
    summary: 'Detta dokument (this OpenAPI document)',
    produces: 'application/json',
    errors: [],
  },
];
