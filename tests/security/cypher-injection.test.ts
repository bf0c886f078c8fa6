import { describe, expect, it } from 'vitest';
import { OPERATIONS, type Operation } from '../../server/openapi/operations.js';
import { useTestApi } from '../helpers/api-server.js';
import { expectNoLeaks } from './http.js';

/**
 * Dynamic half of "user text never reaches a Cypher string": Cypher-injection strings in every
 * string parameter of every GET route (driven by the OpenAPI operation list, so new routes are
 * covered), then the graph must hold exactly the nodes and relationships it held before, and no
 * answer may be a 5xx.
 */
const api = useTestApi();

const M2025 = '2025-04-10_samverkan-mellan-pensionarsorganisationerna-och-halso-och-sjukvardsforvaltningen';

const PAYLOADS = [
  "x'}) MATCH (n) DETACH DELETE n //",
  'x"}) MATCH (n) DETACH DELETE n //',
  '\\u0027 OR 1=1 //',
  "' OR 1=1 //",
  'x` MATCH (n) DETACH DELETE n //',
  "nara-vard' OR '1'='1",
  '$id}) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN x //',
  '*/ MATCH (n) DETACH DELETE n /*',
  '1; MATCH (n) DETACH DELETE n',
  "') CALL db.clearQueryCaches() //",
];

/** Values that let a request get past validation so the payload in ANOTHER parameter reaches the graph. */
const BENIGN: Record<string, string> = { q: 'vård', topic: 'vardplatser', period: M2025, format: 'csv' };

/** Parameters that accept a closed set only: a payload there is a 400 before any query, still sent once. */
const labelled = (name: string, payload: string): string[] =>
  // `Label:key`: the payload must sit in the key to pass the NodeId pattern and reach Cypher.
  name === 'focus' ? [`Topic:${payload}`, `Meeting:${payload}`, `Person:${payload}`, payload] : [payload];

function requests(op: Operation): string[] {
  const urls: string[] = [];
  const pathParams = op.params ? Object.keys(op.params.shape) : [];
  const queryParams = op.query ? Object.entries(op.query.shape) : [];
  const required = queryParams
    .filter(([, field]) => !(field as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success)
    .map(([n]) => n);
  const build = (pathValues: Record<string, string>, query: Record<string, string>) => {
    const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(pathValues[name] ?? BENIGN[name] ?? 'x'));
    const search = new URLSearchParams(query).toString();
    return search ? `${path}?${search}` : path;
  };
  const benignQuery = Object.fromEntries(required.map((n) => [n, BENIGN[n] ?? 'x']));
  for (const payload of PAYLOADS) {
    for (const name of pathParams) {
      if (name === 'format') continue;
      urls.push(build({ [name]: payload }, benignQuery));
    }
    for (const [name] of queryParams) {
      for (const value of labelled(name, payload)) urls.push(build({}, { ...benignQuery, [name]: value }));
    }
  }
  return urls;
}

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [nodes] = await api.executor.read('MATCH (n) RETURN count(n) AS c', {}, (row) => Number(row.c));
  const [relationships] = await api.executor.read('MATCH ()-[r]->() RETURN count(r) AS c', {}, (row) => Number(row.c));
  return { nodes: nodes!, relationships: relationships! };
}

describe('Cypher injection over HTTP', () => {
  it('the payloads would be destructive Cypher if they were ever interpolated', async () => {
    // EXPLAIN plans without running: proof that the test strings are real attacks, not noise.
    const plan = await api.executor.run(`EXPLAIN MATCH (n:Meeting {id: '${PAYLOADS[0]}'}) RETURN n`);
    expect(plan).toEqual([]);
    const before = await counts();
    expect(before.nodes).toBeGreaterThan(100);
  });

  it('no string parameter of any GET route changes the graph or answers 5xx', { timeout: 300_000 }, async () => {
    const before = await counts();
    const urls = OPERATIONS.filter((op) => op.method === 'get').flatMap(requests);
    expect(urls.length).toBeGreaterThan(300);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const url of urls) {
      const res = await fetch(`${api.url}${url}`);
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) failures.push(`${res.status} ${url} → ${text.slice(0, 200)}`);
      if (res.status >= 400) expectNoLeaks(text, url);
    }
    expect(failures).toEqual([]);
    // Some payloads must have got past validation, or the test proves nothing about Cypher.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(50);
    expect(await counts()).toEqual(before);
    const health = (await (await fetch(`${api.url}/api/health`)).json()) as { counts: { meetings: number; passages: number } };
    expect(health.counts.meetings).toBe(2);
  });
});
