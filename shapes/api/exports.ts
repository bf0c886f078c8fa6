import { z } from 'zod';
import { IsoDate, ItemRef, MeetingRef, Actor } from './common.js';

/** `GET /api/export/passages.(csv|json)` query. */
export const ExportPassagesQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  topic: z.string().trim().min(1).max(100).optional(),
});
export type ExportPassagesQuery = z.infer<typeof ExportPassagesQuery>;

/** One row of the passages export (JSON form; CSV flattens it). */
export const ExportedPassage = z.object({
  key: z.string(),
  meeting: MeetingRef,
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
