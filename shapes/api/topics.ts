import { z } from 'zod';
import { BodyKey, CsvList, IsoDate, NamedRef } from './common.js';
import { CANDIDATE_GRANULARITIES, GRANULARITIES, TREND_MEASURES } from './enums.js';
import { PassageHit } from './passages.js';

export const TopicSummary = z.object({
  slug: z.string(),
  label_sv: z.string().nullable(),
  label_en: z.string().nullable(),
  description: z.string().nullable(),
  passages: z.number().int(),
  meetings: z.number().int(),
  concerns: z.number().int(),
  /** Dates of the first and last meeting with a passage about the topic; null when none. */
  firstSeen: IsoDate.nullable(),
  lastSeen: IsoDate.nullable(),
});
export type TopicSummary = z.infer<typeof TopicSummary>;

/** `GET /api/topics`: most discussed first. */
export const TopicsResponse = z.array(TopicSummary);

export const Granularity = z.enum(GRANULARITIES);
export type Granularity = z.infer<typeof Granularity>;
export const TrendMeasure = z.enum(TREND_MEASURES);
export type TrendMeasure = z.infer<typeof TrendMeasure>;

/** One point: `period` is the meeting id, `2025-Q2` or `2025`; `start` the first meeting date in it. */
export const TrendPoint = z.object({
  period: z.string(),
  start: IsoDate,
  /** passages (measure=count) or passages / totalPassages (measure=share). */
  value: z.number(),
  passages: z.number().int(),
  totalPassages: z.number().int(),
  meetings: z.number().int(),
});
export type TrendPoint = z.infer<typeof TrendPoint>;

export const TopicCount = z.object({ key: z.string(), name: z.string(), count: z.number().int() });
export type TopicCount = z.infer<typeof TopicCount>;

/** `GET /api/topics/:slug`. */
export const TopicDetail = z.object({
  topic: TopicSummary,
  trend: z.array(TrendPoint),
  /** Top 20 by score. */
  passages: z.array(PassageHit),
  people: z.array(TopicCount),
  organisations: z.array(TopicCount),
});
export type TopicDetail = z.infer<typeof TopicDetail>;

/** `GET /api/topics/:slug` query. */
export const TopicDetailQuery = z.object({ body: BodyKey.optional() });
export type TopicDetailQuery = z.infer<typeof TopicDetailQuery>;

export const TopicSlugParam = z.object({ slug: z.string().trim().min(1).max(100) });

/** `GET /api/trends` query; without `topics`, the 5 most discussed. */
export const TrendsQuery = z.object({
  topics: CsvList.pipe(z.array(z.string().max(100)).max(20, 'at most 20 topics')).optional(),
  granularity: Granularity.default('meeting'),
  measure: TrendMeasure.default('count'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  body: BodyKey.optional(),
  /** `body`: one series per topic and council (compare one topic across councils). */
  compare: z.enum(['body']).optional(),
});
export type TrendsQuery = z.infer<typeof TrendsQuery>;

export const TrendSeries = z.object({
  slug: z.string(),
  label_sv: z.string().nullable(),
  label_en: z.string().nullable(),
  /** The council of this series when the query compares councils (`compare=body`), else null. */
  body: NamedRef.nullable(),
  /** One point for every period of the response, in time order. */
  points: z.array(TrendPoint),
});
export type TrendSeries = z.infer<typeof TrendSeries>;

export const TrendsResponse = z.object({
  granularity: Granularity,
  measure: TrendMeasure,
  series: z.array(TrendSeries),
  /** Undated meetings that match the other filters: a trend cannot place them, so they are left out and counted here. */
  undated: z.number().int(),
});
export type TrendsResponse = z.infer<typeof TrendsResponse>;

/** `GET /api/trends/passages` query: the passages behind one point. */
export const TrendPassagesQuery = z.object({
  topic: z.string().trim().min(1).max(100),
  period: z.string().trim().min(1).max(200),
  granularity: Granularity.default('meeting'),
  body: BodyKey.optional(),
});
export type TrendPassagesQuery = z.infer<typeof TrendPassagesQuery>;

export const TrendPassagesResponse = z.array(PassageHit);

export const CandidateGranularity = z.enum(CANDIDATE_GRANULARITIES);
export type CandidateGranularity = z.infer<typeof CandidateGranularity>;

/** `GET /api/candidate-topics` query. */
export const CandidateTopicsQuery = z.object({ granularity: CandidateGranularity.default('year'), body: BodyKey.optional() });
export type CandidateTopicsQuery = z.infer<typeof CandidateTopicsQuery>;

/** A salient term of a period that the taxonomy does not cover. */
export const CandidateTerm = z.object({
  term: z.string(),
  score: z.number(),
  passages: z.number().int(),
  meetings: z.number().int(),
});
export type CandidateTerm = z.infer<typeof CandidateTerm>;

export const CandidateTopicsResponse = z.array(z.object({ period: z.string(), terms: z.array(CandidateTerm) }));
export type CandidateTopicsResponse = z.infer<typeof CandidateTopicsResponse>;
