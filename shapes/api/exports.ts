import { z } from 'zod';
import { Actor, BodyKey, IsoDate, ItemRef, MeetingRef, NamedRef } from './common.js';

/** `GET /api/export/meetings.(csv|json)` query: one council, a period, or everything. */
export const ExportMeetingsQuery = z.object({
  body: BodyKey.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type ExportMeetingsQuery = z.infer<typeof ExportMeetingsQuery>;

/** `GET /api/export/passages.(csv|json)` query. */
export const ExportPassagesQuery = ExportMeetingsQuery.extend({
  topic: z.string().trim().min(1).max(100).optional(),
});
export type ExportPassagesQuery = z.infer<typeof ExportPassagesQuery>;

/** One row of the passages export (JSON form; CSV flattens it). */
export const ExportedPassage = z.object({
  key: z.string(),
  meeting: MeetingRef,
  /** The council whose meeting it is, by display name. */
  body: NamedRef,
  item: ItemRef,
  ordinal: z.number().int(),
  kind: z.string(),
  speaker: Actor,
  page: z.number().int(),
  text: z.string(),
  topics: z.array(z.object({ slug: z.string(), score: z.number().nullable() })),
});
export type ExportedPassage = z.infer<typeof ExportedPassage>;

export const ExportFormat = z.enum(['csv', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;
