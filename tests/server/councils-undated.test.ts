import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { analyseAcrossMeetings } from '../../graph/analysis/apply-analysis.js';
import { writeMeeting } from '../../graph/write/write-meeting.js';
import { councilOf, meetingIdOf } from '../../ingest/nlp/enrich.js';
import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import * as c from '../../shapes/api/index.js';
import { annotate } from '../fixtures/annotated/annotate.js';
import { buildMinutes, type MinutesSpec } from '../fixtures/annotated/build-minutes.js';
import { SAMPLES } from '../fixtures/sample-minutes.js';
import { startTestApi, type TestApi } from '../helpers/api-server.js';
import { postDocument } from '../helpers/post-document.js';

/**
 * Councils side by side and undated meetings, over HTTP: the two samples (one council), the same
 * kind of council in two municipalities ("Kommunala pensionärsrådet" in Norrtälje and in
 * Eskilstuna), and one Eskilstuna meeting whose minutes carry no date.
 */

let api: TestApi;

const KPR = 'Kommunala pensionärsrådet';
const spec = (municipality: string, date: string | null, words: string): MinutesSpec => ({
  date,
  body: KPR,
  municipality,
  attendees: [{ name: `Ordförande ${municipality}`, organisation: 'PRO' }],
  items: [{ title: 'Vårdplatser', paragraphs: [`Rådet frågar om vårdplatser i sommar. ${words}`, 'Förvaltningen berättar om läget.'] }],
});
const SPECS = {
  norrtalje2024: spec('Norrtälje kommun', '2024-05-02', 'Norrtälje har få platser.'),
  norrtalje2025: spec('Norrtälje kommun', '2025-03-06', 'Läget är oförändrat i Norrtälje.'),
  eskilstuna2025: spec('Eskilstuna kommun', '2025-02-01', 'Eskilstuna planerar fler platser.'),
  eskilstunaUndated: spec('Eskilstuna kommun', null, 'Solrosgården i Eskilstuna saknar vårdplatser.'),
};
const minutes = Object.fromEntries(Object.entries(SPECS).map(([name, s]) => [name, buildMinutes(s)])) as Record<
  keyof typeof SPECS,
  ReturnType<typeof buildMinutes>
>;
const NORRTALJE = councilOf(minutes.norrtalje2024).key;
const ESKILSTUNA = councilOf(minutes.eskilstuna2025).key;
const UNDATED = meetingIdOf(minutes.eskilstunaUndated);
let SAMPLE_BODY: string;

/** A fixture meeting embedded with the server's own embedder, so it is written beside the samples. */
async function embedded(m: ReturnType<typeof buildMinutes>): Promise<AnnotatedMeeting> {
  const meeting = annotate(m, { embed: false });
  const embedder = api.session.annotator.embedder!;
  const vectors = await embedder.embed(meeting.passages.map((p) => p.text));
  meeting.passages.forEach((p, i) => (p.embedding = Array.from(vectors[i]!)));
  meeting.embedder = { id: embedder.id, dimensions: embedder.dimensions };
  return meeting;
}

beforeAll(async () => {
  api = await startTestApi();
  for (const m of Object.values(minutes)) await writeMeeting(api.executor, await embedded(m));
  await analyseAcrossMeetings(api.executor);
  const [row] = await api.executor.read("MATCH (m:Meeting) WHERE m.id STARTS WITH '2025-04-10' RETURN m.bodyKey AS key");
  SAMPLE_BODY = String(row!.key);
}, 300_000);
afterAll(async () => {
  await api?.close();
});

async function getJson<S extends z.ZodType>(path: string, schema: S, status = 200): Promise<z.infer<S>> {
  const res = await fetch(`${api.url}${path}`);
  const body: unknown = await res.json();
  expect(res.status, `${path} → ${JSON.stringify(body).slice(0, 300)}`).toBe(status);
  return schema.parse(body);
}

