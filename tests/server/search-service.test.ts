import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphReader } from '../../graph/db/ports.js';
import { writeMeeting } from '../../graph/write/write-meeting.js';
import { search, searchAfresh } from '../../server/services/search.service.js';
import { SearchQuery, type SearchResponse } from '../../shapes/api/index.js';
import { fixtureEmbedder } from '../graph/search/search-fixtures.js';
import { useSampleGraph } from '../helpers/sample-graph.js';

/**
 * The search service over the one search path: the query string's filters reach the ranking, pages
 * are cut from one ranking, and a kept ranking is never answered for other filters.
 */
const g = useSampleGraph();
beforeAll(async () => {
  await writeMeeting(g.executor, g.sample2024);
  await writeMeeting(g.executor, g.sample2025);
});

/** As the route gets it: every value a string from the query string. */
const ask = (query: Record<string, string>) => SearchQuery.parse(query);
const items = (r: SearchResponse) => r.groups.map((group) => `${(group.meeting.date ?? 'odaterat').slice(0, 4)}#${group.item.ordinal}`);

describe('search service', () => {
  it('pages over agenda items of one ranking', async () => {
    const six = await searchAfresh(g.executor, fixtureEmbedder, ask({ q: 'vård', pageSize: '6' }));
    const second = await searchAfresh(g.executor, fixtureEmbedder, ask({ q: 'vård', pageSize: '3', page: '2' }));
    expect(six.groups).toHaveLength(6);
    expect(second.total).toBe(six.total);
    expect(second.groups).toEqual(six.groups.slice(3));
  });

  it('takes every filter of the contract from the query string', async () => {
    const asked = (query: Record<string, string>) =>
      searchAfresh(g.executor, fixtureEmbedder, ask({ q: 'ambulans', pageSize: '100', ...query }));
    const all = await asked({});
    expect(items(all)).toContain('2024#5');
    expect(items(await asked({ from: '2025-01-01' })).every((i) => i.startsWith('2025'))).toBe(true);
    expect(items(await asked({ to: '2024-12-31' })).every((i) => i.startsWith('2024'))).toBe(true);
    expect((await asked({ body: 'no-such-council' })).total).toBe(0);
    expect((await asked({ body: g.sample2024.bodyKey })).total).toBe(all.total);
    expect(items(await asked({ topics: 'prehospital,no-such-topic' }))).toContain('2024#5');
    expect(new Set(items(await asked({ people: ' karin nilsson ,' })))).toEqual(new Set(['2025#4']));
    expect((await asked({ organisations: 'skpf' })).total).toBe(0);
    expect(items(await asked({ organisations: 'pro,förvaltningen' }))).toContain('2024#5');
  });

  it('keeps rankings per filter: a kept unfiltered ranking never answers a filtered search', async () => {
    const unfiltered = await search(g.executor, fixtureEmbedder, ask({ q: 'vårdplatser' }));
    expect(unfiltered.total).toBeGreaterThan(0);
    expect(await search(g.executor, fixtureEmbedder, ask({ q: 'vårdplatser' }))).toEqual(unfiltered);
    const filters: Record<string, string>[] = [
      { from: '2030-01-01' },
      { to: '2000-01-01' },
      { body: 'no-such-council' },
      { topics: 'no-such-topic' },
      { people: 'no one' },
      { organisations: 'skpf' },
    ];
    for (const filter of filters) {
      expect((await search(g.executor, fixtureEmbedder, ask({ q: 'vårdplatser', ...filter }))).total, JSON.stringify(filter)).toBe(0);
    }
  });

  it('reads a single ranking and its page in one round trip, the page as hydrating it afterwards reads it', async () => {
    // Counts the reads; `strip` drops the page the ranking's statement read, so the service must hydrate it.
    const counting = (strip: boolean) => {
      let reads = 0;
      const reader: GraphReader = {
        read: async (cypher, params) => {
          reads++;
          const rows = await g.executor.read(cypher, params);
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the rows go back as the caller typed them
          return (strip ? rows.map((row) => ({ ...row, page: undefined })) : rows) as any;
        },
      };
      return { reader, reads: () => reads };
    };
    for (const mode of ['fulltext', 'vector'] as const)
      for (const q of ['vårdplatser', 'sjuksköterskor', 'ambulans', 'nära vård'])
        for (const page of ['1', '2']) {
          const asked = ask({ q, mode, pageSize: '3', page });
          const once = counting(false);
          const hydrated = counting(true);
          const inStatement = await searchAfresh(once.reader, fixtureEmbedder, asked);
          const afterwards = await searchAfresh(hydrated.reader, fixtureEmbedder, asked);
          const label = `${mode} ${q} page ${page}`;
          expect(inStatement, label).toEqual(afterwards);
          expect(once.reads(), label).toBe(1);
          if (inStatement.groups.length > 0) expect(hydrated.reads(), label).toBe(2);
        }
  });

  it('says why each hit is there: the one ranking of a single mode, every ranking that found it in hybrid', async () => {
    const reasons = (r: SearchResponse) => r.groups.flatMap((group) => group.hits.map((hit) => hit.matchedBy));
    const fulltext = await searchAfresh(g.executor, fixtureEmbedder, ask({ q: 'vårdplatser', mode: 'fulltext' }));
    expect(reasons(fulltext).length).toBeGreaterThan(0);
    expect(new Set(reasons(fulltext).map((r) => r.join()))).toEqual(new Set(['words']));
    const vector = await searchAfresh(g.executor, fixtureEmbedder, ask({ q: 'vårdplatser', mode: 'vector' }));
    expect(new Set(reasons(vector).map((r) => r.join()))).toEqual(new Set(['meaning']));
    const hybrid = reasons(await searchAfresh(g.executor, fixtureEmbedder, ask({ q: 'väntetider på akuten', mode: 'hybrid' })));
    expect(hybrid.every((r) => r.length > 0)).toBe(true);
    expect(hybrid.some((r) => r.includes('words') && r.includes('meaning'))).toBe(true);
  });

  it('marks the words of the query, never its stop words', async () => {
    const marked = (r: SearchResponse) =>
      r.groups.flatMap((group) =>
        group.hits.flatMap((hit) => hit.snippet.highlights.map(([a, b]) => hit.snippet.text.slice(a, b).toLowerCase())),
      );
    const words = marked(await searchAfresh(g.executor, fixtureEmbedder, ask({ q: 'väntetider på akuten', mode: 'hybrid' })));
    expect(words.length).toBeGreaterThan(0);
    expect(words).not.toContain('på');
    expect(words.some((w) => w.startsWith('vänte') || w.startsWith('akut'))).toBe(true);
  });
});
