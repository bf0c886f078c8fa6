import { mean, ndcgAt, recallAt } from './metrics.js';
import type { JudgedQuery } from './relevance.js';

/** A ranking system under test: the keys of its top passages for a query text. */
export type Ranker = (text: string) => Promise<string[]> | string[];

export interface Quality {
  queries: number;
  ndcg10: number;
  recall10: number;
  /** The same, per kind of query. */
  byKind: Record<string, { queries: number; ndcg10: number; recall10: number }>;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Mean nDCG@10 and capped recall@10 of a system over the judged queries. */
export async function evaluate(queries: readonly JudgedQuery[], rank: Ranker): Promise<Quality> {
  const scored: Array<{ kind: string; ndcg: number; recall: number }> = [];
  for (const q of queries) {
    const ranking = await rank(q.text);
    scored.push({ kind: q.kind, ndcg: ndcgAt(ranking, q.relevant, 10), recall: recallAt(ranking, q.relevant, 10) });
  }
  const byKind: Quality['byKind'] = {};
  for (const kind of [...new Set(scored.map((s) => s.kind))].sort()) {
    const of = scored.filter((s) => s.kind === kind);
    byKind[kind] = { queries: of.length, ndcg10: round(mean(of.map((s) => s.ndcg))), recall10: round(mean(of.map((s) => s.recall))) };
  }
  return {
    queries: scored.length,
    ndcg10: round(mean(scored.map((s) => s.ndcg))),
    recall10: round(mean(scored.map((s) => s.recall))),
    byKind,
  };
}
