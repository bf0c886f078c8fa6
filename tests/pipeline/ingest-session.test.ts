import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphExecutor } from '../../graph/db/executor.js';
import { IngestSession } from '../../pipeline/ingest-session.js';
import { SAMPLES } from '../fixtures/sample-minutes.js';
import { startTestGraph } from '../helpers/neo4j.js';

let graph: Awaited<ReturnType<typeof startTestGraph>>;
let executor: GraphExecutor;

beforeAll(async () => {
  graph = await startTestGraph();
  executor = graph.executor;
});
afterAll(async () => graph?.close());

const count = async (cypher: string, params: Record<string, unknown> = {}): Promise<number> =>
  Number((await executor.read<{ n: number }>(cypher, params))[0]?.n ?? 0);

describe('IngestSession: the whole pipeline into Neo4j', () => {
  it('ingests both samples, newest first, and links them across meetings', async () => {
    const session = await IngestSession.open(executor, { embedderConfig: { kind: 'lexical' } });
    const outcomes = [await session.ingestPath(SAMPLES[2025]), await session.ingestPath(SAMPLES[2024])];
    expect(outcomes.map((o) => (o.ok ? o.status : o.error.code))).toEqual(['created', 'created']);
    const analysis = await session.finish();
    expect(analysis).toMatchObject({ meetings: 2 });
    expect(analysis!.echoes).toBeGreaterThanOrEqual(1);

    // Topic nodes carry the taxonomy's labels.
    const labels = await executor.read<{ sv: string; en: string }>(
      `MATCH (t:Topic {slug: 'nara-vard'}) RETURN t.label_sv AS sv, t.label_en AS en`,
    );
    expect(labels).toEqual([{ sv: 'Nära vård', en: 'Local and integrated care' }]);

    // The 2025 concern about the municipalities echoes the 2024 one.
    const echoes = await executor.read<{ later: string; earlier: string }>(
      `MATCH (a:Concern)-[:ECHOES]->(b:Concern) RETURN a.gist AS later, b.gist AS earlier`,
    );
    expect(echoes).toContainEqual({
      later: 'Punkt 1 och 5 är av särskild vikt i samarbete med kommunerna',
      earlier: 'Regleras vården genom överenskommelse med kommunerna?',
    });

    // A 2024 promise due 13 June 2024 that the 2025 meeting never took up is overdue; the 2025 one is open.
    const statuses = await executor.read<{ text: string; status: string }>(
      `MATCH (f:FollowUp) RETURN f.text AS text, f.status AS status ORDER BY f.key`,
    );
    expect(statuses).toContainEqual({ text: 'Information om fördelning av medlen lyfts vid rådets möte den 13 juni.', status: 'overdue' });
    expect(statuses).toContainEqual({ text: 'Frågan lyfts och diskuteras vid nästkommande pensionärsråd.', status: 'open' });

    // Agenda items carry their own topics, and passages say how their speaker was found.
    expect(
      await count(`MATCH (:AgendaItem {title: 'Prehospital framtidsplan'})-[a:ABOUT]->(:Topic {slug: 'prehospital'}) RETURN count(a) AS n`),
    ).toBe(1);
    expect(await count(`MATCH (p:Passage) WHERE p.speakerBasis IS NULL RETURN count(p) AS n`)).toBe(0);
  });

  it('re-ingesting the same files changes nothing, and the analysis is idempotent', async () => {
    const snapshot = async () => ({
      nodes: await count('MATCH (n) RETURN count(n) AS n'),
      relationships: await count('MATCH ()-[r]->() RETURN count(r) AS n'),
    });
    const before = await snapshot();
    const session = await IngestSession.open(executor, { embedderConfig: { kind: 'lexical' } });
    const outcomes = [await session.ingestPath(SAMPLES[2024]), await session.ingestPath(SAMPLES[2025])];
    expect(outcomes.map((o) => (o.ok ? o.status : o.error.code))).toEqual(['unchanged', 'unchanged']);
    await session.finish();
    expect(await snapshot()).toEqual(before);
  });

  it('reports a bad document with its code and goes on', async () => {
    const session = await IngestSession.open(executor, { embedderConfig: { kind: 'lexical' } });
    const bad = await session.ingestBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), 'broken.pdf');
    expect(bad).toMatchObject({ ok: false, error: { code: 'pdf_corrupt' } });
    const empty = await session.ingestBytes(new Uint8Array(), 'empty.txt');
    expect(empty).toMatchObject({ ok: false, error: { code: 'empty_file' } });
  });
});
