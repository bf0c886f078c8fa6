import { AWAIT_FULLTEXT } from '../db/fulltext.js';
import type { Actor, ItemRef, MeetingRef, SearchFilters, SearchMode } from '../../shapes/api/index.js';
import type { Embedder } from '../../shapes/embedder.js';
import { escapeLuceneTerm, lightStem, toLuceneQuery } from './lucene.js';
import { fetchFor, filterParams, isFiltering, TO_ITEMS, TO_ITEMS_FILTERED, type FilterParams } from './passage-filters.js';
import { expandQuery } from './query-expansion.js';
import { AGENDA_ITEM_TITLE_INDEX, EMBEDDER_INFO_KEY, PASSAGE_TEXT_INDEX, PASSAGE_VECTOR_INDEX } from '../db/schema.js';
import { vectorCandidates } from './vector-candidates.js';
import { EmbedderMismatchError } from '../write/errors.js';
import type { GraphReader } from '../db/ports.js';

/**
 * Passage search, the one path every caller takes (the API through server/services/search.service.ts,
 * the benchmark, the tests), in three modes. `fulltext`: the user's words through the Swedish full-text index.
 * `vector`: nearest passages to the query's embedding. `hybrid`: reciprocal rank fusion (RRF,
 * score = Σ 1 / (k + rank), k = 60) of (1) full-text with the query expanded (taxonomy aliases and
 * keywords, abbreviations) plus fuzzy terms for long words the index hardly knows, so typos still
 * match; (2) the vector
 * ranking; and (3) agenda item titles, which lift every passage of an item whose title matches.
 * RRF needs no score calibration between Lucene's BM25 and cosine similarity, only ranks.
 * Every ranking applies the same filters (passage-filters.ts). Rankings carry keys only;
 * hydrateHits fetches what a page shows. Input is validated where it enters (the API's SearchQuery).
 */

export interface HybridSearchParams extends SearchFilters {
  q: string;
  /** Default `hybrid`. */
  mode?: SearchMode;
  /** Passages taken from each ranking (after its filters) before fusion; default DEFAULT_DEPTH. */
  depth?: number;
}

/** A passage as a ranking names it: enough to fuse, group by agenda item and page. */
export interface RankedHit {
  passageKey: string;
  itemKey: string;
  score: number;
}

/** A ranked passage with what a result list shows of it (hydrateHits). */
export interface HitDetails {
  passage: { key: string; ordinal: number; text: string; kind: string };
  speaker: Actor;
  item: ItemRef;
  meeting: MeetingRef;
}

export interface HybridSearchResult {
  expandedTerms: string[];
  /** Words to highlight: the user's words, the expansions' words. */
  highlightTerms: string[];
  /** Best first. Only keys: a broad query ranks a few hundred passages, and a page shows a few. */
  hits: RankedHit[];
}

export const RRF_K = 60;
const DEFAULT_DEPTH = 200;
/** Fuzzy terms only for words this long: short words have too many neighbours at edit distance 1–2. */
const FUZZY_MIN_LENGTH = 6;
const EXPANSION_BOOST = 0.4;
/**
 * Vector neighbours fused in hybrid mode. Similarities of a lexical embedder sit close together
 * (0.65–0.72 on the samples), so deep vector lists would give every item some score; the head of
 * the ranking carries the signal.
 */
const VECTOR_DEPTH_IN_HYBRID = 20;
/**
 * Vector-only mode ranks at most this many: past the first hundred neighbours a lexical embedder's
 * similarities are noise, and each hit costs a walk to its item and meeting.
 */
const VECTOR_DEPTH_MAX = 100;
const FUZZY_BOOST = 0.3;

export async function hybridSearch(
  executor: GraphReader,
  embedder: Embedder | null,
  input: HybridSearchParams,
): Promise<HybridSearchResult> {
  const p = { ...input, mode: input.mode ?? 'hybrid', depth: input.depth ?? DEFAULT_DEPTH };
  const expanded = p.mode === 'hybrid' ? expandQuery(p.q) : { words: [], expansions: [], topics: [] };
  const filters = filterParams(p);
  const lucene = p.mode === 'hybrid' ? expandedLuceneQuery(p.q, expanded.expansions) : p.mode === 'fulltext' ? plainLuceneQuery(p.q) : null;
  const [{ passages: text, titles }, vector] = await Promise.all([
    lucene === null ? { passages: [], titles: [] } : fulltextRankings(executor, lucene, p.depth, p.mode === 'hybrid', filters),
    p.mode === 'fulltext' || embedder === null
      ? []
      : vectorRanking(executor, embedder, p.q, p.mode === 'hybrid' ? VECTOR_DEPTH_IN_HYBRID : Math.min(p.depth, VECTOR_DEPTH_MAX), filters),
  ]);
  const highlightTerms = [
    ...new Set([...p.q.split(/[^\p{L}\p{N}]+/u), ...expanded.expansions.flatMap((e) => e.split(/\s+/))].filter((w) => w.length >= 2)),
  ];
  if (p.mode !== 'hybrid') {
    const only = p.mode === 'fulltext' ? text : vector;
    return { expandedTerms: [], highlightTerms, hits: only };
  }
  return { expandedTerms: expanded.expansions, highlightTerms, hits: fuse([text, vector], titles) };
}

