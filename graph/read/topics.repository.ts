import type { Granularity, TrendPoint } from '../../shapes/api/index.js';
import { orNull } from '../db/repository-rows.js';
import { topicSnapshot } from './topic-snapshot.js';
import type { GraphReader } from '../db/ports.js';
import { MEETING_MATCHES } from '../db/meeting-filter.js';

/** Trend series of topics over meetings, quarters or years (the topic list is topic-details.repository.ts's). */

export interface TopicTrendParams {
  slugs: readonly string[];
  granularity?: Granularity;
  body?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** Only ABOUT links at least this strong count. */
  minScore?: number;
}

/**
 * One point of a topic's series: the contract's point (shapes/api/topics.ts) before a measure
 * picks its value. `share` = passages about the topic / all passages in the period, so periods
 * with more or longer meetings are comparable. Periods with no such passage are present with 0, so
 * every requested topic has a value in every period.
 */
export type TopicTrendPoint = Omit<TrendPoint, 'value'> & { slug: string; share: number };

export async function topicTrend(executor: GraphReader, params: TopicTrendParams): Promise<TopicTrendPoint[]> {
  const minScore = params.minScore ?? 0;
  const args = {
    slugs: [...params.slugs],
    granularity: params.granularity ?? 'meeting',
    body: orNull(params.body),
    from: orNull(params.from),
    to: orNull(params.to),
    minScore,
  };
  // Without a score threshold the counts the write stage keeps on each Meeting answer it, summed in memory.
  if (minScore === 0) return (await topicSnapshot(executor)).trend(args);
  return (await executor.read(TREND_FROM_PASSAGES, args)) as unknown as TopicTrendPoint[];
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

// A trend places meetings in time: undated meetings are left out (and counted by undatedMeetings).
const MEETING_FILTER = `WHERE m.date IS NOT NULL AND ${MEETING_MATCHES}`;

const TREND_FROM_PASSAGES = `
     MATCH (m:Meeting) ${MEETING_FILTER}
     WITH m, COUNT { (m)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->(:Passage) } AS total
     UNWIND $slugs AS slug
     WITH m, total, slug,
          COUNT { MATCH (m)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->(:Passage)-[a:ABOUT]->(:Topic {slug: slug}) WHERE a.score >= $minScore } AS hits
     ${PERIOD_AND_SUMS}`;

/** Undated meetings of a council (of every council when `body` is absent): what a trend cannot place. */
export async function undatedMeetings(executor: GraphReader, body?: string): Promise<number> {
  return (await topicSnapshot(executor)).undated(orNull(body));
}

/** The councils (body keys) that discussed `slug` at a dated meeting in the range: one series each when trends compare councils. */
export async function councilsDiscussing(
  executor: GraphReader,
  params: { slug: string; body?: string; from?: string; to?: string },
): Promise<string[]> {
  return (await topicSnapshot(executor)).bodiesDiscussing({
    slugs: [params.slug],
    body: orNull(params.body),
    from: orNull(params.from),
    to: orNull(params.to),
  });
}
