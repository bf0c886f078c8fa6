import type { Granularity } from '../../shapes/api/index.js';
import type { TopicTrendPoint } from './topics.repository.js';
import { VersionCache } from '../db/version-cache.js';
import type { GraphReader } from '../db/ports.js';
import { cypherStringOrder as compare } from '../db/string-order.js';

/**
 * Every meeting's topic counts (and every topic's concern count), held in memory and reloaded when the graph version changes.
 *
 * Why: a trend per meeting over 10,000 meetings is 10,000 × topics rows, and the topic list's
 * counts are a walk over every passage. Both only need what the write stage already keeps on each
 * Meeting (`topicSlugs`, `topicPassageCounts`, `passageCount`): loaded once as one record of
 * lists (decoding one record is far cheaper than thousands), they are summed here in a few
 * milliseconds. A read costs one round trip for the version; a load follows each change.
 */

export interface MeetingTopicCounts {
  id: string;
  /** ISO date; null for an undated meeting, which counts towards a topic's totals but has no place in a trend. */
  date: string | null;
  bodyKey: string | null;
  /** All of the meeting's passages. */
  passages: number;
  /** Passages about each topic. */
  topics: ReadonlyMap<string, number>;
}

export interface TopicTotals {
  passages: number;
  meetings: number;
  /** Among the dated meetings; null when only undated meetings discussed the topic. */
  firstSeen: string | null;
  lastSeen: string | null;
}

interface DatedMeeting extends MeetingTopicCounts {
  date: string;
}

export interface TrendFilter {
  slugs: readonly string[];
  granularity: Granularity;
  body: string | null;
  from: string | null;
  to: string | null;
}

const LOAD = `
CALL () {
  MATCH (m:Meeting)
  RETURN collect([m.id, toString(m.date), m.bodyKey, coalesce(m.passageCount, 0),
                  coalesce(m.topicSlugs, []), coalesce(m.topicPassageCounts, [])]) AS meetings
}
CALL () {
  MATCH (:Concern)-[:ABOUT]->(t:Topic)
  WITH t.slug AS slug, count(*) AS concerns
  RETURN collect([slug, concerns]) AS concerns
}
RETURN meetings, concerns`;

type LoadedRow = [string, string, string | null, number, string[], number[]];

export class TopicSnapshot {
  /** Oldest first (date, then id); the undated after them, by id. */
  readonly meetings: readonly MeetingTopicCounts[];
  private readonly dated: readonly DatedMeeting[];
  /** Concerns about each topic (a topic's passages would be too many to walk to count them per request). */
  readonly concerns: ReadonlyMap<string, number>;
  private totalsCache: Map<string, TopicTotals> | null = null;

