import { describe, expect, it } from 'vitest';
import { fuseWith, RRF_K, withMatchReasons, type RankedHit, type SearchRankings } from '../../../graph/search/fusion.js';

/** The fusions on rankings made by hand: what each promises, independent of any index. */
const hit = (passageKey: string, itemKey: string, score: number): RankedHit => ({ passageKey, itemKey, score });

const rankings = (over: Partial<SearchRankings>): SearchRankings => ({
  mode: 'hybrid',
  expandedTerms: [],
  highlightTerms: [],
  text: [],
  vector: [],
  titles: [],
  topic: [],
  concerns: [],
  ...over,
});

const keys = (hits: readonly RankedHit[]) => hits.map((h) => h.passageKey);

describe('fusion', () => {
  // a strong keyword hit, a weak one, and vector neighbours that disagree with both
  const text = [hit('strong', 'i1', 12), hit('weak', 'i2', 2)];
  const vector = [hit('near', 'i3', 0.9), hit('weak', 'i2', 0.85), hit('far', 'i4', 0.5), hit('strong', 'i1', 0.49)];

  it('keyword-led keeps a strong keyword hit on top, and lets similarity order the rest', () => {
    const fused = fuseWith(rankings({ text, vector }), 'keyword-led');
    expect(keys(fused)[0]).toBe('strong');
    // the weak keyword hit is also a near neighbour: above the neighbour that has no keyword at all
    expect(keys(fused).indexOf('weak')).toBeLessThan(keys(fused).indexOf('near'));
    expect(keys(fused).at(-1)).toBe('far');
  });

  it('RRF counts ranks only: the nearest neighbour ties with the best keyword hit', () => {
    const fused = fuseWith(rankings({ text: [hit('a', 'i1', 12)], vector: [hit('b', 'i2', 0.9)] }), 'rrf');
    expect(fused.map((h) => h.score)).toEqual([1 / (RRF_K + 1), 1 / (RRF_K + 1)]);
  });

  it('the semantic threshold leaves out neighbours far from the nearest', () => {
    expect(keys(fuseWith(rankings({ vector }), 'rrf-semantic-threshold'))).toEqual(['near', 'weak']);
  });

  it('a title match lifts every passage of its item, in every fusion', () => {
    for (const fusion of ['rrf', 'keyword-led', 'topic-aware'] as const) {
      const plain = fuseWith(rankings({ text, vector }), fusion);
      const titled = fuseWith(rankings({ text, vector, titles: ['i4'] }), fusion);
      const score = (hits: RankedHit[]) => hits.find((h) => h.passageKey === 'far')!.score;
      expect(score(titled)).toBeGreaterThan(score(plain));
    }
  });

  it('topic-aware fuses the tagged passages by rank when the query only names a topic, else it is keyword-led', () => {
    const topic = [hit('tagged', 'i5', 0.9)];
    const named = fuseWith(rankings({ text, vector, topic }), 'topic-aware');
    expect(keys(named)).toContain('tagged');
    expect(named.find((h) => h.passageKey === 'tagged')!.score).toBe(1 / (RRF_K + 1));
    expect(fuseWith(rankings({ text, vector }), 'topic-aware')).toEqual(fuseWith(rankings({ text, vector }), 'keyword-led'));
  });

  it('single-ranking modes return their ranking untouched', () => {
    expect(fuseWith(rankings({ mode: 'fulltext', text, vector }), 'topic-aware')).toEqual(text);
    expect(fuseWith(rankings({ mode: 'vector', text, vector }), 'topic-aware')).toEqual(vector);
  });

  it('tells each fused hit which rankings found it, a related concern among them', () => {
    const found = rankings({
      text,
      vector,
      titles: ['i4'],
      concerns: [hit('concern', 'i5', 2), hit('weak', 'i2', 1)],
    });
    const reasons = Object.fromEntries(withMatchReasons(found, fuseWith(found, 'topic-aware')).map((h) => [h.passageKey, h.matchedBy]));
    expect(reasons).toEqual({
      strong: ['words', 'meaning'],
      weak: ['words', 'meaning', 'related-concern'],
      near: ['meaning'],
      far: ['meaning', 'title'],
      concern: ['related-concern'],
    });
  });
});
