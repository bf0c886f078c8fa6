import { z } from 'zod';
import { ItemRef, MeetingRef } from './common.js';

/** A passage's text and kind, and where it stands in its source. */
export const PassageRef = z.object({
  key: z.string(),
  ordinal: z.number().int(),
  text: z.string(),
  kind: z.string(),
  /** Character offsets into the cleaned text of the source. */
  start: z.number().int(),
  end: z.number().int(),
  /** 1-based page in the source (link with `#page=N`). */
  page: z.number().int(),
});
export type PassageRef = z.infer<typeof PassageRef>;

/** A passage found for a topic, a trend point or an export, with where it stands. */
export const PassageHit = z.object({
  score: z.number(),
  passage: PassageRef,
  item: ItemRef,
  meeting: MeetingRef,
});
export type PassageHit = z.infer<typeof PassageHit>;
