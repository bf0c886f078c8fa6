import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as c from '../../shapes/api/index.js';
import { startServer, type RunningServer } from '../../server/main.js';
import { SAMPLES } from '../fixtures/sample-minutes.js';
import { startTestApi, type TestApi } from '../helpers/api-server.js';
import { withGraphDown } from '../helpers/graph-down.js';
import { postDocument } from '../helpers/post-document.js';

let api: TestApi;
/** A second server on the same graph with an API token and a 1 KB upload limit. */
let guarded: RunningServer;

beforeAll(async () => {
  api = await startTestApi();
  guarded = await startServer({
    executor: api.executor,
    session: api.session,
    port: 0,
    config: { apiToken: 'sesam', maxUploadBytes: 1024 },
  });
}, 300_000);
afterAll(async () => {
  await guarded?.close();
  await api?.close();
});

const M2025 = '2025-04-10_samverkan-mellan-pensionarsorganisationerna-och-halso-och-sjukvardsforvaltningen';
const M2024 = '2024-04-11_samverkan-mellan-pensionarsorganisationerna-och-halso-och-sjukvardsforvaltningen';

async function getJson<S extends z.ZodType>(path: string, schema: S, status = 200): Promise<z.infer<S>> {
  const res = await fetch(`${api.url}${path}`);
  const body: unknown = await res.json();
  expect(res.status, `${path} → ${JSON.stringify(body).slice(0, 300)}`).toBe(status);
  return schema.parse(body);
}

const expectError = async (path: string, status: number, code: string) => {
  const body = await getJson(path, c.ErrorBody, status);
  expect(body.error.code).toBe(code);
  return body.error.message;
};

