import { beforeAll, describe, expect, it } from 'vitest';
import { getNeighbourhood } from '../../../graph/read/explorer.repository.js';
import { getMeeting, listMeetings } from '../../../graph/read/meetings.repository.js';
import { getOrganisation, listOrganisations } from '../../../graph/read/organisations.repository.js';
import { getPerson, listPeople } from '../../../graph/read/people.repository.js';
import { topicTrend } from '../../../graph/read/topics.repository.js';
import { listTopicOverviews } from '../../../graph/read/topic-details.repository.js';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { SPEAKER_BASES } from '../../../shapes/api/enums.js';
import { SAMPLE_2024_ID, SAMPLE_2025_ID, SAMPLE_BODY_KEY } from '../../fixtures/annotated/samples.js';
import { useSampleGraph } from '../../helpers/sample-graph.js';

/** The read models over the two samples; one server, written once, only read by the cases. */

const g = useSampleGraph();

beforeAll(async () => {
  // The fixture enrichment records no speaker basis; give the 2025 passages every basis in turn so the
  // read model's round trip is checked on real values (it affects no other read model).
  const bases = SPEAKER_BASES;
  g.sample2025.passages.forEach((p, i) => (p.speakerBasis ??= bases[i % bases.length]));
  await writeMeeting(g.executor, g.sample2025);
  await writeMeeting(g.executor, g.sample2024);
});

/** Passages of a fixture meeting tagged with a topic: the expected count, computed from the input. */
const tagged = (meeting: AnnotatedMeeting, slug: string) => meeting.passages.filter((p) => p.topics.some((t) => t.slug === slug)).length;

