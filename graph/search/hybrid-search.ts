import { AWAIT_FULLTEXT } from '../db/fulltext.js';
import { SearchMode, type SearchFilters } from '../../shapes/api/index.js';
import { queryWordTerms } from '../../language/search-terms.js';
import { defaultCompoundSplitter } from '../../language/compound-splitter.js';
import { normaliseWord } from '../../language/normalise.js';
import { isStopWord } from '../../language/stopwords.js';
import { fuse, withMatchReasons, type RankedHit, type SearchRankings } from './fusion.js';
import type { Embedder } from '../../shapes/embedder.js';
import { escapeLuceneTerm, lightStem, phrase, toLuceneQuery } from './lucene.js';
import { fetchFor, filterParams, isFiltering, TO_ITEMS, TO_ITEMS_FILTERED, type FilterParams } from './passage-filters.js';
import { expandQuery } from './query-expansion.js';
import { AGENDA_ITEM_TITLE_INDEX, EMBEDDER_INFO_KEY, PASSAGE_TEXT_INDEX, PASSAGE_VECTOR_INDEX } from '../db/schema.js';
import { vectorCandidates } from './vector-candidates.js';
import { byPassageKey, HIT_DETAILS, hydrateHits, type HitDetails, type HitRow } from './hit-details.js';
import { EmbedderMismatchError } from '../write/errors.js';
import type { GraphReader } from '../db/ports.js';

/**
 * Passage search, the one path every caller takes (the API through server/services/search.service.ts,
 * the benchmark, the tests), in three modes, each one statement and one round trip to Neo4j.
 * `fulltext`: the user's words through the Swedish full-text index, over the text and its search
 * terms field (each word's dictionary form and compound parts, written with the passage:
 * language/search-terms.ts), so compounds match by their parts with no wildcard; fuzzy terms join
 * only when the exact query finds too few passages (typos). `vector`: nearest passages to the
 * query's embedding. `hybrid`: both, with the query expanded (taxonomy aliases and keywords,
 * abbreviations) at a lower weight; agenda item titles, which lift every passage of an item
 * whose title matches; for a query that only names a topic, the passages tagged with it; for any
 * other, the council's concerns about the topics of the concerns its best keyword hits voice;
 * fused by `fuse` (fusion.ts says why that fusion). Every ranking applies the
 * same filters (passage-filters.ts). Rankings carry keys only; hydrateHits fetches what a page
 * shows. Input is validated where it enters (the API's SearchQuery).
 */

export interface HybridSearchParams extends SearchFilters {
  q: string;
  /** Default `hybrid`. */
  mode?: SearchMode;
  /** Passages taken from each ranking (after its filters) before fusion; default DEFAULT_DEPTH. */
  depth?: number;
  /**
   * The page the caller will show, read in the ranking's own statement where the mode has one
   * ranking and nothing to fuse (full-text, vector): no second round trip to hydrate it.
   */
  page?: PageWanted;
}

/** A page of a ranking grouped by agenda item: items `skip` to `skip + items`, at most `perItem` passages each. */
export interface PageWanted {
  skip: number;
  items: number;
  perItem: number;
}

export type { RankedHit } from './fusion.js';

export interface HybridSearchResult {
  /**
   * What a result list shows of the passages of the page asked for (`page`), when the ranking's
   * statement read them: by passage key, as hydrateHits gives it. Usually the whole page; a key
   * missing here is left to hydrateHits. Ties between items break by key on both sides, in the same
   * code-unit order (graph/db/string-order.ts).
   */
  pageDetails?: Map<string, HitDetails>;
  expandedTerms: string[];
  /** Words to highlight: the user's words, their dictionary forms, the expansions' words. */
  highlightTerms: string[];
  /** Best first. Only keys: a broad query ranks a few hundred passages, and a page shows a few. */
  hits: RankedHit[];
}

const DEFAULT_DEPTH = 200;
/** Fuzzy terms only for words this long: short words have too many neighbours at edit distance 1. */
const FUZZY_MIN_LENGTH = 6;
/**
 * One edit, whatever the word's length: Lucene's fuzzy terms count a swap of neighbouring letters
 * as one edit, so a letter swapped, missing, doubled or wrong is found, as most typos are. Two edits
 * for words of eight letters or more made a mistyped question's fuzzy statement about 2.4 times
 * dearer at 10,000 meetings (p50 22 against 9 ms) for about the same passages found (183 against
 * 181 of 200 on average; docs/benchmarks.md, issue 15, ninth round).
 */
