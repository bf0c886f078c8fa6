import { z } from 'zod';
import { IsoDateSchema, orNull, parseRows } from '../db/repository-rows.js';
import { topicSnapshot } from './topic-snapshot.js';
import type { GraphReader } from '../db/ports.js';

/** Read models for topics: the list with counts, and trend series over meetings, quarters or years. */

export const TopicSummarySchema = z.object({
  slug: z.string(),
  labelSv: z.string().nullable(),
  labelEn: z.string().nullable(),
  passages: z.number().int(),
  meetings: z.number().int(),
  concerns: z.number().int(),
});
export type TopicSummary = z.infer<typeof TopicSummarySchema>;

/** Every topic node, most discussed first. */
export async function listTopics(executor: GraphReader): Promise<TopicSummary[]> {
  const rows = await executor.read(
    `MATCH (t:Topic)
     RETURN t.slug AS slug, t.label_sv AS labelSv, t.label_en AS labelEn,
            COUNT { (t)<-[:ABOUT]-(:Passage) } AS passages,
            COUNT { MATCH (t)<-[:ABOUT]-(:Passage)<-[:HAS_PASSAGE]-()<-[:HAS_ITEM]-(m:Meeting) RETURN DISTINCT m } AS meetings,
            COUNT { (t)<-[:ABOUT]-(:Concern) } AS concerns
     ORDER BY passages DESC, slug`,
  );
  return parseRows(TopicSummarySchema, rows);
}

export const TopicTrendParamsSchema = z.object({
  slugs: z.array(z.string().min(1)).min(1).max(20),
  granularity: z.enum(['meeting', 'quarter', 'year']).default('meeting'),
  body: z.string().min(1).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  /** Only ABOUT links at least this strong count. */
  minScore: z.number().min(0).max(1).default(0),
});
export type TopicTrendParams = z.input<typeof TopicTrendParamsSchema>;

/**
 * One point of a topic's series. `share` = passages about the topic / all passages in the period,
 * so periods with more or longer meetings are comparable. Periods with no such passage are
 * present with 0, so every requested topic has a value in every period.
 */
export const TopicTrendPointSchema = z.object({
  slug: z.string(),
  /** The meeting id, `2025-Q2` or `2025`. */
  period: z.string(),
  /** The first meeting date in the period: the x position. */
  start: IsoDateSchema,
  meetings: z.number().int(),
  passages: z.number().int(),
  totalPassages: z.number().int(),
  share: z.number().min(0).max(1),
});
export type TopicTrendPoint = z.infer<typeof TopicTrendPointSchema>;

export async function topicTrend(executor: GraphReader, params: TopicTrendParams): Promise<TopicTrendPoint[]> {
  const p = TopicTrendParamsSchema.parse(params);
  const args = { slugs: p.slugs, granularity: p.granularity, body: orNull(p.body), from: orNull(p.from), to: orNull(p.to), minScore: p.minScore };
  // Without a score threshold the counts the write stage keeps on each Meeting answer it, summed in memory.
  if (p.minScore === 0) return (await topicSnapshot(executor)).trend(args);
  return parseRows(TopicTrendPointSchema, await executor.read(TREND_FROM_PASSAGES, args));
}

const PERIOD_AND_SUMS = `
     WITH slug,
          CASE $granularity
            WHEN 'meeting' THEN m.id
            WHEN 'quarter' THEN toString(m.date.year) + '-Q' + toString(m.date.quarter)
            ELSE toString(m.date.year)
          END AS period,
          min(m.date) AS start, count(m) AS meetings, sum(hits) AS passages, sum(total) AS totalPassages
     RETURN slug, period, start, meetings, passages, totalPassages,
            CASE WHEN totalPassages = 0 THEN 0.0 ELSE toFloat(passages) / totalPassages END AS share
     ORDER BY start, period, slug`;

const MEETING_FILTER = `
     WHERE ($body IS NULL OR m.bodyKey = $body)
       AND ($from IS NULL OR m.date >= date($from))
       AND ($to IS NULL OR m.date <= date($to))`;

const TREND_FROM_PASSAGES = `
     MATCH (m:Meeting) ${MEETING_FILTER}
     WITH m, COUNT { (m)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->(:Passage) } AS total
     UNWIND $slugs AS slug
     WITH m, total, slug,
          COUNT { MATCH (m)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->(:Passage)-[a:ABOUT]->(:Topic {slug: slug}) WHERE a.score >= $minScore } AS hits
     ${PERIOD_AND_SUMS}`;

