import path from 'node:path';
import { connectGraph } from '../../graph/db/connect.js';
import type { JvmSettings } from '../../graph/embedded/jvm-options.js';
import { hybridSearch, searchRankings } from '../../graph/search/hybrid-search.js';
import { FUSIONS, fuseWith, type FusionName } from '../../graph/search/fusion.js';
import type { Embedder } from '../../ingest/embed/embedder.js';
import { LexicalEmbedder } from '../../ingest/embed/lexical-embedder.js';
import { loadTaxonomy } from '../../language/topics/taxonomy.js';
import { GraphQuery, SearchQuery, TrendsQuery } from '../../shapes/api/index.js';
import { explore } from '../../server/services/graph.service.js';
import { meetingDetail } from '../../server/services/meetings.service.js';
import { search, searchAfresh } from '../../server/services/search.service.js';
import { trends, trendsAfresh } from '../../server/services/topics.service.js';
import { makeTempDir } from '../../tests/fixtures/temp-dir.js';
import type { RecoveryScores } from '../corpus/recovery.js';
import { Bm25Baseline } from './baselines/bm25.js';
import { recallWithTies } from './baselines/cosine-scan.js';
import { prepareCorpus } from './corpus.js';
import { measureLatency, pick, WARM_UP_CALLS, type Latency } from './latency.js';
import { mistype, WARM_UP_SEARCHES, warmUpQuestions, warmUpSearch } from './warm-up.js';
import { mib, processMemory, RssSampler } from './memory.js';
import { loadStoredPassages } from './passages.js';
import { evaluate, type Quality } from './quality/evaluate.js';
import { mean } from './quality/metrics.js';
import { buildJudgedQueries } from './quality/relevance.js';
import { ingestCorpus, type StageSeconds } from './stages.js';

export interface SizeOptions {
  meetings: number;
  seed: number;
  /** Where corpora are kept for reuse (`.bench`). */
  corpusBaseDir: string;
  /** Timed calls per read model. */
  calls: number;
  /** Query vectors for the vector index's recall. */
  vectorQueries: number;
  /** Cap on judged queries (every n-th, so each kind keeps some); null: all. */
  maxQueries: number | null;
  memory: { heap: string; pageCache: string };
  log: (message: string) => void;
}

export interface StageFigure {
  seconds: number;
  items: number;
  unit: 'documents' | 'passages' | 'meetings';
  perSecond: number;
}

export interface SizeResult {
  meetings: number;
  passages: number;
  corpus: { dir: string; reused: boolean; seconds: number; txt: number; pdf: number };
  /** The embedded Neo4j's JVM: heap, page cache and flags, so the figures say what they ran on. */
  neo4j: JvmSettings | null;
  ingest: {
    stages: Record<string, StageFigure>;
    wallSeconds: number;
    /** Schema and taxonomy, once before the first file (not in the wall clock). */
    setupSeconds: number;
    meetingsPerSecond: number;
    failures: Record<string, number>;
    /** Meetings written, and Meeting nodes in the graph after the run (fewer: one replaced another). */
    meetings: { written: number; inGraph: number };
    peakRssMiB: number;
    neo4jPeakRssMiB: number | null;
  };
  recovery: RecoveryScores;
  /** How the read models were called. */
  latencyVia: string;
  /** The searches run before the search rows were timed (warm-up.ts). */
  searchWarmUp: { searches: number; seconds: number };
  latency: Record<string, Latency>;
  server: { peakRssMiB: number; neo4jRssMiB: number | null; neo4jPeakRssMiB: number | null };
  vectorIndex: { queries: number; recall10: number; minRecall10: number };
  quality: {
    queries: number;
    fulltext: Quality;
    vector: Quality;
    hybrid: Quality;
    /** Hybrid on the judged questions with a typo in each long word (those that have one). */
    hybridMistyped: Quality;
    bm25: Quality;
    fusions: Record<FusionName, Quality>;
  };
}

const figure = (seconds: number, items: number, unit: StageFigure['unit']): StageFigure => ({
  seconds: Math.round(seconds * 1000) / 1000,
  items,
  unit,
  perSecond: seconds > 0 ? Math.round((items / seconds) * 10) / 10 : NaN,
});