  constructor(meetings: readonly MeetingTopicCounts[], concerns: ReadonlyMap<string, number> = new Map()) {
    const dated = meetings.filter((m): m is DatedMeeting => m.date !== null).sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id));
    const undated = meetings.filter((m) => m.date === null).sort((a, b) => compare(a.id, b.id));
    this.dated = dated;
    this.meetings = [...dated, ...undated];
    this.concerns = concerns;
  }

  /** Per topic: passages about it, meetings discussing it, first and last date. Topics never discussed are absent. */
  totals(): ReadonlyMap<string, TopicTotals> {
    if (this.totalsCache) return this.totalsCache;
    const totals = new Map<string, TopicTotals>();
    for (const m of this.meetings) {
      for (const [slug, n] of m.topics) {
        if (n <= 0) continue;
        const t = totals.get(slug);
        if (!t) totals.set(slug, { passages: n, meetings: 1, firstSeen: m.date, lastSeen: m.date });
        else {
          t.passages += n;
          t.meetings++;
          if (m.date !== null) t.lastSeen = m.date; // dated meetings come first, oldest first
        }
      }
    }
    return (this.totalsCache = totals);
  }

  /**
   * One point per requested topic and period with a meeting in it (0 where the topic was not
   * discussed), ordered by the period's first date, the period, then the slug.
   */
  trend(filter: TrendFilter): TopicTrendPoint[] {
    const slugs = [...new Set(filter.slugs)].sort(compare);
    // The dated meetings are in (date, id) order, so periods come in the order the points are
    // returned in: a period's first meeting is its start, and two periods never share a start
    // (meetings are their own period, ordered by id on a shared date). One pass, no sort, and a
    // period's counts in an array by the slug's place: at 10,000 meetings a Map per period and the
    // sort took most of the time (46 ms for 5 topics per meeting).
    const points: TopicTrendPoint[] = [];
    let key: string | null = null;
    let start = '';
    let meetings = 0;
    let total = 0;
    const hits = new Array<number>(slugs.length).fill(0);
    const flush = () => {
      if (key === null) return;
      for (let n = 0; n < slugs.length; n++) {
        const passages = hits[n]!;
        points.push({
          slug: slugs[n]!,
          period: key,
          start,
          meetings,
          passages,
          totalPassages: total,
          share: total === 0 ? 0 : passages / total,
        });
      }
    };
    for (const m of this.dated) {
      if (filter.body !== null && m.bodyKey !== filter.body) continue;
      if (filter.from !== null && m.date < filter.from) continue;
      if (filter.to !== null && m.date > filter.to) continue;
      const period = periodOf(m, filter.granularity);
      if (period !== key) {
        flush();
        key = period;
        start = m.date;
        meetings = 0;
        total = 0;
        hits.fill(0);
      }
      meetings++;
      total += m.passages;
      for (let n = 0; n < slugs.length; n++) hits[n]! += m.topics.get(slugs[n]!) ?? 0;
    }
    flush();
    return points;
  }

  /** Undated meetings of council `body` (any council when null): what a trend leaves out. */
  undated(body: string | null): number {
    return this.meetings.filter((m) => m.date === null && (body === null || m.bodyKey === body)).length;
  }

  /** The councils (body keys) with a dated meeting in the filter's range that discussed at least one of `slugs`, in key order. */
  bodiesDiscussing(filter: Omit<TrendFilter, 'granularity'>): string[] {
    const bodies = new Set<string>();
    for (const m of this.dated) {
      if (m.bodyKey === null || (filter.body !== null && m.bodyKey !== filter.body)) continue;
      if ((filter.from !== null && m.date < filter.from) || (filter.to !== null && m.date > filter.to)) continue;
      if (filter.slugs.some((slug) => (m.topics.get(slug) ?? 0) > 0)) bodies.add(m.bodyKey);
    }
    return [...bodies].sort(compare);
  }
}

/** The same period keys as the Cypher read models: the meeting id, `2025-Q2`, `2025`. */
function periodOf(m: DatedMeeting, granularity: Granularity): string {
  if (granularity === 'meeting') return m.id;
  const year = m.date.slice(0, 4);
  if (granularity === 'year') return year;
  return `${year}-Q${Math.floor((Number(m.date.slice(5, 7)) - 1) / 3) + 1}`;
}

export async function loadTopicSnapshot(executor: GraphReader): Promise<TopicSnapshot> {
  const [row] = await executor.read(LOAD);
  const loaded = (row?.meetings ?? []) as LoadedRow[];
  const concerns = (row?.concerns ?? []) as Array<[string, number]>;
  return new TopicSnapshot(
    loaded.map(([id, date, bodyKey, passages, slugs, counts]) => ({
      id,
      date,
      bodyKey,
      passages: Number(passages),
      topics: new Map(slugs.map((slug, i) => [slug, Number(counts[i] ?? 0)])),
    })),
    new Map(concerns.map(([slug, n]) => [slug, Number(n)])),
  );
}

const snapshots = new VersionCache<TopicSnapshot>(1);

/** The snapshot for the graph as it is now: kept while the graph version stands, else loaded again. */
export function topicSnapshot(executor: GraphReader): Promise<TopicSnapshot> {
  return snapshots.get(executor, 'snapshot', () => loadTopicSnapshot(executor));
}
