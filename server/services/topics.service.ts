import { listTopicOverviews, periodTopicPassages, topicActors, topTopicPassages } from '../../graph/read/topic-details.repository.js';
import { councilsDiscussing, topicTrend, undatedMeetings, type TopicTrendPoint } from '../../graph/read/topics.repository.js';
import { listCouncils } from '../../graph/read/councils.repository.js';
import { VersionCache } from '../../graph/db/version-cache.js';
import type { GraphReader } from '../../graph/db/ports.js';
import type {
  NamedRef,
  PassageHit,
  TopicDetail,
  TopicDetailQuery,
  TopicSummary,
  TrendMeasure,
  TrendPassagesQuery,
  TrendPoint,
  TrendSeries,
  TrendsQuery,
  TrendsResponse,
} from '../../shapes/api/index.js';
import { NotFoundError } from '../errors.js';

/** Topics the trends view shows when the client names none. */
const DEFAULT_TREND_TOPICS = 5;

export const listTopicSummaries = (executor: GraphReader): Promise<TopicSummary[]> => listTopicOverviews(executor);

/** A topic's page; `body` narrows its trend, passages, people and organisations to one council (the topic's totals stay whole). */
export async function topicDetail(executor: GraphReader, slug: string, query: TopicDetailQuery = {}): Promise<TopicDetail> {
  const [topic] = await listTopicOverviews(executor, slug);
  if (!topic) throw new NotFoundError('topic', slug);
  const [trend, passages, actors] = await Promise.all([
    topicTrend(executor, { slugs: [slug], granularity: 'meeting', body: query.body }),
    topTopicPassages(executor, slug, 20, query.body),
    topicActors(executor, slug, query.body),
  ]);
  return { topic, trend: trend.map((p) => toPoint(p, 'count')), passages, ...actors };
}

/**
 * Trends are what dashboards ask for again and again; one per query is kept while the graph stands
 * (graph/db/version-cache.ts), so a repeat costs a version check.
 */
const trendResponses = new VersionCache<TrendsResponse>(200);

export function trends(executor: GraphReader, query: TrendsQuery): Promise<TrendsResponse> {
  return trendResponses.get(executor, JSON.stringify(query), () => trendsAfresh(executor, query));
}

/** Trends computed now, without the kept responses (the topic snapshot is still used). */
export async function trendsAfresh(executor: GraphReader, query: TrendsQuery): Promise<TrendsResponse> {
  const known = await listTopicOverviews(executor);
  const bySlug = new Map(known.map((t) => [t.slug, t]));
  const slugs = query.topics?.length
    ? [...new Set(query.topics)]
    : known
        .filter((t) => t.passages > 0)
        .slice(0, DEFAULT_TREND_TOPICS)
        .map((t) => t.slug);
  for (const slug of slugs) if (!bySlug.has(slug)) throw new NotFoundError('topic', slug);
  const undated = await undatedMeetings(executor, query.body);
  if (slugs.length === 0) return { granularity: query.granularity, measure: query.measure, series: [], undated };
  const range = { granularity: query.granularity, from: query.from, to: query.to };
  const seriesOf = (slug: string, body: NamedRef | null, points: readonly TopicTrendPoint[]): TrendSeries => {
    const topic = bySlug.get(slug)!;
    return { slug, label_sv: topic.label_sv, label_en: topic.label_en, body, points: points.map((p) => toPoint(p, query.measure)) };
  };
  if (query.compare !== 'body') {
    const bySeries = pointsBySlug(await topicTrend(executor, { ...range, slugs, body: query.body }));
    return {
      granularity: query.granularity,
      measure: query.measure,
      series: slugs.map((slug) => seriesOf(slug, null, bySeries.get(slug) ?? [])),
      undated,
    };
  }
  // One series per topic and council that discussed it, each over the periods its council met in.
  const names = new Map((await listCouncils(executor)).map((c) => [c.key, c.displayName]));
  const series: TrendSeries[] = [];
  for (const slug of slugs) {
    for (const key of await councilsDiscussing(executor, { slug, body: query.body, from: query.from, to: query.to })) {
      const points = await topicTrend(executor, { ...range, slugs: [slug], body: key });
      series.push(seriesOf(slug, { key, name: names.get(key) ?? key }, points));
    }
  }
  return { granularity: query.granularity, measure: query.measure, series, undated };
}

export async function trendPassages(executor: GraphReader, query: TrendPassagesQuery): Promise<PassageHit[]> {
  const [topic] = await listTopicOverviews(executor, query.topic);
  if (!topic) throw new NotFoundError('topic', query.topic);
  return periodTopicPassages(executor, { slug: query.topic, period: query.period, granularity: query.granularity, body: query.body });
}

/** A trend's points by topic, in their order: one pass, where a filter per series walked them all once per topic. */
function pointsBySlug(points: readonly TopicTrendPoint[]): Map<string, TopicTrendPoint[]> {
  const bySlug = new Map<string, TopicTrendPoint[]>();
  for (const point of points) {
    const list = bySlug.get(point.slug);
    if (list) list.push(point);
    else bySlug.set(point.slug, [point]);
  }
  return bySlug;
}

function toPoint(p: TopicTrendPoint, measure: TrendMeasure): TrendPoint {
  return {
    period: p.period,
    start: p.start,
    value: measure === 'count' ? p.passages : p.share,
    passages: p.passages,
    totalPassages: p.totalPassages,
    meetings: p.meetings,
  };
}