const FUZZY_EDITS = 1;
const EXPANSION_BOOST = 0.4;
const FUZZY_BOOST = 0.3;
/**
 * The exact query finding fewer passages than this is taken for a typo or a rare form, and the
 * query is asked again with fuzzy terms, in the same statement. Fuzzy terms are the dearest part of
 * a query (Lucene walks the term dictionary for each), so a query that finds enough never pays.
 */
const TOO_FEW_HITS = 5;
/**
 * Vector neighbours fused in hybrid mode. Past the head of the ranking a vector's similarities
 * sit close together, and deep vector lists would give every item some score.
 */
const VECTOR_DEPTH_IN_HYBRID = 20;
/**
 * Vector-only mode ranks at most this many: past the first hundred neighbours a lexical embedder's
 * similarities are noise, and each hit costs a walk to its item and meeting.
 */
const VECTOR_DEPTH_MAX = 100;
/**
 * The best keyword hits whose concerns lead to the council's related concerns. Three: the first
 * hit alone is often an item's introduction rather than what the council said.
 */
const CONCERN_SEEDS = 3;
/**
 * Related concerns ranked: they fill the places after the keyword hits, and a topic has a few
 * thousand concerns at 10,000 meetings, each a passage to read and walk to its item.
 */
const CONCERN_DEPTH = 50;

export async function hybridSearch(
  executor: GraphReader,
  embedder: Embedder | null,
  input: HybridSearchParams,
): Promise<HybridSearchResult> {
  const { pageDetails, ...rankings } = await searchRankings(executor, embedder, input);
  return {
    expandedTerms: rankings.expandedTerms,
    highlightTerms: rankings.highlightTerms,
    hits: withMatchReasons(rankings, fuse(rankings)),
    ...(pageDetails ? { pageDetails } : {}),
  };
}

/** A search's rankings before fusion: what the benchmark compares fusions on. */
export async function searchRankings(
  executor: GraphReader,
  embedder: Embedder | null,
  input: HybridSearchParams,
): Promise<SearchRankings & { pageDetails?: Map<string, HitDetails> }> {
  const mode = input.mode ?? 'hybrid';
  const depth = input.depth ?? DEFAULT_DEPTH;
  const expanded = mode === 'hybrid' ? expandQuery(input.q) : null;
  const expansions = expanded?.expansions ?? [];
  // Full-text mode searches the words as typed; typo tolerance is hybrid's.
  const lucene = mode === 'vector' ? null : luceneSearch(input.q, expansions, mode === 'hybrid');
  const vectorOf = mode === 'fulltext' || embedder === null ? null : { embedder, values: await queryVector(embedder, input.q) };
  const vector = vectorOf?.values ? { embedder: vectorOf.embedder, values: vectorOf.values } : null;
  const highlightTerms = [
    ...new Set(
      [...typedWords(input.q), ...queryWordTerms(input.q).map((terms) => terms.lemma), ...expansions.flatMap((e) => e.split(/\s+/))]
        // No stop word is marked ("på", "med"): the Swedish analyzer drops most of them, and the rest ("kommer", "ska") are noise to a reader.
        .filter((w) => w.length >= 2 && !isStopWord(normaliseWord(w))),
    ),
  ];
  const empty: SearchRankings = {
    mode,
    expandedTerms: expansions,
    highlightTerms,
    text: [],
    vector: [],
    titles: [],
    topic: [],
    concerns: [],
  };
  if (lucene === null && vector === null) return empty;
  const vectorDepth = mode === 'hybrid' ? VECTOR_DEPTH_IN_HYBRID : Math.min(depth, VECTOR_DEPTH_MAX);
  const found = await rankingsStatement(executor, {
    lucene,
    vector,
    titles: mode === 'hybrid',
    topicNames: expanded?.topicNames ?? [],
    // A query that names a topic asks for the topic, not for what its words raised.
    concerns: mode === 'hybrid' && (expanded?.topicNames.length ?? 0) === 0,
    depth,
    vectorDepth,
    filters: filterParams(input),
    // Only a single ranking is the answer as it stands; hybrid's page is known after fusion.
    page: input.page && mode !== 'hybrid' ? { ranking: mode === 'vector' ? 'vector' : 'text', ...input.page } : null,
  });
  return { ...empty, ...found };
}

