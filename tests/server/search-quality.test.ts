import { describe, expect, it } from 'vitest';
import { SearchResponse } from '../../shapes/api/index.js';
import { useTestApi } from '../helpers/api-server.js';

/**
 * Hybrid search against full-text alone, on queries written from the two samples with the agenda
 * item a reader would want. Items are named `<year>#<ordinal>`. Metric: mean reciprocal rank of the
 * relevant item among the result groups (1 = first, 0 = not found), plus recall@3.
 */
const QUERIES: { q: string; relevant: string; why: string }[] = [
  { q: 'vårdplatser', relevant: '2025#3', why: 'the topic as written' },
  { q: 'slutenvårdsplats', relevant: '2025#3', why: 'inflected form of a compound' },
  { q: 'vårdplaster', relevant: '2025#3', why: 'typo (transposed letters)' },
  { q: 'jourläkarbilarna', relevant: '2024#5', why: 'definite plural of a compound' },
  { q: 'andningsstödet', relevant: '2024#4', why: 'definite form' },
  { q: 'omställningsplanen', relevant: '2025#4', why: 'definite form, title word' },
  { q: 'vårdvall', relevant: '2025#4', why: 'typo (doubled letter)' },
  { q: 'ambulanser', relevant: '2024#5', why: 'plural' },
];

const api = useTestApi();

const itemName = (meetingDate: string, ordinal: number) => `${meetingDate.slice(0, 4)}#${ordinal}`;

async function ranks(mode: 'hybrid' | 'fulltext'): Promise<number[]> {
  const out: number[] = [];
  for (const { q, relevant } of QUERIES) {
    const res = await fetch(`${api.url}/api/search?mode=${mode}&pageSize=100&q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    const body = SearchResponse.parse(await res.json());
    const position = body.groups.findIndex((g) => itemName(g.meeting.date ?? 'odaterat', g.item.ordinal) === relevant);
    out.push(position === -1 ? Infinity : position + 1);
  }
  return out;
}

const mrr = (r: number[]) => r.reduce((sum, rank) => sum + (Number.isFinite(rank) ? 1 / rank : 0), 0) / r.length;
const recallAt = (r: number[], k: number) => r.filter((rank) => rank <= k).length / r.length;

describe('hybrid search quality on the samples', () => {
  it('beats full-text alone: MRR and recall@3 at least as high, strictly better on some queries', async () => {
    const [hybrid, fulltext] = [await ranks('hybrid'), await ranks('fulltext')];
    const table = QUERIES.map((query, i) => `${query.q.padEnd(20)} ${query.why.padEnd(34)} fulltext ${fulltext[i]} hybrid ${hybrid[i]}`);
    console.log(
      `${table.join('\n')}\nMRR fulltext ${mrr(fulltext).toFixed(3)} hybrid ${mrr(hybrid).toFixed(3)}; recall@3 fulltext ${recallAt(fulltext, 3).toFixed(2)} hybrid ${recallAt(hybrid, 3).toFixed(2)}`,
    );
    expect(mrr(hybrid)).toBeGreaterThanOrEqual(mrr(fulltext));
    expect(recallAt(hybrid, 3)).toBeGreaterThanOrEqual(recallAt(fulltext, 3));
    expect(hybrid.some((rank, i) => rank < fulltext[i]!)).toBe(true);
    // typos: full-text alone finds nothing; hybrid finds the item near the top through its fuzzy
    // terms (with the exact vector index the lexical embedder's nearest passage to a typo is noise,
    // so the fused first place is not guaranteed)
    for (const typo of ['vårdplaster', 'vårdvall']) {
      const i = QUERIES.findIndex((q) => q.q === typo);
      expect(fulltext[i]).toBe(Infinity);
      expect(hybrid[i]).toBeLessThanOrEqual(2);
    }
  });

  it('reports the expansion it used and highlights typo matches', async () => {
    const res = SearchResponse.parse(await (await fetch(`${api.url}/api/search?q=ASIH`)).json());
    expect(res.expandedTerms).toContain('avancerad sjukvård i hemmet');
    const typo = SearchResponse.parse(await (await fetch(`${api.url}/api/search?q=v%C3%A5rdplaster`)).json());
    const relevant = typo.groups.find((g) => itemName(g.meeting.date ?? 'odaterat', g.item.ordinal) === '2025#3')!;
    const words = relevant.hits.flatMap((h) => h.snippet.highlights.map(([s, e]) => h.snippet.text.slice(s, e)));
    expect(words.some((word) => /vårdplats/i.test(word))).toBe(true);
  });
});
