import { z } from 'zod';
import { CountedTopic, IsoDate, NamedRef, PagingQuery, QueryText, paged } from './common.js';

/** `GET /api/people` query: `q` is part of the name (case-insensitive), `organisation` a key. */
export const PeopleQuery = PagingQuery.extend({
  q: QueryText.optional(),
  organisation: z.string().trim().min(1).max(200).optional(),
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;

export const PersonSummary = z.object({
  key: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  organisations: z.array(NamedRef),
  meetings: z.number().int(),
  presented: z.number().int(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

export const PeopleResponse = paged(PersonSummary);
export type PeopleResponse = z.infer<typeof PeopleResponse>;

/** `GET /api/people/:key`. */
export const PersonDetail = z.object({
  person: PersonSummary,
  meetings: z.array(
    z.object({
      id: z.string(),
      date: IsoDate.nullable(),
      title: z.string().nullable(),
      organisation: z.string().nullable(),
      remote: z.boolean(),
    }),
  ),
  presented: z.array(
    z.object({ meetingId: z.string(), date: IsoDate.nullable(), itemOrdinal: z.number().int(), itemNumber: z.string(), title: z.string() }),
  ),
  topics: z.array(CountedTopic),
  /** Meetings attended per year. */
  attendance: z.array(z.object({ period: z.string(), count: z.number().int() })),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const PersonKeyParam = z.object({ key: z.string().trim().min(1).max(200) });