/** One size of the benchmark, start to end, in a fresh embedded Neo4j that is removed afterwards. */
export async function measureSize(o: SizeOptions): Promise<SizeResult> {
  o.log(`[${o.meetings}] corpus…`);
  const corpus = await prepareCorpus(o.corpusBaseDir, o.meetings, o.seed);
  o.log(`[${o.meetings}] corpus ${corpus.reused ? 'reused' : 'written'} in ${corpus.seconds.toFixed(1)} s: ${corpus.dir}`);

  const temp = await makeTempDir('radslag-bench-');
  const connect = () =>
    connectGraph(
      { mode: 'embedded', neo4jDir: path.join(temp.dir, 'neo4j'), database: 'neo4j', dataDir: temp.dir },
      { embedded: { memory: o.memory } },
    );
  let graph = await connect();
  const neo4j = graph.embedded?.jvm ?? null;
  const neo4jMemory = async () => (graph.embedded?.pid === undefined ? null : processMemory(graph.embedded.pid));
  try {
    // Typed as the interface: the API embeds queries with use 'query', which the lexical embedder ignores.
    const embedder: Embedder = new LexicalEmbedder();
    o.log(`[${o.meetings}] ingest…`);
    const ingestRss = new RssSampler();
    const ingest = await ingestCorpus(graph.executor, corpus.dir, corpus.truth, embedder);
    const ingestPeak = ingestRss.stop();
    const neo4jAfterIngest = await neo4jMemory();
    const s: StageSeconds = ingest.seconds;
    const docs = ingest.documents.txt + ingest.documents.pdf;
    o.log(`[${o.meetings}] ingested ${ingest.meetings} meetings (${ingest.passages} passages) in ${ingest.wallSeconds.toFixed(1)} s`);
    // The read models are measured on a server started after the ingest, as `npm run ingest` and
    // then `npm run serve` run them. In the JVM that ran a bulk ingest, vector queries stayed about
    // four times slower (12.5 against 2.7 ms at 200 meetings) however long it was warmed up; a write
    // that refreshed the index readers and a checkpoint did not help, a restart did
    // (docs/benchmarks.md, 2026-12-06).
    o.log(`[${o.meetings}] restarting Neo4j on the ingested store…`);
    await graph.close();
    graph = await connect();

    const taxonomy = loadTaxonomy();
    const queries = spread(buildJudgedQueries(corpus.truth, ingest.slim, taxonomy), o.maxQueries);
    const ids = ingest.slim.map((m) => m.id);
    const texts = queries.map((q) => q.text);
    // The judged questions with a typo in each long word, for what hybrid search's fuzzy terms find
    // back and what they cost (graph/search/hybrid-search.ts luceneSearch).
    const mistypedQueries = queries.map((q) => ({ ...q, text: mistype(q.text) })).filter((q, n) => q.text !== texts[n]);
    const mistyped = mistypedQueries.map((q) => q.text);

    // The API's read paths, in-process through server/services (no HTTP: the API bench covers that).
    o.log(`[${o.meetings}] read-model latency…`);
    const serverRss = new RssSampler();
    // Searches and trends are kept per query while the graph stands; the main rows measure a first
    // ask (nothing kept), and one row each the same question asked again. The search rows come after
    // a warm-up of other questions (warm-up.ts) and take no warm-up calls of their own: every timed
    // question is new to the server, and each mode asks its own share of the judged questions
    // (they repeat across modes only when there are fewer than three times `calls` of them).
    const warmUp = warmUpQuestions(taxonomy, [...texts, ...mistyped], 1000);
    o.log(`[${o.meetings}] warming the read path up: ${WARM_UP_SEARCHES} searches of ${warmUp.length} other questions…`);
    const warmUpSeconds = await warmUpSearch(graph.executor, embedder, warmUp, WARM_UP_SEARCHES);
    const searchIn = (mode: 'hybrid' | 'fulltext' | 'vector', share: number) => (i: number) =>
      searchAfresh(graph.executor, embedder, SearchQuery.parse({ q: pick(texts, share * o.calls + i), mode }));
    const trendsOf = (query: Record<string, string>, fresh: boolean) => () =>
      (fresh ? trendsAfresh : trends)(graph.executor, TrendsQuery.parse(query));
    const threeByYear = { topics: 'nara-vard,vardplatser,prehospital', granularity: 'year' };
    const latency: Record<string, Latency> = {
      'search (hybrid)': await measureLatency(searchIn('hybrid', 0), o.calls, 0),
      'search (full-text)': await measureLatency(searchIn('fulltext', 1), o.calls, 0),
      'search (vector)': await measureLatency(searchIn('vector', 2), o.calls, 0),
      ...(mistyped.length === 0
        ? {}
        : {
            'search (hybrid, mistyped)': await measureLatency(
              (i) => searchAfresh(graph.executor, embedder, SearchQuery.parse({ q: pick(mistyped, i), mode: 'hybrid' })),
              o.calls,
              0,
            ),
          }),
      // Its warm-up asks every question the timed calls ask: with 40 warm-up calls, 200 timed calls
      // over 95 questions made a quarter of them first asks (p95 39 ms at 10,000 meetings).
      'search (hybrid, asked again)': await measureLatency(
        (i) => search(graph.executor, embedder, SearchQuery.parse({ q: pick(texts, i), mode: 'hybrid' })),
        o.calls,
        Math.max(WARM_UP_CALLS, Math.min(o.calls, texts.length)),
      ),
      'trends (top 5 topics, per meeting)': await measureLatency(trendsOf({}, true), o.calls),
      'trends (3 topics, per year)': await measureLatency(trendsOf(threeByYear, true), o.calls),
      'trends (3 topics, per year, asked again)': await measureLatency(trendsOf(threeByYear, false), o.calls),
      'meeting detail': await measureLatency((i) => meetingDetail(graph.executor, pick(ids, i)), o.calls),
      'subgraph (meeting, depth 1)': await measureLatency(
        (i) => explore(graph.executor, GraphQuery.parse({ focus: `Meeting:${pick(ids, i)}` })),
        o.calls,
      ),
    };
    const serverPeak = serverRss.stop();
    const neo4jAfterServer = await neo4jMemory();

    o.log(`[${o.meetings}] baselines: reading passages back…`);
    const stored = await loadStoredPassages(graph.executor, embedder.dimensions);
    const bm25 = new Bm25Baseline(stored.texts);
    // Query vectors: the judged queries, then openings of passages spread over the corpus, as a user might type them.
    const vectorTexts = [
      ...texts,
      ...Array.from({ length: Math.max(0, o.vectorQueries - texts.length) }, (_, i) =>
        pick(stored.texts, i + 1)
          .text.split(/\s+/)
          .slice(0, 8)
          .join(' '),
      ),
    ].slice(0, o.vectorQueries);
    const queryVectors = await embedder.embed(vectorTexts, 'query');
    latency['baseline: exhaustive cosine scan (top 10)'] = await measureLatency(
      async (i) => stored.scan.topK(pick(queryVectors, i), 10),
      Math.min(o.calls, 100),
      2,
    );
    latency['baseline: BM25 (minisearch)'] = await measureLatency(async (i) => bm25.query(pick(texts, i)), o.calls);

    o.log(`[${o.meetings}] vector index recall over ${queryVectors.length} queries…`);
    const recalls: number[] = [];
    for (const [n, v] of queryVectors.entries()) {
      // The search embeds the same text again (the same vector) and asks the index for the nearest 10.
      const { hits } = await hybridSearch(graph.executor, embedder, { q: vectorTexts[n]!, mode: 'vector', depth: 10 });
      const exact = stored.scan.topK(v, 10);
      recalls.push(
        recallWithTies(
          hits.map((h) => h.passageKey),
          exact,
          (key) => stored.scan.scoreOf(key, v),
        ),
      );
    }

    o.log(`[${o.meetings}] search quality over ${queries.length} judged queries…`);
    const viaGraph = (mode: 'hybrid' | 'fulltext' | 'vector') => async (q: string) =>
      (await hybridSearch(graph.executor, embedder, { q, mode })).hits.slice(0, 10).map((h) => h.passageKey);
    const quality = {
      queries: queries.length,
      fulltext: await evaluate(queries, viaGraph('fulltext')),
      vector: await evaluate(queries, viaGraph('vector')),
      hybrid: await evaluate(queries, viaGraph('hybrid')),
      // The same judgements for the questions with typos: what the fuzzy terms find back.
      hybridMistyped: await evaluate(mistypedQueries, viaGraph('hybrid')),
      bm25: await evaluate(queries, (q) => bm25.query(q, 10)),
      // The fusions compared on the same rankings (graph/search/fusion.ts keeps the better one as `fuse`).
      fusions: Object.fromEntries(
        await Promise.all(
          FUSIONS.map(async (name) => {
            const ranker = async (q: string) =>
              fuseWith(await searchRankings(graph.executor, embedder, { q, mode: 'hybrid' }), name)
                .slice(0, 10)
                .map((h) => h.passageKey);
            return [name, await evaluate(queries, ranker)] as const;
          }),
        ),
      ) as Record<FusionName, Quality>,
    };

    return {
      meetings: o.meetings,
      passages: ingest.passages,
      corpus: { dir: corpus.dir, reused: corpus.reused, seconds: Math.round(corpus.seconds * 10) / 10, ...ingest.documents },
      neo4j,
      ingest: {
        // A stage with nothing to do (no PDF in a small corpus) has no rate and is left out.
        stages: withItems({
          'read (txt)': figure(s.readTxt, ingest.documents.txt, 'documents'),
          'read (pdf)': figure(s.readPdf, ingest.documents.pdf, 'documents'),
          parse: figure(s.parse, docs, 'documents'),
          enrich: figure(s.enrich, ingest.passages, 'passages'),
          'embed (lexical, with the pipeline cache)': figure(s.embed, ingest.passages, 'passages'),
          'write (batched transactions)': figure(s.write, ingest.meetings, 'meetings'),
          'cross-meeting analysis': figure(s.analysis, ingest.meetings, 'meetings'),
        }),
        wallSeconds: Math.round(ingest.wallSeconds * 10) / 10,
        setupSeconds: Math.round(s.setup * 10) / 10,
        meetingsPerSecond: Math.round((ingest.meetings / ingest.wallSeconds) * 10) / 10,
        failures: ingest.failures,
        meetings: { written: ingest.meetings, inGraph: ingest.graphMeetings },
        peakRssMiB: mib(ingestPeak),
        neo4jPeakRssMiB: neo4jAfterIngest ? mib(neo4jAfterIngest.peak) : null,
      },
      recovery: ingest.recovery,
      latencyVia: 'in-process calls to server/services (search, trends, meetingDetail, explore), no HTTP',
      searchWarmUp: { searches: WARM_UP_SEARCHES, seconds: Math.round(warmUpSeconds * 10) / 10 },
      latency,
      server: {
        peakRssMiB: mib(serverPeak),
        neo4jRssMiB: neo4jAfterServer ? mib(neo4jAfterServer.rss) : null,
        neo4jPeakRssMiB: neo4jAfterServer ? mib(neo4jAfterServer.peak) : null,
      },
      vectorIndex: { queries: recalls.length, recall10: Math.round(mean(recalls) * 1000) / 1000, minRecall10: Math.min(...recalls) },
      quality,
    };
  } finally {
    await graph.close();
    await temp.remove();
  }
}

/** At most `max` elements, evenly spaced over the list (its kinds come in blocks). */
function spread<T>(xs: readonly T[], max: number | null): T[] {
  if (max === null || xs.length <= max) return [...xs];
  return Array.from({ length: max }, (_, i) => xs[Math.floor((i * xs.length) / max)]!);
}

function withItems(stages: Record<string, StageFigure>): Record<string, StageFigure> {
  return Object.fromEntries(Object.entries(stages).filter(([, f]) => f.items > 0));
}
