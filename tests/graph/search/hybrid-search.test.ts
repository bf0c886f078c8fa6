import { beforeAll, describe, expect, it } from 'vitest';
import { hybridSearch, prepareSearch, searchRankings } from '../../../graph/search/hybrid-search.js';
import { hydrateHits } from '../../../graph/search/hit-details.js';
import { EmbedderMismatchError } from '../../../graph/write/errors.js';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import { FIXTURE_EMBEDDER } from '../../fixtures/annotated/embedding.js';
import { SAMPLE_2024_ID, SAMPLE_2025_ID } from '../../fixtures/annotated/samples.js';
import { useSampleGraph } from '../../helpers/sample-graph.js';
import { detailsOf, embedderLike, fixtureEmbedder, itemName } from './search-fixtures.js';

/** The one search path (graph/search/hybrid-search.ts) on the two annotated samples. Filters: passage-filters.test.ts. */
const g = useSampleGraph();
beforeAll(async () => {
  await writeMeeting(g.executor, g.sample2024);
  await writeMeeting(g.executor, g.sample2025);
});

const search = (q: string, mode?: 'hybrid' | 'fulltext' | 'vector') => hybridSearch(g.executor, fixtureEmbedder, { q, mode });
const ranked = async (q: string, mode?: 'hybrid' | 'fulltext' | 'vector') => detailsOf(g.executor, (await search(q, mode)).hits);

describe('hybridSearch', () => {
  it('ranks keys best first, and hydrateHits tells what each is', async () => {
    const { hits, expandedTerms } = await search('vårdplatser');
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
    const where = async (mode: 'hybrid' | 'fulltext') =>
      (await ranked('vårdplaster', mode)).slice(0, 5).map((d) => `${d.meeting.id}#${d.item.ordinal}`);
    expect(await where('fulltext')).toEqual([]);
    expect(await where('hybrid')).toContain(`${SAMPLE_2025_ID}#3`);
  });

  it('ranks the item whose title matches first, and a topic named alone by its tagged passages too', async () => {
    const titled = await ranked('prehospital');
    expect(titled[0]!.item.title).toBe('Prehospital framtidsplan');
    // "prehospital" names a topic and nothing else: the passages tagged with it are a ranking of their own
    const rankings = await searchRankings(g.executor, fixtureEmbedder, { q: 'prehospital' });
    expect(rankings.topic.length).toBeGreaterThan(0);
    // "ambulansen i natt" names the topic among other words: no topic ranking
    expect((await searchRankings(g.executor, fixtureEmbedder, { q: 'ambulansen i natt' })).topic).toEqual([]);
  });

  it('refuses to compare the query with vectors of another embedder, naming the reindex command', async () => {
    await expect(hybridSearch(g.executor, embedderLike('other-model', FIXTURE_EMBEDDER.dimensions), { q: 'vårdplatser' })).rejects.toThrow(
      EmbedderMismatchError,
    );
    await expect(hybridSearch(g.executor, embedderLike(FIXTURE_EMBEDDER.id, 16), { q: 'vårdplatser', mode: 'vector' })).rejects.toThrow(
      /reindex/,
    );
    // full-text mode asks no vectors, so it answers whatever the embedder
    expect(
      (await hybridSearch(g.executor, embedderLike('other-model', 16), { q: 'vårdplatser', mode: 'fulltext' })).hits.length,
    ).toBeGreaterThan(0);
    // and without an embedder, hybrid mode is full-text and titles alone
    expect((await hybridSearch(g.executor, null, { q: 'vårdplatser' })).hits.length).toBeGreaterThan(0);
  });

  it('plans ahead (a starting server) without failing, also where every search would fail, and changes no answer', async () => {
    const before = (await search('vårdplatser')).hits;
    await expect(prepareSearch(g.executor, fixtureEmbedder)).resolves.toBeUndefined();
    await expect(prepareSearch(g.executor, embedderLike('other-model', 16))).resolves.toBeUndefined();
    expect((await search('vårdplatser')).hits).toEqual(before);
  });
});

describe('full-text mode', () => {
  it('finds "vårdplatser" in the 2025 item about vårdköer, through inflection and compounds', async () => {
    const hits = await ranked('vårdplatser', 'fulltext');
    const items = hits.map(itemName);
    expect(items).toContain('2025#3');
    const item3 = hits.filter((d) => d.meeting.id === SAMPLE_2025_ID && d.item.ordinal === 3);
    expect(item3[0]!.item.title).toBe('Aktuellt vid förvaltningen/fråga ang. vårdköer/bevakningslista');
    expect(item3.map((d) => d.passage.text).join(' ')).toMatch(/vårdplats/);
    expect(items.filter((i) => i === '2025#3').length).toBeGreaterThanOrEqual(items.length / 2);
  });

  it('finds "ambulans" in the 2024 item Prehospital framtidsplan only, best first', async () => {
    const hits = await ranked('ambulans', 'fulltext');
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map(itemName))).toEqual(new Set(['2024#5']));
    expect(hits[0]!.item.title).toBe('Prehospital framtidsplan');
    expect(hits[0]!.meeting).toMatchObject({ id: SAMPLE_2024_ID, date: '2024-04-11' });
    expect(hits.every((d, i) => i === 0 || d.score <= hits[i - 1]!.score)).toBe(true);
  });

  it('matches a quoted phrase as a phrase', async () => {
    const phrase = await ranked('"nära vård"', 'fulltext');
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.every((d) => /nära vård/i.test(d.passage.text))).toBe(true);
  });

  it('never errors on hostile Lucene syntax, in any mode', async () => {
    for (const q of [
      'vård AND (',
      '"',
      '*',
      '~',
      '\\',
      '/',
      'vård" OR',
      'NOT',
      ':',
      'a:b',
      '[x TO y]',
      '&& ||',
      '{',
      '^2',
      'ambulans~0.5',
      '?',
      '*:*',
      '"ambulans',
    ]) {
      for (const mode of ['hybrid', 'fulltext', 'vector'] as const) {
        await expect(search(q, mode), `${mode} ${q}`).resolves.toMatchObject({ hits: expect.any(Array) });
      }
    }
    // nothing searchable: no hits, and no query sent
    expect((await search('*:*', 'fulltext')).hits).toEqual([]);
    expect((await ranked('"ambulans', 'fulltext')).map(itemName)).toContain('2024#5');
  });
});

describe('vector mode', () => {
  it('returns a passage first when queried with its own text (the fixture embeds text to its stored vector)', async () => {
    for (const passage of [g.sample2024.passages[10]!, g.sample2025.passages[20]!]) {
      const [own] = await fixtureEmbedder.embed([passage.text], 'query');
      expect(Array.from(own!)).toEqual(passage.embedding!.map(Math.fround));
      const [first] = await ranked(passage.text, 'vector');
      expect(first!.passage.text).toBe(passage.text);
      // Neo4j's cosine score is (1 + cos) / 2; the index quantizes vectors, so "1" is approximate.
      expect(first!.score).toBeGreaterThan(0.99);
    }
  });

  it('ranks at most the depth asked', async () => {
    const { hits } = await hybridSearch(g.executor, fixtureEmbedder, { q: 'vårdplatser', mode: 'vector', depth: 10 });
    expect(hits).toHaveLength(10);
  });
});
