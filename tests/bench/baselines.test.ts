import { describe, expect, it } from 'vitest';
import { Bm25Baseline } from '../../bench/suite/baselines/bm25.js';
import { CosineScan, recallWithTies } from '../../bench/suite/baselines/cosine-scan.js';

/** A deterministic pseudo-random unit vector (mulberry32). */
function unitVectors(count: number, dimensions: number, seed: number): Float32Array[] {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
  return Array.from({ length: count }, () => {
    const v = Float32Array.from({ length: dimensions }, next);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

describe('CosineScan', () => {
  const dimensions = 16;
  const vectors = unitVectors(500, dimensions, 7);
  const keys = vectors.map((_, i) => `p${String(i).padStart(3, '0')}`);
  const scan = CosineScan.of(keys, vectors, dimensions);

  it('returns the same top 10 as sorting every dot product', () => {
    for (const query of unitVectors(20, dimensions, 99)) {
      const brute = vectors
        .map((v, i) => ({ key: keys[i]!, score: v.reduce((sum, x, d) => sum + x * query[d]!, 0) }))
        .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
        .slice(0, 10);
      const top = scan.topK(query, 10);
      expect(top.map((h) => h.key)).toEqual(brute.map((h) => h.key));
      top.forEach((h, i) => expect(h.score).toBeCloseTo(brute[i]!.score, 5));
    }
  });

  it('breaks ties by key and scores stored keys', () => {
    const tied = CosineScan.of(
      ['b', 'a', 'c'],
      [
        [1, 0],
        [1, 0],
        [0, 1],
      ],
      2,
    );
    expect(tied.topK([1, 0], 2).map((h) => h.key)).toEqual(['a', 'b']);
    expect(tied.scoreOf('c', [0, 1])).toBe(1);
    expect(tied.scoreOf('missing', [0, 1])).toBeNaN();
    expect(() => CosineScan.of(['a'], [[1, 0, 0]], 2)).toThrow(/3 dimensions/);
  });

  it('recall with ties accepts any of several equally near duplicates', () => {
    const dup = CosineScan.of(
      ['a', 'b', 'c', 'd'],
      [
        [1, 0],
        [1, 0],
        [1, 0],
        [0, 1],
      ],
      2,
    );
    const exact = dup.topK([1, 0], 2); // a, b
    const score = (key: string) => dup.scoreOf(key, [1, 0]);
    expect(recallWithTies(['c', 'b'], exact, score, 2)).toBe(1);
    expect(recallWithTies(['c', 'd'], exact, score, 2)).toBe(0.5);
    expect(recallWithTies([], exact, score, 2)).toBe(0);
  });
});

describe('Bm25Baseline', () => {
  const bm25 = new Bm25Baseline([
    { key: 'beds', text: 'Bristen på slutenvårdsplatser under sommaren oroar rådet.' },
    { key: 'bed', text: 'En slutenvårdsplats till öppnades i Solna.' },
    { key: 'ambulance', text: 'Ambulansens svarstider har blivit längre i norra länsdelen.' },
  ]);

  it('ranks by shared stems, with the Swedish stemmer on both sides', () => {
    expect(bm25.size).toBe(3);
    expect(bm25.query('slutenvårdsplatserna')[0]).toBe('beds');
    expect(bm25.query('ambulansen')).toEqual(['ambulance']);
    expect(bm25.query('och på under')).toEqual([]); // stop words only
  });
});
