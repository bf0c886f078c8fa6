import { z } from 'zod';
import { Actor, BodyKey, IsoDate, paged, PagingQuery, QueryText } from './common.js';
import { FOLLOW_UP_STATUSES } from './enums.js';

export const FollowUpStatus = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

/** Where a later meeting took the promise up: the agenda item and the passage that answers it. */
export const FollowUpEvidence = z.object({
  meetingId: z.string(),
  date: IsoDate,
  itemOrdinal: z.number().int(),
  itemTitle: z.string(),
  passageKey: z.string().nullable(),
  text: z.string().nullable(),
  score: z.number().nullable(),
});
export type FollowUpEvidence = z.infer<typeof FollowUpEvidence>;

/** A promise made at a meeting ("lyfts vid nästa möte"), with its owner and status. */
export const FollowUp = z.object({
  key: z.string(),
  meetingId: z.string(),
  /** Null when promised at an undated meeting (which has no due dates or evidence either: it has no place in time). */
  date: IsoDate.nullable(),
  itemOrdinal: z.number().int(),
  itemTitle: z.string(),
  text: z.string(),
  owner: Actor,
  due: IsoDate.nullable(),
  status: FollowUpStatus,
  evidence: FollowUpEvidence.nullable(),
});
export type FollowUp = z.infer<typeof FollowUp>;

/** `GET /api/follow-ups` query. `owner` matches the owner's key or part of the name. */
export const FollowUpsQuery = PagingQuery.extend({
  status: FollowUpStatus.optional(),
  owner: QueryText.pipe(z.string().min(1)).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Only follow-ups promised at a meeting of this council. */
  body: BodyKey.optional(),
});
export type FollowUpsQuery = z.infer<typeof FollowUpsQuery>;

/** Follow-ups per status; a status the analysis has not decided yet counts as open. */
export const FollowUpCounts = z.object({ open: z.number().int(), addressed: z.number().int(), overdue: z.number().int() });
export type FollowUpCounts = z.infer<typeof FollowUpCounts>;

/**
 * `GET /api/follow-ups` → one page, newest meeting first, then in the order promised. `total` counts
 * the follow-ups that match every filter; `counts` are over the owner/date filter, before the status
 * filter, so the status tabs show what each holds.
 */
export const FollowUpsResponse = paged(FollowUp).extend({ counts: FollowUpCounts });
export type FollowUpsResponse = z.infer<typeof FollowUpsResponse>;
