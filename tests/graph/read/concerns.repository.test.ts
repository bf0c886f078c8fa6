import { beforeAll, describe, expect, it } from 'vitest';
import { listMeetingConcerns, pageConcernGroups, type ConcernGroupFilter } from '../../../graph/read/concerns.repository.js';
import { councilGraph, writeCouncilGraph, type CouncilGraph } from '../../fixtures/council-graph.js';
import { useSampleGraph } from '../../helpers/sample-graph.js';

/**
 * Concern groups are formed, filtered, ordered and paged in Cypher; the expected answers here are
 * computed from the synthetic council's rows (tests/fixtures/council-graph.ts) by the rule the
 * contract states: a group matches when any occurrence does; recurring first, then the latest
 * raised first, then by key.
 */
const ctx = useSampleGraph();
let council: CouncilGraph;

beforeAll(async () => {
  council = councilGraph();
  await writeCouncilGraph(ctx.executor, council);
});

function expectedGroups(filter: ConcernGroupFilter = {}): string[] {
  const dates = new Map(council.meetings.map((m) => [m.id, m.date]));
  const groups = new Map<string, typeof council.concerns>();
  for (const c of council.concerns) {
    const key = c.groupKey ?? c.key;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const inRange = (date: string) => (filter.from === undefined || date >= filter.from) && (filter.to === undefined || date <= filter.to);
  return [...groups]
    .filter(([, members]) => members.some((m) => inRange(dates.get(m.meetingId)!)))
    .filter(([, members]) => filter.topic === undefined || members.some((m) => m.topics.includes(filter.topic!)))
    .filter(([, members]) => filter.recurring === undefined || members.length >= 2 === filter.recurring)
    .filter(([, members]) => filter.meetingIds === undefined || members.some((m) => filter.meetingIds!.includes(m.meetingId)))
    .map(([key, members]) => ({
      key,
      recurring: members.length >= 2,
      last: members
        .map((m) => dates.get(m.meetingId)!)
        .sort()
        .at(-1)!,
    }))
    .sort(
      (a, b) =>
        Number(b.recurring) - Number(a.recurring) ||
        (a.last < b.last ? 1 : a.last > b.last ? -1 : 0) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
    .map((g) => g.key);
}

describe('pageConcernGroups', () => {
  it('orders recurring groups first, then the latest raised, and counts every group', async () => {
    const { total, groups } = await pageConcernGroups(ctx.executor, { limit: 500 });
    expect(total).toBe(40);
    expect(groups.map((g) => g.key)).toEqual(expectedGroups());
    expect(groups.filter((g) => g.recurring)).toHaveLength(8);
    expect(groups.slice(0, 8).every((g) => g.recurring && g.count === 3)).toBe(true);
  });

  it('pages without overlap or gaps: the pages joined are the whole list', async () => {
    const pages = [];
    for (let offset = 0; offset < 40; offset += 7) {
      const page = await pageConcernGroups(ctx.executor, { offset, limit: 7 });
      expect(page.total).toBe(40);
      expect(page.groups.length).toBe(Math.min(7, 40 - offset));
      pages.push(...page.groups.map((g) => g.key));
    }
    expect(pages).toEqual(expectedGroups());
    expect(await pageConcernGroups(ctx.executor, { offset: 40, limit: 7 })).toEqual({ total: 40, groups: [] });
  });

  it('filters by topic, date range, recurrence and meetings as any occurrence matches', async () => {
    const filters: ConcernGroupFilter[] = [
      { topic: 'vardplatser' },
      { topic: 'nara-vard', recurring: true },
      { from: '2023-11-01' },
      { to: '2023-02-28' },
      { from: '2023-06-01', to: '2023-06-30', recurring: false },
      { recurring: true, from: '2023-12-20' },
      { meetingIds: ['2023-12-20_rad', '2023-03-05_rad'] },
      { topic: 'finns-inte' },
    ];
    for (const filter of filters) {
      const expected = expectedGroups(filter);
      const page = await pageConcernGroups(ctx.executor, { ...filter, limit: 5 });
      expect(page.total, JSON.stringify(filter)).toBe(expected.length);
      expect(
        page.groups.map((g) => g.key),
        JSON.stringify(filter),
      ).toEqual(expected.slice(0, 5));
    }
    // A matching group is shown whole: its occurrences outside the range too.
    const late = await pageConcernGroups(ctx.executor, { from: '2023-12-01', recurring: true, limit: 50 });
    expect(late.groups.some((g) => g.firstRaised !== null && g.firstRaised < '2023-12-01')).toBe(true);
  });

  it("reads a page's groups in full: occurrences oldest first, topics, gist of the newest, answers", async () => {
    const { groups } = await pageConcernGroups(ctx.executor, { limit: 500 });
    for (const group of groups) {
      const members = council.concerns.filter((c) => (c.groupKey ?? c.key) === group.key);
      expect(group.count).toBe(members.length);
      expect(group.occurrences.map((o) => o.key).sort()).toEqual(members.map((m) => m.key).sort());
      const dates = group.occurrences.map((o) => o.date);
      expect(dates).toEqual([...dates].sort());
      expect([group.firstRaised, group.lastRaised]).toEqual([dates[0], dates.at(-1)]);
      expect(group.topics.map((t) => t.slug)).toEqual([...new Set(members.flatMap((m) => m.topics))].sort());
      const newest = group.occurrences.at(-1)!;
      expect(group.gist).toBe(newest.gist ?? newest.text);
    }
    const answered = groups.flatMap((g) => g.occurrences).find((o) => o.key === council.answeredConcern)!;
    // Answers run until the council speaks again.
    expect(answered.answers).toEqual([
      { text: 'Svar ett', speaker: { type: 'person', key: null, name: 'Anna Berg' } },
      { text: 'Svar två', speaker: { type: 'person', key: null, name: 'Anna Berg' } },
    ]);
  });

  it('treats a concern the analysis has not grouped yet as a group of its own', async () => {
    const fresh = council.concerns.find((c) => c.groupKey === null)!;
    const { groups } = await pageConcernGroups(ctx.executor, { limit: 500 });
    expect(groups.find((g) => g.key === fresh.key)).toMatchObject({ count: 1, recurring: false });
  });
});

describe('listMeetingConcerns', () => {
  it("lists one meeting's concerns in order with their group", async () => {
    const meetingId = council.meetings[0]!.id;
    const concerns = await listMeetingConcerns(ctx.executor, meetingId);
    const seeded = council.concerns.filter((c) => c.meetingId === meetingId);
    expect(concerns.map((c) => c.key)).toEqual(seeded.map((c) => c.key));
    expect(concerns.map((c) => c.recurring)).toEqual(seeded.map((c) => (c.groupSize ?? 1) >= 2));
    expect(concerns.find((c) => c.key === council.answeredConcern)?.answers).toHaveLength(2);
  });
});
