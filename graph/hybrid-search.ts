import { z } from 'zod';
import { AWAIT_FULLTEXT } from './fulltext.js';
import type { Embedder } from '../ingest/embed/embedder.js';
import { escapeLuceneTerm, lightStem, toLuceneQuery } from './lucene.js';
import { expandQuery } from './query-expansion.js';
import { IsoDateSchema, orNull } from './repository-rows.js';
import { AGENDA_ITEM_TITLE_INDEX, PASSAGE_TEXT_INDEX, PASSAGE_VECTOR_INDEX, readStoredEmbedder } from './schema.js';
import { vectorCandidates } from './vector-candidates.js';
import { EmbedderMismatchError } from './write/errors.js';
import type { GraphExecutorLike, GraphReader } from './write/ports.js';

/**
 * Passage search in three modes. `fulltext`: the user's words through the Swedish full-text index.
 * `vector`: nearest passages to the query's embedding. `hybrid`: reciprocal rank fusion (RRF,
 * score = Σ 1 / (k + rank), k = 60) of (1) full-text with the query expanded (taxonomy aliases and
 * keywords, abbreviations) plus fuzzy terms for long words, so typos still match; (2) the vector
 * ranking; and (3) agenda item titles, which lift every passage of an item whose title matches.
 * RRF needs no score calibration between Lucene's BM25 and cosine similarity, only ranks.
 */

export const HybridSearchParamsSchema = z.object({
  q: z.string().min(1).max(500),
  mode: z.enum(['hybrid', 'fulltext', 'vector']).default('hybrid'),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  topics: z.array(z.string().min(1)).optional(),
  people: z.array(z.string().min(1)).optional(),
  organisations: z.array(z.string().min(1)).optional(),
  /** Candidates taken from each ranking before fusion. */
  depth: z.number().int().min(10).max(1000).default(200),
});
export type HybridSearchParams = z.input<typeof HybridSearchParamsSchema>;

export interface FusedHit {
  passage: { key: string; ordinal: number; text: string; kind: string };
  speaker: { type: string; key: string | null; name: string | null };
  item: { key: string; ordinal: number; number: string; title: string };
  meeting: { id: string; date: string; title: string | null };
  score: number;
}

export interface HybridSearchResult {
  expandedTerms: string[];
  /** Words to highlight: the user's words, the expansions' words. */
  highlightTerms: string[];
  hits: FusedHit[];
}

export const RRF_K = 60;
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

const FILTERS = `
  ($from IS NULL OR m.date >= date($from)) AND ($to IS NULL OR m.date <= date($to))
  AND ($topics IS NULL OR EXISTS { MATCH (p)-[:ABOUT]->(t:Topic) WHERE t.slug IN $topics })
  AND ($people IS NULL
       OR EXISTS { MATCH (p)-[:SPOKEN_BY|MENTIONS]->(x:Person) WHERE x.key IN $people }
       OR EXISTS { MATCH (x:Person)-[:PRESENTED]->(i) WHERE x.key IN $people })
  AND ($organisations IS NULL
       OR EXISTS { MATCH (p)-[:SPOKEN_BY|MENTIONS]->(o:Organisation) WHERE o.key IN $organisations }
       OR EXISTS { MATCH (p)-[:SPOKEN_BY|MENTIONS]->(:Person)-[:REPRESENTS]->(o:Organisation) WHERE o.key IN $organisations })`;

const HIT = `
MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p)
WHERE ${FILTERS}
OPTIONAL MATCH (p)-[:SPOKEN_BY]->(sp)
RETURN score, p { .key, .ordinal, .text, .kind } AS passage,
       { type: coalesce(p.speakerType, 'unknown'), key: sp.key, name: coalesce(sp.name, p.speakerName) } AS speaker,
       i { .key, .ordinal, .number, .title } AS item, m { .id, .date, .title } AS meeting
ORDER BY score DESC, p.key`;


export async function hybridSearch(executor: GraphExecutorLike, embedder: Embedder | null, input: HybridSearchParams): Promise<HybridSearchResult> {
  const p = HybridSearchParamsSchema.parse(input);
  const expanded = p.mode === 'hybrid' ? expandQuery(p.q) : { words: [], expansions: [], topics: [] };
  const filters = {
    from: orNull(p.from),
    to: orNull(p.to),
    topics: p.topics?.length ? p.topics : null,
    people: p.people?.length ? p.people : null,
    organisations: p.organisations?.length ? p.organisations : null,
  };
  const lucene = p.mode === 'hybrid' ? expandedLuceneQuery(p.q, expanded.expansions) : p.mode === 'fulltext' ? toLuceneQuery(p.q) : null;
  const [text, vector, titles] = await Promise.all([
    lucene === null ? [] : fulltextRanking(executor, lucene, p.depth, filters),
    p.mode === 'fulltext' || embedder === null ? [] : vectorRanking(executor, embedder, p.q, p.mode === 'hybrid' ? VECTOR_DEPTH_IN_HYBRID : Math.min(p.depth, VECTOR_DEPTH_MAX), filters),
    p.mode === 'hybrid' && lucene !== null ? titleRanking(executor, lucene, p.depth) : [],
  ]);
  const highlightTerms = [...new Set([...p.q.split(/[^\p{L}\p{N}]+/u), ...expanded.expansions.flatMap((e) => e.split(/\s+/))].filter((w) => w.length >= 2))];
  if (p.mode !== 'hybrid') {
    const only = p.mode === 'fulltext' ? text : vector;
    return { expandedTerms: [], highlightTerms, hits: only };
  }
  return { expandedTerms: expanded.expansions, highlightTerms, hits: fuse([text, vector], titles) };
}