/** The words of a query as the user typed them (a typo included): what highlighting looks past a typo in. */
export const typedWords = (q: string): string[] => q.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

/**
 * Questions a starting server asks itself: Neo4j plans a statement once per set of rankings it holds
 * (rankingsCypher), 80–140 ms each on a small machine, and by default also once per size class of
 * its string and list parameters (the embedded server turns that off: Launcher.java), so the first
 * user to ask a short question, a topic's name or a long one would wait for it. A single word, a
 * topic's name, a phrase and a sentence, in each mode, cover what most ask.
 */
const PLANNED_QUESTIONS = ['budget', 'vårdplatser', 'väntetider på akuten', 'hur tillgängligheten till vårdcentralerna ska förbättras'];

/**
 * Readies search for a starting server. At once, before it returns: what reading a query needs (the
 * Swedish dictionary, the taxonomy), which the first search would otherwise pay for, about half a
 * second. Then, in the background of the returned promise: the search statements planned by asking
 * PLANNED_QUESTIONS in every mode. A failure there only means the first real search plans for itself.
 */
export function prepareSearch(executor: GraphReader, embedder: Embedder | null): Promise<void> {
  luceneSearch('vårdplatser', expandQuery('vårdplatser').expansions);
  return planSearchStatements(executor, embedder);
}

async function planSearchStatements(executor: GraphReader, embedder: Embedder | null): Promise<void> {
  // The page's numbers are parameters: any page plans the statement that reads one.
  const page: PageWanted = { skip: 0, items: 10, perItem: 5 };
  for (const q of PLANNED_QUESTIONS)
    for (const mode of SearchMode.options) {
      try {
        const { hits, pageDetails } = await hybridSearch(executor, embedder, { q, mode, page });
        if (!pageDetails)
          await hydrateHits(
            executor,
            hits.slice(0, 10).map((hit) => hit.passageKey),
          );
      } catch {
        return;
      }
    }
}

/** The query's embedding, or null when there is nothing to embed (the vector would be all zeros). */
async function queryVector(embedder: Embedder, q: string): Promise<number[] | null> {
  if (!/[\p{L}\p{N}]/u.test(q)) return null;
  const [vector] = await embedder.embed([q], 'query');
  if (!vector || !vector.some((v) => v !== 0) || !vector.every(Number.isFinite)) return null;
  return Array.from(vector);
}

/** The full-text query, and the same with fuzzy terms for the words the index may not know. */
export interface LuceneSearch {
  query: string;
  /** `query` with fuzzy forms of its long words; null when no word is long enough. */
  fuzzyQuery: string | null;
}

/**
 * The user's words (as lucene.ts builds them), the expansions at lower weight, and fuzzy forms of
 * long words. With fuzzy terms on (hybrid), a word the Swedish dictionary and the compound splitter
 * do not know has its fuzzy form in the query itself: a typo among well-spelt words ("väntetiderna
 * på akutmotatgningen") would otherwise never reach the fuzzy fallback, because the other words find
 * enough. The fallback adds the fuzzy forms of the known words too.
 */
export function luceneSearch(q: string, expansions: readonly string[] = [], withFuzzy = true): LuceneSearch | null {
  const base = toLuceneQuery(q);
  if (base === null) return null;
  const extra = expansions.map((term) =>
    term.includes(' ') ? `${phrase(term)}^${EXPANSION_BOOST}` : `${escapeLuceneTerm(term)}^${EXPANSION_BOOST}`,
  );
  const longWords = withFuzzy ? [...new Set(q.split(/[^\p{L}]+/u).filter((w) => w.length >= FUZZY_MIN_LENGTH))].slice(0, 20) : [];
  const fuzzyOf = (word: string) => `${escapeLuceneTerm(lightStem(word))}~${FUZZY_EDITS}^${FUZZY_BOOST}`;
  const splitter = defaultCompoundSplitter();
  const unknown = longWords.filter((word) => !splitter.knows(word));
  const query = [...(extra.length === 0 ? [base] : [`(${base})`, ...extra]), ...unknown.map(fuzzyOf)].join(' ');
  const known = longWords.filter((word) => !unknown.includes(word));
  return { query, fuzzyQuery: known.length === 0 ? null : [query, ...known.map(fuzzyOf)].join(' ') };
}

