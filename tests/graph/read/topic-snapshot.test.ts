import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../graph/db/schema.js';
import { TopicSnapshot, topicSnapshot, type MeetingTopicCounts } from '../../../graph/read/topic-snapshot.js';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { FIXTURE_DIMENSIONS } from '../../fixtures/annotated/embedding.js';
import { annotatedSamples } from '../../fixtures/annotated/samples.js';
import { startTestGraph, type TestGraph } from '../../helpers/neo4j.js';

const meeting = (id: string, date: string, bodyKey: string, passages: number, topics: Record<string, number>): MeetingTopicCounts => ({
  id,
  date,
  bodyKey,
  passages,
  topics: new Map(Object.entries(topics)),
});

// Given out of order on purpose: the snapshot sorts by date, then id.
const snapshot = new TopicSnapshot([
  meeting('2025-05-02-b', '2025-05-02', 'b', 10, { vardplatser: 4 }),
  meeting('2024-04-11-a', '2024-04-11', 'a', 40, { 'nara-vard': 6, vardplatser: 2 }),
  meeting('2025-04-10-a', '2025-04-10', 'a', 50, { 'nara-vard': 3, ekonomi: 5 }),
  meeting('2025-06-12-a', '2025-06-12', 'a', 0, {}),
]);

describe('TopicSnapshot.totals', () => {
  it('sums passages and meetings per topic with first and last date', () => {
    const totals = snapshot.totals();
    expect(totals.get('nara-vard')).toEqual({ passages: 9, meetings: 2, firstSeen: '2024-04-11', lastSeen: '2025-04-10' });
    expect(totals.get('vardplatser')).toEqual({ passages: 6, meetings: 2, firstSeen: '2024-04-11', lastSeen: '2025-05-02' });
    expect(totals.has('1177')).toBe(false);
  });
});

describe('TopicSnapshot.trend', () => {
  const all = { body: null, from: null, to: null } as const;

  it('gives every requested topic a point in every meeting, zeros included, oldest first', () => {
    const points = snapshot.trend({ ...all, slugs: ['vardplatser', 'nara-vard'], granularity: 'meeting' });
    expect(points.map((p) => `${p.period} ${p.slug} ${p.passages}/${p.totalPassages}`)).toEqual([
      '2024-04-11-a nara-vard 6/40',
      '2024-04-11-a vardplatser 2/40',
      '2025-04-10-a nara-vard 3/50',
      '2025-04-10-a vardplatser 0/50',
      '2025-05-02-b nara-vard 0/10',
      '2025-05-02-b vardplatser 4/10',
      '2025-06-12-a nara-vard 0/0',
      '2025-06-12-a vardplatser 0/0',
    ]);
    expect(points[0]!.share).toBeCloseTo(6 / 40);
    expect(points.at(-1)!.share).toBe(0); // no passages: share 0, not NaN
  });

  it('sums quarters and years, starting each period at its first meeting', () => {
    const quarters = snapshot.trend({ ...all, slugs: ['vardplatser'], granularity: 'quarter' });
    expect(quarters).toEqual([
      { slug: 'vardplatser', period: '2024-Q2', start: '2024-04-11', meetings: 1, passages: 2, totalPassages: 40, share: 2 / 40 },
      { slug: 'vardplatser', period: '2025-Q2', start: '2025-04-10', meetings: 3, passages: 4, totalPassages: 60, share: 4 / 60 },
    ]);
    const years = snapshot.trend({ ...all, slugs: ['nara-vard'], granularity: 'year' });
    expect(years.map((p) => [p.period, p.meetings, p.passages])).toEqual([
      ['2024', 1, 6],
      ['2025', 3, 3],
    ]);
  });

  it('filters by body and by an inclusive date range', () => {
    const b = snapshot.trend({ ...all, body: 'b', slugs: ['vardplatser'], granularity: 'meeting' });
    expect(b.map((p) => p.period)).toEqual(['2025-05-02-b']);
    const range = snapshot.trend({ ...all, from: '2025-04-10', to: '2025-05-02', slugs: ['vardplatser'], granularity: 'meeting' });
    expect(range.map((p) => p.period)).toEqual(['2025-04-10-a', '2025-05-02-b']);
  });
});