describe('meetings.repository', () => {
  it('lists meetings newest first with counts and the total', async () => {
    const { total, meetings } = await listMeetings(g.executor);
    expect(total).toBe(2);
    expect(meetings.map((m) => [m.id, m.items, m.passages, m.attendees])).toEqual([
      [SAMPLE_2025_ID, 6, g.sample2025.passages.length, 9],
      [SAMPLE_2024_ID, 7, g.sample2024.passages.length, 18],
    ]);
    expect(meetings[0]).toMatchObject({ date: '2025-04-10', diaryNumber: 'HSN 2025-0125', body: { key: SAMPLE_BODY_KEY } });
  });

  it('filters by date range and body, and pages', async () => {
    expect((await listMeetings(g.executor, { from: '2025-01-01' })).meetings.map((m) => m.id)).toEqual([SAMPLE_2025_ID]);
    expect((await listMeetings(g.executor, { to: '2024-12-31' })).meetings.map((m) => m.id)).toEqual([SAMPLE_2024_ID]);
    expect(await listMeetings(g.executor, { body: 'another-body' })).toEqual({ total: 0, meetings: [] });
    const page = await listMeetings(g.executor, { limit: 1, offset: 1 });
    expect(page.total).toBe(2);
    expect(page.meetings.map((m) => m.id)).toEqual([SAMPLE_2024_ID]);
    expect((await listMeetings(g.executor, { order: 'asc', limit: 1 })).meetings.map((m) => m.id)).toEqual([SAMPLE_2024_ID]);
  });

  it('returns a meeting with items in order, presenters, passages, attendees, secretary and neighbours', async () => {
    const meeting = await getMeeting(g.executor, SAMPLE_2025_ID);
    expect(meeting).not.toBeNull();
    expect(meeting!.items.map((i) => i.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
    const item3 = meeting!.items[2]!;
    expect(item3.title).toBe('Aktuellt vid förvaltningen/fråga ang. vårdköer/bevakningslista');
    expect(item3.presenters).toEqual([{ key: 'anders ahlsson', name: 'Anders Ahlsson' }]);
    expect(item3.passages.map((p) => p.ordinal)).toEqual(g.sample2025.passages.filter((p) => p.itemOrdinal === 3).map((p) => p.ordinal));
    expect(item3.passages[0]!.topics.map((t) => t.slug)).toContain('vardplatser');
    // The speaker's basis comes back as written, passage by passage; the 2024 sample was written without one: null, not a guess.
    expect(item3.passages.map((p) => p.speakerBasis)).toEqual(
      g.sample2025.passages.filter((p) => p.itemOrdinal === 3).map((p) => p.speakerBasis),
    );
    expect(meeting!.attendees).toHaveLength(9);
    expect(meeting!.attendees.find((a) => a.name === 'Karin Nilsson')).toMatchObject({
      remote: true,
      organisation: { key: 'förvaltningen' },
    });
    expect(meeting!.attendees.find((a) => a.name === 'Sven Erik Wånell')).toMatchObject({ remote: false, organisation: { name: 'PRO' } });
    expect(meeting!.secretary).toEqual({ key: 'william stampe', name: 'William Stampe' });
    expect(meeting!.previous?.id).toBe(SAMPLE_2024_ID);
    expect(meeting!.next).toBeNull();
    expect(meeting!.source).toMatchObject({ path: g.sample2025.minutes.source.path, sha256: g.sample2025.minutes.source.sha256 });
    expect(meeting!.topics.find((t) => t.slug === 'vardplatser')?.passages).toBe(tagged(g.sample2025, 'vardplatser'));

    const older = await getMeeting(g.executor, SAMPLE_2024_ID);
    expect(older!.next?.id).toBe(SAMPLE_2025_ID);
    expect(older!.items.flatMap((i) => i.passages).map((p) => p.speakerBasis)).toEqual(
      g.sample2024.passages.map((p) => p.speakerBasis ?? null),
    );
    expect(older!.previous).toBeNull();
    expect(await getMeeting(g.executor, 'no-such-meeting')).toBeNull();
  });
});

describe('topics.repository', () => {
  it('lists topics with passage and meeting counts', async () => {
    const topics = await listTopicOverviews(g.executor);
    const prehospital = topics.find((t) => t.slug === 'prehospital');
    expect(prehospital).toMatchObject({ passages: tagged(g.sample2024, 'prehospital') + tagged(g.sample2025, 'prehospital') });
    expect(topics.find((t) => t.slug === 'vardplatser')?.meetings).toBe(2);
  });

  it('gives a per-meeting series for several topics, with zeros, counts and shares', async () => {
    const points = await topicTrend(g.executor, { slugs: ['prehospital', 'vardplatser'] });
    expect(points.map((p) => `${p.period}:${p.slug}`)).toEqual([
      `${SAMPLE_2024_ID}:prehospital`,
      `${SAMPLE_2024_ID}:vardplatser`,
      `${SAMPLE_2025_ID}:prehospital`,
      `${SAMPLE_2025_ID}:vardplatser`,
    ]);
    const point = (period: string, slug: string) => points.find((p) => p.period === period && p.slug === slug)!;
    expect(point(SAMPLE_2025_ID, 'vardplatser')).toMatchObject({
      start: '2025-04-10',
      passages: tagged(g.sample2025, 'vardplatser'),
      totalPassages: g.sample2025.passages.length,
      share: tagged(g.sample2025, 'vardplatser') / g.sample2025.passages.length,
    });
    expect(point(SAMPLE_2025_ID, 'prehospital').passages).toBe(tagged(g.sample2025, 'prehospital'));
  });

  it('groups by quarter and year, and filters by date', async () => {
    const quarters = await topicTrend(g.executor, { slugs: ['vardplatser'], granularity: 'quarter' });
    expect(quarters.map((p) => p.period)).toEqual(['2024-Q2', '2025-Q2']);
    const years = await topicTrend(g.executor, { slugs: ['vardplatser'], granularity: 'year', from: '2025-01-01' });
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({ period: '2025', meetings: 1 });
  });
});

describe('people.repository', () => {
  it('lists people with filters and paging', async () => {
    const all = await listPeople(g.executor, { limit: 100 });
    expect(all.total).toBe(20);
    expect(all.people[0]!.meetings).toBe(2);
    expect((await listPeople(g.executor, { name: 'AHL' })).people.map((p) => p.name)).toEqual(['Anders Ahlsson']);
    const skpf = await listPeople(g.executor, { organisation: 'skpf' });
    expect(skpf.people.map((p) => p.name).sort()).toEqual(['Berit Örnevall', 'Gudrun Hammar', 'Owe Landgren', 'Ulla Jönsson']);
  });

  it('returns a person with meetings, items presented, organisations and topics', async () => {
    const anders = await getPerson(g.executor, 'anders ahlsson');
    expect(anders!.organisations).toEqual([{ key: 'förvaltningen', name: 'Förvaltningen' }]);
    expect(anders!.meetings.map((m) => m.id)).toEqual([SAMPLE_2025_ID, SAMPLE_2024_ID]);
    expect(anders!.presented.map((i) => i.title)).toEqual([
      'Aktuellt vid förvaltningen/fråga ang. vårdköer/bevakningslista',
      'Dialog/bevakningslista',
    ]);
    expect(anders!.topics.map((t) => t.slug)).toContain('vardplatser');

    const william = await getPerson(g.executor, 'william stampe');
    expect(william!.meetings.every((m) => m.secretary)).toBe(true);
    expect(william!.roles).toEqual(['sekreterare']);
    expect(await getPerson(g.executor, 'nobody')).toBeNull();
  });
});

describe('organisations.repository', () => {
  it('lists organisations with people and meeting counts', async () => {
    const organisations = await listOrganisations(g.executor);
    expect(organisations.map((o) => o.key).sort()).toEqual(['förvaltningen', 'pro', 'skpf', 'spf seniorerna']);
    expect(organisations.find((o) => o.key === 'skpf')).toMatchObject({ people: 4, meetings: 2 });
  });

  it('returns an organisation with its people, meetings, items presented and topics', async () => {
    const skpf = await getOrganisation(g.executor, 'skpf');
    expect(skpf!.people.map((p) => [p.name, p.meetings])).toEqual([
      ['Berit Örnevall', 1],
      ['Gudrun Hammar', 2],
      ['Owe Landgren', 2],
      ['Ulla Jönsson', 1],
    ]);
    expect(skpf!.meetings.map((m) => [m.id, m.attendees.length])).toEqual([
      [SAMPLE_2025_ID, 2],
      [SAMPLE_2024_ID, 4],
    ]);
    const administration = await getOrganisation(g.executor, 'förvaltningen');
    expect(administration!.presented.map((i) => i.title)).toContain('Prehospital framtidsplan');
    expect(administration!.topics.map((t) => t.slug)).toContain('prehospital');
    expect(await getOrganisation(g.executor, 'nobody')).toBeNull();
  });
});

describe('explorer.repository', () => {
  it('returns the one-step neighbourhood of a meeting with edges only between returned nodes', async () => {
    const hood = await getNeighbourhood(g.executor, { label: 'Meeting', key: SAMPLE_2025_ID });
    expect(hood!.center).toBe(`Meeting:${SAMPLE_2025_ID}`);
    const labels = hood!.nodes.filter((n) => n.depth === 1).map((n) => n.label);
    expect(labels.filter((l) => l === 'Person')).toHaveLength(9);
    expect(labels.filter((l) => l === 'AgendaItem')).toHaveLength(6);
    expect(labels).toEqual(expect.arrayContaining(['Body', 'Meeting']));
    const ids = new Set(hood!.nodes.map((n) => n.id));
    expect(hood!.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(hood!.edges.find((e) => e.type === 'FOLLOWS')).toMatchObject({
      source: `Meeting:${SAMPLE_2025_ID}`,
      target: `Meeting:${SAMPLE_2024_ID}`,
    });
    expect(hood!.truncated).toBe(false);
    expect(hood!.nodes.every((n) => !('embedding' in n.properties) && !('personKeys' in n.properties))).toBe(true);
  });

  it('filters by node type, caps the size and says when it cut', async () => {
    const people = await getNeighbourhood(g.executor, { label: 'Meeting', key: SAMPLE_2025_ID, types: ['Person'] });
    expect(new Set(people!.nodes.slice(1).map((n) => n.label))).toEqual(new Set(['Person']));
    // the centre is not of the asked types, yet its edges to them are there
    const attended = people!.edges.filter((e) => e.type === 'ATTENDED' && e.target === `Meeting:${SAMPLE_2025_ID}`);
    expect(attended.length).toBeGreaterThanOrEqual(9);
    expect(
      people!.edges.every((e) => e.source !== e.target && [e.source, e.target].every((id) => people!.nodes.some((n) => n.id === id))),
    ).toBe(true);
    const capped = await getNeighbourhood(g.executor, { label: 'Meeting', key: SAMPLE_2025_ID, limit: 5 });
    expect(capped!.nodes).toHaveLength(5);
    expect(capped!.truncated).toBe(true);
    // the cut keeps one of each kind before a second of any: agenda item, body, meeting, organisation
    expect(new Set(capped!.nodes.slice(1).map((n) => n.label)).size).toBe(4);
  });

  it('reaches two steps out: people who met Sven Erik Wånell', async () => {
    const hood = await getNeighbourhood(g.executor, { label: 'Person', key: 'sven erik wånell', depth: 2, types: ['Meeting', 'Person'] });
    const far = hood!.nodes.filter((n) => n.depth === 2).map((n) => n.caption);
    expect(far).toEqual(expect.arrayContaining(['Anders Ahlsson', 'Karin Nilsson']));
    expect(far).not.toContain('Berit Örnevall'); // only at the 2024 meeting
    expect(await getNeighbourhood(g.executor, { label: 'Person', key: 'nobody' })).toBeNull();
  });
});