describe('councils side by side', { timeout: 60_000 }, () => {
  it('GET /api/councils lists every council with its display name, meetings, undated meetings and date range', async () => {
    const councils = await getJson('/api/councils', c.CouncilsResponse);
    expect(councils.map((x) => x.key).sort()).toEqual([ESKILSTUNA, NORRTALJE, SAMPLE_BODY].sort());
    expect(councils.find((x) => x.key === NORRTALJE)).toEqual({
      key: NORRTALJE,
      name: KPR,
      municipality: 'Norrtälje kommun',
      displayName: 'Kommunala pensionärsrådet, Norrtälje kommun',
      meetings: 2,
      undated: 0,
      firstDate: '2024-05-02',
      lastDate: '2025-03-06',
    });
    expect(councils.find((x) => x.key === ESKILSTUNA)).toMatchObject({
      meetings: 2,
      undated: 1,
      firstDate: '2025-02-01',
      lastDate: '2025-02-01',
    });
    expect(councils.find((x) => x.key === SAMPLE_BODY)).toMatchObject({
      meetings: 2,
      undated: 0,
      firstDate: '2024-04-11',
      lastDate: '2025-04-10',
    });
    // Most meetings first, all three have two: then by display name.
    expect(councils.map((x) => x.displayName)).toEqual([...councils.map((x) => x.displayName)].sort());
  });

  it('filters meetings, search, concerns, follow-ups, the graph and candidate topics by council, and names bodies by display name', async () => {
    const norrtalje = await getJson(`/api/meetings?body=${NORRTALJE}`, c.MeetingsResponse);
    expect(norrtalje.items.map((m) => m.date)).toEqual(['2025-03-06', '2024-05-02']);
    expect(new Set(norrtalje.items.map((m) => m.body.name))).toEqual(new Set(['Kommunala pensionärsrådet, Norrtälje kommun']));

    const found = await getJson(`/api/search?q=vårdplatser&mode=fulltext&body=${NORRTALJE}`, c.SearchResponse);
    expect(found.groups.length).toBeGreaterThan(0);
    const norrtaljeIds = new Set(norrtalje.items.map((m) => m.id));
    for (const group of found.groups) expect(norrtaljeIds.has(group.meeting.id), group.meeting.id).toBe(true);

    const sampleConcerns = await getJson(`/api/concerns?body=${SAMPLE_BODY}`, c.ConcernsResponse);
    expect(sampleConcerns.total).toBeGreaterThan(0);
    expect((await getJson(`/api/concerns?body=${NORRTALJE}`, c.ConcernsResponse)).total).toBe(0);
    const sampleFollowUps = await getJson(`/api/follow-ups?body=${SAMPLE_BODY}`, c.FollowUpsResponse);
    expect(sampleFollowUps.total).toBeGreaterThan(0);
    expect((await getJson(`/api/follow-ups?body=${NORRTALJE}`, c.FollowUpsResponse)).total).toBe(0);

    const graph = await getJson(`/api/graph?body=${ESKILSTUNA}`, c.GraphResponse);
    const meetingNodes = graph.nodes.filter((n) => n.label === 'Meeting').map((n) => n.key);
    expect(meetingNodes.sort()).toEqual([meetingIdOf(minutes.eskilstuna2025), UNDATED].sort());
    expect(graph.nodes.filter((n) => n.label === 'Body').map((n) => n.caption)).toEqual(['Kommunala pensionärsrådet, Eskilstuna kommun']);
    const focused = await getJson(`/api/graph?focus=Body:${NORRTALJE}`, c.GraphResponse);
    expect(focused.nodes[0]!.caption).toBe('Kommunala pensionärsrådet, Norrtälje kommun');

    // Candidate topics of one council come from its passages alone: Norrtälje's two meetings have no sample words.
    const everywhere = await getJson('/api/candidate-topics?granularity=year', c.CandidateTopicsResponse);
    const ofNorrtalje = await getJson(`/api/candidate-topics?granularity=year&body=${NORRTALJE}`, c.CandidateTopicsResponse);
    expect(JSON.stringify(ofNorrtalje)).not.toEqual(JSON.stringify(everywhere));
  });

  it('compares a topic across councils: one series per council that discussed it, each over its own meetings', async () => {
    const compared = await getJson('/api/trends?topics=vardplatser&compare=body', c.TrendsResponse);
    expect(compared.series.map((s) => s.body?.key).sort()).toEqual([ESKILSTUNA, NORRTALJE, SAMPLE_BODY].sort());
    const norrtalje = compared.series.find((s) => s.body?.key === NORRTALJE)!;
    expect(norrtalje.body!.name).toBe('Kommunala pensionärsrådet, Norrtälje kommun');
    expect(norrtalje.points.map((p) => p.start)).toEqual(['2024-05-02', '2025-03-06']);
    expect(norrtalje.points.every((p) => p.value > 0)).toBe(true);
    const eskilstuna = compared.series.find((s) => s.body?.key === ESKILSTUNA)!;
    expect(eskilstuna.points.map((p) => p.period)).toEqual([meetingIdOf(minutes.eskilstuna2025)]);

    const one = await getJson(`/api/trends?topics=vardplatser&compare=body&body=${NORRTALJE}`, c.TrendsResponse);
    expect(one.series.map((s) => s.body?.key)).toEqual([NORRTALJE]);
    const plain = await getJson('/api/trends?topics=vardplatser&granularity=year', c.TrendsResponse);
    expect(plain.series.map((s) => s.body)).toEqual([null]);

    const passages = await getJson(
      `/api/trends/passages?topic=vardplatser&period=2025&granularity=year&body=${NORRTALJE}`,
      c.TrendPassagesResponse,
    );
    expect(passages.length).toBeGreaterThan(0);
    expect(new Set(passages.map((p) => p.meeting.id))).toEqual(new Set([meetingIdOf(minutes.norrtalje2025)]));

    const detail = await getJson(`/api/topics/vardplatser?body=${ESKILSTUNA}`, c.TopicDetail);
    expect(detail.trend.map((p) => p.period)).toEqual([meetingIdOf(minutes.eskilstuna2025)]);
    expect(new Set(detail.passages.map((p) => p.meeting.id))).toEqual(new Set([meetingIdOf(minutes.eskilstuna2025), UNDATED]));
  });

  it('says demo: false on /api/health when not started with --demo', async () => {
    expect((await getJson('/api/health', c.HealthOk)).demo).toBe(false);
  });
});

