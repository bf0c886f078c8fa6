import { beforeAll, describe, expect, it } from 'vitest';
import { hybridSearch, hydrateHits } from '../../../graph/search/hybrid-search.js';
import { EmbedderMismatchError } from '../../../graph/write/errors.js';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import type { Embedder } from '../../../ingest/embed/embedder.js';
import { FIXTURE_EMBEDDER, hashedEmbedding } from '../../fixtures/annotated/embedding.js';
import { SAMPLE_2025_ID } from '../../fixtures/annotated/samples.js';
import { useSampleGraph } from '../../helpers/sample-graph.js';

const g = useSampleGraph();
beforeAll(async () => {
  await writeMeeting(g.executor, g.sample2024);
  await writeMeeting(g.executor, g.sample2025);
});

/** The embedder the fixture passages were embedded with, and impostors. */
const embedderLike = (id: string, dimensions: number): Embedder => ({
  id,
  dimensions,
  embed: async (texts) => texts.map((t) => Float32Array.from(hashedEmbedding(t, dimensions))),
});
const fixtureEmbedder = embedderLike(FIXTURE_EMBEDDER.id, FIXTURE_EMBEDDER.dimensions);

describe('hybridSearch', () => {
  it('ranks keys best first, and hydrateHits tells what each is', async () => {
    const { hits, expandedTerms } = await hybridSearch(g.executor, fixtureEmbedder, { q: 'vårdplatser' });
    expect(expandedTerms.length).toBeGreaterThan(0);
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    const details = await hydrateHits(g.executor, [...hits.map((h) => h.passageKey), 'no-such-passage']);
    expect(details.size).toBe(new Set(hits.map((h) => h.passageKey)).size);
    expect(hits.every((h) => details.get(h.passageKey)?.item.key === h.itemKey)).toBe(true);
    const top = hits.slice(0, 5).map((h) => details.get(h.passageKey)!);
    expect(top.map((d) => `${d.meeting.id}#${d.item.ordinal}`)).toContain(`${SAMPLE_2025_ID}#3`);
  });

  it('adds fuzzy terms for a word the index hardly knows: a typo finds its item in hybrid mode only', async () => {
    const where = async (mode: 'hybrid' | 'fulltext') => {
      const { hits } = await hybridSearch(g.executor, fixtureEmbedder, { q: 'vårdplaster', mode });
      const details = await hydrateHits(g.executor, hits.slice(0, 5).map((h) => h.passageKey));
      return [...details.values()].map((d) => `${d.meeting.id}#${d.item.ordinal}`);
    };
    expect(await where('fulltext')).toEqual([]);
    expect(await where('hybrid')).toContain(`${SAMPLE_2025_ID}#3`);
  });

  it('filters each ranking to what the filters let through, in the unfiltered order', async () => {
    for (const mode of ['fulltext', 'vector'] as const) {
      const all = (await hybridSearch(g.executor, fixtureEmbedder, { q: 'vårdplatser personal', mode })).hits;
      const in2025 = all.filter((h) => h.passageKey.startsWith(`${SAMPLE_2025_ID}#`));
      expect(in2025.length, mode).toBeGreaterThan(0);
      expect(in2025.length, mode).toBeLessThan(all.length);
      const dated = (await hybridSearch(g.executor, fixtureEmbedder, { q: 'vårdplatser personal', mode, from: '2025-01-01' })).hits;
      expect(dated, mode).toEqual(in2025);
      const topical = (await hybridSearch(g.executor, fixtureEmbedder, { q: 'vårdplatser personal', mode, topics: ['vardplatser'] })).hits;
      expect(topical.length, mode).toBeGreaterThan(0);
      expect(topical.length, mode).toBeLessThan(all.length);
      const about = await g.executor.read<{ key: string }>(
        `MATCH (p:Passage)-[:ABOUT]->(:Topic {slug: 'vardplatser'}) WHERE p.key IN $keys RETURN p.key AS key`,
        { keys: topical.map((h) => h.passageKey) },
      );
      expect(about.length, mode).toBe(topical.length);
      expect(topical, mode).toEqual(all.filter((h) => topical.some((t) => t.passageKey === h.passageKey)));
    }
  });

  it('refuses to compare the query with vectors of another embedder', async () => {
    await expect(hybridSearch(g.executor, embedderLike('other-model', FIXTURE_EMBEDDER.dimensions), { q: 'vårdplatser' })).rejects.toThrow(EmbedderMismatchError);
    await expect(hybridSearch(g.executor, embedderLike(FIXTURE_EMBEDDER.id, 16), { q: 'vårdplatser', mode: 'vector' })).rejects.toThrow(EmbedderMismatchError);
    // full-text mode asks no vectors, so it answers whatever the embedder
    expect((await hybridSearch(g.executor, embedderLike('other-model', 16), { q: 'vårdplatser', mode: 'fulltext' })).hits.length).toBeGreaterThan(0);
  });
});