describe('TopicSnapshot with an undated meeting', () => {
  const withUndated = new TopicSnapshot([
    ...snapshot.meetings,
    {
      id: 'undated-a',
      date: null,
      bodyKey: 'a',
      passages: 20,
      topics: new Map([
        ['vardplatser', 7],
        ['ekonomi', 1],
      ]),
    },
    { id: 'undated-c', date: null, bodyKey: 'c', passages: 5, topics: new Map([['ekonomi', 2]]) },
  ]);
  const all = { body: null, from: null, to: null } as const;

  it('keeps it after the dated meetings and counts its passages, but not in the first and last dates', () => {
    expect(withUndated.meetings.map((m) => m.id).slice(-2)).toEqual(['undated-a', 'undated-c']);
    expect(withUndated.totals().get('vardplatser')).toEqual({ passages: 13, meetings: 3, firstSeen: '2024-04-11', lastSeen: '2025-05-02' });
    expect(withUndated.totals().get('ekonomi')).toEqual({ passages: 8, meetings: 3, firstSeen: '2025-04-10', lastSeen: '2025-04-10' });
  });

  it('leaves it out of every trend and counts it per council', () => {
    for (const granularity of ['meeting', 'quarter', 'year'] as const) {
      expect(withUndated.trend({ ...all, slugs: ['vardplatser', 'ekonomi'], granularity })).toEqual(
        snapshot.trend({ ...all, slugs: ['vardplatser', 'ekonomi'], granularity }),
      );
    }
    expect([withUndated.undated(null), withUndated.undated('a'), withUndated.undated('b'), withUndated.undated('c')]).toEqual([2, 1, 0, 1]);
  });

  it('names the councils that discussed a topic at a dated meeting in range', () => {
    expect(withUndated.bodiesDiscussing({ ...all, slugs: ['vardplatser'] })).toEqual(['a', 'b']);
    expect(withUndated.bodiesDiscussing({ ...all, slugs: ['ekonomi'] })).toEqual(['a']); // c only at its undated meeting
    expect(withUndated.bodiesDiscussing({ ...all, from: '2025-05-01', slugs: ['vardplatser'] })).toEqual(['b']);
  });
});

describe('topicSnapshot over the real graph', () => {
  let graph: TestGraph;
  let samples: AnnotatedMeeting[];
  beforeAll(async () => {
    graph = await startTestGraph();
    await ensureSchema(graph.executor, { dimensions: FIXTURE_DIMENSIONS });
    samples = await annotatedSamples();
  });
  afterAll(async () => graph?.close());

  it('is kept while the graph stands and loaded again after every change, a wipe included', async () => {
    const [s2024, s2025] = samples as [AnnotatedMeeting, AnnotatedMeeting];
    await writeMeeting(graph.executor, s2024);
    const first = await topicSnapshot(graph.executor);
    expect(first.meetings.map((m) => m.id)).toEqual([s2024.id]);
    expect(await topicSnapshot(graph.executor)).toBe(first);

    await writeMeeting(graph.executor, s2025);
    const second = await topicSnapshot(graph.executor);
    expect(second.meetings.map((m) => m.id)).toEqual([s2024.id, s2025.id]);
    const counted = second.meetings[1]!;
    expect(counted.passages).toBe(s2025.passages.length);
    expect(counted.topics.get('vardplatser')).toBe(s2025.passages.filter((p) => p.topics.some((t) => t.slug === 'vardplatser')).length);

    // A wiped graph starts a new epoch, so equal counters never pass for the old graph.
    await graph.clear();
    await ensureSchema(graph.executor, { dimensions: FIXTURE_DIMENSIONS });
    await writeMeeting(graph.executor, s2025);
    await writeMeeting(graph.executor, s2024);
    expect((await topicSnapshot(graph.executor)).meetings.map((m) => m.id)).toEqual([s2024.id, s2025.id]);
    await graph.clear();
    await ensureSchema(graph.executor, { dimensions: FIXTURE_DIMENSIONS });
    await writeMeeting(graph.executor, s2025);
    expect((await topicSnapshot(graph.executor)).meetings.map((m) => m.id)).toEqual([s2025.id]);
  });
});
