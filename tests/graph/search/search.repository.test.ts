import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../graph/db/schema.js';
import { searchAgendaItems, searchPassages, searchPassagesByVector } from '../../../graph/search/search.repository.js';
import { EmbedderMismatchError } from '../../../graph/write/errors.js';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import type { GraphExecutor } from '../../../graph/db/executor.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { FIXTURE_DIMENSIONS } from '../../fixtures/annotated/embedding.js';
import { SAMPLE_2024_ID, SAMPLE_2025_ID, annotatedSamples } from '../../fixtures/annotated/samples.js';
import { startTestGraph, type TestGraph } from '../../helpers/neo4j.js';

let graph: TestGraph;
let executor: GraphExecutor;
let sample2024: AnnotatedMeeting;
let sample2025: AnnotatedMeeting;

beforeAll(async () => {
  graph = await startTestGraph();
  executor = graph.executor;
  await ensureSchema(executor, { dimensions: FIXTURE_DIMENSIONS });
  [sample2024, sample2025] = (await annotatedSamples()) as [AnnotatedMeeting, AnnotatedMeeting];
  await writeMeeting(executor, sample2024);
  await writeMeeting(executor, sample2025);
});
afterAll(async () => {
  await graph?.close();
});

const itemsOf = (hits: { meeting: { id: string }; item: { ordinal: number } }[]) => hits.map((h) => `${h.meeting.id.slice(0, 4)}#${h.item.ordinal}`);

describe('searchPassages (full text)', () => {
  it('finds "vårdplatser" in the 2025 item about vårdköer, through inflection and compounds', async () => {
    const hits = await searchPassages(executor, { text: 'vårdplatser' });
    const items = itemsOf(hits);
    expect(items).toContain('2025#3');
    const item3 = hits.filter((h) => h.meeting.id === SAMPLE_2025_ID && h.item.ordinal === 3);
    expect(item3[0]!.item.title).toBe('Aktuellt vid förvaltningen/fråga ang. vårdköer/bevakningslista');
    expect(item3.map((h) => h.passage.text).join(' ')).toMatch(/vårdplats/);
    expect(items.filter((i) => i === '2025#3').length).toBeGreaterThanOrEqual(items.length / 2);
  });

  it('finds "ambulans" in the 2024 item Prehospital framtidsplan, ranked first', async () => {
    const hits = await searchPassages(executor, { text: 'ambulans' });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(itemsOf(hits))).toEqual(new Set(['2024#5']));
    expect(hits[0]!.item.title).toBe('Prehospital framtidsplan');
    expect(hits[0]!.meeting).toMatchObject({ id: SAMPLE_2024_ID, date: '2024-04-11' });
    expect(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score)).toBe(true);
  });

  it('never errors on hostile Lucene syntax', async () => {
    for (const text of ['vård AND (', '"', '*', '~', '\\', '/', 'vård" OR', 'NOT', ':', 'a:b', '[x TO y]', '&& ||', '{', '^2', 'ambulans~0.5', '?', '*:*', '"ambulans']) {
      await expect(searchPassages(executor, { text }), text).resolves.toBeInstanceOf(Array);
    }
    expect(await searchPassages(executor, { text: '*:*' })).toEqual([]);
    expect(itemsOf(await searchPassages(executor, { text: '"ambulans' }))).toContain('2024#5');
  });

  it('requires every word in "all" mode, and matches phrases', async () => {
    const any = await searchPassages(executor, { text: 'ambulans morgonen', limit: 100 });
    const all = await searchPassages(executor, { text: 'ambulans morgonen', mode: 'all', limit: 100 });
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThan(any.length);
    expect(all.every((h) => /ambulans/i.test(h.passage.text) && /morgon/i.test(h.passage.text))).toBe(true);
    const phrase = await searchPassages(executor, { text: '"nära vård"' });
    expect(phrase.every((h) => /nära vård/i.test(h.passage.text))).toBe(true);
  });

  it('applies date, topic, person and organisation filters', async () => {
    expect(itemsOf(await searchPassages(executor, { text: 'vård', from: '2025-01-01', limit: 100 })).every((i) => i.startsWith('2025'))).toBe(true);
    expect(await searchPassages(executor, { text: 'ambulans', to: '2024-12-31' })).not.toEqual([]);
    expect(await searchPassages(executor, { text: 'ambulans', from: '2025-01-01' })).toEqual([]);

    const onTopic = await searchPassages(executor, { text: 'vård', topic: 'vardplatser', limit: 100 });
    const tagged = [...sample2024.passages, ...sample2025.passages].filter((p) => p.topics.some((t) => t.slug === 'vardplatser'));
    expect(onTopic.length).toBeGreaterThan(0);
    expect(onTopic.every((h) => tagged.some((p) => p.text === h.passage.text))).toBe(true);

    // Karin Nilsson presented 2025 item 4 only.
    expect(new Set(itemsOf(await searchPassages(executor, { text: 'vårdval', person: 'karin nilsson', limit: 100 })))).toEqual(new Set(['2025#4']));
    // SKPF people presented nothing and are mentioned nowhere in these fixtures.
    expect(await searchPassages(executor, { text: 'vård', organisation: 'skpf' })).toEqual([]);
    expect(itemsOf(await searchPassages(executor, { text: 'ambulans', organisation: 'förvaltningen' }))).toContain('2024#5');
  });

  it('pages with offset and limit', async () => {
    const all = await searchPassages(executor, { text: 'vård', limit: 6 });
    const second = await searchPassages(executor, { text: 'vård', limit: 3, offset: 3 });
    expect(second.map((h) => h.passage.key)).toEqual(all.slice(3).map((h) => h.passage.key));
  });
});

describe('searchPassagesByVector', () => {
  it('returns a passage first when queried with its own embedding', async () => {
    for (const passage of [sample2024.passages[10]!, sample2025.passages[20]!]) {
      const hits = await searchPassagesByVector(executor, { vector: passage.embedding!, limit: 3 });
      expect(hits[0]!.passage.text).toBe(passage.text);
      // Neo4j's cosine score is (1 + cos) / 2; the index quantizes vectors, so "1" is approximate.
      expect(hits[0]!.score).toBeGreaterThan(0.99);
    }
  });

  it('applies the same filters after over-fetching', async () => {
    const passage = sample2024.passages[10]!;
    const hits = await searchPassagesByVector(executor, { vector: passage.embedding!, from: '2025-01-01', limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits.every((h) => h.meeting.id === SAMPLE_2025_ID)).toBe(true);
  });

  it('rejects a query vector of another size, naming the reindex command', async () => {
    await expect(searchPassagesByVector(executor, { vector: [1, 0, 0] })).rejects.toThrow(EmbedderMismatchError);
  });
});

describe('searchAgendaItems', () => {
  it('finds agenda items by title words', async () => {
    const hits = await searchAgendaItems(executor, { text: 'prehospital' });
    expect(hits.map((h) => h.item.title)).toEqual(['Prehospital framtidsplan']);
    expect(await searchAgendaItems(executor, { text: '(' })).toEqual([]);
  });
});