describe('an undated meeting', { timeout: 60_000 }, () => {
  it('is listed after every dated meeting, with date null, and date filters leave it out', async () => {
    const all = await getJson('/api/meetings', c.MeetingsResponse);
    expect(all.total).toBe(6);
    expect(all.items.map((m) => m.date)).toEqual(['2025-04-10', '2025-03-06', '2025-02-01', '2024-05-02', '2024-04-11', null]);
    expect(all.items.at(-1)).toMatchObject({ id: UNDATED, dateSource: null, body: { key: ESKILSTUNA } });
    expect(all.items[0]!.dateSource).toBe('text');
    const lastPage = await getJson('/api/meetings?page=2&pageSize=5', c.MeetingsResponse);
    expect(lastPage.items.map((m) => m.id)).toEqual([UNDATED]);
    const ranged = await getJson('/api/meetings?from=2000-01-01', c.MeetingsResponse);
    expect(ranged.items.map((m) => m.id)).not.toContain(UNDATED);
    expect(ranged.total).toBe(5);

    const detail = await getJson(`/api/meetings/${encodeURIComponent(UNDATED)}`, c.MeetingDetail);
    expect(detail).toMatchObject({ date: null, dateSource: null, previous: null, next: null });
  });

  it('is found by search, with meeting.date null', async () => {
    const found = await getJson('/api/search?q=Solrosgården&mode=fulltext', c.SearchResponse);
    expect(found.groups.map((g) => g.meeting)).toEqual([expect.objectContaining({ id: UNDATED, date: null })]);
    expect((await getJson('/api/search?q=Solrosgården&mode=fulltext&from=2000-01-01', c.SearchResponse)).groups).toEqual([]);
    expect((await getJson(`/api/search?q=Solrosgården&mode=fulltext&body=${NORRTALJE}`, c.SearchResponse)).groups).toEqual([]);
  });

  it('is left out of trends and counted in `undated`; its topic counts still count', async () => {
    const trends = await getJson('/api/trends?topics=vardplatser', c.TrendsResponse);
    expect(trends.undated).toBe(1);
    expect(trends.series[0]!.points.map((p) => p.period)).not.toContain(UNDATED);
    expect(trends.series[0]!.points).toHaveLength(5);
    expect((await getJson(`/api/trends?topics=vardplatser&body=${NORRTALJE}`, c.TrendsResponse)).undated).toBe(0);
    expect((await getJson(`/api/trends?topics=vardplatser&body=${ESKILSTUNA}`, c.TrendsResponse)).undated).toBe(1);
    const passages = await getJson(`/api/trends/passages?topic=vardplatser&period=${encodeURIComponent(UNDATED)}`, c.TrendPassagesResponse);
    expect(passages).toEqual([]);
    const topic = (await getJson('/api/topics', c.TopicsResponse)).find((t) => t.slug === 'vardplatser')!;
    expect(topic.lastSeen).toBe('2025-04-10');
  });

  it("exports one council's meetings and passages, each passage naming its council", async () => {
    const meetings = await getJson(`/api/export/meetings.json?body=${NORRTALJE}`, c.MeetingSummary.array());
    expect(meetings.map((m) => m.date)).toEqual(['2025-03-06', '2024-05-02']);
    const passages = await getJson(`/api/export/passages.json?body=${ESKILSTUNA}`, c.ExportedPassage.array());
    expect(passages.length).toBeGreaterThan(0);
    expect(new Set(passages.map((p) => p.body.name))).toEqual(new Set(['Kommunala pensionärsrådet, Eskilstuna kommun']));
    expect(new Set(passages.map((p) => p.meeting.id))).toEqual(new Set([meetingIdOf(minutes.eskilstuna2025), UNDATED]));
    const csv = await (await fetch(`${api.url}/api/export/passages.csv?body=${ESKILSTUNA}`)).text();
    expect(csv.split('\r\n')[1]).toContain(',"Kommunala pensionärsrådet, Eskilstuna kommun",');
  });

  it('is in the passages export after the dated meetings, and in the person page without a year', async () => {
    const exported = await getJson('/api/export/passages.json', c.ExportedPassage.array());
    expect(exported.at(-1)!.meeting).toMatchObject({ id: UNDATED, date: null });
    const person = await getJson(`/api/people/${encodeURIComponent(annotate(minutes.eskilstunaUndated).people[0]!.key)}`, c.PersonDetail);
    expect(person.meetings.map((m) => m.date)).toEqual(['2025-02-01', null]);
    expect(person.attendance).toEqual([{ period: '2025', count: 1 }]);
  });
});