/**
 * A ranking as a statement returns it: three parallel lists rather than a list of maps, which costs
 * both Neo4j and the driver a third less to write and read for a few hundred hits.
 */
type RankingColumns = { passageKeys: string[]; itemKeys: string[]; scores: number[] };
const RANKING_COLUMNS = 'collect(p.key) AS passageKeys, collect(i.key) AS itemKeys, collect(score) AS scores';
const rankedHits = ({ passageKeys, itemKeys, scores }: RankingColumns): RankedHit[] =>
  passageKeys.map((passageKey, n) => ({ passageKey, itemKey: itemKeys[n]!, score: scores[n]! }));

/**
 * A full-text query for the index, and fuzzy terms to add for the words the index hardly knows.
 * `probe` is the word as one exact term: when it matches fewer than RARE_WORD_HITS passages the
 * word is taken for a typo (or a rare form) and its `term` joins the query. Fuzzy terms are the
 * dearest part of a query (Lucene walks the term dictionary for each), so words the index knows
 * well, which is nearly all of them, never pay for one.
 */
export interface LuceneSearch {
  query: string;
  /**
   * The query for agenda item titles: as `query` without the infix terms (`*stem*`). A title is a few
   * words, and the expansions already carry the compounds that matter; the infix terms made the title
   * ranking as dear as the passages' one.
   */
  titleQuery: string;
  fuzzy: { probe: string; term: string }[];
}

const plainLuceneQuery = (q: string): LuceneSearch | null => {
  const query = toLuceneQuery(q);
  return query === null ? null : { query, titleQuery: toLuceneQuery(q, 'any', { infix: false })!, fuzzy: [] };
};

/** The user's words (as lucene.ts builds them), the expansions at lower weight, and fuzzy forms of long words. */
export function expandedLuceneQuery(q: string, expansions: readonly string[]): LuceneSearch | null {
  const base = toLuceneQuery(q);
  if (base === null) return null;
  const extra = expansions.map((term) =>
    term.includes(' ') ? `"${term.replace(/["\\]/g, (c) => `\\${c}`)}"^${EXPANSION_BOOST}` : `${escapeLuceneTerm(term)}^${EXPANSION_BOOST}`,
  );
  const fuzzy = [...new Set(q.split(/[^\p{L}]+/u).filter((w) => w.length >= FUZZY_MIN_LENGTH))]
    .slice(0, 20)
    .map((w) => ({ probe: escapeLuceneTerm(w), term: `${escapeLuceneTerm(lightStem(w))}~${w.length >= 8 ? 2 : 1}^${FUZZY_BOOST}` }));
  const titleBase = toLuceneQuery(q, 'any', { infix: false })!;
  return { query: [`(${base})`, ...extra].join(' '), titleQuery: [`(${titleBase})`, ...extra].join(' '), fuzzy };
}

/** A word with fewer exact hits than this gets its fuzzy term. */
const RARE_WORD_HITS = 3;

/**
 * Opens a statement with `query` and `titleQuery`: the search's queries plus the fuzzy terms of its
 * rare words, decided in the same statement (one round trip) against the passages' index.
 */
const WITH_TYPO_TERMS = `
${AWAIT_FULLTEXT}
CALL {
  UNWIND $fuzzy AS f
  CALL {
    WITH f
    CALL db.index.fulltext.queryNodes($passageIndex, f.probe, { limit: toInteger($rare) }) YIELD node
    RETURN count(node) AS found
  }
  WITH f WHERE found < $rare
  RETURN collect(f.term) AS typos
}
WITH reduce(s = '', t IN typos | s + ' ' + t) AS typoTerms
WITH $query + typoTerms AS query, $titleQuery + typoTerms AS titleQuery`;

/**
 * The passages' ranking and, when `withTitles`, the agenda item titles' ranking for one query, in
 * one statement: the rare-word probes run once and a round trip is saved.
 */
async function fulltextRankings(
  executor: GraphReader,
  search: LuceneSearch,
  depth: number,
  withTitles: boolean,
  filters: FilterParams,
): Promise<{ passages: RankedHit[]; titles: string[] }> {
  const [row] = await executor.read<RankingColumns & { titles: string[] }>(
    `${WITH_TYPO_TERMS}
     CALL (query) {
       CALL db.index.fulltext.queryNodes($passageIndex, query, { limit: toInteger($fetch) }) YIELD node AS p, score
       ${isFiltering(filters) ? TO_ITEMS_FILTERED : TO_ITEMS}
       WITH p, i, score ORDER BY score DESC, p.key LIMIT toInteger($depth)
       RETURN ${RANKING_COLUMNS}
     }
     CALL (titleQuery) {
       WITH titleQuery WHERE $withTitles
       CALL db.index.fulltext.queryNodes($titleIndex, titleQuery, { limit: toInteger($depth) }) YIELD node, score
       WITH node, score ORDER BY score DESC, node.key
       RETURN collect(node.key) AS titles
     }
     RETURN passageKeys, itemKeys, scores, titles`,
    {
      query: search.query,
      titleQuery: search.titleQuery,
      fuzzy: search.fuzzy,
      passageIndex: PASSAGE_TEXT_INDEX,
      titleIndex: AGENDA_ITEM_TITLE_INDEX,
      rare: RARE_WORD_HITS,
      fetch: fetchFor(depth, filters),
      depth,
      withTitles,
      ...filters,
    },
  );
  return row ? { passages: rankedHits(row), titles: row.titles } : { passages: [], titles: [] };
}

