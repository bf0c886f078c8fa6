import { z } from 'zod';
import { Actor, BodyKey, CsvList, IsoDate, ItemRef, MeetingRef, PagingQuery } from './common.js';

export const SearchMode = z.enum(['hybrid', 'fulltext', 'vector']);
export type SearchMode = z.infer<typeof SearchMode>;

/**
 * What a search can be narrowed to; a passage must pass every filter given. `body`: a body key (as
 * in `GET /api/meetings`); `topics`, `people`, `organisations`: comma-separated slugs / keys, any of.
 * A person counts where they speak, are mentioned or presented the item; an organisation where it or
 * anyone representing it does.
 */
export const SearchFilters = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  body: BodyKey.optional(),
  topics: CsvList.optional(),
  people: CsvList.optional(),
  organisations: CsvList.optional(),
});
export type SearchFilters = z.infer<typeof SearchFilters>;

/** `GET /api/search` query: the words, the mode, the filters and the page. */
export const SearchQuery = PagingQuery.extend({
  q: z.string().trim().min(1, 'must not be empty').max(500, 'at most 500 characters'),
  mode: SearchMode.default('hybrid'),
  ...SearchFilters.shape,
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/**
 * Plain text plus `[start, end)` offsets (UTF-16, as JS strings index) of the matched words, so the
 * client wraps them in <mark> itself and never renders HTML from the server.
 */
export const Snippet = z.object({
  text: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type Snippet = z.infer<typeof Snippet>;

/**
 * Why a passage is a hit, one entry per ranking that found it: its words (`words`), its meaning
 * (`meaning`), its agenda item's title (`title`), the topic the query names (`topic`), or a concern
 * the council raised about the topics of the best keyword hits (`related-concern`).
 */
export const MatchReason = z.enum(['words', 'meaning', 'title', 'topic', 'related-concern']);
export type MatchReason = z.infer<typeof MatchReason>;

export const SearchHit = z.object({
  passageKey: z.string(),
  ordinal: z.number().int(),
  score: z.number(),
  kind: z.string(),
  speaker: Actor,
  snippet: Snippet,
  matchedBy: z.array(MatchReason),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** Hits grouped by agenda item; the group's score is its best hit's. */
export const SearchGroup = z.object({
  meeting: MeetingRef,
  item: ItemRef,
  score: z.number(),
  hits: z.array(SearchHit),
});
export type SearchGroup = z.infer<typeof SearchGroup>;

export const SearchResponse = z.object({
  query: z.string(),
  mode: SearchMode,
  /** Words added to the query: taxonomy aliases/keywords and abbreviation expansions. */
  expandedTerms: z.array(z.string()),
  /** Number of groups (agenda items) found. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  groups: z.array(SearchGroup),
});
export type SearchResponse = z.infer<typeof SearchResponse>;