describe('read routes answer in the contract shapes', () => {
  it('health, meetings (filter, paging) and one meeting in full', async () => {
    const health = await getJson('/api/health', c.HealthOk);
    expect(health.counts.meetings).toBe(2);
    expect(health.embedder.kind).toBe('lexical');

    const all = await getJson('/api/meetings', c.MeetingsResponse);
    expect(all.total).toBe(2);
    expect(all.items.map((m) => m.date)).toEqual(['2025-04-10', '2024-04-11']);
    expect(all.items[0]!.topTopics.length).toBeLessThanOrEqual(5);
    const paged = await getJson('/api/meetings?page=2&pageSize=1', c.MeetingsResponse);
    expect(paged.items.map((m) => m.date)).toEqual(['2024-04-11']);
    const filtered = await getJson('/api/meetings?from=2025-01-01', c.MeetingsResponse);
    expect(filtered.items.map((m) => m.id)).toEqual([M2025]);

    const detail = await getJson(`/api/meetings/${M2025}`, c.MeetingDetail);
    expect(detail.items.find((i) => i.ordinal === 3)?.title).toMatch(/vårdköer/);
    expect(detail.concerns.length).toBeGreaterThan(0);
    expect(detail.followUps.length).toBe(2); // "… ska kunna läsas i maj" is a follow-up too
    expect(detail.source.url).toBe(`/api/meetings/${M2025}/source`);
    // The speaker's basis, so an inference is never shown as a fact: "Anders berättar …" names him;
    // the passage after it does not, and Anders goes on by context; "Rådets fråga …" is the council's form.
    const passages = detail.items.flatMap((i) => i.passages);
    const passage = (start: string) => passages.find((p) => p.text.startsWith(start));
    expect(passage('Anders berättar att Stockholm')).toMatchObject({ speaker: { key: 'anders ahlsson' }, speakerBasis: 'named' });
    expect(passage('Situationen vid akutmottagningarna')).toMatchObject({ speaker: { key: 'anders ahlsson' }, speakerBasis: 'context' });
    expect(passage('Rådets fråga angående status slutenvårdsplatser')).toMatchObject({
      speaker: { type: 'body' },
      speakerBasis: 'council_form',
    });
    expect(passages.filter((p) => p.speakerBasis === null)).toEqual([]);
    const source = await fetch(`${api.url}${detail.source.url}`);
    expect(source.status).toBe(200);
    expect(source.headers.get('content-disposition')).toMatch(/^inline/);
    expect(await source.text()).toBe(readFileSync(SAMPLES[2025], 'utf8'));
  });

  it('topics, trends and the passages behind a point', async () => {
    const topics = await getJson('/api/topics', c.TopicsResponse);
    expect(topics.map((t) => t.slug)).toContain('nara-vard');
    const topic = await getJson('/api/topics/vardplatser', c.TopicDetail);
    expect(topic.topic.label_en).toBe('Hospital beds');
    expect(topic.passages.length).toBeGreaterThan(0);

    const trends = await getJson('/api/trends?topics=nara-vard,vardplatser', c.TrendsResponse);
    expect(trends.series.map((s) => s.slug)).toEqual(['nara-vard', 'vardplatser']);
    for (const series of trends.series) {
      expect(series.points.map((p) => p.period)).toEqual([M2024, M2025]);
      for (const point of series.points) expect(point.value, `${series.slug} ${point.period}`).toBeGreaterThan(0);
    }
    const share = await getJson('/api/trends?topics=nara-vard&granularity=year&measure=share', c.TrendsResponse);
    expect(share.series[0]!.points.map((p) => p.period)).toEqual(['2024', '2025']);
    expect(share.series[0]!.points.every((p) => p.value > 0 && p.value < 1)).toBe(true);
    const defaults = await getJson('/api/trends', c.TrendsResponse);
    expect(defaults.series.length).toBe(5);

    const behind = await getJson(`/api/trends/passages?topic=vardplatser&period=${M2025}`, c.TrendPassagesResponse);
    expect(behind.length).toBe(trends.series[1]!.points[1]!.passages);

    const candidates = await getJson('/api/candidate-topics?granularity=year', c.CandidateTopicsResponse);
    expect(candidates.map((p) => p.period)).toEqual(['2024', '2025']);
    const covered = /^(vårdplats|vårdplatser|nära vård)$/;
    expect(candidates.flatMap((p) => p.terms).some((t) => covered.test(t.term))).toBe(false);
    // the 2024 meeting's new theme: the doctors' cars (jourläkarbilar), not in the taxonomy
    expect(candidates[0]!.terms.some((t) => t.term.includes('läkarbil'))).toBe(true);
  });

  it('people, organisations, concerns, follow-ups and the graph', async () => {
    const people = await getJson('/api/people?q=anders&pageSize=5', c.PeopleResponse);
    expect(people.items.map((p) => p.name)).toContain('Anders Ahlsson');
    const person = await getJson(`/api/people/${encodeURIComponent('anders ahlsson')}`, c.PersonDetail);
    expect(person.attendance).toEqual([
      { period: '2024', count: 1 },
      { period: '2025', count: 1 },
    ]);

    const organisations = await getJson('/api/organisations', c.OrganisationsResponse);
    const pro = await getJson(
      `/api/organisations/${encodeURIComponent(organisations.find((o) => o.name === 'PRO')!.key)}`,
      c.OrganisationDetail,
    );
    expect(pro.attendance.length).toBe(2);
    expect(pro.concerns.length).toBeGreaterThan(0);
    expect(pro.concerns.length).toBe(Math.min(10, pro.concernsTotal));

    // An organisation's concerns: the groups with an occurrence at a meeting it attended, paged as
    // all concerns are; its page shows the first of them. Some organisations attended no meeting.
    const everyGroup = (await getJson('/api/concerns?pageSize=100', c.ConcernsResponse)).items;
    const sizes: number[] = [];
    for (const org of organisations) {
      const detail = await getJson(`/api/organisations/${encodeURIComponent(org.key)}`, c.OrganisationDetail);
      const attended = new Set(detail.attendance.map((a) => a.meetingId));
      const expected = everyGroup.filter((g) => g.occurrences.some((o) => attended.has(o.meetingId))).map((g) => g.key);
      const theirs = await getJson(`/api/concerns?organisation=${encodeURIComponent(org.key)}&pageSize=100`, c.ConcernsResponse);
      expect(
        theirs.items.map((g) => g.key),
        org.key,
      ).toEqual(expected);
      expect(detail.concernsTotal, org.key).toBe(expected.length);
      expect(
        detail.concerns.map((g) => g.key),
        org.key,
      ).toEqual(expected.slice(0, 10));
      sizes.push(expected.length);
    }
    expect(sizes).toContain(0);
    expect(sizes.some((n) => n > 0)).toBe(true);

    const concerns = await getJson('/api/concerns', c.ConcernsResponse);
    expect(concerns).toMatchObject({ page: 1, pageSize: 20 });
    expect(concerns.total).toBeGreaterThan(2);
    expect(concerns.items.length).toBe(Math.min(20, concerns.total));
    const recurring = concerns.items.filter((g) => g.recurring);
    expect(recurring.length).toBeGreaterThan(0);
    expect(concerns.items.slice(0, recurring.length).every((g) => g.recurring)).toBe(true); // recurring first
    expect(recurring[0]!.firstRaised! < recurring[0]!.lastRaised!).toBe(true);
    expect(concerns.items.some((g) => g.occurrences.some((o) => o.answers.length > 0))).toBe(true);
    const only2025 = await getJson('/api/concerns?from=2025-01-01&recurring=false', c.ConcernsResponse);
    expect(only2025.total).toBe(only2025.items.length);
    expect(only2025.items.every((g) => !g.recurring && g.lastRaised !== null && g.lastRaised >= '2025-01-01')).toBe(true);
    const vardplatser = await getJson('/api/concerns?topic=vardplatser&pageSize=100', c.ConcernsResponse);
    expect(vardplatser.items.length).toBeGreaterThan(0);
    expect(vardplatser.items.every((g) => g.topics.some((t) => t.slug === 'vardplatser'))).toBe(true);

    const followUps = await getJson('/api/follow-ups', c.FollowUpsResponse);
    expect(followUps).toMatchObject({ total: 7, page: 1, pageSize: 20, counts: { open: 5, addressed: 0, overdue: 2 } });
    expect(followUps.items).toHaveLength(7);
    expect(followUps.items.map((f) => f.date)).toEqual([...followUps.items.map((f) => f.date)].sort().reverse()); // newest first
    const overdue = await getJson('/api/follow-ups?status=overdue', c.FollowUpsResponse);
    expect(overdue.items.map((f) => f.status)).toEqual(['overdue', 'overdue']);
    expect(overdue.total).toBe(2);
    expect(overdue.counts).toEqual(followUps.counts); // counts are before the status filter

    const overview = await getJson('/api/graph', c.GraphResponse);
    expect(overview.center).toBeNull();
    expect(overview.nodes.filter((n) => n.label === 'Meeting')).toHaveLength(2);
    const capped = await getJson('/api/graph?limit=5', c.GraphResponse);
    expect(capped.nodes.length).toBeLessThanOrEqual(5);
    expect(capped.truncated).toBe(true);
    const focus = await getJson('/api/graph?focus=Topic:nara-vard&depth=2&types=Passage,AgendaItem,Meeting', c.GraphResponse);
    expect(focus.center).toBe('Topic:nara-vard');
    const ids = new Set(focus.nodes.map((n) => n.id));
    expect(focus.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('pages concerns and follow-ups: pageSize respected, total exact, order stable across pages', async () => {
    const all = await getJson('/api/concerns?pageSize=100', c.ConcernsResponse);
    expect(all.items).toHaveLength(all.total);
    const walked: string[] = [];
    const pageSize = 3;
    for (let page = 1; page <= Math.ceil(all.total / pageSize); page++) {
      const one = await getJson(`/api/concerns?page=${page}&pageSize=${pageSize}`, c.ConcernsResponse);
      expect(one).toMatchObject({ total: all.total, page, pageSize });
      expect(one.items.length).toBe(Math.min(pageSize, all.total - (page - 1) * pageSize));
      walked.push(...one.items.map((g) => g.key));
    }
    expect(walked).toEqual(all.items.map((g) => g.key));
    const beyond = await getJson(`/api/concerns?page=${all.total + 1}&pageSize=1`, c.ConcernsResponse);
    expect(beyond).toEqual({ items: [], total: all.total, page: all.total + 1, pageSize: 1 });
    const recurring = await getJson('/api/concerns?recurring=true&pageSize=1', c.ConcernsResponse);
    expect(recurring.total).toBe(all.items.filter((g) => g.recurring).length);

    const followUps = await getJson('/api/follow-ups', c.FollowUpsResponse);
    const pages = await Promise.all([1, 2, 3, 4].map((page) => getJson(`/api/follow-ups?page=${page}&pageSize=2`, c.FollowUpsResponse)));
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 2, 1]);
    expect(pages.every((p) => p.total === 7 && p.pageSize === 2)).toBe(true);
    expect(pages.every((p) => JSON.stringify(p.counts) === JSON.stringify(followUps.counts))).toBe(true);
    expect(pages.flatMap((p) => p.items.map((f) => f.key))).toEqual(followUps.items.map((f) => f.key));
    const open = await getJson('/api/follow-ups?status=open&pageSize=3&page=2', c.FollowUpsResponse);
    expect(open).toMatchObject({ total: 5, page: 2, pageSize: 3 });
    expect(open.items.map((f) => f.key)).toEqual(
      followUps.items
        .filter((f) => f.status === 'open')
        .slice(3)
        .map((f) => f.key),
    );
  });

  it('answers 400 naming the parameter and value for paging out of bounds', async () => {
    for (const route of ['/api/concerns', '/api/follow-ups']) {
      expect(await expectError(`${route}?pageSize=0`, 400, 'invalid_parameter')).toMatch(/"pageSize" = "0": .*>=\s*1/);
      expect(await expectError(`${route}?pageSize=10000`, 400, 'invalid_parameter')).toMatch(/"pageSize" = "10000": .*<=\s*100/);
      expect(await expectError(`${route}?page=0`, 400, 'invalid_parameter')).toMatch(/"page" = "0": .*>=\s*1/);
      expect(await expectError(`${route}?page=-1`, 400, 'invalid_parameter')).toMatch(/"page" = "-1"/);
      expect(await expectError(`${route}?page=1.5`, 400, 'invalid_parameter')).toMatch(/"page" = "1.5"/);
      expect(await expectError(`${route}?pageSize=many`, 400, 'invalid_parameter')).toMatch(/"pageSize" = "many"/);
      expect(await expectError(`${route}?page=1&page=2`, 400, 'invalid_parameter')).toMatch(/"page"/);
    }
    expect(await expectError('/api/concerns?recurring=yes', 400, 'invalid_parameter')).toMatch(/"recurring"/);
    expect(await expectError('/api/follow-ups?status=closed', 400, 'invalid_parameter')).toMatch(/"status"/);
  });

  it('search groups by agenda item with highlight offsets; vårdplatser finds 2025 item 3', async () => {
    const result = await getJson('/api/search?q=v%C3%A5rdplatser', c.SearchResponse);
    expect(result.groups[0]!.meeting.id).toBe(M2025);
    expect(result.groups[0]!.item.ordinal).toBe(3);
    expect(result.expandedTerms).toContain('slutenvårdsplatser');
    const marked = result.groups
      .flatMap((g) => g.hits)
      .flatMap((h) => h.snippet.highlights.map(([s, e]) => h.snippet.text.slice(s, e).toLowerCase()));
    expect(marked.some((word) => word.includes('vårdplats'))).toBe(true);
    const page2 = await getJson('/api/search?q=v%C3%A5rdplatser&pageSize=1&page=2', c.SearchResponse);
    expect(page2.groups[0]!.item.key).toBe(result.groups[1]!.item.key);
    const filtered = await getJson('/api/search?q=v%C3%A5rdplatser&from=2025-01-01', c.SearchResponse);
    expect(filtered.groups.every((g) => g.meeting.date !== null && g.meeting.date >= '2025-01-01')).toBe(true);
  });
});

describe('exports and feeds', () => {
  it('CSV with BOM and quoting, JSON, GraphML and Atom', async () => {
    const csv = await fetch(`${api.url}/api/export/passages.csv?topic=vardplatser`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toMatch(/slutenvårdsplatser/);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFkey,meetingId,date,body,itemNumber,itemTitle,ordinal,kind,speakerType,speaker,page,topics,text',
    );
    const json = (await (await fetch(`${api.url}/api/export/passages.json?topic=vardplatser`)).json()) as unknown[];
    expect(json.length).toBe(text.match(/^\d{4}-\d{2}-\d{2}_[^,]+#\d+,/gm)!.length);
    json.forEach((row) => c.ExportedPassage.parse(row));
    const meetings = await (await fetch(`${api.url}/api/export/meetings.csv`)).text();
    expect(meetings).toContain('"Järntorget, Lindhagensgatan 98"');
    const trends = await (await fetch(`${api.url}/api/export/trends.csv?topics=nara-vard&granularity=year`)).text();
    expect(trends.trim().split('\r\n')).toHaveLength(3);

    const graphml = await fetch(`${api.url}/api/export/graph.graphml?focus=Topic:nara-vard`);
    expect(await graphml.text()).toMatch(/<graphml[\s\S]*<node id="Topic:nara-vard">/);
    const atom = await fetch(`${api.url}/api/feeds/topics/nara-vard.atom`);
    expect(atom.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const feed = await atom.text();
    expect(feed.match(/<entry>/g)!.length).toBeGreaterThanOrEqual(2);
    const followUps = await (await fetch(`${api.url}/api/feeds/follow-ups.atom`)).text();
    expect(followUps.match(/<entry>/g)).toHaveLength(7);
  });
});

describe('bad input', () => {
  it('answers 400 naming the parameter, 404 for unknown ids and routes', async () => {
    expect(await expectError('/api/meetings?from=2025-02-30', 400, 'invalid_parameter')).toMatch(/"from"/);
    expect(await expectError('/api/meetings?pageSize=1000', 400, 'invalid_parameter')).toMatch(/"pageSize" = "1000"/);
    expect(await expectError('/api/trends?granularity=week', 400, 'invalid_parameter')).toMatch(/"granularity"/);
    expect(await expectError('/api/graph?focus=Nope:x', 400, 'invalid_parameter')).toMatch(/"focus"/);
    expect(await expectError('/api/search?q=', 400, 'invalid_parameter')).toMatch(/"q"/);
    expect(await expectError(`/api/search?q=${'a'.repeat(501)}`, 400, 'invalid_parameter')).toMatch(/"q"/);
    expect(await expectError('/api/meetings?page=1&page=2', 400, 'invalid_parameter')).toMatch(/"page"/);
    await expectError('/api/meetings/2031-01-01_nope', 404, 'not_found');
    await expectError('/api/topics/nope', 404, 'not_found');
    await expectError('/api/people/nope', 404, 'not_found');
    await expectError('/api/organisations/nope', 404, 'not_found');
    await expectError('/api/graph?focus=Person:nope', 404, 'not_found');
    await expectError('/api/trends?topics=nope', 404, 'not_found');
    await expectError('/api/feeds/topics/nope.atom', 404, 'not_found');
    await expectError('/api/no/such/route', 404, 'not_found');
  });

  it('never answers 5xx to Lucene syntax or very long text, and leaks no internals', async () => {
    for (const q of [
      'vård AND (',
      '"',
      '*',
      '~',
      'vård~2',
      '\\',
      '/',
      'a:b',
      '[x TO y]',
      '"unbalanced',
      'x'.repeat(10_000),
      'ö'.repeat(10_000),
    ]) {
      for (const mode of ['hybrid', 'fulltext', 'vector']) {
        const res = await fetch(`${api.url}/api/search?mode=${mode}&q=${encodeURIComponent(q)}`);
        const body = await res.text();
        expect(res.status, `${mode} ${q.slice(0, 20)}`).toBeLessThan(500);
        expect(body).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|\/work\/|Neo\.ClientError|stack/);
      }
    }
    const people = await fetch(`${api.url}/api/people?q=${encodeURIComponent('x'.repeat(10_000))}`);
    expect(people.status).toBe(400);
  });
});

describe('security and upload', () => {
  it('sends security headers, binds to loopback, serves a Swedish page when the client is not built', async () => {
    const res = await fetch(`${api.url}/`);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(new URL(api.url).hostname).toBe('127.0.0.1');
    // No host given: the default; no built client in the folder: a Swedish hint for every client route.
    const defaults = await startServer({ executor: api.executor, session: api.session, port: 0, clientDir: '/nonexistent/radslag-client' });
    try {
      expect(defaults.host).toBe('127.0.0.1');
      const client = await fetch(`${defaults.url}/meetings/x`);
      expect(client.status).toBe(200);
      expect(await client.text()).toMatch(/inte byggd[\s\S]*npm run build/);
    } finally {
      await defaults.close();
    }
    const docs = await fetch(`${api.url}/api/docs`);
    expect(await docs.text()).toMatch(/\/api\/search/);
    const openapi = (await (await fetch(`${api.url}/api/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toContain('/api/meetings/{id}');
    expect(JSON.stringify(openapi)).toContain('"speakerBasis"');
    // The paged council routes: their query parameters and the paged response shape.
    type Op = {
      parameters: Array<{ name: string }>;
      responses: { 200: { content: { 'application/json': { schema: { required?: string[] } } } } };
    };
    for (const route of ['/api/concerns', '/api/follow-ups']) {
      const get = (openapi.paths[route] as { get: Op }).get;
      expect(get.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['page', 'pageSize', 'from', 'to']));
      expect(get.responses[200].content['application/json'].schema.required).toEqual(
        expect.arrayContaining(['items', 'total', 'page', 'pageSize']),
      );
    }
  });

  it('limits search requests per client (429)', async () => {
    const limited = await startServer({ executor: api.executor, session: api.session, port: 0, config: { searchRateLimit: 2 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited.url}/api/search?q=vard`)).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it('answers 503 graph_unavailable when Neo4j cannot be reached', async () => {
    await withGraphDown(api.session, async (url) => {
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(503);
      expect(c.HealthUnavailable.parse(await health.json()).status).toBe('unavailable');
      const meetings = await fetch(`${url}/api/meetings`);
      expect(meetings.status).toBe(503);
      expect(c.ErrorBody.parse(await meetings.json()).error.code).toBe('graph_unavailable');
    });
  });

  it('re-uploading a sample changes nothing; a PNG is 415; too large is 413; no token is 401', async () => {
    const sample = readFileSync(SAMPLES[2025]);
    const ok = await postDocument(api.url, sample, '2025-04-10-hsn-2025-0125-pensionarsradet.txt');
    const result = c.UploadResult.parse(await ok.json());
    expect(ok.status).toBe(200);
    expect(result).toMatchObject({ status: 'unchanged', meetingId: M2025 });

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await postDocument(api.url, png, 'picture.png')).status).toBe(415);
    expect((await postDocument(api.url, png, 'minutes.txt')).status).toBe(415);
    expect((await postDocument(api.url, new TextEncoder().encode('hello'), 'fake.pdf')).status).toBe(415);

    expect((await postDocument(guarded.url, sample, 'sample.txt')).status).toBe(401);
    expect((await postDocument(guarded.url, sample, 'sample.txt', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    // Changed content for the same meeting: replaced, kept in the upload folder, served as its source.
    const changed = Buffer.concat([readFileSync(SAMPLES[2024]), Buffer.from('\nVid anteckningarna\n')]);
    const replaced = await postDocument(api.url, changed, '2024 ändrad.txt');
    expect(c.UploadResult.parse(await replaced.json())).toMatchObject({ status: 'replaced', meetingId: M2024 });
    const source = await fetch(`${api.url}/api/meetings/${M2024}/source`);
    expect(Buffer.from(await source.arrayBuffer()).equals(changed)).toBe(true);

    const tooLarge = await postDocument(guarded.url, sample, 'sample.txt', { headers: { authorization: 'Bearer sesam' } });
    expect(tooLarge.status).toBe(413);
    expect(c.ErrorBody.parse(await tooLarge.json()).error.code).toBe('payload_too_large');
  });
});
