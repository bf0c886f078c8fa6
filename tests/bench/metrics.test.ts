import { describe, expect, it } from 'vitest';
import { mean, ndcgAt, recallAt } from '../../bench/suite/quality/metrics.js';

const relevant = new Map([
  ['a', 2],
  ['c', 1],
  ['d', 2],
]);

describe('ndcgAt', () => {
  it('matches a hand-computed value with exponential gains', () => {
    // DCG = (2²−1)/log2(2) + 0 + (2¹−1)/log2(4) = 3 + 0.5; ideal [2, 2, 1] = 3 + 3/log2(3) + 0.5
    const expected = 3.5 / (3 + 3 / Math.log2(3) + 0.5);
    expect(ndcgAt(['a', 'b', 'c'], relevant, 10)).toBeCloseTo(expected, 10);
    expect(expected).toBeCloseTo(0.649, 3);
  });

  it('is 1 for the ideal ranking and 0 with nothing relevant', () => {
    expect(ndcgAt(['a', 'd', 'c'], relevant)).toBeCloseTo(1, 12);
    expect(ndcgAt(['x', 'y'], relevant)).toBe(0);
    expect(ndcgAt(['a'], new Map())).toBe(0);
  });

  it('only looks at the top k', () => {
    // k = 1: DCG = 0 (b), ideal = 3
    expect(ndcgAt(['b', 'a'], relevant, 1)).toBe(0);
    expect(ndcgAt(['d', 'b'], relevant, 1)).toBe(1);
  });
});

describe('recallAt', () => {
  it('divides by min(k, relevant), so a large relevant set can still reach 1', () => {
    expect(recallAt(['a', 'b', 'c'], relevant, 10)).toBeCloseTo(2 / 3, 12);
    expect(recallAt(['a', 'b'], relevant, 2)).toBe(0.5);
    expect(recallAt(['a', 'd'], relevant, 2)).toBe(1);
  });

  it('does not count a key twice and is 0 without relevant documents', () => {
    expect(recallAt(['a', 'a', 'a'], relevant, 3)).toBeCloseTo(1 / 3, 12);
    expect(recallAt(['a'], new Map(), 10)).toBe(0);
  });
});

describe('mean', () => {
  it('averages, NaN for nothing', () => {
    expect(mean([1, 2, 3])).toBe(2);
    expect(mean([])).toBeNaN();
  });
});