describe('setting a date on upload', { timeout: 120_000 }, () => {
  it('refuses a date that is not YYYY-MM-DD before storing anything', async () => {
    const res = await postDocument(api.url, readFileSync(SAMPLES[2025]), 'sample.txt', { date: '10 april 2025' });
    expect(res.status).toBe(400);
    expect(c.ErrorBody.parse(await res.json()).error.message).toMatch(/"date"/);
  });

  it('writes the meeting on the date given, recorded as an override', async () => {
    const bytes = Buffer.concat([readFileSync(SAMPLES[2024]), Buffer.from('\nVid anteckningarna (omdaterad)\n')]);
    const res = await postDocument(api.url, bytes, 'omdaterad.txt', { date: '2023-11-30' });
    const body: unknown = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(201);
    const result = c.UploadResult.parse(body);
    expect(result).toMatchObject({ status: 'created', date: '2023-11-30', dateSource: 'override' });
    expect(result.meetingId.startsWith('2023-11-30')).toBe(true);
    expect(result.warnings.map((w) => w.code)).toContain('date_override');
    const detail = await getJson(`/api/meetings/${encodeURIComponent(result.meetingId)}`, c.MeetingDetail);
    expect(detail).toMatchObject({ date: '2023-11-30', dateSource: 'override' });
  });
});