/**
 * A ranking as a statement returns it: three parallel lists rather than a list of maps, which costs
 * both Neo4j and the driver a third less to write and read for a few hundred hits.
 */
type RankingColumns = { passageKeys: string[]; itemKeys: string[]; scores: number[] };
const rankingColumns = (prefix: RankingName) =>
  `collect(p.key) AS ${prefix}PassageKeys, collect(i.key) AS ${prefix}ItemKeys, collect(score) AS ${prefix}Scores`;
const rankedHits = ({ passageKeys, itemKeys, scores }: RankingColumns): RankedHit[] =>
  passageKeys.map((passageKey, n) => ({ passageKey, itemKey: itemKeys[n]!, score: scores[n]! }));

interface StatementInput {
  lucene: LuceneSearch | null;
  vector: { values: number[]; embedder: Embedder } | null;
  titles: boolean;
  /** Topics the query only names: their tagged passages are a ranking of their own. */
  topicNames: string[];
  /** Rank the council's concerns related to the best keyword hits. */
  concerns: boolean;
  depth: number;
  vectorDepth: number;
  filters: FilterParams;
  /** The page of this ranking to read in the same statement. */
  page: (PageWanted & { ranking: 'text' | 'vector' }) | null;
}

type RankingName = 'text' | 'fuzzy' | 'vector' | 'topic' | 'concern';

type StatementRow = Partial<
  {
    [K in `${RankingName}${'PassageKeys' | 'ItemKeys' | 'Scores'}`]: K extends `${string}Scores` ? number[] : string[];
  } & { titles: string[]; embedderId: string | null; embedderDimensions: number | null; page: HitRow[] }
>;

const columnsOf = (prefix: RankingName) => [`${prefix}PassageKeys`, `${prefix}ItemKeys`, `${prefix}Scores`];

/** A full-text ranking of passages; `guard` runs it only when the statement's earlier rankings want it. */
const textRanking = (prefix: RankingName, query: string, to: string, guard: string) => `CALL (${guard ? 'textPassageKeys' : ''}) {
       WITH ${query} AS query${guard}
       CALL db.index.fulltext.queryNodes($passageIndex, query, { limit: toInteger($fetch) }) YIELD node AS p, score
       ${to}
       WITH p, i, score ORDER BY score DESC, p.key LIMIT toInteger($depth)
       RETURN ${rankingColumns(prefix)}
     }`;

const TITLE_RANKING = `CALL () {
       CALL db.index.fulltext.queryNodes($titleIndex, $query, { limit: toInteger($depth) }) YIELD node, score
       WITH node, score ORDER BY score DESC, node.key
       RETURN collect(node.key) AS titles
     }`;

const vectorRanking = (to: string) => `CALL (e) {
       WITH e WHERE e IS NOT NULL AND e.dimensions = size($vector) AND (e.id IS NULL OR e.id = $embedderId)
       CALL db.index.vector.queryNodes($vectorIndex, toInteger($candidates), $vector) YIELD node AS p, score
       WITH p, score ORDER BY score DESC LIMIT toInteger($vectorFetch)
       ${to}
       WITH p, i, score ORDER BY score DESC, p.key LIMIT toInteger($vectorDepth)
       RETURN ${rankingColumns('vector')}
     }`;

/**
 * The passages tagged with the topics a query names, by tag score. A topic has thousands of passages
 * at 10,000 meetings: each named topic's best are read from the index on its links' (topic, score)
 * in score order (graph/db/schema.ts PASSAGE_TOPIC_INDEX), a seek that stops at `$fetch` rather
 * than a walk over every link and a sort; ordering by both of the index's properties is what lets
 * the planner take the index's order, and the hint keeps it from planning a walk on a small graph
 * whose statistics make one look cheap (without the index Neo4j drops the hint with a notice and
 * walks). A passage tagged with two of the topics keeps its better score.
 */
const topicRanking = (to: string) => `CALL () {
       UNWIND $topicNames AS topic
       CALL (topic) {
         MATCH (p:Passage)-[a:ABOUT]->(:Topic) USING INDEX a:ABOUT(topic, score) WHERE a.topic = topic AND a.score IS NOT NULL
         WITH p, a ORDER BY a.topic DESC, a.score DESC LIMIT toInteger($fetch)
         RETURN p, a.score AS score
       }
       WITH p, max(score) AS score ORDER BY score DESC, elementId(p) LIMIT toInteger($fetch)
       ${to}
       WITH p, i, score ORDER BY score DESC, p.key LIMIT toInteger($depth)
       RETURN ${rankingColumns('topic')}
     }`;

