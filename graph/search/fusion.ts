import type { MatchReason, SearchMode } from '../../shapes/api/index.js';
import { cypherStringOrder } from '../db/string-order.js';

/**
 * How a search's rankings become one list. Four fusions were compared on the benchmark's judged
 * queries and on the samples (docs/benchmarks.md, "Fusion"):
 * - `rrf`: reciprocal rank fusion (score = Σ 1 / (k + rank), k = 60) of the keyword, vector and
 *   agenda item title rankings: no calibration, but a weak vector neighbour counts as much as a
 *   strong keyword hit of the same rank, and descriptive queries ("väntetiderna till
 *   specialistvård") lost their best keyword hits to it;
 * - `rrf-semantic-threshold`: the same with the vector ranking cut at a calibrated similarity;
 * - `keyword-led`: scores, not ranks: the keyword score (as a share of the query's best) plus half
 *   the similarity (as a share of the way from the farthest kept neighbour to the nearest), plus the
 *   council's related concerns (CONCERN_WEIGHT), plus a lift for items whose title matched. A good
 *   keyword hit stays on top, semantic neighbours decide where the keyword scores are weak or
 *   missing, and what the council raised about the same topics comes before passages that only
 *   share a word with the query;
 * - `topic-aware` (in use): a query that only names a topic (expandQuery's `topicNames`: "vårdköer",
 *   "hemsjukvården") asks for the topic, so the passages tagged with it join RRF as a ranking of
 *   their own and the words count for half (TOPIC_QUERY_TEXT_WEIGHT); any other query is fused
 *   keyword-led.
 */

/** A passage as a ranking names it: enough to fuse, group by agenda item and page. */
export interface RankedHit {
  passageKey: string;
  itemKey: string;
  score: number;
  /** After fusion (withMatchReasons): the rankings that found it. */
  matchedBy?: MatchReason[];
}

/** What one search's statement ranked, before fusion. */
export interface SearchRankings {
  mode: SearchMode;
  expandedTerms: string[];
  highlightTerms: string[];
  /** Passages by the full-text index (Lucene's score). */
  text: RankedHit[];
  /** Passages by the vector index (cosine similarity, 0–1). */
  vector: RankedHit[];
  /** Agenda item keys whose titles matched, best first. */
  titles: string[];
  /** For a query that only names topics: the passages tagged with them, by tag score; else empty. */
  topic: RankedHit[];
  /**
   * For any other hybrid query: the passages of the council's concerns that share topics with the
   * concerns the best keyword hits voice, by the number of topics shared; else empty.
   */
  concerns: RankedHit[];
}

export const RRF_K = 60;

export const FUSIONS = ['rrf', 'rrf-semantic-threshold', 'keyword-led', 'topic-aware'] as const;
export type FusionName = (typeof FUSIONS)[number];

/**
 * The similarity below which a vector neighbour is left out of the threshold fusion, as a fraction
 * of the way from the query's farthest kept neighbour to its nearest: a relative cut, because the
 * lexical embedder's similarities and a transformer's live on different scales.
 */
export const SEMANTIC_THRESHOLD = 0.5;
/** Keyword-led fusion: the weight of the relative similarity and of the title lift, next to the keyword score's 1. */
export const SEMANTIC_WEIGHT = 0.5;
export const TITLE_WEIGHT = 0.2;
/**
 * Keyword-led fusion: the weight of a related concern (as a share of the most topics any shares).
 * As much as a best keyword hit: a passage that voices a related concern outranks one that only
 * shares a word with the query, and one that also matches the words comes first. Chosen on the
 * judged queries (0.2–3 tried; concern nDCG@10 0.81 → 0.89 at 1, falling again above it).
 */
export const CONCERN_WEIGHT = 1;
/**
 * Topic-aware fusion, for a query that only names a topic: the weight of the keyword ranking in RRF,
 * beside 1 for the vector and topic rankings. Such a query asks for the topic, and a passage that
 * says the word is weaker evidence of it than the topic's tag or an item titled with it. Chosen on
 * the judged topic queries (keyword weight 0.5 or 1, topic weight 1–3, k 10 or 60 tried): topic-alias
 * nDCG@10 0.76 → 0.79, topic-inflected 0.87 → 0.90.
 */
export const TOPIC_QUERY_TEXT_WEIGHT = 0.5;

/** Each hit with the rankings that found it, in MatchReason's order: what the result list tells the reader. */
export function withMatchReasons(rankings: SearchRankings, hits: readonly RankedHit[]): (RankedHit & { matchedBy: MatchReason[] })[] {
  const keysOf = (ranking: readonly RankedHit[]) => new Set(ranking.map((hit) => hit.passageKey));
  // The title ranking names agenda items; every other ranking names passages.
  const found: [MatchReason, ReadonlySet<string>, 'passageKey' | 'itemKey'][] = [
    ['words', keysOf(rankings.text), 'passageKey'],
    ['meaning', keysOf(rankings.vector), 'passageKey'],
    ['title', new Set(rankings.titles), 'itemKey'],
    ['topic', keysOf(rankings.topic), 'passageKey'],
    ['related-concern', keysOf(rankings.concerns), 'passageKey'],
  ];
  return hits.map((hit) => ({ ...hit, matchedBy: found.filter(([, keys, by]) => keys.has(hit[by])).map(([reason]) => reason) }));
}