/** The user's words (as lucene.ts builds them), the expansions at lower weight, and fuzzy forms of long words. */
export function expandedLuceneQuery(q: string, expansions: readonly string[]): string | null {
  const base = toLuceneQuery(q);
  if (base === null) return null;
  const extra = expansions.map((term) =>
    term.includes(' ') ? `"${term.replace(/["\\]/g, (c) => `\\${c}`)}"^${EXPANSION_BOOST}` : `${escapeLuceneTerm(term)}^${EXPANSION_BOOST}`,
  );
  const fuzzy = [...new Set(q.split(/[^\p{L}]+/u).filter((w) => w.length >= FUZZY_MIN_LENGTH))]
    .slice(0, 20)
    .map((w) => `${escapeLuceneTerm(lightStem(w))}~${w.length >= 8 ? 2 : 1}^${FUZZY_BOOST}`);
  return [`(${base})`, ...extra, ...fuzzy].join(' ');
}

async function fulltextRanking(executor: GraphReader, query: string, depth: number, filters: object): Promise<FusedHit[]> {
  return executor.read<FusedHit>(
    `${AWAIT_FULLTEXT}
     CALL db.index.fulltext.queryNodes($index, $query, { limit: toInteger($depth) }) YIELD node AS p, score ${HIT}`,
    { index: PASSAGE_TEXT_INDEX, query, depth, ...filters },
  );
}

async function vectorRanking(executor: GraphExecutorLike, embedder: Embedder, q: string, depth: number, filters: object): Promise<FusedHit[]> {
  if (!/[\p{L}\p{N}]/u.test(q)) return []; // nothing to embed: the vector would be all zeros
  const [vector] = await embedder.embed([q], 'query');
  if (!vector || !vector.some((v) => v !== 0) || !vector.every(Number.isFinite)) return [];
  // The stored embedder is checked beside the query rather than before it (one round trip less);
  // hits from vectors of another embedder are never returned.
  const [stored, hits] = await Promise.all([
    readStoredEmbedder(executor),
    executor
      .read<FusedHit>(
        `CALL db.index.vector.queryNodes($index, toInteger($candidates), $vector) YIELD node AS p, score
         WITH p, score ORDER BY score DESC LIMIT toInteger($depth)
         ${HIT}`,
        { index: PASSAGE_VECTOR_INDEX, vector: Array.from(vector), candidates: vectorCandidates(depth), depth, ...filters },
      )
      .then(
        (rows) => ({ rows, error: null }),
        (error: unknown) => ({ rows: [] as FusedHit[], error }),
      ),
  ]);
  if (stored === null) return [];
  if (stored.dimensions !== embedder.dimensions || (stored.id !== null && stored.id !== embedder.id)) {
    throw new EmbedderMismatchError(stored, { id: embedder.id, dimensions: embedder.dimensions });
  }
  if (hits.error !== null) throw hits.error;
  return hits.rows;
}

async function titleRanking(executor: GraphReader, query: string, depth: number): Promise<string[]> {
  const rows = await executor.read<{ key: string }>(
    `${AWAIT_FULLTEXT}
     CALL db.index.fulltext.queryNodes($index, $query, { limit: toInteger($depth) }) YIELD node, score
     RETURN node.key AS key ORDER BY score DESC, key`,
    { index: AGENDA_ITEM_TITLE_INDEX, query, depth },
  );
  return rows.map((r) => r.key);
}

/** RRF over passage rankings, plus 1 / (k + rank) for every passage of an item ranked by its title. */
export function fuse(rankings: readonly FusedHit[][], itemRanking: readonly string[] = [], k = RRF_K): FusedHit[] {
  const fused = new Map<string, FusedHit>();
  for (const ranking of rankings) {
    ranking.forEach((hit, rank) => {
      const seen = fused.get(hit.passage.key);
      const contribution = 1 / (k + rank + 1);
      fused.set(hit.passage.key, seen ? { ...seen, score: seen.score + contribution } : { ...hit, score: contribution });
    });
  }
  const itemRank = new Map(itemRanking.map((key, rank) => [key, rank]));
  for (const [key, hit] of fused) {
    const rank = itemRank.get(hit.item.key);
    if (rank !== undefined) fused.set(key, { ...hit, score: hit.score + 1 / (k + rank + 1) });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score || a.passage.key.localeCompare(b.passage.key));
}