/**
 * The concerns voiced by the best keyword hits, their topics, and the other concerns the council
 * raised about those topics, most shared topics first, then the latest (a concern's key starts with
 * its meeting's date). A passage's concern is found through its item, so no index on
 * Concern.passageKey is needed. The other concerns are read from the index on concern links'
 * (topic, concern) (graph/db/schema.ts CONCERN_TOPIC_INDEX), keys and all: walking a topic's links
 * went through its thousands of passage links too, the dearest part of a descriptive query.
 */
const concernRanking = (to: string) => `CALL (textPassageKeys) {
       UNWIND textPassageKeys[0..toInteger($concernSeeds)] AS seed
       MATCH (:Passage {key: seed})<-[:HAS_PASSAGE]-(:AgendaItem)<-[:RAISED_IN]-(c:Concern) WHERE c.passageKey = seed
       MATCH (c)-[:ABOUT]->(t:Topic)
       WITH DISTINCT t.slug AS topic
       MATCH ()-[a:ABOUT]->() USING INDEX a:ABOUT(topic, concern) WHERE a.topic = topic AND a.concern IS NOT NULL
       WITH a.concern AS key, count(*) AS shared ORDER BY shared DESC, key DESC LIMIT toInteger($concernFetch)
       MATCH (other:Concern {key: key})
       MATCH (p:Passage {key: other.passageKey})
       ${to}
       WITH p, i, toFloat(shared) AS score ORDER BY score DESC, p.key LIMIT toInteger($concernDepth)
       RETURN ${rankingColumns('concern')}
     }`;

/**
 * A page of a ranking, grouped by agenda item as the service groups it (groupByItem: best item
 * first, ties by key), and its passages' details. The ranking's lists are in rank order, so each item's passages
 * are collected best first.
 */
const pageOfRanking = (prefix: 'text' | 'vector') => `CALL (${prefix}PassageKeys, ${prefix}ItemKeys, ${prefix}Scores) {
       UNWIND range(0, size(${prefix}PassageKeys) - 1) AS n
       WITH ${prefix}ItemKeys[n] AS itemKey, ${prefix}PassageKeys[n] AS key, ${prefix}Scores[n] AS score ORDER BY n
       WITH itemKey, max(score) AS best, collect(key) AS keys ORDER BY best DESC, itemKey
       SKIP toInteger($pageSkip) LIMIT toInteger($pageItems)
       UNWIND keys[0..toInteger($perItem)] AS key
       ${HIT_DETAILS}
       RETURN collect(hit) AS page
     }`;

/**
 * The statement for the rankings a search uses, and only those. Each ranking a mode leaves out is
 * left out of the text: an unused subquery still costs its operators about a millisecond in the
 * slotted runtime, however little it does. There are a few dozen such texts at most (six rankings
 * on or off, filtered or not), so each is planned once and then served from Neo4j's plan cache.
 */
export function rankingsCypher(uses: {
  text: boolean;
  fuzzy: boolean;
  titles: boolean;
  vector: boolean;
  topic: boolean;
  concerns: boolean;
  filtering: boolean;
  /** The ranking whose page the statement reads too, if any. */
  page: 'text' | 'vector' | null;
}): string {
  const to = uses.filtering ? TO_ITEMS_FILTERED : TO_ITEMS;
  const fuzzy = uses.text && uses.fuzzy;
  // A page only of a ranking the statement holds.
  const page = uses.page !== null && uses[uses.page] ? uses.page : null;
  const concerns = uses.text && uses.concerns;
  const lines = [
    // Read-your-writes for the full-text indexes, only when the statement asks one.
    uses.text || uses.titles ? AWAIT_FULLTEXT : '',
    // The stored embedder: the vector index is asked only when it matches the query's.
    uses.vector ? 'OPTIONAL MATCH (e:EmbedderInfo {key: $embedderKey})' : '',
    uses.text ? textRanking('text', '$query', to, '') : '',
    fuzzy ? textRanking('fuzzy', '$fuzzyQuery', to, ' WHERE size(textPassageKeys) < $tooFew') : '',
    uses.titles ? TITLE_RANKING : '',
    uses.vector ? vectorRanking(to) : '',
    uses.topic ? topicRanking(to) : '',
    concerns ? concernRanking(to) : '',
    page ? pageOfRanking(page) : '',
  ];
  const columns = [
    ...(uses.vector ? ['e.id AS embedderId', 'e.dimensions AS embedderDimensions', ...columnsOf('vector')] : []),
    ...(uses.text ? columnsOf('text') : []),
    ...(fuzzy ? columnsOf('fuzzy') : []),
    ...(uses.titles ? ['titles'] : []),
    ...(uses.topic ? columnsOf('topic') : []),
    ...(concerns ? columnsOf('concern') : []),
    ...(page ? ['page'] : []),
  ];
  return [...lines.filter((line) => line !== ''), `RETURN ${columns.join(', ')}`].join('\n     ');
}