/** The fusion in use. Single-ranking modes return their ranking as it is. */
export const fuse = (rankings: SearchRankings): RankedHit[] => fuseWith(rankings, 'topic-aware');

export function fuseWith(rankings: SearchRankings, fusion: FusionName): RankedHit[] {
  if (rankings.mode === 'fulltext') return rankings.text;
  if (rankings.mode === 'vector') return rankings.vector;
  switch (fusion) {
    case 'rrf':
      return reciprocalRankFusion([rankings.text, rankings.vector], rankings.titles);
    case 'rrf-semantic-threshold':
      return reciprocalRankFusion([rankings.text, closeNeighbours(rankings.vector)], rankings.titles);
    case 'keyword-led':
      return keywordLedFusion(rankings);
    case 'topic-aware':
      return rankings.topic.length > 0
        ? reciprocalRankFusion([rankings.text, rankings.vector, rankings.topic], rankings.titles, RRF_K, [TOPIC_QUERY_TEXT_WEIGHT, 1, 1])
        : keywordLedFusion(rankings);
  }
}

/** Each hit's score as a share of the way from the ranking's lowest (or zero) to its highest score. */
function relativeScores(ranking: readonly RankedHit[], from: 'zero' | 'lowest'): Map<string, number> {
  const scores = ranking.map((hit) => hit.score);
  const high = Math.max(...scores);
  const low = from === 'zero' ? 0 : Math.min(...scores);
  return new Map(ranking.map((hit) => [hit.passageKey, high > low ? (hit.score - low) / (high - low) : 1]));
}

/** See the module note: keyword score, plus SEMANTIC_WEIGHT × relative similarity, plus related concerns, plus a title lift. */
function keywordLedFusion(rankings: SearchRankings): RankedHit[] {
  const keyword = relativeScores(rankings.text, 'zero');
  const semantic = relativeScores(rankings.vector, 'lowest');
  const related = relativeScores(rankings.concerns, 'zero');
  const titleRank = new Map(rankings.titles.map((key, rank) => [key, rank]));
  const hits = new Map<string, RankedHit>();
  for (const hit of [...rankings.text, ...rankings.vector, ...rankings.concerns]) {
    if (hits.has(hit.passageKey)) continue;
    const rank = titleRank.get(hit.itemKey);
    const lift = rank === undefined ? 0 : TITLE_WEIGHT * (1 - rank / rankings.titles.length);
    const score =
      (keyword.get(hit.passageKey) ?? 0) +
      SEMANTIC_WEIGHT * (semantic.get(hit.passageKey) ?? 0) +
      CONCERN_WEIGHT * (related.get(hit.passageKey) ?? 0) +
      lift;
    hits.set(hit.passageKey, { ...hit, score });
  }
  return [...hits.values()].sort((a, b) => b.score - a.score || cypherStringOrder(a.passageKey, b.passageKey));
}

/** The vector hits whose similarity is at least SEMANTIC_THRESHOLD of the way from the farthest to the nearest. */
function closeNeighbours(vector: readonly RankedHit[]): RankedHit[] {
  const nearest = vector[0]?.score;
  const farthest = vector[vector.length - 1]?.score;
  if (nearest === undefined || farthest === undefined || nearest === farthest) return [...vector];
  const cut = farthest + SEMANTIC_THRESHOLD * (nearest - farthest);
  return vector.filter((hit) => hit.score >= cut);
}

/** RRF over passage rankings (each weighted), plus 1 / (k + rank) for every passage of an item ranked by its title. */
export function reciprocalRankFusion(
  rankings: readonly (readonly RankedHit[])[],
  itemRanking: readonly string[] = [],
  k = RRF_K,
  /** Per ranking, in the same order; 1 where missing. */
  weights: readonly number[] = [],
): RankedHit[] {
  const fused = new Map<string, RankedHit>();
  for (const [n, ranking] of rankings.entries()) {
    const weight = weights[n] ?? 1;
    ranking.forEach((hit, rank) => {
      const seen = fused.get(hit.passageKey);
      const contribution = weight / (k + rank + 1);
      fused.set(hit.passageKey, seen ? { ...seen, score: seen.score + contribution } : { ...hit, score: contribution });
    });
  }
  const itemRank = new Map(itemRanking.map((key, rank) => [key, rank]));
  for (const [key, hit] of fused) {
    const rank = itemRank.get(hit.itemKey);
    if (rank !== undefined) fused.set(key, { ...hit, score: hit.score + 1 / (k + rank + 1) });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score || cypherStringOrder(a.passageKey, b.passageKey));
}
