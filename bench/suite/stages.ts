import path from 'node:path';
import { analyseAcrossMeetings, type AnalysisResult } from '../../graph/analysis/apply-analysis.js';
import { syncTopics } from '../../graph/analysis/sync-topics.js';
import { ensureSchema } from '../../graph/db/schema.js';
import type { GraphExecutorLike } from '../../graph/db/ports.js';
import { DEFAULT_WRITE_BATCH, writeMeetings } from '../../graph/write/write-meetings.js';
import { embedPassages } from '../../ingest/embed/embed-passages.js';
import type { Embedder } from '../../ingest/embed/embedder.js';
import { EmbeddingCache } from '../../ingest/embed/embedding-cache.js';
import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import { enrichMinutes, type EnrichContext } from '../../ingest/nlp/enrich.js';
import { OrganisationGazetteer } from '../../ingest/nlp/organisations.js';
import { assignTopics } from '../../ingest/nlp/topics/assign-topics.js';
import { loadTaxonomy } from '../../language/topics/taxonomy.js';
import { TopicTagger } from '../../ingest/nlp/topics/topic-tagger.js';
import { parseMinutes } from '../../ingest/parse/parse-minutes.js';
import { readSource } from '../../ingest/read/read-source.js';
import { scoreRecovery, type RecoveryScores } from '../corpus/recovery.js';
import type { CorpusTruth } from '../corpus/truth.schema.js';
import { inBatches, lookaheadFor, preparedInOrder } from '../../pipeline/pipelined.js';
import { slimMeetings, type SlimMeeting } from './quality/slim-meeting.js';

/** Seconds spent in each stage, summed over the documents. */
export interface StageSeconds {
  /** ensureSchema + syncTopics, as IngestSession.open does them. */
  setup: number;
  readTxt: number;
  readPdf: number;
  parse: number;
  enrich: number;
  /** Embedding (through the pipeline's cache) and the vector refinement of topic scores. */
  embed: number;
  write: number;
  analysis: number;
}

export interface IngestResult {
  seconds: StageSeconds;
  /** Wall clock from the first read to the end of the analysis (setup excluded). */
  wallSeconds: number;
  documents: { txt: number; pdf: number };
  meetings: number;
  passages: number;
  failures: Record<string, number>;
  /** Meeting nodes in the graph after the run: as many as meetings written, or one replaced another. */
  graphMeetings: number;
  analysis: AnalysisResult;
  recovery: RecoveryScores;
  slim: SlimMeeting[];
}

/**
 * Ingests the corpus through the pipeline's own stage functions, in the order Annotator and
 * IngestSession compose them (read → parse → enrich → embed → assign topics with vectors → write,
 * a batch of meetings per transaction, pipelined as the CLI runs them, then the cross-meeting analysis),
 * timing each stage on its own.
 * The session cannot be timed per stage from outside, so the composition is repeated here; the
 * functions are the same. Embeddings are dropped once written: the bench reads them back from Neo4j.
 */
export async function ingestCorpus(
  executor: GraphExecutorLike,
  dir: string,
  truth: CorpusTruth,
  embedder: Embedder,
): Promise<IngestResult> {
  const seconds: StageSeconds = { setup: 0, readTxt: 0, readPdf: 0, parse: 0, enrich: 0, embed: 0, write: 0, analysis: 0 };
  const timed = async <R>(stage: keyof StageSeconds, work: () => Promise<R> | R): Promise<R> => {
    const t = performance.now();
    try {
      return await work();
    } finally {
      seconds[stage] += (performance.now() - t) / 1000;
    }
  };

  const taxonomy = loadTaxonomy();
  await timed('setup', async () => {
    await ensureSchema(executor, { dimensions: embedder.dimensions, embedderId: embedder.id });
    await syncTopics(executor, taxonomy);
  });
  const context: EnrichContext = { gazetteer: OrganisationGazetteer.load(), tagger: await TopicTagger.create(taxonomy, embedder) };
  const cache = new EmbeddingCache();

  const meetings: AnnotatedMeeting[] = [];
  const failures: Record<string, number> = {};
  const documents = { txt: 0, pdf: 0 };
  let passages = 0;
  const fail = (e: unknown): void => {
    const code = typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : 'internal_error';
    failures[code] = (failures[code] ?? 0) + 1;
  };
  // The graph-free stages of one document; a failure is counted and yields null.
  const prepare = async (file: CorpusTruth['files'][number]): Promise<AnnotatedMeeting | null> => {
    const pdf = file.format === 'pdf';
    try {
      const doc = await timed(pdf ? 'readPdf' : 'readTxt', () => readSource(path.join(dir, file.file)));
      documents[pdf ? 'pdf' : 'txt']++;
      const minutes = await timed('parse', () => parseMinutes(doc));
      const meeting = await timed('enrich', () => enrichMinutes(minutes, context));
      await timed('embed', async () => {
        const vectors = await embedPassages(
          embedder,
          meeting.passages.map((p) => p.text),
          cache,
        );
        meeting.passages.forEach((p, i) => {
          p.embedding = Array.from(vectors[i]!);
        });
        meeting.embedder = { id: embedder.id, dimensions: embedder.dimensions };
        assignTopics(meeting, context.tagger, vectors);
      });
      return meeting;
    } catch (e) {
      fail(e);
      return null;
    }
  };

  // As the CLI does (pipeline/pipelined.ts): the next documents are prepared while a batch is
  // written, DEFAULT_WRITE_BATCH meetings to a transaction, in order. The Node stages are synchronous
  // CPU, so their times stay their own; the write's time is wall clock and includes what ran beside
  // it on the event loop.
  const started = performance.now();
  const prepared = preparedInOrder(truth.files, prepare, lookaheadFor(DEFAULT_WRITE_BATCH));
  for await (const batch of inBatches(prepared, DEFAULT_WRITE_BATCH)) {
    const ready = batch.filter((m): m is AnnotatedMeeting => m !== null);
    const written = await timed('write', () => writeMeetings(executor, ready));
    written.forEach((entry, i) => {
      const meeting = ready[i]!;
      if (!entry.ok) return fail(entry.error);
      for (const p of meeting.passages) p.embedding = null;
      passages += meeting.passages.length;
      meetings.push(meeting);
    });
  }
  const analysis = await timed('analysis', () => analyseAcrossMeetings(executor));
  const wallSeconds = (performance.now() - started) / 1000;
  const [counted] = await executor.read<{ n: number }>('MATCH (m:Meeting) RETURN count(m) AS n');
  const recovery = scoreRecovery(truth, meetings);
  return {
    seconds,
    wallSeconds,
    documents,
    meetings: meetings.length,
    passages,
    failures,
    graphMeetings: Number(counted?.n ?? 0),
    analysis,
    recovery,
    slim: slimMeetings(truth, meetings),
  };
}