/**
 * Every ranking a search needs, in one statement (rankingsCypher): the passages' full-text ranking
 * (and, when it finds too few, the same with fuzzy terms), the agenda item titles' ranking, the
 * vector neighbours, the passages of the topics the query names, and the council's concerns related
 * to the best keyword hits, each behind the same filters. The stored embedder is read in the same
 * statement; a mismatch with the query's is an error that says which embedders differ.
 */
async function rankingsStatement(
  executor: GraphReader,
  input: StatementInput,
): Promise<Pick<SearchRankings, 'text' | 'vector' | 'titles' | 'topic' | 'concerns'> & { pageDetails?: Map<string, HitDetails> }> {
  const filtering = isFiltering(input.filters);
  const fetch = fetchFor(input.depth, input.filters);
  const vectorFetch = fetchFor(input.vectorDepth, input.filters);
  const cypher = rankingsCypher({
    text: input.lucene !== null,
    fuzzy: input.lucene?.fuzzyQuery != null,
    titles: input.lucene !== null && input.titles,
    vector: input.vector !== null,
    topic: input.topicNames.length > 0,
    concerns: input.concerns,
    filtering,
    page: input.page?.ranking ?? null,
  });
  const [row] = await executor.read<StatementRow>(cypher, {
    query: input.lucene?.query ?? null,
    fuzzyQuery: input.lucene?.fuzzyQuery ?? null,
    tooFew: TOO_FEW_HITS,
    concernSeeds: CONCERN_SEEDS,
    concernFetch: fetchFor(CONCERN_DEPTH, input.filters),
    concernDepth: CONCERN_DEPTH,
    topicNames: input.topicNames,
    passageIndex: PASSAGE_TEXT_INDEX,
    titleIndex: AGENDA_ITEM_TITLE_INDEX,
    vectorIndex: PASSAGE_VECTOR_INDEX,
    embedderKey: EMBEDDER_INFO_KEY,
    embedderId: input.vector?.embedder.id ?? null,
    vector: input.vector?.values ?? null,
    candidates: vectorCandidates(vectorFetch),
    fetch,
    vectorFetch,
    depth: input.depth,
    vectorDepth: input.vectorDepth,
    pageSkip: input.page?.skip ?? 0,
    pageItems: input.page?.items ?? 0,
    perItem: input.page?.perItem ?? 0,
    ...input.filters,
  });
  if (!row) return { text: [], vector: [], titles: [], topic: [], concerns: [] };
  if (input.vector !== null && row.embedderDimensions != null) {
    const stored = { id: row.embedderId ?? null, dimensions: Number(row.embedderDimensions) };
    const { embedder } = input.vector;
    if (stored.dimensions !== embedder.dimensions || (stored.id !== null && stored.id !== embedder.id)) {
      throw new EmbedderMismatchError(stored, { id: embedder.id, dimensions: embedder.dimensions });
    }
  }
  const ranking = (prefix: RankingName) =>
    rankedHits({
      passageKeys: row[`${prefix}PassageKeys`] ?? [],
      itemKeys: row[`${prefix}ItemKeys`] ?? [],
      scores: row[`${prefix}Scores`] ?? [],
    });
  const text = ranking('text');
  const fuzzy = ranking('fuzzy');
  return {
    text: fuzzy.length > text.length ? fuzzy : text,
    vector: ranking('vector'),
    titles: row.titles ?? [],
    topic: ranking('topic'),
    concerns: ranking('concern'),
    ...(row.page ? { pageDetails: byPassageKey(row.page) } : {}),
  };
}