/**
 * The nearest passages to the query's vector. The stored embedder is read in the same statement
 * and the index asked only when it matches; hits from vectors of another embedder are never
 * returned, and a mismatch is an error that says which embedders differ.
 */
async function vectorRanking(
  executor: GraphReader,
  embedder: Embedder,
  q: string,
  depth: number,
  filters: FilterParams,
): Promise<RankedHit[]> {
  if (!/[\p{L}\p{N}]/u.test(q)) return []; // nothing to embed: the vector would be all zeros
  const [vector] = await embedder.embed([q], 'query');
  if (!vector || !vector.some((v) => v !== 0) || !vector.every(Number.isFinite)) return [];
  const fetchCount = fetchFor(depth, filters);
  const [row] = await executor.read<RankingColumns & { id: string | null; dimensions: number | null }>(
    `OPTIONAL MATCH (e:EmbedderInfo {key: $embedderKey})
     CALL (e) {
       WITH e WHERE e IS NOT NULL AND e.dimensions = size($vector) AND (e.id IS NULL OR e.id = $embedderId)
       CALL db.index.vector.queryNodes($index, toInteger($candidates), $vector) YIELD node AS p, score
       WITH p, score ORDER BY score DESC LIMIT toInteger($fetch)
       ${isFiltering(filters) ? TO_ITEMS_FILTERED : TO_ITEMS}
       WITH p, i, score ORDER BY score DESC, p.key LIMIT toInteger($depth)
       RETURN ${RANKING_COLUMNS}
     }
     RETURN e.id AS id, e.dimensions AS dimensions, passageKeys, itemKeys, scores`,
    {
      embedderKey: EMBEDDER_INFO_KEY,
      embedderId: embedder.id,
      index: PASSAGE_VECTOR_INDEX,
      vector: Array.from(vector),
      candidates: vectorCandidates(fetchCount),
      fetch: fetchCount,
      depth,
      ...filters,
    },
  );
  if (!row || row.dimensions === null) return []; // nothing has been embedded yet
  const stored = { id: row.id, dimensions: Number(row.dimensions) };
  if (stored.dimensions !== embedder.dimensions || (stored.id !== null && stored.id !== embedder.id)) {
    throw new EmbedderMismatchError(stored, { id: embedder.id, dimensions: embedder.dimensions });
  }
  return rankedHits(row);
}

/** RRF over passage rankings, plus 1 / (k + rank) for every passage of an item ranked by its title. */
export function fuse(rankings: readonly RankedHit[][], itemRanking: readonly string[] = [], k = RRF_K): RankedHit[] {
  const fused = new Map<string, RankedHit>();
  for (const ranking of rankings) {
    ranking.forEach((hit, rank) => {
      const seen = fused.get(hit.passageKey);
      const contribution = 1 / (k + rank + 1);
      fused.set(hit.passageKey, seen ? { ...seen, score: seen.score + contribution } : { ...hit, score: contribution });
    });
  }
  const itemRank = new Map(itemRanking.map((key, rank) => [key, rank]));
  for (const [key, hit] of fused) {
    const rank = itemRank.get(hit.itemKey);
    if (rank !== undefined) fused.set(key, { ...hit, score: hit.score + 1 / (k + rank + 1) });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score || a.passageKey.localeCompare(b.passageKey));
}

/**
 * What a result list shows of the passages `keys` name, by key. A key whose passage is gone (the
 * graph changed since it was ranked) is simply missing from the map.
 */
export async function hydrateHits(executor: GraphReader, keys: readonly string[]): Promise<Map<string, HitDetails>> {
  if (keys.length === 0) return new Map();
  const rows = await executor.read<HitDetails>(
    `UNWIND $keys AS key
     MATCH (p:Passage {key: key})
     MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p)
     OPTIONAL MATCH (p)-[:SPOKEN_BY]->(sp)
     RETURN p { .key, .ordinal, .text, .kind } AS passage,
            { type: coalesce(p.speakerType, 'unknown'), key: sp.key, name: coalesce(sp.name, p.speakerName) } AS speaker,
            i { .key, .ordinal, .number, .title } AS item, m { .id, .date, .title } AS meeting`,
    { keys: [...new Set(keys)] },
  );
  return new Map(rows.map((row) => [row.passage.key, row]));
}
