import { z } from 'zod';
import { CountedTopic, IsoDate } from './common.js';
import { ConcernGroup } from './concerns.js';

export const OrganisationRef = z.object({
  key: z.string(),
  name: z.string(),
  abbreviation: z.string().nullable(),
  kind: z.string().nullable(),
});
export type OrganisationRef = z.infer<typeof OrganisationRef>;

export const OrganisationSummary = OrganisationRef.extend({ people: z.number().int(), meetings: z.number().int() });
export type OrganisationSummary = z.infer<typeof OrganisationSummary>;

/** `GET /api/organisations`: present at most meetings first. */
export const OrganisationsResponse = z.array(OrganisationSummary);

/** `GET /api/organisations/:key`. */
export const OrganisationDetail = z.object({
  organisation: OrganisationRef,
  people: z.array(z.object({ key: z.string(), name: z.string(), meetings: z.number().int() })),
  /** Per meeting (newest first): who attended for the organisation. */
  attendance: z.array(
    z.object({
      meetingId: z.string(),
      date: IsoDate.nullable(),
      attendees: z.array(z.object({ key: z.string(), name: z.string(), remote: z.boolean() })),
    }),
  ),
  /**
   * The first concern groups raised at meetings the organisation attended, in the order of
   * `GET /api/concerns?organisation=<key>`, which pages through all `concernsTotal` of them.
   */
  concerns: z.array(ConcernGroup),
  concernsTotal: z.number().int(),
  topics: z.array(CountedTopic),
});
export type OrganisationDetail = z.infer<typeof OrganisationDetail>;

export const OrganisationKeyParam = z.object({ key: z.string().trim().min(1).max(200) });
