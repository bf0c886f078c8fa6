import { z } from 'zod';
import { Actor, BodyKey, IsoDate, paged, PagingQuery, QueryBoolean, TopicRef } from './common.js';

/** A reply to a concern: a passage of kind `answer` right after it in the same agenda item. */
export const ConcernAnswer = z.object({ text: z.string(), speaker: Actor });
export type ConcernAnswer = z.infer<typeof ConcernAnswer>;

/** One time the council raised a concern. */
export const ConcernOccurrence = z.object({
  key: z.string(),
  meetingId: z.string(),
  /** Null when raised at an undated meeting. */
  date: IsoDate.nullable(),
  itemOrdinal: z.number().int(),
  itemTitle: z.string(),
  passageKey: z.string().nullable(),
  text: z.string(),
  gist: z.string().nullable(),
  answers: z.array(ConcernAnswer),
});
export type ConcernOccurrence = z.infer<typeof ConcernOccurrence>;

/** A concern of one meeting (meeting detail), with its topics and the group it belongs to. */
export const Concern = ConcernOccurrence.extend({
  topics: z.array(TopicRef),
  /** The key of the ConcernGroup (its earliest occurrence). */
  groupKey: z.string(),
  /** Raised again at another meeting (part of a group with count ≥ 2). */
  recurring: z.boolean(),
});
export type Concern = z.infer<typeof Concern>;

/**
 * A chain of ECHOES (the same concern raised again later) or a single concern. `key` is the key of
 * the earliest occurrence; occurrences are oldest first.
 */
export const ConcernGroup = z.object({
  key: z.string(),
  gist: z.string().nullable(),
  topics: z.array(TopicRef),
  count: z.number().int(),
  /** First and last date among the dated occurrences; null when every occurrence is at an undated meeting. */
  firstRaised: IsoDate.nullable(),
  lastRaised: IsoDate.nullable(),
  recurring: z.boolean(),
  occurrences: z.array(ConcernOccurrence),
});
export type ConcernGroup = z.infer<typeof ConcernGroup>;

/** `GET /api/concerns` query: filters, and `page`/`pageSize` as every paged list. */
export const ConcernsQuery = PagingQuery.extend({
  topic: z.string().trim().min(1).max(100).optional(),
  /** A group matches when one of its occurrences falls in `from`..`to`. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  recurring: QueryBoolean.optional(),
  /** Only groups raised (at least once) at a meeting someone attended for this organisation (its key). */
  organisation: z.string().trim().min(1).max(200).optional(),
  /** Only groups raised (at least once) at a meeting of this council. */
  body: BodyKey.optional(),
});
export type ConcernsQuery = z.infer<typeof ConcernsQuery>;

/**
 * `GET /api/concerns` → one page of groups, recurring first, then by lastRaised (newest first), then
 * by key, so pages do not overlap; `total` counts every group that matches the filters.
 */
export const ConcernsResponse = paged(ConcernGroup);
export type ConcernsResponse = z.infer<typeof ConcernsResponse>;
