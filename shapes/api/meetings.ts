import { z } from 'zod';
import { Actor, BodyKey, DateSource, IsoDate, MeetingRef, NamedRef, PagingQuery, paged } from './common.js';
import { Concern } from './concerns.js';
import { SPEAKER_BASES } from './enums.js';
import { FollowUp } from './follow-ups.js';
import { PassageRef } from './passages.js';

/** `GET /api/meetings` query. */
export const MeetingsQuery = PagingQuery.extend({
  body: BodyKey.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type MeetingsQuery = z.infer<typeof MeetingsQuery>;

export const MeetingTopTopic = z.object({
  slug: z.string(),
  label_sv: z.string().nullable(),
  label_en: z.string().nullable(),
  passages: z.number().int(),
});
export type MeetingTopTopic = z.infer<typeof MeetingTopTopic>;

/** Undated meetings are listed after the dated ones, newest first; `from`/`to` leave them out. */
export const MeetingSummary = z.object({
  id: z.string(),
  date: IsoDate.nullable(),
  dateSource: DateSource.nullable(),
  title: z.string().nullable(),
  body: NamedRef,
  diaryNumber: z.string().nullable(),
  place: z.string().nullable(),
  items: z.number().int(),
  passages: z.number().int(),
  attendees: z.number().int(),
  concerns: z.number().int(),
  followUps: z.number().int(),
  /** At most 5, most passages first. */
  topTopics: z.array(MeetingTopTopic),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MeetingsResponse = paged(MeetingSummary);
export type MeetingsResponse = z.infer<typeof MeetingsResponse>;

/**
 * Why a passage's speaker is who it is: `named` in the passage itself ("Anders berättar …"), the
 * council's own wording (`council_form`: "Rådets fråga", "Rådet anser …"), carried over from the
 * passage before (`context`), the item's presenter by default (`presenter`), or `none`. Only `named`
 * and `council_form` are read from the text; the others are inferences and the UI says so.
 */
export const SpeakerBasis = z.enum(SPEAKER_BASES);
export type SpeakerBasis = z.infer<typeof SpeakerBasis>;

export const MeetingPassage = PassageRef.extend({
  speaker: Actor,
  /** Null when the graph was written before the basis was recorded (re-ingest to fill it). */
  speakerBasis: SpeakerBasis.nullable(),
  topics: z.array(z.object({ slug: z.string(), label: z.string().nullable(), score: z.number().nullable() })),
  mentions: z.array(z.object({ type: z.string(), key: z.string(), name: z.string() })),
});
export type MeetingPassage = z.infer<typeof MeetingPassage>;

export const MeetingItem = z.object({
  key: z.string(),
  ordinal: z.number().int(),
  number: z.string(),
  title: z.string(),
  page: z.number().int(),
  presenters: z.array(NamedRef),
  passages: z.array(MeetingPassage),
});
export type MeetingItem = z.infer<typeof MeetingItem>;

export const MeetingAttendee = z.object({
  key: z.string(),
  name: z.string(),
  organisation: NamedRef.nullable(),
  remote: z.boolean(),
  role: z.string().nullable(),
});
export type MeetingAttendee = z.infer<typeof MeetingAttendee>;

export const MeetingSource = z.object({
  path: z.string(),
  sha256: z.string(),
  mediaType: z.string().nullable(),
  pages: z.number().int().nullable(),
  /** `/api/meetings/:id/source`: the original file. */
  url: z.string(),
});
export type MeetingSource = z.infer<typeof MeetingSource>;

/** `GET /api/meetings/:id`. */
export const MeetingDetail = z.object({
  id: z.string(),
  date: IsoDate.nullable(),
  dateSource: DateSource.nullable(),
  title: z.string().nullable(),
  kind: z.string().nullable(),
  diaryNumber: z.string().nullable(),
  place: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  administration: z.string().nullable(),
  unit: z.string().nullable(),
  body: NamedRef,
  source: MeetingSource,
  embedder: z.object({ id: z.string(), dimensions: z.number().int() }).nullable(),
  secretary: NamedRef.nullable(),
  previous: MeetingRef.nullable(),
  next: MeetingRef.nullable(),
  approvesNotesOf: MeetingRef.nullable(),
  previousMeetingDate: IsoDate.nullable(),
  nextMeetingDate: IsoDate.nullable(),
  attendees: z.array(MeetingAttendee),
  items: z.array(MeetingItem),
  topics: z.array(z.object({ slug: z.string(), label: z.string().nullable(), passages: z.number().int() })),
  concerns: z.array(Concern),
  followUps: z.array(FollowUp),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

/** Path parameter for meeting routes. */
export const MeetingIdParam = z.object({ id: z.string().trim().min(1).max(200) });
