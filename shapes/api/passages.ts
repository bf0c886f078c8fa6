import { z } from 'zod';
import { ItemRef, MeetingRef } from './common.js';

/** A passage found for a topic, a trend point or an export, with where it stands. */
export const PassageHit = z.object({
  score: z.number(),
  passage: z.object({
    key: z.string(),
    ordinal: z.number().int(),
    text: z.string(),
    kind: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    page: z.number().int(),
  }),
  item: ItemRef,
  meeting: MeetingRef,
});
export type PassageHit = z.infer<typeof PassageHit>;
