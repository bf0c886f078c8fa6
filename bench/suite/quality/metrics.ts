/**
 * Ranking quality against graded relevance. `relevant` maps a document key to its grade (> 0);
 * a key absent from it has grade 0.
 */
export type Grades = ReadonlyMap<string, number>;

/** DCG with the exponential gain (2^grade − 1) / log2(rank + 1), rank from 1. */
function dcg(grades: readonly number[]): number {
  return grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/** nDCG@k: the ranking's DCG over the ideal ordering's; 0 when nothing is relevant. */
export function ndcgAt(ranking: readonly string[], relevant: Grades, k = 10): number {
  const ideal = dcg([...relevant.values()].sort((a, b) => b - a).slice(0, k));
  if (ideal === 0) return 0;
  return dcg(ranking.slice(0, k).map((key) => relevant.get(key) ?? 0)) / ideal;
}

/**
 * Recall@k, capped: relevant documents in the top k over min(k, |relevant|). A topic can have
 * thousands of relevant passages, and plain recall@10 would then be near 0 for any system; the
 * cap makes 1 reachable (it is then precision@k).
 */
export function recallAt(ranking: readonly string[], relevant: Grades, k = 10): number {
  const denominator = Math.min(k, relevant.size);
  if (denominator === 0) return 0;
  return [...new Set(ranking.slice(0, k))].filter((key) => (relevant.get(key) ?? 0) > 0).length / denominator;
}

export const mean = (xs: readonly number[]): number => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
