import { beforeAll, describe, expect, it } from 'vitest';
import { listFollowUps, newestFollowUps, pageFollowUps, type FollowUpPage } from '../../../graph/read/follow-ups.repository.js';
import { councilGraph, writeCouncilGraph, type CouncilGraph, type SeedFollowUp } from '../../fixtures/council-graph.js';
import { useSampleGraph } from '../../helpers/sample-graph.js';

/**
 * Follow-ups are filtered, counted, ordered and paged in Cypher; the expected answers are computed
 * from the synthetic council's rows (tests/fixtures/council-graph.ts): newest meeting first (ties
 * by meeting id, descending), then in the order promised; an undecided status counts as open.
 */
const ctx = useSampleGraph();
let council: CouncilGraph;

beforeAll(async () => {
  council = councilGraph();
  await writeCouncilGraph(ctx.executor, council);
});

const statusOf = (f: SeedFollowUp) => (f.status === 'addressed' || f.status === 'overdue' ? f.status : 'open');

function expected(filter: Omit<FollowUpPage, 'offset' | 'limit'> = {}) {
  const dates = new Map(council.meetings.map((m) => [m.id, m.date]));
  const owner = filter.owner?.toLowerCase();
  const matched = council.followUps
    .filter(
      (f) =>
        (filter.from === undefined || dates.get(f.meetingId)! >= filter.from) &&
        (filter.to === undefined || dates.get(f.meetingId)! <= filter.to),
    )
    .filter(
      (f) => owner === undefined || f.owner?.key === filter.owner || (f.owner?.name ?? f.ownerName ?? '').toLowerCase().includes(owner),
    )
    .sort((a, b) => {
      const [da, db] = [dates.get(a.meetingId)!, dates.get(b.meetingId)!];
      return (
        (da < db ? 1 : da > db ? -1 : 0) || (a.meetingId < b.meetingId ? 1 : a.meetingId > b.meetingId ? -1 : 0) || a.ordinal - b.ordinal
      );
    });
  const count = (status: string) => matched.filter((f) => statusOf(f) === status).length;
  const chosen = matched.filter((f) => filter.status === undefined || statusOf(f) === filter.status);
  return { keys: chosen.map((f) => f.key), counts: { open: count('open'), addressed: count('addressed'), overdue: count('overdue') } };
}

describe('pageFollowUps', () => {
  it('orders newest first, counts per status and gives the total', async () => {
    const page = await pageFollowUps(ctx.executor, { limit: 500 });
    const want = expected();
    expect(page.total).toBe(45);
    expect(page.items.map((f) => f.key)).toEqual(want.keys);
    expect(page.counts).toEqual(want.counts);
    expect(page.counts).toEqual({ open: 27, addressed: 9, overdue: 9 });
    expect(new Set(page.items.map((f) => f.status))).toEqual(new Set(['open', 'addressed', 'overdue']));
  });

  it('pages without overlap or gaps; counts stay those of the whole filtered set', async () => {
    const keys: string[] = [];
    for (let offset = 0; offset < 45; offset += 10) {
      const page = await pageFollowUps(ctx.executor, { offset, limit: 10 });
      expect(page.total).toBe(45);
      expect(page.counts).toEqual(expected().counts);
      keys.push(...page.items.map((f) => f.key));
    }
    expect(keys).toEqual(expected().keys);
    expect((await pageFollowUps(ctx.executor, { offset: 45 })).items).toEqual([]);
  });

  it('filters by status (items and total, not counts), owner and dates', async () => {
    const filters: Array<Omit<FollowUpPage, 'offset' | 'limit'>> = [
      { status: 'overdue' },
      { status: 'open', from: '2023-06-01' },
      { owner: 'anna berg' },
      { owner: 'OLOF' },
      { owner: 'tjänstemän', status: 'addressed' },
      { to: '2023-03-31' },
      { from: '2023-12-20', to: '2023-12-20' },
      { owner: 'ingen sådan' },
    ];
    for (const filter of filters) {
      const want = expected(filter);
      const page = await pageFollowUps(ctx.executor, { ...filter, limit: 4 });
      expect(page.total, JSON.stringify(filter)).toBe(want.keys.length);
      expect(page.counts, JSON.stringify(filter)).toEqual(want.counts);
      expect(
        page.items.map((f) => f.key),
        JSON.stringify(filter),
      ).toEqual(want.keys.slice(0, 4));
      if (filter.status) expect(page.items.every((f) => f.status === filter.status)).toBe(true);
    }
  });

  it('reads owner and evidence for the rows of the page', async () => {
    const { items } = await pageFollowUps(ctx.executor, { limit: 500 });
    for (const item of items) {
      const seeded = council.followUps.find((f) => f.key === item.key)!;
      expect(item.owner).toEqual(
        seeded.owner
          ? { type: 'person', key: seeded.owner.key, name: seeded.owner.name }
          : { type: seeded.ownerName ? 'group' : 'unknown', key: null, name: seeded.ownerName },
      );
      expect(item.evidence?.meetingId ?? null).toBe(seeded.addressedIn);
    }
  });
});

describe('listFollowUps and newestFollowUps', () => {
  it("lists one meeting's follow-ups in the order promised", async () => {
    const meetingId = council.meetings[2]!.id;
    const items = await listFollowUps(ctx.executor, { meetingId });
    expect(items.map((f) => f.key)).toEqual(
      council.followUps
        .filter((f) => f.meetingId === meetingId)
        .sort((a, b) => a.ordinal - b.ordinal)
        .map((f) => f.key),
    );
  });

  it('reads the newest N follow-ups only', async () => {
    expect((await newestFollowUps(ctx.executor, 6)).map((f) => f.key)).toEqual(expected().keys.slice(0, 6));
    expect((await newestFollowUps(ctx.executor, 500)).map((f) => f.key)).toEqual(expected().keys);
  });
});
